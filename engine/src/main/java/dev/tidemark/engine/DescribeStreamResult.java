package dev.tidemark.engine;

import java.util.Objects;

/**
 * The result of DescribeStream.
 */
public final class DescribeStreamResult {
    private final dev.tidemark.engine.model.StreamDescription streamDescription;

    private DescribeStreamResult(Builder b) {
        this.streamDescription = b.streamDescription;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.streamDescription = streamDescription;
        return b;
    }

    /** The stream. */
    public dev.tidemark.engine.model.StreamDescription streamDescription() {
        return streamDescription;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof DescribeStreamResult other)) {
            return false;
        }
        return Objects.equals(streamDescription, other.streamDescription);
    }

    @Override
    public int hashCode() {
        return Objects.hash(streamDescription);
    }

    @Override
    public String toString() {
        return "DescribeStreamResult[" + "streamDescription=" + streamDescription + "]";
    }

    /** Builder of {@link DescribeStreamResult}; not thread-safe. */
    public static final class Builder {
        private dev.tidemark.engine.model.StreamDescription streamDescription;

        private Builder() {
        }

        /** Sets streamDescription: the stream. */
        public Builder streamDescription(dev.tidemark.engine.model.StreamDescription streamDescription) {
            this.streamDescription = streamDescription;
            return this;
        }

        /** Builds the immutable {@link DescribeStreamResult}. */
        public DescribeStreamResult build() {
            return new DescribeStreamResult(this);
        }
    }
}
