package dev.tidemark.engine;

import dev.tidemark.engine.model.ScalingPolicy;
import java.util.Objects;

/**
 * Sets (or replaces) the auto scaling policy of a provisioned table or global secondary index for
 * one dimension; see {@link dev.tidemark.engine.model.ScalingPolicy}.
 */
public final class PutScalingPolicyRequest {
    private final ScalingPolicy policy;

    private PutScalingPolicyRequest(Builder b) {
        this.policy = b.policy;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.policy = policy;
        return b;
    }

    /** The policy. */
    public ScalingPolicy policy() {
        return policy;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PutScalingPolicyRequest other)) {
            return false;
        }
        return Objects.equals(policy, other.policy);
    }

    @Override
    public int hashCode() {
        return Objects.hash(policy);
    }

    @Override
    public String toString() {
        return "PutScalingPolicyRequest[policy=" + policy + "]";
    }

    /** Builder of {@link PutScalingPolicyRequest}; not thread-safe. */
    public static final class Builder {
        private ScalingPolicy policy;

        private Builder() {
        }

        /** Sets policy: the policy. */
        public Builder policy(ScalingPolicy policy) {
            this.policy = policy;
            return this;
        }

        /** Builds the immutable {@link PutScalingPolicyRequest}. */
        public PutScalingPolicyRequest build() {
            return new PutScalingPolicyRequest(this);
        }
    }
}
