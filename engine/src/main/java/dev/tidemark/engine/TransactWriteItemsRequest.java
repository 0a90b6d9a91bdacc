package dev.tidemark.engine;

import dev.tidemark.engine.model.ReturnConsumedCapacity;
import dev.tidemark.engine.model.ReturnItemCollectionMetrics;
import dev.tidemark.engine.model.TransactWriteItem;
import java.util.List;
import java.util.Objects;

/**
 * Writes up to 100 items in one or more tables atomically: every action happens, or none does.
 */
public final class TransactWriteItemsRequest {
    private final List<TransactWriteItem> transactItems;
    private final String clientRequestToken;
    private final ReturnItemCollectionMetrics returnItemCollectionMetrics;
    private final ReturnConsumedCapacity returnConsumedCapacity;

    private TransactWriteItemsRequest(Builder b) {
        this.transactItems = b.transactItems == null ? null : List.copyOf(b.transactItems);
        this.clientRequestToken = b.clientRequestToken;
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
        b.transactItems = transactItems;
        b.clientRequestToken = clientRequestToken;
        b.returnItemCollectionMetrics = returnItemCollectionMetrics;
        b.returnConsumedCapacity = returnConsumedCapacity;
        return b;
    }

    /** The actions (1 to 100), each on a different item. */
    public List<TransactWriteItem> transactItems() {
        return transactItems;
    }

    /** Makes the call idempotent for 10 minutes: a retry with the same token and request succeeds without writing again. */
    public String clientRequestToken() {
        return clientRequestToken;
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
        if (!(o instanceof TransactWriteItemsRequest other)) {
            return false;
        }
        return Objects.equals(transactItems, other.transactItems) && Objects.equals(clientRequestToken, other.clientRequestToken) && Objects.equals(returnItemCollectionMetrics, other.returnItemCollectionMetrics) && Objects.equals(returnConsumedCapacity, other.returnConsumedCapacity);
    }

    @Override
    public int hashCode() {
        return Objects.hash(transactItems, clientRequestToken, returnItemCollectionMetrics, returnConsumedCapacity);
    }

    @Override
    public String toString() {
        return "TransactWriteItemsRequest[transactItems=" + transactItems + ", clientRequestToken=" + clientRequestToken + ", returnItemCollectionMetrics=" + returnItemCollectionMetrics + ", returnConsumedCapacity=" + returnConsumedCapacity + "]";
    }

    /** Builder of {@link TransactWriteItemsRequest}; not thread-safe. */
    public static final class Builder {
        private List<TransactWriteItem> transactItems;
        private String clientRequestToken;
        private ReturnItemCollectionMetrics returnItemCollectionMetrics;
        private ReturnConsumedCapacity returnConsumedCapacity;

        private Builder() {
        }

        /** Sets transactItems: the actions (1 to 100), each on a different item. */
        public Builder transactItems(List<TransactWriteItem> transactItems) {
            this.transactItems = transactItems;
            return this;
        }

        /** Sets transactItems from the given elements. */
        public Builder transactItems(TransactWriteItem... transactItems) {
            this.transactItems = List.of(transactItems);
            return this;
        }

        /** Sets clientRequestToken: makes the call idempotent for 10 minutes: a retry with the same token and request succeeds without writing again. */
        public Builder clientRequestToken(String clientRequestToken) {
            this.clientRequestToken = clientRequestToken;
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

        /** Builds the immutable {@link TransactWriteItemsRequest}. */
        public TransactWriteItemsRequest build() {
            return new TransactWriteItemsRequest(this);
        }
    }
}
