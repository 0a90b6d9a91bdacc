package dev.tidemark.engine;

import dev.tidemark.engine.model.ImportSummary;
import java.util.List;
import java.util.Objects;

/**
 * A page of imports, newest first.
 */
public final class ListImportsResult {
    private final List<ImportSummary> importSummaryList;
    private final String nextToken;

    private ListImportsResult(Builder b) {
        this.importSummaryList = b.importSummaryList == null ? null : List.copyOf(b.importSummaryList);
        this.nextToken = b.nextToken;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.importSummaryList = importSummaryList;
        b.nextToken = nextToken;
        return b;
    }

    /** The imports on this page. */
    public List<ImportSummary> importSummaryList() {
        return importSummaryList;
    }

    /** The token for the next page, or null when this is the last. */
    public String nextToken() {
        return nextToken;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ListImportsResult other)) {
            return false;
        }
        return Objects.equals(importSummaryList, other.importSummaryList) && Objects.equals(nextToken, other.nextToken);
    }

    @Override
    public int hashCode() {
        return Objects.hash(importSummaryList, nextToken);
    }

    @Override
    public String toString() {
        return "ListImportsResult[importSummaryList=" + importSummaryList + ", nextToken=" + nextToken + "]";
    }

    /** Builder of {@link ListImportsResult}; not thread-safe. */
    public static final class Builder {
        private List<ImportSummary> importSummaryList;
        private String nextToken;

        private Builder() {
        }

        /** Sets importSummaryList: the imports on this page. */
        public Builder importSummaryList(List<ImportSummary> importSummaryList) {
            this.importSummaryList = importSummaryList;
            return this;
        }

        /** Sets importSummaryList from the given elements. */
        public Builder importSummaryList(ImportSummary... importSummaryList) {
            this.importSummaryList = List.of(importSummaryList);
            return this;
        }

        /** Sets nextToken: the token for the next page, or null when this is the last. */
        public Builder nextToken(String nextToken) {
            this.nextToken = nextToken;
            return this;
        }

        /** Builds the immutable {@link ListImportsResult}. */
        public ListImportsResult build() {
            return new ListImportsResult(this);
        }
    }
}
