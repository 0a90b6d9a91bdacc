package dev.tidemark.engine;

import dev.tidemark.engine.model.ReturnConsumedCapacity;
import dev.tidemark.engine.model.KeysAndAttributes;
import java.util.Map;
import java.util.Objects;

/**
 * Reads up to 100 items from one or more tables.
 */
public final class BatchGetItemRequest {
    private final Map<String, KeysAndAttributes> requestItems;
    private final ReturnConsumedCapacity returnConsumedCapacity;

    private BatchGetItemRequest(Builder b) {
        this.requestItems = b.requestItems == null ? null : Map.copyOf(b.requestItems);
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
        b.returnConsumedCapacity = returnConsumedCapacity;
        return b;
    }

    /** Per table name, the keys to read. */
    public Map<String, KeysAndAttributes> requestItems() {
        return requestItems;
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
        if (!(o instanceof BatchGetItemRequest other)) {
            return false;
        }
        return Objects.equals(requestItems, other.requestItems) && Objects.equals(returnConsumedCapacity, other.returnConsumedCapacity);
    }

    @Override
    public int hashCode() {
        return Objects.hash(requestItems, returnConsumedCapacity);
    }

    @Override
    public String toString() {
        return "BatchGetItemRequest[requestItems=" + requestItems + ", returnConsumedCapacity=" + returnConsumedCapacity + "]";
    }

    /** Builder of {@link BatchGetItemRequest}; not thread-safe. */
    public static final class Builder {
        private Map<String, KeysAndAttributes> requestItems;
        private ReturnConsumedCapacity returnConsumedCapacity;

        private Builder() {
        }

        /** Sets requestItems: per table name, the keys to read. */
        public Builder requestItems(Map<String, KeysAndAttributes> requestItems) {
            this.requestItems = requestItems;
            return this;
        }

        /** Sets returnConsumedCapacity: tOTAL or INDEXES to get the consumed capacity in the result (NONE when null). */
        public Builder returnConsumedCapacity(ReturnConsumedCapacity returnConsumedCapacity) {
            this.returnConsumedCapacity = returnConsumedCapacity;
            return this;
        }

        /** Builds the immutable {@link BatchGetItemRequest}. */
        public BatchGetItemRequest build() {
            return new BatchGetItemRequest(this);
        }
    }
}
