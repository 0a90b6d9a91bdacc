package dev.tidemark.engine;

import java.util.Objects;

/**
 * Reads stream records from a shard iterator.
 */
public final class GetRecordsRequest {
    private final String shardIterator;
    private final Integer limit;

    private GetRecordsRequest(Builder b) {
        this.shardIterator = b.shardIterator;
        this.limit = b.limit;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.shardIterator = shardIterator;
        b.limit = limit;
        return b;
    }

    /** Where to read. */
    public String shardIterator() {
        return shardIterator;
    }

    /** At most this many records (1-1000, default 1000). */
    public Integer limit() {
        return limit;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof GetRecordsRequest other)) {
            return false;
        }
        return Objects.equals(shardIterator, other.shardIterator) && Objects.equals(limit, other.limit);
    }

    @Override
    public int hashCode() {
        return Objects.hash(shardIterator, limit);
    }

    @Override
    public String toString() {
        return "GetRecordsRequest[" + "shardIterator=" + shardIterator + ", " + "limit=" + limit + "]";
    }

    /** Builder of {@link GetRecordsRequest}; not thread-safe. */
    public static final class Builder {
        private String shardIterator;
        private Integer limit;

        private Builder() {
        }

        /** Sets shardIterator: where to read. */
        public Builder shardIterator(String shardIterator) {
            this.shardIterator = shardIterator;
            return this;
        }

        /** Sets limit: at most this many records (1-1000, default 1000). */
        public Builder limit(Integer limit) {
            this.limit = limit;
            return this;
        }

        /** Builds the immutable {@link GetRecordsRequest}. */
        public GetRecordsRequest build() {
            return new GetRecordsRequest(this);
        }
    }
}
