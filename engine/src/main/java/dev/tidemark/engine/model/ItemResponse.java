package dev.tidemark.engine.model;

import java.util.Map;
import java.util.Objects;

/**
 * The item read by one TransactGetItems action.
 */
public final class ItemResponse {
    private final Map<String, AttributeValue> item;

    private ItemResponse(Builder b) {
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

    /** The item, or null when there is none. */
    public Map<String, AttributeValue> item() {
        return item;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ItemResponse other)) {
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
        return "ItemResponse[item=" + item + "]";
    }

    /** Builder of {@link ItemResponse}; not thread-safe. */
    public static final class Builder {
        private Map<String, AttributeValue> item;

        private Builder() {
        }

        /** Sets item: the item, or null when there is none. */
        public Builder item(Map<String, AttributeValue> item) {
            this.item = item;
            return this;
        }

        /** Builds the immutable {@link ItemResponse}. */
        public ItemResponse build() {
            return new ItemResponse(this);
        }
    }
}
