package dev.tidemark.engine;

import java.util.Objects;

/**
 * Lists table names in order, a page at a time.
 */
public final class ListTablesRequest {
    private final String exclusiveStartTableName;
    private final Integer limit;

    private ListTablesRequest(Builder b) {
        this.exclusiveStartTableName = b.exclusiveStartTableName;
        this.limit = b.limit;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.exclusiveStartTableName = exclusiveStartTableName;
        b.limit = limit;
        return b;
    }

    /** Start after this name; from the beginning when null. */
    public String exclusiveStartTableName() {
        return exclusiveStartTableName;
    }

    /** At most this many names (1 to 100, default 100). */
    public Integer limit() {
        return limit;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ListTablesRequest other)) {
            return false;
        }
        return Objects.equals(exclusiveStartTableName, other.exclusiveStartTableName) && Objects.equals(limit, other.limit);
    }

    @Override
    public int hashCode() {
        return Objects.hash(exclusiveStartTableName, limit);
    }

    @Override
    public String toString() {
        return "ListTablesRequest[exclusiveStartTableName=" + exclusiveStartTableName + ", limit=" + limit + "]";
    }

    /** Builder of {@link ListTablesRequest}; not thread-safe. */
    public static final class Builder {
        private String exclusiveStartTableName;
        private Integer limit;

        private Builder() {
        }

        /** Sets exclusiveStartTableName: start after this name; from the beginning when null. */
        public Builder exclusiveStartTableName(String exclusiveStartTableName) {
            this.exclusiveStartTableName = exclusiveStartTableName;
            return this;
        }

        /** Sets limit: at most this many names (1 to 100, default 100). */
        public Builder limit(Integer limit) {
            this.limit = limit;
            return this;
        }

        /** Builds the immutable {@link ListTablesRequest}. */
        public ListTablesRequest build() {
            return new ListTablesRequest(this);
        }
    }
}
