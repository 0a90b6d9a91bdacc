package dev.tidemark.engine.model;

import java.util.Objects;

/**
 * Optional ceilings of an on-demand table or global secondary index, in request units per second;
 * requests beyond them fail with {@code ThrottlingException}. Absent (null) or -1 means no ceiling.
 */
public final class OnDemandThroughput {
    private final Long maxReadRequestUnits;
    private final Long maxWriteRequestUnits;

    private OnDemandThroughput(Builder b) {
        this.maxReadRequestUnits = b.maxReadRequestUnits;
        this.maxWriteRequestUnits = b.maxWriteRequestUnits;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.maxReadRequestUnits = maxReadRequestUnits;
        b.maxWriteRequestUnits = maxWriteRequestUnits;
        return b;
    }

    /** The most read request units per second, or null/-1 for no ceiling. */
    public Long maxReadRequestUnits() {
        return maxReadRequestUnits;
    }

    /** The most write request units per second, or null/-1 for no ceiling. */
    public Long maxWriteRequestUnits() {
        return maxWriteRequestUnits;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof OnDemandThroughput other)) {
            return false;
        }
        return Objects.equals(maxReadRequestUnits, other.maxReadRequestUnits) && Objects.equals(maxWriteRequestUnits, other.maxWriteRequestUnits);
    }

    @Override
    public int hashCode() {
        return Objects.hash(maxReadRequestUnits, maxWriteRequestUnits);
    }

    @Override
    public String toString() {
        return "OnDemandThroughput[maxReadRequestUnits=" + maxReadRequestUnits + ", maxWriteRequestUnits=" + maxWriteRequestUnits + "]";
    }

    /** Builder of {@link OnDemandThroughput}; not thread-safe. */
    public static final class Builder {
        private Long maxReadRequestUnits;
        private Long maxWriteRequestUnits;

        private Builder() {
        }

        /** Sets maxReadRequestUnits: the most read request units per second, or null/-1 for no ceiling. */
        public Builder maxReadRequestUnits(Long maxReadRequestUnits) {
            this.maxReadRequestUnits = maxReadRequestUnits;
            return this;
        }

        /** Sets maxWriteRequestUnits: the most write request units per second, or null/-1 for no ceiling. */
        public Builder maxWriteRequestUnits(Long maxWriteRequestUnits) {
            this.maxWriteRequestUnits = maxWriteRequestUnits;
            return this;
        }

        /** Builds the immutable {@link OnDemandThroughput}. */
        public OnDemandThroughput build() {
            return new OnDemandThroughput(this);
        }
    }
}
