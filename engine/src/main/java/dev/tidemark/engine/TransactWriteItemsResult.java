package dev.tidemark.engine;

import dev.tidemark.engine.model.ConsumedCapacity;
import dev.tidemark.engine.model.ItemCollectionMetrics;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.LinkedHashMap;

/**
 * The result of TransactWriteItems.
 */
public final class TransactWriteItemsResult {
    private final Map<String, List<ItemCollectionMetrics>> itemCollectionMetrics;
    private final List<ConsumedCapacity> consumedCapacity;

    private TransactWriteItemsResult(Builder b) {
        this.itemCollectionMetrics = b.itemCollectionMetrics == null ? null : Map.copyOf(deepCopyLists(b.itemCollectionMetrics));
        this.consumedCapacity = b.consumedCapacity == null ? null : List.copyOf(b.consumedCapacity);
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.itemCollectionMetrics = itemCollectionMetrics;
        b.consumedCapacity = consumedCapacity;
        return b;
    }

    /** With ReturnItemCollectionMetrics SIZE, per table with local secondary indexes, the sizes of the collections written; else null. */
    public Map<String, List<ItemCollectionMetrics>> itemCollectionMetrics() {
        return itemCollectionMetrics;
    }

    /** The capacity consumed, one entry per table, when the request asked for it; else null. */
    public List<ConsumedCapacity> consumedCapacity() {
        return consumedCapacity;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof TransactWriteItemsResult other)) {
            return false;
        }
        return Objects.equals(itemCollectionMetrics, other.itemCollectionMetrics) && Objects.equals(consumedCapacity, other.consumedCapacity);
    }

    @Override
    public int hashCode() {
        return Objects.hash(itemCollectionMetrics, consumedCapacity);
    }

    @Override
    public String toString() {
        return "TransactWriteItemsResult[itemCollectionMetrics=" + itemCollectionMetrics + ", consumedCapacity=" + consumedCapacity + "]";
    }

    private static <K, V> Map<K, List<V>> deepCopyLists(Map<K, ? extends List<V>> m) {
        Map<K, List<V>> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return out;
    }

    /** Builder of {@link TransactWriteItemsResult}; not thread-safe. */
    public static final class Builder {
        private Map<String, List<ItemCollectionMetrics>> itemCollectionMetrics;
        private List<ConsumedCapacity> consumedCapacity;

        private Builder() {
        }

        /** Sets itemCollectionMetrics: with ReturnItemCollectionMetrics SIZE, per table with local secondary indexes, the sizes of the collections written; else null. */
        public Builder itemCollectionMetrics(Map<String, List<ItemCollectionMetrics>> itemCollectionMetrics) {
            this.itemCollectionMetrics = itemCollectionMetrics;
            return this;
        }

        /** Sets consumedCapacity: the capacity consumed, one entry per table, when the request asked for it; else null. */
        public Builder consumedCapacity(List<ConsumedCapacity> consumedCapacity) {
            this.consumedCapacity = consumedCapacity;
            return this;
        }

        /** Builds the immutable {@link TransactWriteItemsResult}. */
        public TransactWriteItemsResult build() {
            return new TransactWriteItemsResult(this);
        }
    }
}
