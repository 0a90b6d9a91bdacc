package dev.tidemark.engine.model;

import java.util.Objects;

/**
 * Changes the provisioned throughput of a global secondary index.
 */
public final class UpdateGlobalSecondaryIndexAction {
    private final String indexName;
    private final ProvisionedThroughput provisionedThroughput;

    private UpdateGlobalSecondaryIndexAction(Builder b) {
        this.indexName = b.indexName;
        this.provisionedThroughput = b.provisionedThroughput;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.indexName = indexName;
        b.provisionedThroughput = provisionedThroughput;
        return b;
    }

    /** The index's name, unique among the table's indexes. */
    public String indexName() {
        return indexName;
    }

    /** The new provisioned throughput. */
    public ProvisionedThroughput provisionedThroughput() {
        return provisionedThroughput;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof UpdateGlobalSecondaryIndexAction other)) {
            return false;
        }
        return Objects.equals(indexName, other.indexName) && Objects.equals(provisionedThroughput, other.provisionedThroughput);
    }

    @Override
    public int hashCode() {
        return Objects.hash(indexName, provisionedThroughput);
    }

    @Override
    public String toString() {
        return "UpdateGlobalSecondaryIndexAction[indexName=" + indexName + ", provisionedThroughput=" + provisionedThroughput + "]";
    }

    /** Builder of {@link UpdateGlobalSecondaryIndexAction}; not thread-safe. */
    public static final class Builder {
        private String indexName;
        private ProvisionedThroughput provisionedThroughput;

        private Builder() {
        }

        /** Sets indexName: the index's name, unique among the table's indexes. */
        public Builder indexName(String indexName) {
            this.indexName = indexName;
            return this;
        }

        /** Sets provisionedThroughput: the new provisioned throughput. */
        public Builder provisionedThroughput(ProvisionedThroughput provisionedThroughput) {
            this.provisionedThroughput = provisionedThroughput;
            return this;
        }

        /** Builds the immutable {@link UpdateGlobalSecondaryIndexAction}. */
        public UpdateGlobalSecondaryIndexAction build() {
            return new UpdateGlobalSecondaryIndexAction(this);
        }
    }
}
