package dev.tidemark.engine;

import java.util.Objects;

/**
 * Lists exports, oldest first.
 */
public final class ListExportsRequest {
    private final String tableArn;
    private final Integer maxResults;
    private final String nextToken;

    private ListExportsRequest(Builder b) {
        this.tableArn = b.tableArn;
        this.maxResults = b.maxResults;
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
        b.maxResults = maxResults;
        b.nextToken = nextToken;
        return b;
    }

    /** Only exports of this table, or null. */
    public String tableArn() {
        return tableArn;
    }

    /** Page size, 1 to 25, or null for 25. */
    public Integer maxResults() {
        return maxResults;
    }

    /** A previous page's NextToken, or null. */
    public String nextToken() {
        return nextToken;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ListExportsRequest other)) {
            return false;
        }
        return Objects.equals(tableArn, other.tableArn)
            && Objects.equals(maxResults, other.maxResults)
            && Objects.equals(nextToken, other.nextToken);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tableArn, maxResults, nextToken);
    }

    @Override
    public String toString() {
        return "ListExportsRequest[" + "tableArn=" + tableArn + ", maxResults=" + maxResults + ", nextToken=" + nextToken + "]";
    }

    /** Builder of {@link ListExportsRequest}; not thread-safe. */
    public static final class Builder {
        private String tableArn;
        private Integer maxResults;
        private String nextToken;

        private Builder() {
        }

        /** Sets tableArn: only exports of this table, or null. */
        public Builder tableArn(String tableArn) {
            this.tableArn = tableArn;
            return this;
        }

        /** Sets maxResults: page size, 1 to 25, or null for 25. */
        public Builder maxResults(Integer maxResults) {
            this.maxResults = maxResults;
            return this;
        }

        /** Sets nextToken: a previous page's NextToken, or null. */
        public Builder nextToken(String nextToken) {
            this.nextToken = nextToken;
            return this;
        }

        /** Builds the immutable {@link ListExportsRequest}. */
        public ListExportsRequest build() {
            return new ListExportsRequest(this);
        }
    }
}
