package dev.tidemark.engine;

import dev.tidemark.engine.model.OnDemandThroughput;
import dev.tidemark.engine.model.AttributeDefinition;
import dev.tidemark.engine.model.BillingMode;
import dev.tidemark.engine.model.GlobalSecondaryIndexUpdate;
import dev.tidemark.engine.model.ProvisionedThroughput;
import java.util.List;
import java.util.Objects;

/**
 * Changes a table's billing mode or provisioned throughput, or adds, changes or removes a global secondary index.
 */
public final class UpdateTableRequest {
    private final String tableName;
    private final List<AttributeDefinition> attributeDefinitions;
    private final BillingMode billingMode;
    private final ProvisionedThroughput provisionedThroughput;
    private final List<GlobalSecondaryIndexUpdate> globalSecondaryIndexUpdates;
    private final dev.tidemark.engine.model.StreamSpecification streamSpecification;
    private final OnDemandThroughput onDemandThroughput;

    private UpdateTableRequest(Builder b) {
        this.tableName = b.tableName;
        this.attributeDefinitions = b.attributeDefinitions == null ? null : List.copyOf(b.attributeDefinitions);
        this.billingMode = b.billingMode;
        this.provisionedThroughput = b.provisionedThroughput;
        this.globalSecondaryIndexUpdates = b.globalSecondaryIndexUpdates == null ? null : List.copyOf(b.globalSecondaryIndexUpdates);
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
        b.attributeDefinitions = attributeDefinitions;
        b.billingMode = billingMode;
        b.provisionedThroughput = provisionedThroughput;
        b.globalSecondaryIndexUpdates = globalSecondaryIndexUpdates;
        b.streamSpecification = streamSpecification;
        b.onDemandThroughput = onDemandThroughput;
        return b;
    }

    /** The table's name. */
    public String tableName() {
        return tableName;
    }

    /** Types of the key attributes of an index being added. */
    public List<AttributeDefinition> attributeDefinitions() {
        return attributeDefinitions;
    }

    /** The new billing mode, or null to keep it. */
    public BillingMode billingMode() {
        return billingMode;
    }

    /** The new provisioned throughput, or null to keep it. */
    public ProvisionedThroughput provisionedThroughput() {
        return provisionedThroughput;
    }

    /** Index changes: at most one create or delete per request, any number of throughput updates. */
    public List<GlobalSecondaryIndexUpdate> globalSecondaryIndexUpdates() {
        return globalSecondaryIndexUpdates;
    }

    /** Enables or disables the table's stream, or null to keep it. */
    public dev.tidemark.engine.model.StreamSpecification streamSpecification() {
        return streamSpecification;
    }

    /** New on-demand ceilings of the table, or null to leave them; -1 removes a ceiling. */
    public OnDemandThroughput onDemandThroughput() {
        return onDemandThroughput;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof UpdateTableRequest other)) {
            return false;
        }
        return Objects.equals(tableName, other.tableName) && Objects.equals(attributeDefinitions, other.attributeDefinitions) && Objects.equals(billingMode, other.billingMode) && Objects.equals(provisionedThroughput, other.provisionedThroughput) && Objects.equals(globalSecondaryIndexUpdates, other.globalSecondaryIndexUpdates) && Objects.equals(streamSpecification, other.streamSpecification) && Objects.equals(onDemandThroughput, other.onDemandThroughput);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tableName, attributeDefinitions, billingMode, provisionedThroughput, globalSecondaryIndexUpdates, streamSpecification, onDemandThroughput);
    }

    @Override
    public String toString() {
        return "UpdateTableRequest[tableName=" + tableName + ", attributeDefinitions=" + attributeDefinitions + ", billingMode=" + billingMode + ", provisionedThroughput=" + provisionedThroughput + ", globalSecondaryIndexUpdates=" + globalSecondaryIndexUpdates + ", streamSpecification=" + streamSpecification + ", onDemandThroughput=" + onDemandThroughput + "]";
    }

    /** Builder of {@link UpdateTableRequest}; not thread-safe. */
    public static final class Builder {
        private String tableName;
        private List<AttributeDefinition> attributeDefinitions;
        private BillingMode billingMode;
        private ProvisionedThroughput provisionedThroughput;
        private List<GlobalSecondaryIndexUpdate> globalSecondaryIndexUpdates;
        private dev.tidemark.engine.model.StreamSpecification streamSpecification;
        private OnDemandThroughput onDemandThroughput;

        private Builder() {
        }

        /** Sets tableName: the table's name. */
        public Builder tableName(String tableName) {
            this.tableName = tableName;
            return this;
        }

        /** Sets attributeDefinitions: types of the key attributes of an index being added. */
        public Builder attributeDefinitions(List<AttributeDefinition> attributeDefinitions) {
            this.attributeDefinitions = attributeDefinitions;
            return this;
        }

        /** Sets attributeDefinitions from the given elements. */
        public Builder attributeDefinitions(AttributeDefinition... attributeDefinitions) {
            this.attributeDefinitions = List.of(attributeDefinitions);
            return this;
        }

        /** Sets billingMode: the new billing mode, or null to keep it. */
        public Builder billingMode(BillingMode billingMode) {
            this.billingMode = billingMode;
            return this;
        }

        /** Sets provisionedThroughput: the new provisioned throughput, or null to keep it. */
        public Builder provisionedThroughput(ProvisionedThroughput provisionedThroughput) {
            this.provisionedThroughput = provisionedThroughput;
            return this;
        }

        /** Sets globalSecondaryIndexUpdates: index changes: at most one create or delete per request, any number of throughput updates. */
        public Builder globalSecondaryIndexUpdates(List<GlobalSecondaryIndexUpdate> globalSecondaryIndexUpdates) {
            this.globalSecondaryIndexUpdates = globalSecondaryIndexUpdates;
            return this;
        }

        /** Sets globalSecondaryIndexUpdates from the given elements. */
        public Builder globalSecondaryIndexUpdates(GlobalSecondaryIndexUpdate... globalSecondaryIndexUpdates) {
            this.globalSecondaryIndexUpdates = List.of(globalSecondaryIndexUpdates);
            return this;
        }

        /** Sets streamSpecification: enables or disables the table's stream, or null to keep it. */
        public Builder streamSpecification(dev.tidemark.engine.model.StreamSpecification streamSpecification) {
            this.streamSpecification = streamSpecification;
            return this;
        }

        /** Sets onDemandThroughput: new on-demand ceilings of the table, or null to leave them; -1 removes a ceiling. */
        public Builder onDemandThroughput(OnDemandThroughput onDemandThroughput) {
            this.onDemandThroughput = onDemandThroughput;
            return this;
        }

        /** Builds the immutable {@link UpdateTableRequest}. */
        public UpdateTableRequest build() {
            return new UpdateTableRequest(this);
        }
    }
}
