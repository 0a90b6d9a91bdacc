package dev.tidemark.engine.model;

import java.util.Objects;

/**
 * Turns time to live on or off for one attribute (reference 6.1).
 */
public final class TimeToLiveSpecification {
    private final Boolean enabled;
    private final String attributeName;

    private TimeToLiveSpecification(Builder b) {
        this.enabled = b.enabled;
        this.attributeName = b.attributeName;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.enabled = enabled;
        b.attributeName = attributeName;
        return b;
    }

    /** Whether expiry is on; required. */
    public Boolean enabled() {
        return enabled;
    }

    /** The attribute holding the expiry time in epoch seconds; required. */
    public String attributeName() {
        return attributeName;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof TimeToLiveSpecification other)) {
            return false;
        }
        return Objects.equals(enabled, other.enabled) && Objects.equals(attributeName, other.attributeName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(enabled, attributeName);
    }

    @Override
    public String toString() {
        return "TimeToLiveSpecification[" + "enabled=" + enabled + ", " + "attributeName=" + attributeName + "]";
    }

    /** Builder of {@link TimeToLiveSpecification}; not thread-safe. */
    public static final class Builder {
        private Boolean enabled;
        private String attributeName;

        private Builder() {
        }

        /** Sets enabled: whether expiry is on; required. */
        public Builder enabled(Boolean enabled) {
            this.enabled = enabled;
            return this;
        }

        /** Sets attributeName: the attribute holding the expiry time in epoch seconds; required. */
        public Builder attributeName(String attributeName) {
            this.attributeName = attributeName;
            return this;
        }

        /** Builds the immutable {@link TimeToLiveSpecification}. */
        public TimeToLiveSpecification build() {
            return new TimeToLiveSpecification(this);
        }
    }
}
