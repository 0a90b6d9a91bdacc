package dev.tidemark.engine.model;

import java.util.List;
import java.util.Objects;

/**
 * The new table an import creates: name, keys, billing mode and global secondary indexes
 * (imports create no local secondary indexes and enable no streams).
 */
public final class TableCreationParameters {
    private final String tableName;
    private final List<AttributeDefinition> attributeDefinitions;
    private final List<KeySchemaElement> keySchema;
    private final BillingMode billingMode;
    private final ProvisionedThroughput provisionedThroughput;
    private final List<GlobalSecondaryIndex> globalSecondaryIndexes;

    private TableCreationParameters(Builder b) {
        this.tableName = b.tableName;
        this.attributeDefinitions = b.attributeDefinitions == null ? null : List.copyOf(b.attributeDefinitions);
        this.keySchema = b.keySchema == null ? null : List.copyOf(b.keySchema);
        this.billingMode = b.billingMode;
        this.provisionedThroughput = b.provisionedThroughput;
        this.globalSecondaryIndexes = b.globalSecondaryIndexes == null ? null : List.copyOf(b.globalSecondaryIndexes);
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.tableName = tableName;
        b.attributeDefinitions = attributeDefinitions;
        b.keySchema = keySchema;
        b.billingMode = billingMode;
        b.provisionedThroughput = provisionedThroughput;
        b.globalSecondaryIndexes = globalSecondaryIndexes;
        return b;
    }

    /** The new table's name. */
    public String tableName() {
        return tableName;
    }

    /** The key attributes of the table and its indexes, with their scalar types. */
    public List<AttributeDefinition> attributeDefinitions() {
        return attributeDefinitions;
    }

    /** HASH element first, then the optional RANGE element. */
    public List<KeySchemaElement> keySchema() {
        return keySchema;
    }

    /** PROVISIONED (the default when null) or PAY_PER_REQUEST. */
    public BillingMode billingMode() {
        return billingMode;
    }

    /** Required for PROVISIONED, forbidden for PAY_PER_REQUEST. */
    public ProvisionedThroughput provisionedThroughput() {
        return provisionedThroughput;
    }

    /** Up to 20 global secondary indexes, or null. */
    public List<GlobalSecondaryIndex> globalSecondaryIndexes() {
        return globalSecondaryIndexes;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof TableCreationParameters other)) {
            return false;
        }
        return Objects.equals(tableName, other.tableName) && Objects.equals(attributeDefinitions, other.attributeDefinitions) && Objects.equals(keySchema, other.keySchema) && Objects.equals(billingMode, other.billingMode) && Objects.equals(provisionedThroughput, other.provisionedThroughput) && Objects.equals(globalSecondaryIndexes, other.globalSecondaryIndexes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tableName, attributeDefinitions, keySchema, billingMode, provisionedThroughput, globalSecondaryIndexes);
    }

    @Override
    public String toString() {
        return "TableCreationParameters[tableName=" + tableName + ", attributeDefinitions=" + attributeDefinitions + ", keySchema=" + keySchema + ", billingMode=" + billingMode + ", provisionedThroughput=" + provisionedThroughput + ", globalSecondaryIndexes=" + globalSecondaryIndexes + "]";
    }

    /** Builder of {@link TableCreationParameters}; not thread-safe. */
    public static final class Builder {
        private String tableName;
        private List<AttributeDefinition> attributeDefinitions;
        private List<KeySchemaElement> keySchema;
        private BillingMode billingMode;
        private ProvisionedThroughput provisionedThroughput;
        private List<GlobalSecondaryIndex> globalSecondaryIndexes;

        private Builder() {
        }

        /** Sets tableName: the new table's name. */
        public Builder tableName(String tableName) {
            this.tableName = tableName;
            return this;
        }

        /** Sets attributeDefinitions: the key attributes of the table and its indexes, with their scalar types. */
        public Builder attributeDefinitions(List<AttributeDefinition> attributeDefinitions) {
            this.attributeDefinitions = attributeDefinitions;
            return this;
        }

        /** Sets attributeDefinitions from the given elements. */
        public Builder attributeDefinitions(AttributeDefinition... attributeDefinitions) {
            this.attributeDefinitions = List.of(attributeDefinitions);
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

        /** Builds the immutable {@link TableCreationParameters}. */
        public TableCreationParameters build() {
            return new TableCreationParameters(this);
        }
    }
}
