package dev.tidemark.engine;

import dev.tidemark.engine.model.ExportSummary;
import java.util.List;
import java.util.Objects;

/**
 * A page of exports.
 */
public final class ListExportsResult {
    private final List<ExportSummary> exportSummaries;
    private final String nextToken;

    private ListExportsResult(Builder b) {
        this.exportSummaries = b.exportSummaries == null ? null : List.copyOf(b.exportSummaries);
        this.nextToken = b.nextToken;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.exportSummaries = exportSummaries;
        b.nextToken = nextToken;
        return b;
    }

    /** The exports. */
    public List<ExportSummary> exportSummaries() {
        return exportSummaries;
    }

    /** Where the next page starts, or null. */
    public String nextToken() {
        return nextToken;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ListExportsResult other)) {
            return false;
        }
        return Objects.equals(exportSummaries, other.exportSummaries)
            && Objects.equals(nextToken, other.nextToken);
    }

    @Override
    public int hashCode() {
        return Objects.hash(exportSummaries, nextToken);
    }

    @Override
    public String toString() {
        return "ListExportsResult[" + "exportSummaries=" + exportSummaries + ", nextToken=" + nextToken + "]";
    }

    /** Builder of {@link ListExportsResult}; not thread-safe. */
    public static final class Builder {
        private List<ExportSummary> exportSummaries;
        private String nextToken;

        private Builder() {
        }

        /** Sets exportSummaries: the exports. */
        public Builder exportSummaries(List<ExportSummary> exportSummaries) {
            this.exportSummaries = exportSummaries;
            return this;
        }

        /** Sets nextToken: where the next page starts, or null. */
        public Builder nextToken(String nextToken) {
            this.nextToken = nextToken;
            return this;
        }

        /** Builds the immutable {@link ListExportsResult}. */
        public ListExportsResult build() {
            return new ListExportsResult(this);
        }
    }
}
