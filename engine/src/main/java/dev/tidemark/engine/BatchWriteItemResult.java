package dev.tidemark.engine;

import dev.tidemark.engine.model.WriteRequest;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.LinkedHashMap;

/**
 * The result of BatchWriteItem.
 */
public final class BatchWriteItemResult {
    private final Map<String, List<WriteRequest>> unprocessedItems;

    private BatchWriteItemResult(Builder b) {
        this.unprocessedItems = b.unprocessedItems == null ? null : Map.copyOf(deepCopyLists(b.unprocessedItems));
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.unprocessedItems = unprocessedItems;
        return b;
    }

    /** Writes not done this time; empty when all were done. */
    public Map<String, List<WriteRequest>> unprocessedItems() {
        return unprocessedItems;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof BatchWriteItemResult other)) {
            return false;
        }
        return Objects.equals(unprocessedItems, other.unprocessedItems);
    }

    @Override
    public int hashCode() {
        return Objects.hash(unprocessedItems);
    }

    @Override
    public String toString() {
        return "BatchWriteItemResult[unprocessedItems=" + unprocessedItems + "]";
    }

    private static <K, V> Map<K, List<V>> deepCopyLists(Map<K, ? extends List<V>> m) {
        Map<K, List<V>> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return out;
    }

    /** Builder of {@link BatchWriteItemResult}; not thread-safe. */
    public static final class Builder {
        private Map<String, List<WriteRequest>> unprocessedItems;

        private Builder() {
        }

        /** Sets unprocessedItems: writes not done this time; empty when all were done. */
        public Builder unprocessedItems(Map<String, List<WriteRequest>> unprocessedItems) {
            this.unprocessedItems = unprocessedItems;
            return this;
        }

        /** Builds the immutable {@link BatchWriteItemResult}. */
        public BatchWriteItemResult build() {
            return new BatchWriteItemResult(this);
        }
    }
}
