package dev.tidemark.engine;

import java.util.Objects;

/**
 * The result of UpdateTimeToLive.
 */
public final class UpdateTimeToLiveResult {
    private final dev.tidemark.engine.model.TimeToLiveSpecification timeToLiveSpecification;

    private UpdateTimeToLiveResult(Builder b) {
        this.timeToLiveSpecification = b.timeToLiveSpecification;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.timeToLiveSpecification = timeToLiveSpecification;
        return b;
    }

    /** The setting as requested. */
    public dev.tidemark.engine.model.TimeToLiveSpecification timeToLiveSpecification() {
        return timeToLiveSpecification;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof UpdateTimeToLiveResult other)) {
            return false;
        }
        return Objects.equals(timeToLiveSpecification, other.timeToLiveSpecification);
    }

    @Override
    public int hashCode() {
        return Objects.hash(timeToLiveSpecification);
    }

    @Override
    public String toString() {
        return "UpdateTimeToLiveResult[" + "timeToLiveSpecification=" + timeToLiveSpecification + "]";
    }

    /** Builder of {@link UpdateTimeToLiveResult}; not thread-safe. */
    public static final class Builder {
        private dev.tidemark.engine.model.TimeToLiveSpecification timeToLiveSpecification;

        private Builder() {
        }

        /** Sets timeToLiveSpecification: the setting as requested. */
        public Builder timeToLiveSpecification(dev.tidemark.engine.model.TimeToLiveSpecification timeToLiveSpecification) {
            this.timeToLiveSpecification = timeToLiveSpecification;
            return this;
        }

        /** Builds the immutable {@link UpdateTimeToLiveResult}. */
        public UpdateTimeToLiveResult build() {
            return new UpdateTimeToLiveResult(this);
        }
    }
}
