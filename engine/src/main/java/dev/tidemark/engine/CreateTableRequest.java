package dev.tidemark.engine;

import dev.tidemark.engine.model.OnDemandThroughput;
import dev.tidemark.engine.model.AttributeDefinition;
import dev.tidemark.engine.model.BillingMode;
import dev.tidemark.engine.model.GlobalSecondaryIndex;
import dev.tidemark.engine.model.KeySchemaElement;
import dev.tidemark.engine.model.LocalSecondaryIndex;
import dev.tidemark.engine.model.ProvisionedThroughput;
import java.util.List;
import java.util.Objects;

/**
 * Creates a table with a partition key, an optional sort key and optional secondary indexes.
 */
public final class CreateTableRequest {
    private final String tableName;
    private final List<KeySchemaElement> keySchema;
    private final List<AttributeDefinition> attributeDefinitions;
    private final BillingMode billingMode;
    private final ProvisionedThroughput provisionedThroughput;
    private final List<LocalSecondaryIndex> localSecondaryIndexes;
    private final List<GlobalSecondaryIndex> globalSecondaryIndexes;
    private final dev.tidemark.engine.model.StreamSpecification streamSpecification;
    private final OnDemandThroughput onDemandThroughput;

    private CreateTableRequest(Builder b) {
        this.tableName = b.tableName;
        this.keySchema = b.keySchema == null ? null : List.copyOf(b.keySchema);
        this.attributeDefinitions = b.attributeDefinitions == null ? null : List.copyOf(b.attributeDefinitions);
        this.billingMode = b.billingMode;
        this.provisionedThroughput = b.provisionedThroughput;
        this.localSecondaryIndexes = b.localSecondaryIndexes == null ? null : List.copyOf(b.localSecondaryIndexes);
        this.globalSecondaryIndexes = b.globalSecondaryIndexes == null ? null : List.copyOf(b.globalSecondaryIndexes);
        this.streamSpecification = b.streamSpecification;
        this.onDemandThroughput = b.onDemandThroughput;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.tableName = tableName;
        b.keySchema = keySchema;
        b.attributeDefinitions = attributeDefinitions;
        b.billingMode = billingMode;
        b.provisionedThroughput = provisionedThroughput;
        b.localSecondaryIndexes = localSecondaryIndexes;
        b.globalSecondaryIndexes = globalSecondaryIndexes;
        b.streamSpecification = streamSpecification;
        b.onDemandThroughput = onDemandThroughput;
        return b;
    }

    /** The table's name. */
    public String tableName() {
        return tableName;
    }

    /** HASH element first, then the optional RANGE element. */
    public List<KeySchemaElement> keySchema() {
        return keySchema;
    }

    /** Exactly the key attributes of the table and its indexes, with their scalar types. */
    public List<AttributeDefinition> attributeDefinitions() {
        return attributeDefinitions;
    }

    /** PROVISIONED (the default when null) or PAY_PER_REQUEST. */
    public BillingMode billingMode() {
        return billingMode;
    }

    /** Required for PROVISIONED, forbidden for PAY_PER_REQUEST. */
    public ProvisionedThroughput provisionedThroughput() {
        return provisionedThroughput;
    }

    /** Up to 5 local secondary indexes, or null. */
    public List<LocalSecondaryIndex> localSecondaryIndexes() {
        return localSecondaryIndexes;
    }

    /** Up to 20 global secondary indexes, or null. */
    public List<GlobalSecondaryIndex> globalSecondaryIndexes() {
        return globalSecondaryIndexes;
    }

    /** The stream to enable with the table, or null for none. */
    public dev.tidemark.engine.model.StreamSpecification streamSpecification() {
        return streamSpecification;
    }

    /** On-demand ceilings of the table (PAY_PER_REQUEST only), or null for none. */
    public OnDemandThroughput onDemandThroughput() {
        return onDemandThroughput;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof CreateTableRequest other)) {
            return false;
        }
        return Objects.equals(tableName, other.tableName) && Objects.equals(keySchema, other.keySchema) && Objects.equals(attributeDefinitions, other.attributeDefinitions) && Objects.equals(billingMode, other.billingMode) && Objects.equals(provisionedThroughput, other.provisionedThroughput) && Objects.equals(localSecondaryIndexes, other.localSecondaryIndexes) && Objects.equals(globalSecondaryIndexes, other.globalSecondaryIndexes) && Objects.equals(streamSpecification, other.streamSpecification) && Objects.equals(onDemandThroughput, other.onDemandThroughput);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tableName, keySchema, attributeDefinitions, billingMode, provisionedThroughput, localSecondaryIndexes, globalSecondaryIndexes, streamSpecification, onDemandThroughput);
    }

    @Override
    public String toString() {
        return "CreateTableRequest[tableName=" + tableName + ", keySchema=" + keySchema + ", attributeDefinitions=" + attributeDefinitions + ", billingMode=" + billingMode + ", provisionedThroughput=" + provisionedThroughput + ", localSecondaryIndexes=" + localSecondaryIndexes + ", globalSecondaryIndexes=" + globalSecondaryIndexes + ", streamSpecification=" + streamSpecification + ", onDemandThroughput=" + onDemandThroughput + "]";
    }

    /** Builder of {@link CreateTableRequest}; not thread-safe. */
    public static final class Builder {
        private String tableName;
        private List<KeySchemaElement> keySchema;
        private List<AttributeDefinition> attributeDefinitions;
        private BillingMode billingMode;
        private ProvisionedThroughput provisionedThroughput;
        private List<LocalSecondaryIndex> localSecondaryIndexes;
        private List<GlobalSecondaryIndex> globalSecondaryIndexes;
        private dev.tidemark.engine.model.StreamSpecification streamSpecification;
        private OnDemandThroughput onDemandThroughput;

        private Builder() {
        }

        /** Sets tableName: the table's name. */
        public Builder tableName(String tableName) {
            this.tableName = tableName;
            return this;
        }

        /** Sets keySchema: hASH element first, then the optional RANGE element. */
        public Builder keySchema(List<KeySchemaElement> keySchema) {
            this.keySchema = keySchema;
            return this;
        }

        /** Sets keySchema from the given elements. */
        public Builder keySchema(KeySchemaElement... keySchema) {
            this.keySchema = List.of(keySchema);
            return this;
        }

        /** Sets attributeDefinitions: exactly the key attributes of the table and its indexes, with their scalar types. */
        public Builder attributeDefinitions(List<AttributeDefinition> attributeDefinitions) {
            this.attributeDefinitions = attributeDefinitions;
            return this;
        }

        /** Sets attributeDefinitions from the given elements. */
        public Builder attributeDefinitions(AttributeDefinition... attributeDefinitions) {
            this.attributeDefinitions = List.of(attributeDefinitions);
            return this;
        }

        /** Sets billingMode: pROVISIONED (the default when null) or PAY_PER_REQUEST. */
        public Builder billingMode(BillingMode billingMode) {
            this.billingMode = billingMode;
            return this;
        }

        /** Sets provisionedThroughput: required for PROVISIONED, forbidden for PAY_PER_REQUEST. */
        public Builder provisionedThroughput(ProvisionedThroughput provisionedThroughput) {
            this.provisionedThroughput = provisionedThroughput;
            return this;
        }

        /** Sets localSecondaryIndexes: up to 5 local secondary indexes, or null. */
        public Builder localSecondaryIndexes(List<LocalSecondaryIndex> localSecondaryIndexes) {
            this.localSecondaryIndexes = localSecondaryIndexes;
            return this;
        }

        /** Sets localSecondaryIndexes from the given elements. */
        public Builder localSecondaryIndexes(LocalSecondaryIndex... localSecondaryIndexes) {
            this.localSecondaryIndexes = List.of(localSecondaryIndexes);
            return this;
        }

        /** Sets globalSecondaryIndexes: up to 20 global secondary indexes, or null. */
        public Builder globalSecondaryIndexes(List<GlobalSecondaryIndex> globalSecondaryIndexes) {
            this.globalSecondaryIndexes = globalSecondaryIndexes;
            return this;
        }

        /** Sets globalSecondaryIndexes from the given elements. */
        public Builder globalSecondaryIndexes(GlobalSecondaryIndex... globalSecondaryIndexes) {
            this.globalSecondaryIndexes = List.of(globalSecondaryIndexes);
            return this;
        }

        /** Sets streamSpecification: the stream to enable with the table, or null for none. */
        public Builder streamSpecification(dev.tidemark.engine.model.StreamSpecification streamSpecification) {
            this.streamSpecification = streamSpecification;
            return this;
        }

        /** Sets onDemandThroughput: on-demand ceilings of the table (PAY_PER_REQUEST only), or null for none. */
        public Builder onDemandThroughput(OnDemandThroughput onDemandThroughput) {
            this.onDemandThroughput = onDemandThroughput;
            return this;
        }

        /** Builds the immutable {@link CreateTableRequest}. */
        public CreateTableRequest build() {
            return new CreateTableRequest(this);
        }
    }
}
