package dev.tidemark.engine.model;

import java.util.Objects;

/**
 * The billing mode and when the table last switched to on-demand.
 */
public final class BillingModeSummary {
    private final BillingMode billingMode;
    private final java.time.Instant lastUpdateToPayPerRequestDateTime;

    private BillingModeSummary(Builder b) {
        this.billingMode = b.billingMode;
        this.lastUpdateToPayPerRequestDateTime = b.lastUpdateToPayPerRequestDateTime;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.billingMode = billingMode;
        b.lastUpdateToPayPerRequestDateTime = lastUpdateToPayPerRequestDateTime;
        return b;
    }

    /** PROVISIONED or PAY_PER_REQUEST. */
    public BillingMode billingMode() {
        return billingMode;
    }

    /** When the table last switched to PAY_PER_REQUEST, or null. */
    public java.time.Instant lastUpdateToPayPerRequestDateTime() {
        return lastUpdateToPayPerRequestDateTime;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof BillingModeSummary other)) {
            return false;
        }
        return Objects.equals(billingMode, other.billingMode) && Objects.equals(lastUpdateToPayPerRequestDateTime, other.lastUpdateToPayPerRequestDateTime);
    }

    @Override
    public int hashCode() {
        return Objects.hash(billingMode, lastUpdateToPayPerRequestDateTime);
    }

    @Override
    public String toString() {
        return "BillingModeSummary[billingMode=" + billingMode + ", lastUpdateToPayPerRequestDateTime=" + lastUpdateToPayPerRequestDateTime + "]";
    }

    /** Builder of {@link BillingModeSummary}; not thread-safe. */
    public static final class Builder {
        private BillingMode billingMode;
        private java.time.Instant lastUpdateToPayPerRequestDateTime;

        private Builder() {
        }

        /** Sets billingMode: pROVISIONED or PAY_PER_REQUEST. */
        public Builder billingMode(BillingMode billingMode) {
            this.billingMode = billingMode;
            return this;
        }

        /** Sets lastUpdateToPayPerRequestDateTime: when the table last switched to PAY_PER_REQUEST, or null. */
        public Builder lastUpdateToPayPerRequestDateTime(java.time.Instant lastUpdateToPayPerRequestDateTime) {
            this.lastUpdateToPayPerRequestDateTime = lastUpdateToPayPerRequestDateTime;
            return this;
        }

        /** Builds the immutable {@link BillingModeSummary}. */
        public BillingModeSummary build() {
            return new BillingModeSummary(this);
        }
    }
}
