package dev.tidemark.engine.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The size of the item collection (the items of one partition key, in the table and its local secondary indexes) a write touched.
 */
public final class ItemCollectionMetrics {
    private final Map<String, AttributeValue> itemCollectionKey;
    private final List<Double> sizeEstimateRangeGB;

    private ItemCollectionMetrics(Builder b) {
        this.itemCollectionKey = b.itemCollectionKey == null ? null : Map.copyOf(b.itemCollectionKey);
        this.sizeEstimateRangeGB = b.sizeEstimateRangeGB == null ? null : List.copyOf(b.sizeEstimateRangeGB);
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.itemCollectionKey = itemCollectionKey;
        b.sizeEstimateRangeGB = sizeEstimateRangeGB;
        return b;
    }

    /** The partition key of the collection. */
    public Map<String, AttributeValue> itemCollectionKey() {
        return itemCollectionKey;
    }

    /** Lower and upper bound of the collection's size, in gigabytes. */
    public List<Double> sizeEstimateRangeGB() {
        return sizeEstimateRangeGB;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ItemCollectionMetrics other)) {
            return false;
        }
        return Objects.equals(itemCollectionKey, other.itemCollectionKey) && Objects.equals(sizeEstimateRangeGB, other.sizeEstimateRangeGB);
    }

    @Override
    public int hashCode() {
        return Objects.hash(itemCollectionKey, sizeEstimateRangeGB);
    }

    @Override
    public String toString() {
        return "ItemCollectionMetrics[itemCollectionKey=" + itemCollectionKey + ", sizeEstimateRangeGB=" + sizeEstimateRangeGB + "]";
    }

    /** Builder of {@link ItemCollectionMetrics}; not thread-safe. */
    public static final class Builder {
        private Map<String, AttributeValue> itemCollectionKey;
        private List<Double> sizeEstimateRangeGB;

        private Builder() {
        }

        /** Sets itemCollectionKey: the partition key of the collection. */
        public Builder itemCollectionKey(Map<String, AttributeValue> itemCollectionKey) {
            this.itemCollectionKey = itemCollectionKey;
            return this;
        }

        /** Sets sizeEstimateRangeGB: lower and upper bound of the collection's size, in gigabytes. */
        public Builder sizeEstimateRangeGB(List<Double> sizeEstimateRangeGB) {
            this.sizeEstimateRangeGB = sizeEstimateRangeGB;
            return this;
        }

        /** Sets sizeEstimateRangeGB from the given elements. */
        public Builder sizeEstimateRangeGB(Double... sizeEstimateRangeGB) {
            this.sizeEstimateRangeGB = List.of(sizeEstimateRangeGB);
            return this;
        }

        /** Builds the immutable {@link ItemCollectionMetrics}. */
        public ItemCollectionMetrics build() {
            return new ItemCollectionMetrics(this);
        }
    }
}
