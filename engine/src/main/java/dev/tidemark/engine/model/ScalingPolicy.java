package dev.tidemark.engine.model;

import java.util.Objects;

/**
 * A target-tracking auto scaling policy of one provisioned table or global secondary index, for
 * its read or its write capacity (Application Auto Scaling's scalable target and target-tracking
 * policy in one): capacity stays within [minCapacity, maxCapacity] and follows consumption so that
 * utilisation stays near the target.
 */
public final class ScalingPolicy {
    private final String tableName;
    private final String indexName;
    private final ScalingDimension dimension;
    private final Long minCapacity;
    private final Long maxCapacity;
    private final Double targetUtilization;

    private ScalingPolicy(Builder b) {
        this.tableName = b.tableName;
        this.indexName = b.indexName;
        this.dimension = b.dimension;
        this.minCapacity = b.minCapacity;
        this.maxCapacity = b.maxCapacity;
        this.targetUtilization = b.targetUtilization;
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
        b.minCapacity = minCapacity;
        b.maxCapacity = maxCapacity;
        b.targetUtilization = targetUtilization;
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

    /** The lowest capacity the policy sets (at least 1). */
    public Long minCapacity() {
        return minCapacity;
    }

    /** The highest capacity the policy sets (at least minCapacity). */
    public Long maxCapacity() {
        return maxCapacity;
    }

    /** The target utilisation in percent, 20 to 90. */
    public Double targetUtilization() {
        return targetUtilization;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ScalingPolicy other)) {
            return false;
        }
        return Objects.equals(tableName, other.tableName) && Objects.equals(indexName, other.indexName) && Objects.equals(dimension, other.dimension) && Objects.equals(minCapacity, other.minCapacity) && Objects.equals(maxCapacity, other.maxCapacity) && Objects.equals(targetUtilization, other.targetUtilization);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tableName, indexName, dimension, minCapacity, maxCapacity, targetUtilization);
    }

    @Override
    public String toString() {
        return "ScalingPolicy[tableName=" + tableName + ", indexName=" + indexName + ", dimension=" + dimension + ", minCapacity=" + minCapacity + ", maxCapacity=" + maxCapacity + ", targetUtilization=" + targetUtilization + "]";
    }

    /** Builder of {@link ScalingPolicy}; not thread-safe. */
    public static final class Builder {
        private String tableName;
        private String indexName;
        private ScalingDimension dimension;
        private Long minCapacity;
        private Long maxCapacity;
        private Double targetUtilization;

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

        /** Sets minCapacity: the lowest capacity the policy sets (at least 1). */
        public Builder minCapacity(Long minCapacity) {
            this.minCapacity = minCapacity;
            return this;
        }

        /** Sets maxCapacity: the highest capacity the policy sets (at least minCapacity). */
        public Builder maxCapacity(Long maxCapacity) {
            this.maxCapacity = maxCapacity;
            return this;
        }

        /** Sets targetUtilization: the target utilisation in percent, 20 to 90. */
        public Builder targetUtilization(Double targetUtilization) {
            this.targetUtilization = targetUtilization;
            return this;
        }

        /** Builds the immutable {@link ScalingPolicy}. */
        public ScalingPolicy build() {
            return new ScalingPolicy(this);
        }
    }
}
