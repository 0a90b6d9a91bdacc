package dev.tidemark.engine;

import java.util.Objects;

/**
 * Lists imports, newest first, a page at a time.
 */
public final class ListImportsRequest {
    private final String tableArn;
    private final Integer pageSize;
    private final String nextToken;

    private ListImportsRequest(Builder b) {
        this.tableArn = b.tableArn;
        this.pageSize = b.pageSize;
        this.nextToken = b.nextToken;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.tableArn = tableArn;
        b.pageSize = pageSize;
        b.nextToken = nextToken;
        return b;
    }

    /** Only imports into this table, or null for all. */
    public String tableArn() {
        return tableArn;
    }

    /** At most this many (1 to 25; 25 when null). */
    public Integer pageSize() {
        return pageSize;
    }

    /** The token of the previous page, or null for the first. */
    public String nextToken() {
        return nextToken;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ListImportsRequest other)) {
            return false;
        }
        return Objects.equals(tableArn, other.tableArn) && Objects.equals(pageSize, other.pageSize) && Objects.equals(nextToken, other.nextToken);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tableArn, pageSize, nextToken);
    }

    @Override
    public String toString() {
        return "ListImportsRequest[tableArn=" + tableArn + ", pageSize=" + pageSize + ", nextToken=" + nextToken + "]";
    }

    /** Builder of {@link ListImportsRequest}; not thread-safe. */
    public static final class Builder {
        private String tableArn;
        private Integer pageSize;
        private String nextToken;

        private Builder() {
        }

        /** Sets tableArn: only imports into this table, or null for all. */
        public Builder tableArn(String tableArn) {
            this.tableArn = tableArn;
            return this;
        }

        /** Sets pageSize: at most this many (1 to 25; 25 when null). */
        public Builder pageSize(Integer pageSize) {
            this.pageSize = pageSize;
            return this;
        }

        /** Sets nextToken: the token of the previous page, or null for the first. */
        public Builder nextToken(String nextToken) {
            this.nextToken = nextToken;
            return this;
        }

        /** Builds the immutable {@link ListImportsRequest}. */
        public ListImportsRequest build() {
            return new ListImportsRequest(this);
        }
    }
}
