package dev.tidemark.engine;

import dev.tidemark.engine.model.ConsumedCapacity;
import dev.tidemark.engine.model.AttributeValue;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One page of a Scan.
 */
public final class ScanResult {
    private final List<Map<String, AttributeValue>> items;
    private final int count;
    private final int scannedCount;
    private final Map<String, AttributeValue> lastEvaluatedKey;
    private final ConsumedCapacity consumedCapacity;

    private ScanResult(Builder b) {
        this.items = b.items == null ? null : List.copyOf(b.items);
        this.count = b.count;
        this.scannedCount = b.scannedCount;
        this.lastEvaluatedKey = b.lastEvaluatedKey == null ? null : Map.copyOf(b.lastEvaluatedKey);
        this.consumedCapacity = b.consumedCapacity;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.items = items;
        b.count = count;
        b.scannedCount = scannedCount;
        b.lastEvaluatedKey = lastEvaluatedKey;
        b.consumedCapacity = consumedCapacity;
        return b;
    }

    /** The items of this page (empty for Select COUNT). */
    public List<Map<String, AttributeValue>> items() {
        return items;
    }

    /** Items in this page after the filter. */
    public int count() {
        return count;
    }

    /** Items evaluated in this page before the filter. */
    public int scannedCount() {
        return scannedCount;
    }

    /** Where the next page starts, or null when there is no more. */
    public Map<String, AttributeValue> lastEvaluatedKey() {
        return lastEvaluatedKey;
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
        if (!(o instanceof ScanResult other)) {
            return false;
        }
        return Objects.equals(items, other.items) && Objects.equals(count, other.count) && Objects.equals(scannedCount, other.scannedCount) && Objects.equals(lastEvaluatedKey, other.lastEvaluatedKey) && Objects.equals(consumedCapacity, other.consumedCapacity);
    }

    @Override
    public int hashCode() {
        return Objects.hash(items, count, scannedCount, lastEvaluatedKey, consumedCapacity);
    }

    @Override
    public String toString() {
        return "ScanResult[items=" + items + ", count=" + count + ", scannedCount=" + scannedCount + ", lastEvaluatedKey=" + lastEvaluatedKey + ", consumedCapacity=" + consumedCapacity + "]";
    }

    /** Builder of {@link ScanResult}; not thread-safe. */
    public static final class Builder {
        private List<Map<String, AttributeValue>> items;
        private int count;
        private int scannedCount;
        private Map<String, AttributeValue> lastEvaluatedKey;
        private ConsumedCapacity consumedCapacity;

        private Builder() {
        }

        /** Sets items: the items of this page (empty for Select COUNT). */
        public Builder items(List<Map<String, AttributeValue>> items) {
            this.items = items;
            return this;
        }

        /** Sets items from the given elements. */
        public Builder items(Map<String, AttributeValue>... items) {
            this.items = List.of(items);
            return this;
        }

        /** Sets count: items in this page after the filter. */
        public Builder count(int count) {
            this.count = count;
            return this;
        }

        /** Sets scannedCount: items evaluated in this page before the filter. */
        public Builder scannedCount(int scannedCount) {
            this.scannedCount = scannedCount;
            return this;
        }

        /** Sets lastEvaluatedKey: where the next page starts, or null when there is no more. */
        public Builder lastEvaluatedKey(Map<String, AttributeValue> lastEvaluatedKey) {
            this.lastEvaluatedKey = lastEvaluatedKey;
            return this;
        }

        /** Sets consumedCapacity: the capacity consumed, when the request asked for it; else null. */
        public Builder consumedCapacity(ConsumedCapacity consumedCapacity) {
            this.consumedCapacity = consumedCapacity;
            return this;
        }

        /** Builds the immutable {@link ScanResult}. */
        public ScanResult build() {
            return new ScanResult(this);
        }
    }
}
