package dev.tidemark.engine.model;

import java.util.Objects;

/**
 * Read and write capacity units provisioned for a table or index.
 */
public final class ProvisionedThroughput {
    private final Long readCapacityUnits;
    private final Long writeCapacityUnits;

    private ProvisionedThroughput(Builder b) {
        this.readCapacityUnits = b.readCapacityUnits;
        this.writeCapacityUnits = b.writeCapacityUnits;
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

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ProvisionedThroughput other)) {
            return false;
        }
        return Objects.equals(readCapacityUnits, other.readCapacityUnits) && Objects.equals(writeCapacityUnits, other.writeCapacityUnits);
    }

    @Override
    public int hashCode() {
        return Objects.hash(readCapacityUnits, writeCapacityUnits);
    }

    @Override
    public String toString() {
        return "ProvisionedThroughput[readCapacityUnits=" + readCapacityUnits + ", writeCapacityUnits=" + writeCapacityUnits + "]";
    }

    /** Builder of {@link ProvisionedThroughput}; not thread-safe. */
    public static final class Builder {
        private Long readCapacityUnits;
        private Long writeCapacityUnits;

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

        /** Builds the immutable {@link ProvisionedThroughput}. */
        public ProvisionedThroughput build() {
            return new ProvisionedThroughput(this);
        }
    }
}
