package dev.tidemark.engine.model;

import java.util.List;
import java.util.Objects;

/**
 * Adds a global secondary index to an existing table; it is built online from the table's items.
 */
public final class CreateGlobalSecondaryIndexAction {
    private final String indexName;
    private final List<KeySchemaElement> keySchema;
    private final Projection projection;
    private final ProvisionedThroughput provisionedThroughput;
    private final OnDemandThroughput onDemandThroughput;

    private CreateGlobalSecondaryIndexAction(Builder b) {
        this.indexName = b.indexName;
        this.keySchema = b.keySchema == null ? null : List.copyOf(b.keySchema);
        this.projection = b.projection;
        this.provisionedThroughput = b.provisionedThroughput;
        this.onDemandThroughput = b.onDemandThroughput;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.indexName = indexName;
        b.keySchema = keySchema;
        b.projection = projection;
        b.provisionedThroughput = provisionedThroughput;
        b.onDemandThroughput = onDemandThroughput;
        return b;
    }

    /** The index's name, unique among the table's indexes. */
    public String indexName() {
        return indexName;
    }

    /** HASH element first, then the optional RANGE element. */
    public List<KeySchemaElement> keySchema() {
        return keySchema;
    }

    /** Which attributes are copied into the index. */
    public Projection projection() {
        return projection;
    }

    /** Required when the table is PROVISIONED, forbidden when PAY_PER_REQUEST. */
    public ProvisionedThroughput provisionedThroughput() {
        return provisionedThroughput;
    }

    /** On-demand ceilings of the new index, or null for none. */
    public OnDemandThroughput onDemandThroughput() {
        return onDemandThroughput;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof CreateGlobalSecondaryIndexAction other)) {
            return false;
        }
        return Objects.equals(indexName, other.indexName) && Objects.equals(keySchema, other.keySchema) && Objects.equals(projection, other.projection) && Objects.equals(provisionedThroughput, other.provisionedThroughput) && Objects.equals(onDemandThroughput, other.onDemandThroughput);
    }

    @Override
    public int hashCode() {
        return Objects.hash(indexName, keySchema, projection, provisionedThroughput, onDemandThroughput);
    }

    @Override
    public String toString() {
        return "CreateGlobalSecondaryIndexAction[indexName=" + indexName + ", keySchema=" + keySchema + ", projection=" + projection + ", provisionedThroughput=" + provisionedThroughput + ", onDemandThroughput=" + onDemandThroughput + "]";
    }

    /** Builder of {@link CreateGlobalSecondaryIndexAction}; not thread-safe. */
    public static final class Builder {
        private String indexName;
        private List<KeySchemaElement> keySchema;
        private Projection projection;
        private ProvisionedThroughput provisionedThroughput;
        private OnDemandThroughput onDemandThroughput;

        private Builder() {
        }

        /** Sets indexName: the index's name, unique among the table's indexes. */
        public Builder indexName(String indexName) {
            this.indexName = indexName;
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

        /** Sets projection: which attributes are copied into the index. */
        public Builder projection(Projection projection) {
            this.projection = projection;
            return this;
        }

        /** Sets provisionedThroughput: required when the table is PROVISIONED, forbidden when PAY_PER_REQUEST. */
        public Builder provisionedThroughput(ProvisionedThroughput provisionedThroughput) {
            this.provisionedThroughput = provisionedThroughput;
            return this;
        }

        /** Sets onDemandThroughput: on-demand ceilings of the new index, or null for none. */
        public Builder onDemandThroughput(OnDemandThroughput onDemandThroughput) {
            this.onDemandThroughput = onDemandThroughput;
            return this;
        }

        /** Builds the immutable {@link CreateGlobalSecondaryIndexAction}. */
        public CreateGlobalSecondaryIndexAction build() {
            return new CreateGlobalSecondaryIndexAction(this);
        }
    }
}
