package dev.tidemark.engine;

import java.util.Objects;

/**
 * Lists the streams of the database or of one table.
 */
public final class ListStreamsRequest {
    private final String tableName;
    private final Integer limit;
    private final String exclusiveStartStreamArn;

    private ListStreamsRequest(Builder b) {
        this.tableName = b.tableName;
        this.limit = b.limit;
        this.exclusiveStartStreamArn = b.exclusiveStartStreamArn;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.tableName = tableName;
        b.limit = limit;
        b.exclusiveStartStreamArn = exclusiveStartStreamArn;
        return b;
    }

    /** Only this table's streams, or null for all. */
    public String tableName() {
        return tableName;
    }

    /** At most this many streams (1-100, default 100). */
    public Integer limit() {
        return limit;
    }

    /** Start after this stream (the previous page's last one). */
    public String exclusiveStartStreamArn() {
        return exclusiveStartStreamArn;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ListStreamsRequest other)) {
            return false;
        }
        return Objects.equals(tableName, other.tableName) && Objects.equals(limit, other.limit) && Objects.equals(exclusiveStartStreamArn, other.exclusiveStartStreamArn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tableName, limit, exclusiveStartStreamArn);
    }

    @Override
    public String toString() {
        return "ListStreamsRequest[" + "tableName=" + tableName + ", " + "limit=" + limit + ", " + "exclusiveStartStreamArn=" + exclusiveStartStreamArn + "]";
    }

    /** Builder of {@link ListStreamsRequest}; not thread-safe. */
    public static final class Builder {
        private String tableName;
        private Integer limit;
        private String exclusiveStartStreamArn;

        private Builder() {
        }

        /** Sets tableName: only this table's streams, or null for all. */
        public Builder tableName(String tableName) {
            this.tableName = tableName;
            return this;
        }

        /** Sets limit: at most this many streams (1-100, default 100). */
        public Builder limit(Integer limit) {
            this.limit = limit;
            return this;
        }

        /** Sets exclusiveStartStreamArn: start after this stream (the previous page's last one). */
        public Builder exclusiveStartStreamArn(String exclusiveStartStreamArn) {
            this.exclusiveStartStreamArn = exclusiveStartStreamArn;
            return this;
        }

        /** Builds the immutable {@link ListStreamsRequest}. */
        public ListStreamsRequest build() {
            return new ListStreamsRequest(this);
        }
    }
}
