package dev.tidemark.engine.model;

import java.util.Objects;

/**
 * One action of a TransactGetItems request.
 */
public final class TransactGetItem {
    private final Get get;

    private TransactGetItem(Builder b) {
        this.get = b.get;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.get = get;
        return b;
    }

    /** The item to read. */
    public Get get() {
        return get;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof TransactGetItem other)) {
            return false;
        }
        return Objects.equals(get, other.get);
    }

    @Override
    public int hashCode() {
        return Objects.hash(get);
    }

    @Override
    public String toString() {
        return "TransactGetItem[get=" + get + "]";
    }

    /** Builder of {@link TransactGetItem}; not thread-safe. */
    public static final class Builder {
        private Get get;

        private Builder() {
        }

        /** Sets get: the item to read. */
        public Builder get(Get get) {
            this.get = get;
            return this;
        }

        /** Builds the immutable {@link TransactGetItem}. */
        public TransactGetItem build() {
            return new TransactGetItem(this);
        }
    }
}
