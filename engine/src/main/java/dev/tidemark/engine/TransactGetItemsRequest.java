package dev.tidemark.engine;

import dev.tidemark.engine.model.ReturnConsumedCapacity;
import dev.tidemark.engine.model.TransactGetItem;
import java.util.List;
import java.util.Objects;

/**
 * Reads up to 100 items from one or more tables as one consistent snapshot.
 */
public final class TransactGetItemsRequest {
    private final List<TransactGetItem> transactItems;
    private final ReturnConsumedCapacity returnConsumedCapacity;

    private TransactGetItemsRequest(Builder b) {
        this.transactItems = b.transactItems == null ? null : List.copyOf(b.transactItems);
        this.returnConsumedCapacity = b.returnConsumedCapacity;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.transactItems = transactItems;
        b.returnConsumedCapacity = returnConsumedCapacity;
        return b;
    }

    /** The items to read (1 to 100), each a different item. */
    public List<TransactGetItem> transactItems() {
        return transactItems;
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
        if (!(o instanceof TransactGetItemsRequest other)) {
            return false;
        }
        return Objects.equals(transactItems, other.transactItems) && Objects.equals(returnConsumedCapacity, other.returnConsumedCapacity);
    }

    @Override
    public int hashCode() {
        return Objects.hash(transactItems, returnConsumedCapacity);
    }

    @Override
    public String toString() {
        return "TransactGetItemsRequest[transactItems=" + transactItems + ", returnConsumedCapacity=" + returnConsumedCapacity + "]";
    }

    /** Builder of {@link TransactGetItemsRequest}; not thread-safe. */
    public static final class Builder {
        private List<TransactGetItem> transactItems;
        private ReturnConsumedCapacity returnConsumedCapacity;

        private Builder() {
        }

        /** Sets transactItems: the items to read (1 to 100), each a different item. */
        public Builder transactItems(List<TransactGetItem> transactItems) {
            this.transactItems = transactItems;
            return this;
        }

        /** Sets transactItems from the given elements. */
        public Builder transactItems(TransactGetItem... transactItems) {
            this.transactItems = List.of(transactItems);
            return this;
        }

        /** Sets returnConsumedCapacity: tOTAL or INDEXES to get the consumed capacity in the result (NONE when null). */
        public Builder returnConsumedCapacity(ReturnConsumedCapacity returnConsumedCapacity) {
            this.returnConsumedCapacity = returnConsumedCapacity;
            return this;
        }

        /** Builds the immutable {@link TransactGetItemsRequest}. */
        public TransactGetItemsRequest build() {
            return new TransactGetItemsRequest(this);
        }
    }
}
