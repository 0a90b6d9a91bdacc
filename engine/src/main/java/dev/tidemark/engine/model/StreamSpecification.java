package dev.tidemark.engine.model;

import java.util.Objects;

/**
 * Whether a table has a stream and what its records carry (reference 7.1).
 */
public final class StreamSpecification {
    private final Boolean streamEnabled;
    private final StreamViewType streamViewType;

    private StreamSpecification(Builder b) {
        this.streamEnabled = b.streamEnabled;
        this.streamViewType = b.streamViewType;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.streamEnabled = streamEnabled;
        b.streamViewType = streamViewType;
        return b;
    }

    /** Whether the stream is enabled; required. */
    public Boolean streamEnabled() {
        return streamEnabled;
    }

    /** What records carry; required when enabling, else null. */
    public StreamViewType streamViewType() {
        return streamViewType;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof StreamSpecification other)) {
            return false;
        }
        return Objects.equals(streamEnabled, other.streamEnabled) && Objects.equals(streamViewType, other.streamViewType);
    }

    @Override
    public int hashCode() {
        return Objects.hash(streamEnabled, streamViewType);
    }

    @Override
    public String toString() {
        return "StreamSpecification[" + "streamEnabled=" + streamEnabled + ", " + "streamViewType=" + streamViewType + "]";
    }

    /** Builder of {@link StreamSpecification}; not thread-safe. */
    public static final class Builder {
        private Boolean streamEnabled;
        private StreamViewType streamViewType;

        private Builder() {
        }

        /** Sets streamEnabled: whether the stream is enabled; required. */
        public Builder streamEnabled(Boolean streamEnabled) {
            this.streamEnabled = streamEnabled;
            return this;
        }

        /** Sets streamViewType: what records carry; required when enabling, else null. */
        public Builder streamViewType(StreamViewType streamViewType) {
            this.streamViewType = streamViewType;
            return this;
        }

        /** Builds the immutable {@link StreamSpecification}. */
        public StreamSpecification build() {
            return new StreamSpecification(this);
        }
    }
}
