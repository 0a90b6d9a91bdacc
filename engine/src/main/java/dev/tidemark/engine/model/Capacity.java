package dev.tidemark.engine.model;

import java.util.Objects;

/**
 * Capacity units one table or index consumed for an operation (part of {@link ConsumedCapacity}).
 */
public final class Capacity {
    private final Double readCapacityUnits;
    private final Double writeCapacityUnits;
    private final Double capacityUnits;

    private Capacity(Builder b) {
        this.readCapacityUnits = b.readCapacityUnits;
        this.writeCapacityUnits = b.writeCapacityUnits;
        this.capacityUnits = b.capacityUnits;
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
        b.capacityUnits = capacityUnits;
        return b;
    }

    /** Read units consumed, or null when the operation read nothing there. */
    public Double readCapacityUnits() {
        return readCapacityUnits;
    }

    /** Write units consumed, or null when the operation wrote nothing there. */
    public Double writeCapacityUnits() {
        return writeCapacityUnits;
    }

    /** Read and write units together. */
    public Double capacityUnits() {
        return capacityUnits;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Capacity other)) {
            return false;
        }
        return Objects.equals(readCapacityUnits, other.readCapacityUnits) && Objects.equals(writeCapacityUnits, other.writeCapacityUnits) && Objects.equals(capacityUnits, other.capacityUnits);
    }

    @Override
    public int hashCode() {
        return Objects.hash(readCapacityUnits, writeCapacityUnits, capacityUnits);
    }

    @Override
    public String toString() {
        return "Capacity[readCapacityUnits=" + readCapacityUnits + ", writeCapacityUnits=" + writeCapacityUnits + ", capacityUnits=" + capacityUnits + "]";
    }

    /** Builder of {@link Capacity}; not thread-safe. */
    public static final class Builder {
        private Double readCapacityUnits;
        private Double writeCapacityUnits;
        private Double capacityUnits;

        private Builder() {
        }

        /** Sets readCapacityUnits: read units consumed, or null when the operation read nothing there. */
        public Builder readCapacityUnits(Double readCapacityUnits) {
            this.readCapacityUnits = readCapacityUnits;
            return this;
        }

        /** Sets writeCapacityUnits: write units consumed, or null when the operation wrote nothing there. */
        public Builder writeCapacityUnits(Double writeCapacityUnits) {
            this.writeCapacityUnits = writeCapacityUnits;
            return this;
        }

        /** Sets capacityUnits: read and write units together. */
        public Builder capacityUnits(Double capacityUnits) {
            this.capacityUnits = capacityUnits;
            return this;
        }

        /** Builds the immutable {@link Capacity}. */
        public Capacity build() {
            return new Capacity(this);
        }
    }
}
