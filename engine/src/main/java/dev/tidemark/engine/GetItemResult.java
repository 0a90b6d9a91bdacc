package dev.tidemark.engine;

import dev.tidemark.engine.model.ConsumedCapacity;
import dev.tidemark.engine.model.AttributeValue;
import java.util.Map;
import java.util.Objects;

/**
 * The result of GetItem.
 */
public final class GetItemResult {
    private final Map<String, AttributeValue> item;
    private final ConsumedCapacity consumedCapacity;

    private GetItemResult(Builder b) {
        this.item = b.item == null ? null : Map.copyOf(b.item);
        this.consumedCapacity = b.consumedCapacity;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.item = item;
        b.consumedCapacity = consumedCapacity;
        return b;
    }

    /** The item, or null when there is none. */
    public Map<String, AttributeValue> item() {
        return item;
    }

    /** Whether an item was found. */
    public boolean hasItem() {
        return item != null;
    }

    /** The capacity consumed, when the request asked for it; else null. */
    public ConsumedCapacity consumedCapacity() {
        return consumedCapacity;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof GetItemResult other)) {
            return false;
        }
        return Objects.equals(item, other.item) && Objects.equals(consumedCapacity, other.consumedCapacity);
    }

    @Override
    public int hashCode() {
        return Objects.hash(item, consumedCapacity);
    }

    @Override
    public String toString() {
        return "GetItemResult[item=" + item + ", consumedCapacity=" + consumedCapacity + "]";
    }

    /** Builder of {@link GetItemResult}; not thread-safe. */
    public static final class Builder {
        private Map<String, AttributeValue> item;
        private ConsumedCapacity consumedCapacity;

        private Builder() {
        }

        /** Sets item: the item, or null when there is none. */
        public Builder item(Map<String, AttributeValue> item) {
            this.item = item;
            return this;
        }

        /** Sets consumedCapacity: the capacity consumed, when the request asked for it; else null. */
        public Builder consumedCapacity(ConsumedCapacity consumedCapacity) {
            this.consumedCapacity = consumedCapacity;
            return this;
        }

        /** Builds the immutable {@link GetItemResult}. */
        public GetItemResult build() {
            return new GetItemResult(this);
        }
    }
}
