package dev.tidemark.engine;

import java.util.Objects;

/**
 * The result of DescribeTimeToLive.
 */
public final class DescribeTimeToLiveResult {
    private final dev.tidemark.engine.model.TimeToLiveDescription timeToLiveDescription;

    private DescribeTimeToLiveResult(Builder b) {
        this.timeToLiveDescription = b.timeToLiveDescription;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.timeToLiveDescription = timeToLiveDescription;
        return b;
    }

    /** The setting. */
    public dev.tidemark.engine.model.TimeToLiveDescription timeToLiveDescription() {
        return timeToLiveDescription;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof DescribeTimeToLiveResult other)) {
            return false;
        }
        return Objects.equals(timeToLiveDescription, other.timeToLiveDescription);
    }

    @Override
    public int hashCode() {
        return Objects.hash(timeToLiveDescription);
    }

    @Override
    public String toString() {
        return "DescribeTimeToLiveResult[" + "timeToLiveDescription=" + timeToLiveDescription + "]";
    }

    /** Builder of {@link DescribeTimeToLiveResult}; not thread-safe. */
    public static final class Builder {
        private dev.tidemark.engine.model.TimeToLiveDescription timeToLiveDescription;

        private Builder() {
        }

        /** Sets timeToLiveDescription: the setting. */
        public Builder timeToLiveDescription(dev.tidemark.engine.model.TimeToLiveDescription timeToLiveDescription) {
            this.timeToLiveDescription = timeToLiveDescription;
            return this;
        }

        /** Builds the immutable {@link DescribeTimeToLiveResult}. */
        public DescribeTimeToLiveResult build() {
            return new DescribeTimeToLiveResult(this);
        }
    }
}
