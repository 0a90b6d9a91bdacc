package dev.tidemark.engine;

import dev.tidemark.engine.model.ConsumedCapacity;
import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.engine.model.ItemCollectionMetrics;
import java.util.Map;
import java.util.Objects;

/**
 * The result of UpdateItem.
 */
public final class UpdateItemResult {
    private final Map<String, AttributeValue> attributes;
    private final ItemCollectionMetrics itemCollectionMetrics;
    private final ConsumedCapacity consumedCapacity;

    private UpdateItemResult(Builder b) {
        this.attributes = b.attributes == null ? null : Map.copyOf(b.attributes);
        this.itemCollectionMetrics = b.itemCollectionMetrics;
        this.consumedCapacity = b.consumedCapacity;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.attributes = attributes;
        b.itemCollectionMetrics = itemCollectionMetrics;
        b.consumedCapacity = consumedCapacity;
        return b;
    }

    /** The attributes asked for with ReturnValues, else null. */
    public Map<String, AttributeValue> attributes() {
        return attributes;
    }

    /** With ReturnItemCollectionMetrics SIZE on a table with local secondary indexes, the collection's size; else null. */
    public ItemCollectionMetrics itemCollectionMetrics() {
        return itemCollectionMetrics;
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
        if (!(o instanceof UpdateItemResult other)) {
            return false;
        }
        return Objects.equals(attributes, other.attributes) && Objects.equals(itemCollectionMetrics, other.itemCollectionMetrics) && Objects.equals(consumedCapacity, other.consumedCapacity);
    }

    @Override
    public int hashCode() {
        return Objects.hash(attributes, itemCollectionMetrics, consumedCapacity);
    }

    @Override
    public String toString() {
        return "UpdateItemResult[attributes=" + attributes + ", itemCollectionMetrics=" + itemCollectionMetrics + ", consumedCapacity=" + consumedCapacity + "]";
    }

    /** Builder of {@link UpdateItemResult}; not thread-safe. */
    public static final class Builder {
        private Map<String, AttributeValue> attributes;
        private ItemCollectionMetrics itemCollectionMetrics;
        private ConsumedCapacity consumedCapacity;

        private Builder() {
        }

        /** Sets attributes: the attributes asked for with ReturnValues, else null. */
        public Builder attributes(Map<String, AttributeValue> attributes) {
            this.attributes = attributes;
            return this;
        }

        /** Sets itemCollectionMetrics: with ReturnItemCollectionMetrics SIZE on a table with local secondary indexes, the collection's size; else null. */
        public Builder itemCollectionMetrics(ItemCollectionMetrics itemCollectionMetrics) {
            this.itemCollectionMetrics = itemCollectionMetrics;
            return this;
        }

        /** Sets consumedCapacity: the capacity consumed, when the request asked for it; else null. */
        public Builder consumedCapacity(ConsumedCapacity consumedCapacity) {
            this.consumedCapacity = consumedCapacity;
            return this;
        }

        /** Builds the immutable {@link UpdateItemResult}. */
        public UpdateItemResult build() {
            return new UpdateItemResult(this);
        }
    }
}
