package dev.tidemark.engine.model;

import java.util.Map;
import java.util.Objects;

/**
 * A put inside a BatchWriteItem.
 */
public final class PutRequest {
    private final Map<String, AttributeValue> item;

    private PutRequest(Builder b) {
        this.item = b.item == null ? null : Map.copyOf(b.item);
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.item = item;
        return b;
    }

    /** The whole item, key included. */
    public Map<String, AttributeValue> item() {
        return item;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PutRequest other)) {
            return false;
        }
        return Objects.equals(item, other.item);
    }

    @Override
    public int hashCode() {
        return Objects.hash(item);
    }

    @Override
    public String toString() {
        return "PutRequest[item=" + item + "]";
    }

    /** Builder of {@link PutRequest}; not thread-safe. */
    public static final class Builder {
        private Map<String, AttributeValue> item;

        private Builder() {
        }

        /** Sets item: the whole item, key included. */
        public Builder item(Map<String, AttributeValue> item) {
            this.item = item;
            return this;
        }

        /** Builds the immutable {@link PutRequest}. */
        public PutRequest build() {
            return new PutRequest(this);
        }
    }
}
