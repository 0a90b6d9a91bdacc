package dev.tidemark.engine;

import dev.tidemark.engine.model.AttributeValue;
import java.util.Map;
import java.util.Objects;

/**
 * The result of DeleteItem.
 */
public final class DeleteItemResult {
    private final Map<String, AttributeValue> attributes;

    private DeleteItemResult(Builder b) {
        this.attributes = b.attributes == null ? null : Map.copyOf(b.attributes);
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.attributes = attributes;
        return b;
    }

    /** The old item when ALL_OLD was asked and an item was deleted, else null. */
    public Map<String, AttributeValue> attributes() {
        return attributes;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof DeleteItemResult other)) {
            return false;
        }
        return Objects.equals(attributes, other.attributes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(attributes);
    }

    @Override
    public String toString() {
        return "DeleteItemResult[attributes=" + attributes + "]";
    }

    /** Builder of {@link DeleteItemResult}; not thread-safe. */
    public static final class Builder {
        private Map<String, AttributeValue> attributes;

        private Builder() {
        }

        /** Sets attributes: the old item when ALL_OLD was asked and an item was deleted, else null. */
        public Builder attributes(Map<String, AttributeValue> attributes) {
            this.attributes = attributes;
            return this;
        }

        /** Builds the immutable {@link DeleteItemResult}. */
        public DeleteItemResult build() {
            return new DeleteItemResult(this);
        }
    }
}
