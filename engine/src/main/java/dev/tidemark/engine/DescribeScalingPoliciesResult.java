package dev.tidemark.engine;

import dev.tidemark.engine.model.ScalingPolicy;
import java.util.List;
import java.util.Objects;

/**
 * The result of DescribeScalingPolicies.
 */
public final class DescribeScalingPoliciesResult {
    private final List<ScalingPolicy> policies;

    private DescribeScalingPoliciesResult(Builder b) {
        this.policies = b.policies == null ? null : List.copyOf(b.policies);
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.policies = policies;
        return b;
    }

    /** The policies, table first, then indexes by name; read before write. */
    public List<ScalingPolicy> policies() {
        return policies;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof DescribeScalingPoliciesResult other)) {
            return false;
        }
        return Objects.equals(policies, other.policies);
    }

    @Override
    public int hashCode() {
        return Objects.hash(policies);
    }

    @Override
    public String toString() {
        return "DescribeScalingPoliciesResult[policies=" + policies + "]";
    }

    /** Builder of {@link DescribeScalingPoliciesResult}; not thread-safe. */
    public static final class Builder {
        private List<ScalingPolicy> policies;

        private Builder() {
        }

        /** Sets policies: the policies, table first, then indexes by name; read before write. */
        public Builder policies(List<ScalingPolicy> policies) {
            this.policies = policies;
            return this;
        }

        /** Builds the immutable {@link DescribeScalingPoliciesResult}. */
        public DescribeScalingPoliciesResult build() {
            return new DescribeScalingPoliciesResult(this);
        }
    }
}
