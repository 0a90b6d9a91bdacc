package dev.tidemark.engine;

import dev.tidemark.engine.model.ConsumedCapacity;
import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.engine.model.KeysAndAttributes;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.LinkedHashMap;

/**
 * The result of BatchGetItem.
 */
public final class BatchGetItemResult {
    private final Map<String, List<Map<String, AttributeValue>>> responses;
    private final Map<String, KeysAndAttributes> unprocessedKeys;
    private final List<ConsumedCapacity> consumedCapacity;

    private BatchGetItemResult(Builder b) {
        this.responses = b.responses == null ? null : Map.copyOf(deepCopyLists(b.responses));
        this.unprocessedKeys = b.unprocessedKeys == null ? null : Map.copyOf(b.unprocessedKeys);
        this.consumedCapacity = b.consumedCapacity == null ? null : List.copyOf(b.consumedCapacity);
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.responses = responses;
        b.unprocessedKeys = unprocessedKeys;
        b.consumedCapacity = consumedCapacity;
        return b;
    }

    /** Per table, the items found (in no particular order). */
    public Map<String, List<Map<String, AttributeValue>>> responses() {
        return responses;
    }

    /** Keys not read this time; empty when all were read. */
    public Map<String, KeysAndAttributes> unprocessedKeys() {
        return unprocessedKeys;
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
        if (!(o instanceof BatchGetItemResult other)) {
            return false;
        }
        return Objects.equals(responses, other.responses) && Objects.equals(unprocessedKeys, other.unprocessedKeys) && Objects.equals(consumedCapacity, other.consumedCapacity);
    }

    @Override
    public int hashCode() {
        return Objects.hash(responses, unprocessedKeys, consumedCapacity);
    }

    @Override
    public String toString() {
        return "BatchGetItemResult[responses=" + responses + ", unprocessedKeys=" + unprocessedKeys + ", consumedCapacity=" + consumedCapacity + "]";
    }

    private static <K, V> Map<K, List<V>> deepCopyLists(Map<K, ? extends List<V>> m) {
        Map<K, List<V>> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return out;
    }

    /** Builder of {@link BatchGetItemResult}; not thread-safe. */
    public static final class Builder {
        private Map<String, List<Map<String, AttributeValue>>> responses;
        private Map<String, KeysAndAttributes> unprocessedKeys;
        private List<ConsumedCapacity> consumedCapacity;

        private Builder() {
        }

        /** Sets responses: per table, the items found (in no particular order). */
        public Builder responses(Map<String, List<Map<String, AttributeValue>>> responses) {
            this.responses = responses;
            return this;
        }

        /** Sets unprocessedKeys: keys not read this time; empty when all were read. */
        public Builder unprocessedKeys(Map<String, KeysAndAttributes> unprocessedKeys) {
            this.unprocessedKeys = unprocessedKeys;
            return this;
        }

        /** Sets consumedCapacity: the capacity consumed, one entry per table, when the request asked for it; else null. */
        public Builder consumedCapacity(List<ConsumedCapacity> consumedCapacity) {
            this.consumedCapacity = consumedCapacity;
            return this;
        }

        /** Builds the immutable {@link BatchGetItemResult}. */
        public BatchGetItemResult build() {
            return new BatchGetItemResult(this);
        }
    }
}
