package dev.tidemark.engine;

import java.util.Objects;

/**
 * The result of TransactWriteItems.
 */
public final class TransactWriteItemsResult {

    private TransactWriteItemsResult(Builder b) {
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof TransactWriteItemsResult other)) {
            return false;
        }
        return true;
    }

    @Override
    public int hashCode() {
        return Objects.hash();
    }

    @Override
    public String toString() {
        return "TransactWriteItemsResult[]";
    }

    /** Builder of {@link TransactWriteItemsResult}; not thread-safe. */
    public static final class Builder {

        private Builder() {
        }

        /** Builds the immutable {@link TransactWriteItemsResult}. */
        public TransactWriteItemsResult build() {
            return new TransactWriteItemsResult(this);
        }
    }
}
