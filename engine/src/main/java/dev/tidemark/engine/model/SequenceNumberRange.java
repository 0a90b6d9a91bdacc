package dev.tidemark.engine.model;

import java.util.Objects;

/**
 * The sequence numbers a shard holds: an open shard has no ending number.
 */
public final class SequenceNumberRange {
    private final String startingSequenceNumber;
    private final String endingSequenceNumber;

    private SequenceNumberRange(Builder b) {
        this.startingSequenceNumber = b.startingSequenceNumber;
        this.endingSequenceNumber = b.endingSequenceNumber;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.startingSequenceNumber = startingSequenceNumber;
        b.endingSequenceNumber = endingSequenceNumber;
        return b;
    }

    /** The first sequence number. */
    public String startingSequenceNumber() {
        return startingSequenceNumber;
    }

    /** The last sequence number of a closed shard, else null. */
    public String endingSequenceNumber() {
        return endingSequenceNumber;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof SequenceNumberRange other)) {
            return false;
        }
        return Objects.equals(startingSequenceNumber, other.startingSequenceNumber) && Objects.equals(endingSequenceNumber, other.endingSequenceNumber);
    }

    @Override
    public int hashCode() {
        return Objects.hash(startingSequenceNumber, endingSequenceNumber);
    }

    @Override
    public String toString() {
        return "SequenceNumberRange[" + "startingSequenceNumber=" + startingSequenceNumber + ", " + "endingSequenceNumber=" + endingSequenceNumber + "]";
    }

    /** Builder of {@link SequenceNumberRange}; not thread-safe. */
    public static final class Builder {
        private String startingSequenceNumber;
        private String endingSequenceNumber;

        private Builder() {
        }

        /** Sets startingSequenceNumber: the first sequence number. */
        public Builder startingSequenceNumber(String startingSequenceNumber) {
            this.startingSequenceNumber = startingSequenceNumber;
            return this;
        }

        /** Sets endingSequenceNumber: the last sequence number of a closed shard, else null. */
        public Builder endingSequenceNumber(String endingSequenceNumber) {
            this.endingSequenceNumber = endingSequenceNumber;
            return this;
        }

        /** Builds the immutable {@link SequenceNumberRange}. */
        public SequenceNumberRange build() {
            return new SequenceNumberRange(this);
        }
    }
}
