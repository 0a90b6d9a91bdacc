package dev.tidemark.engine;

import dev.tidemark.engine.model.ReturnConsumedCapacity;
import dev.tidemark.engine.model.ReturnItemCollectionMetrics;
import dev.tidemark.engine.model.WriteRequest;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.LinkedHashMap;

/**
 * Puts or deletes up to 25 items in one or more tables; each write is atomic, the batch is not.
 */
public final class BatchWriteItemRequest {
    private final Map<String, List<WriteRequest>> requestItems;
    private final ReturnItemCollectionMetrics returnItemCollectionMetrics;
    private final ReturnConsumedCapacity returnConsumedCapacity;

    private BatchWriteItemRequest(Builder b) {
        this.requestItems = b.requestItems == null ? null : Map.copyOf(deepCopyLists(b.requestItems));
        this.returnItemCollectionMetrics = b.returnItemCollectionMetrics;
        this.returnConsumedCapacity = b.returnConsumedCapacity;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.requestItems = requestItems;
        b.returnItemCollectionMetrics = returnItemCollectionMetrics;
        b.returnConsumedCapacity = returnConsumedCapacity;
        return b;
    }

    /** Per table name, the writes. */
    public Map<String, List<WriteRequest>> requestItems() {
        return requestItems;
    }

    /** SIZE to get the size of the item collection written, for tables with local secondary indexes. */
    public ReturnItemCollectionMetrics returnItemCollectionMetrics() {
        return returnItemCollectionMetrics;
    }

    /** TOTAL or INDEXES to get the consumed capacity in the result (NONE when null). */
    public ReturnConsumedCapacity returnConsumedCapacity() {
        return returnConsumedCapacity;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof BatchWriteItemRequest other)) {
            return false;
        }
        return Objects.equals(requestItems, other.requestItems) && Objects.equals(returnItemCollectionMetrics, other.returnItemCollectionMetrics) && Objects.equals(returnConsumedCapacity, other.returnConsumedCapacity);
    }

    @Override
    public int hashCode() {
        return Objects.hash(requestItems, returnItemCollectionMetrics, returnConsumedCapacity);
    }

    @Override
    public String toString() {
        return "BatchWriteItemRequest[requestItems=" + requestItems + ", returnItemCollectionMetrics=" + returnItemCollectionMetrics + ", returnConsumedCapacity=" + returnConsumedCapacity + "]";
    }

    private static <K, V> Map<K, List<V>> deepCopyLists(Map<K, ? extends List<V>> m) {
        Map<K, List<V>> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return out;
    }

    /** Builder of {@link BatchWriteItemRequest}; not thread-safe. */
    public static final class Builder {
        private Map<String, List<WriteRequest>> requestItems;
        private ReturnItemCollectionMetrics returnItemCollectionMetrics;
        private ReturnConsumedCapacity returnConsumedCapacity;

        private Builder() {
        }

        /** Sets requestItems: per table name, the writes. */
        public Builder requestItems(Map<String, List<WriteRequest>> requestItems) {
            this.requestItems = requestItems;
            return this;
        }

        /** Sets returnItemCollectionMetrics: sIZE to get the size of the item collection written, for tables with local secondary indexes. */
        public Builder returnItemCollectionMetrics(ReturnItemCollectionMetrics returnItemCollectionMetrics) {
            this.returnItemCollectionMetrics = returnItemCollectionMetrics;
            return this;
        }

        /** Sets returnConsumedCapacity: tOTAL or INDEXES to get the consumed capacity in the result (NONE when null). */
        public Builder returnConsumedCapacity(ReturnConsumedCapacity returnConsumedCapacity) {
            this.returnConsumedCapacity = returnConsumedCapacity;
            return this;
        }

        /** Builds the immutable {@link BatchWriteItemRequest}. */
        public BatchWriteItemRequest build() {
            return new BatchWriteItemRequest(this);
        }
    }
}
