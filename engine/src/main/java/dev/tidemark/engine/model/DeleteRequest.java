package dev.tidemark.engine.model;

import java.util.Map;
import java.util.Objects;

/**
 * A delete inside a BatchWriteItem.
 */
public final class DeleteRequest {
    private final Map<String, AttributeValue> key;

    private DeleteRequest(Builder b) {
        this.key = b.key == null ? null : Map.copyOf(b.key);
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.key = key;
        return b;
    }

    /** The primary key of the item to delete. */
    public Map<String, AttributeValue> key() {
        return key;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof DeleteRequest other)) {
            return false;
        }
        return Objects.equals(key, other.key);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key);
    }

    @Override
    public String toString() {
        return "DeleteRequest[key=" + key + "]";
    }

    /** Builder of {@link DeleteRequest}; not thread-safe. */
    public static final class Builder {
        private Map<String, AttributeValue> key;

        private Builder() {
        }

        /** Sets key: the primary key of the item to delete. */
        public Builder key(Map<String, AttributeValue> key) {
            this.key = key;
            return this;
        }

        /** Builds the immutable {@link DeleteRequest}. */
        public DeleteRequest build() {
            return new DeleteRequest(this);
        }
    }
}
