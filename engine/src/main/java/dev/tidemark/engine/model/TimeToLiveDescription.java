package dev.tidemark.engine.model;

import java.util.Objects;

/**
 * A table's time-to-live setting as DescribeTimeToLive reports it.
 */
public final class TimeToLiveDescription {
    private final TimeToLiveStatus timeToLiveStatus;
    private final String attributeName;

    private TimeToLiveDescription(Builder b) {
        this.timeToLiveStatus = b.timeToLiveStatus;
        this.attributeName = b.attributeName;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.timeToLiveStatus = timeToLiveStatus;
        b.attributeName = attributeName;
        return b;
    }

    /** The state. */
    public TimeToLiveStatus timeToLiveStatus() {
        return timeToLiveStatus;
    }

    /** The expiry attribute, or null when disabled. */
    public String attributeName() {
        return attributeName;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof TimeToLiveDescription other)) {
            return false;
        }
        return Objects.equals(timeToLiveStatus, other.timeToLiveStatus) && Objects.equals(attributeName, other.attributeName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(timeToLiveStatus, attributeName);
    }

    @Override
    public String toString() {
        return "TimeToLiveDescription[" + "timeToLiveStatus=" + timeToLiveStatus + ", " + "attributeName=" + attributeName + "]";
    }

    /** Builder of {@link TimeToLiveDescription}; not thread-safe. */
    public static final class Builder {
        private TimeToLiveStatus timeToLiveStatus;
        private String attributeName;

        private Builder() {
        }

        /** Sets timeToLiveStatus: the state. */
        public Builder timeToLiveStatus(TimeToLiveStatus timeToLiveStatus) {
            this.timeToLiveStatus = timeToLiveStatus;
            return this;
        }

        /** Sets attributeName: the expiry attribute, or null when disabled. */
        public Builder attributeName(String attributeName) {
            this.attributeName = attributeName;
            return this;
        }

        /** Builds the immutable {@link TimeToLiveDescription}. */
        public TimeToLiveDescription build() {
            return new TimeToLiveDescription(this);
        }
    }
}
