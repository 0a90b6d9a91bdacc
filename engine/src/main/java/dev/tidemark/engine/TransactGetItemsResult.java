package dev.tidemark.engine;

import dev.tidemark.engine.model.ConsumedCapacity;
import dev.tidemark.engine.model.ItemResponse;
import java.util.List;
import java.util.Objects;

/**
 * The result of TransactGetItems.
 */
public final class TransactGetItemsResult {
    private final List<ItemResponse> responses;
    private final List<ConsumedCapacity> consumedCapacity;

    private TransactGetItemsResult(Builder b) {
        this.responses = b.responses == null ? null : List.copyOf(b.responses);
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
        b.consumedCapacity = consumedCapacity;
        return b;
    }

    /** One response per action, in request order. */
    public List<ItemResponse> responses() {
        return responses;
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
        if (!(o instanceof TransactGetItemsResult other)) {
            return false;
        }
        return Objects.equals(responses, other.responses) && Objects.equals(consumedCapacity, other.consumedCapacity);
    }

    @Override
    public int hashCode() {
        return Objects.hash(responses, consumedCapacity);
    }

    @Override
    public String toString() {
        return "TransactGetItemsResult[responses=" + responses + ", consumedCapacity=" + consumedCapacity + "]";
    }

    /** Builder of {@link TransactGetItemsResult}; not thread-safe. */
    public static final class Builder {
        private List<ItemResponse> responses;
        private List<ConsumedCapacity> consumedCapacity;

        private Builder() {
        }

        /** Sets responses: one response per action, in request order. */
        public Builder responses(List<ItemResponse> responses) {
            this.responses = responses;
            return this;
        }

        /** Sets responses from the given elements. */
        public Builder responses(ItemResponse... responses) {
            this.responses = List.of(responses);
            return this;
        }

        /** Sets consumedCapacity: the capacity consumed, one entry per table, when the request asked for it; else null. */
        public Builder consumedCapacity(List<ConsumedCapacity> consumedCapacity) {
            this.consumedCapacity = consumedCapacity;
            return this;
        }

        /** Builds the immutable {@link TransactGetItemsResult}. */
        public TransactGetItemsResult build() {
            return new TransactGetItemsResult(this);
        }
    }
}
