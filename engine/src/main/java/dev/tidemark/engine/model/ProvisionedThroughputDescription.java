package dev.tidemark.engine.model;

import java.util.Objects;

/**
 * Provisioned throughput as DescribeTable reports it: zeros for on-demand tables.
 */
public final class ProvisionedThroughputDescription {
    private final Long readCapacityUnits;
    private final Long writeCapacityUnits;
    private final java.time.Instant lastIncreaseDateTime;
    private final java.time.Instant lastDecreaseDateTime;
    private final Long numberOfDecreasesToday;

    private ProvisionedThroughputDescription(Builder b) {
        this.readCapacityUnits = b.readCapacityUnits;
        this.writeCapacityUnits = b.writeCapacityUnits;
        this.lastIncreaseDateTime = b.lastIncreaseDateTime;
        this.lastDecreaseDateTime = b.lastDecreaseDateTime;
        this.numberOfDecreasesToday = b.numberOfDecreasesToday;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.readCapacityUnits = readCapacityUnits;
        b.writeCapacityUnits = writeCapacityUnits;
        b.lastIncreaseDateTime = lastIncreaseDateTime;
        b.lastDecreaseDateTime = lastDecreaseDateTime;
        b.numberOfDecreasesToday = numberOfDecreasesToday;
        return b;
    }

    /** Read capacity units per second. */
    public Long readCapacityUnits() {
        return readCapacityUnits;
    }

    /** Write capacity units per second. */
    public Long writeCapacityUnits() {
        return writeCapacityUnits;
    }

    /** When capacity was last raised, or null. */
    public java.time.Instant lastIncreaseDateTime() {
        return lastIncreaseDateTime;
    }

    /** When capacity was last lowered, or null. */
    public java.time.Instant lastDecreaseDateTime() {
        return lastDecreaseDateTime;
    }

    /** How many decreases happened in the current UTC day. */
    public Long numberOfDecreasesToday() {
        return numberOfDecreasesToday;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ProvisionedThroughputDescription other)) {
            return false;
        }
        return Objects.equals(readCapacityUnits, other.readCapacityUnits) && Objects.equals(writeCapacityUnits, other.writeCapacityUnits) && Objects.equals(lastIncreaseDateTime, other.lastIncreaseDateTime) && Objects.equals(lastDecreaseDateTime, other.lastDecreaseDateTime) && Objects.equals(numberOfDecreasesToday, other.numberOfDecreasesToday);
    }

    @Override
    public int hashCode() {
        return Objects.hash(readCapacityUnits, writeCapacityUnits, lastIncreaseDateTime, lastDecreaseDateTime, numberOfDecreasesToday);
    }

    @Override
    public String toString() {
        return "ProvisionedThroughputDescription[readCapacityUnits=" + readCapacityUnits + ", writeCapacityUnits=" + writeCapacityUnits + ", lastIncreaseDateTime=" + lastIncreaseDateTime + ", lastDecreaseDateTime=" + lastDecreaseDateTime + ", numberOfDecreasesToday=" + numberOfDecreasesToday + "]";
    }

    /** Builder of {@link ProvisionedThroughputDescription}; not thread-safe. */
    public static final class Builder {
        private Long readCapacityUnits;
        private Long writeCapacityUnits;
        private java.time.Instant lastIncreaseDateTime;
        private java.time.Instant lastDecreaseDateTime;
        private Long numberOfDecreasesToday;

        private Builder() {
        }

        /** Sets readCapacityUnits: read capacity units per second. */
        public Builder readCapacityUnits(Long readCapacityUnits) {
            this.readCapacityUnits = readCapacityUnits;
            return this;
        }

        /** Sets writeCapacityUnits: write capacity units per second. */
        public Builder writeCapacityUnits(Long writeCapacityUnits) {
            this.writeCapacityUnits = writeCapacityUnits;
            return this;
        }

        /** Sets lastIncreaseDateTime: when capacity was last raised, or null. */
        public Builder lastIncreaseDateTime(java.time.Instant lastIncreaseDateTime) {
            this.lastIncreaseDateTime = lastIncreaseDateTime;
            return this;
        }

        /** Sets lastDecreaseDateTime: when capacity was last lowered, or null. */
        public Builder lastDecreaseDateTime(java.time.Instant lastDecreaseDateTime) {
            this.lastDecreaseDateTime = lastDecreaseDateTime;
            return this;
        }

        /** Sets numberOfDecreasesToday: how many decreases happened in the current UTC day. */
        public Builder numberOfDecreasesToday(Long numberOfDecreasesToday) {
            this.numberOfDecreasesToday = numberOfDecreasesToday;
            return this;
        }

        /** Builds the immutable {@link ProvisionedThroughputDescription}. */
        public ProvisionedThroughputDescription build() {
            return new ProvisionedThroughputDescription(this);
        }
    }
}
