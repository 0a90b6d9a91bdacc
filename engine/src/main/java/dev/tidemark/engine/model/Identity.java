package dev.tidemark.engine.model;

import java.util.Objects;

/**
 * Who made a change: present on stream records of deletions made by time to live (reference 6.3).
 */
public final class Identity {
    private final String principalId;
    private final String type;

    private Identity(Builder b) {
        this.principalId = b.principalId;
        this.type = b.type;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.principalId = principalId;
        b.type = type;
        return b;
    }

    /** {@code dynamodb.amazonaws.com} for time-to-live deletions. */
    public String principalId() {
        return principalId;
    }

    /** {@code Service} for time-to-live deletions. */
    public String type() {
        return type;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Identity other)) {
            return false;
        }
        return Objects.equals(principalId, other.principalId) && Objects.equals(type, other.type);
    }

    @Override
    public int hashCode() {
        return Objects.hash(principalId, type);
    }

    @Override
    public String toString() {
        return "Identity[" + "principalId=" + principalId + ", " + "type=" + type + "]";
    }

    /** Builder of {@link Identity}; not thread-safe. */
    public static final class Builder {
        private String principalId;
        private String type;

        private Builder() {
        }

        /** Sets principalId: {@code dynamodb.amazonaws.com} for time-to-live deletions. */
        public Builder principalId(String principalId) {
            this.principalId = principalId;
            return this;
        }

        /** Sets type: {@code Service} for time-to-live deletions. */
        public Builder type(String type) {
            this.type = type;
            return this;
        }

        /** Builds the immutable {@link Identity}. */
        public Identity build() {
            return new Identity(this);
        }
    }
}
