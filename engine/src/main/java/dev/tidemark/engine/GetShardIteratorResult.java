package dev.tidemark.engine;

import java.util.Objects;

/**
 * The result of GetShardIterator.
 */
public final class GetShardIteratorResult {
    private final String shardIterator;

    private GetShardIteratorResult(Builder b) {
        this.shardIterator = b.shardIterator;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.shardIterator = shardIterator;
        return b;
    }

    /** The iterator, valid for 15 minutes. */
    public String shardIterator() {
        return shardIterator;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof GetShardIteratorResult other)) {
            return false;
        }
        return Objects.equals(shardIterator, other.shardIterator);
    }

    @Override
    public int hashCode() {
        return Objects.hash(shardIterator);
    }

    @Override
    public String toString() {
        return "GetShardIteratorResult[" + "shardIterator=" + shardIterator + "]";
    }

    /** Builder of {@link GetShardIteratorResult}; not thread-safe. */
    public static final class Builder {
        private String shardIterator;

        private Builder() {
        }

        /** Sets shardIterator: the iterator, valid for 15 minutes. */
        public Builder shardIterator(String shardIterator) {
            this.shardIterator = shardIterator;
            return this;
        }

        /** Builds the immutable {@link GetShardIteratorResult}. */
        public GetShardIteratorResult build() {
            return new GetShardIteratorResult(this);
        }
    }
}
