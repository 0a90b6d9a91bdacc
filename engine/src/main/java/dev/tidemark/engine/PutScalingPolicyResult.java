package dev.tidemark.engine;

import dev.tidemark.engine.model.ScalingPolicy;
import java.util.Objects;

/**
 * The result of PutScalingPolicy.
 */
public final class PutScalingPolicyResult {
    private final ScalingPolicy policy;

    private PutScalingPolicyResult(Builder b) {
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

    /** The policy now in force. */
    public ScalingPolicy policy() {
        return policy;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PutScalingPolicyResult other)) {
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
        return "PutScalingPolicyResult[policy=" + policy + "]";
    }

    /** Builder of {@link PutScalingPolicyResult}; not thread-safe. */
    public static final class Builder {
        private ScalingPolicy policy;

        private Builder() {
        }

        /** Sets policy: the policy now in force. */
        public Builder policy(ScalingPolicy policy) {
            this.policy = policy;
            return this;
        }

        /** Builds the immutable {@link PutScalingPolicyResult}. */
        public PutScalingPolicyResult build() {
            return new PutScalingPolicyResult(this);
        }
    }
}
