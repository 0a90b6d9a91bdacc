package dev.tidemark.engine;

import dev.tidemark.engine.model.ScalingDimension;
import java.util.Objects;

/**
 * Removes the auto scaling policy of a table or index for one dimension; capacity stays where it is.
 */
public final class DeleteScalingPolicyRequest {
    private final String tableName;
    private final String indexName;
    private final ScalingDimension dimension;

    private DeleteScalingPolicyRequest(Builder b) {
        this.tableName = b.tableName;
        this.indexName = b.indexName;
        this.dimension = b.dimension;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.tableName = tableName;
        b.indexName = indexName;
        b.dimension = dimension;
        return b;
    }

    /** The table. */
    public String tableName() {
        return tableName;
    }

    /** The global secondary index, or null for the table itself. */
    public String indexName() {
        return indexName;
    }

    /** Read or write capacity. */
    public ScalingDimension dimension() {
        return dimension;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof DeleteScalingPolicyRequest other)) {
            return false;
        }
        return Objects.equals(tableName, other.tableName) && Objects.equals(indexName, other.indexName) && Objects.equals(dimension, other.dimension);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tableName, indexName, dimension);
    }

    @Override
    public String toString() {
        return "DeleteScalingPolicyRequest[tableName=" + tableName + ", indexName=" + indexName + ", dimension=" + dimension + "]";
    }

    /** Builder of {@link DeleteScalingPolicyRequest}; not thread-safe. */
    public static final class Builder {
        private String tableName;
        private String indexName;
        private ScalingDimension dimension;

        private Builder() {
        }

        /** Sets tableName: the table. */
        public Builder tableName(String tableName) {
            this.tableName = tableName;
            return this;
        }

        /** Sets indexName: the global secondary index, or null for the table itself. */
        public Builder indexName(String indexName) {
            this.indexName = indexName;
            return this;
        }

        /** Sets dimension: read or write capacity. */
        public Builder dimension(ScalingDimension dimension) {
            this.dimension = dimension;
            return this;
        }

        /** Builds the immutable {@link DeleteScalingPolicyRequest}. */
        public DeleteScalingPolicyRequest build() {
            return new DeleteScalingPolicyRequest(this);
        }
    }
}
