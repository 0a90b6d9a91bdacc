package dev.tidemark.engine;

import dev.tidemark.engine.model.TransactWriteItem;
import java.util.List;
import java.util.Objects;

/**
 * Writes up to 100 items in one or more tables atomically: every action happens, or none does.
 */
public final class TransactWriteItemsRequest {
    private final List<TransactWriteItem> transactItems;
    private final String clientRequestToken;

    private TransactWriteItemsRequest(Builder b) {
        this.transactItems = b.transactItems == null ? null : List.copyOf(b.transactItems);
        this.clientRequestToken = b.clientRequestToken;
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

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof TransactWriteItemsRequest other)) {
            return false;
        }
        return Objects.equals(transactItems, other.transactItems) && Objects.equals(clientRequestToken, other.clientRequestToken);
    }

    @Override
    public int hashCode() {
        return Objects.hash(transactItems, clientRequestToken);
    }

    @Override
    public String toString() {
        return "TransactWriteItemsRequest[transactItems=" + transactItems + ", clientRequestToken=" + clientRequestToken + "]";
    }

    /** Builder of {@link TransactWriteItemsRequest}; not thread-safe. */
    public static final class Builder {
        private List<TransactWriteItem> transactItems;
        private String clientRequestToken;

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

        /** Builds the immutable {@link TransactWriteItemsRequest}. */
        public TransactWriteItemsRequest build() {
            return new TransactWriteItemsRequest(this);
        }
    }
}
