package dev.tidemark.engine;

import java.util.Objects;

/**
 * Lists the auto scaling policies of a table and its global secondary indexes.
 */
public final class DescribeScalingPoliciesRequest {
    private final String tableName;

    private DescribeScalingPoliciesRequest(Builder b) {
        this.tableName = b.tableName;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.tableName = tableName;
        return b;
    }

    /** The table. */
    public String tableName() {
        return tableName;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof DescribeScalingPoliciesRequest other)) {
            return false;
        }
        return Objects.equals(tableName, other.tableName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tableName);
    }

    @Override
    public String toString() {
        return "DescribeScalingPoliciesRequest[tableName=" + tableName + "]";
    }

    /** Builder of {@link DescribeScalingPoliciesRequest}; not thread-safe. */
    public static final class Builder {
        private String tableName;

        private Builder() {
        }

        /** Sets tableName: the table. */
        public Builder tableName(String tableName) {
            this.tableName = tableName;
            return this;
        }

        /** Builds the immutable {@link DescribeScalingPoliciesRequest}. */
        public DescribeScalingPoliciesRequest build() {
            return new DescribeScalingPoliciesRequest(this);
        }
    }
}
