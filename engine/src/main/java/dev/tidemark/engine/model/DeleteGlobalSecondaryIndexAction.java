package dev.tidemark.engine.model;

import java.util.Objects;

/**
 * Removes a global secondary index.
 */
public final class DeleteGlobalSecondaryIndexAction {
    private final String indexName;

    private DeleteGlobalSecondaryIndexAction(Builder b) {
        this.indexName = b.indexName;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.indexName = indexName;
        return b;
    }

    /** The index's name, unique among the table's indexes. */
    public String indexName() {
        return indexName;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof DeleteGlobalSecondaryIndexAction other)) {
            return false;
        }
        return Objects.equals(indexName, other.indexName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(indexName);
    }

    @Override
    public String toString() {
        return "DeleteGlobalSecondaryIndexAction[indexName=" + indexName + "]";
    }

    /** Builder of {@link DeleteGlobalSecondaryIndexAction}; not thread-safe. */
    public static final class Builder {
        private String indexName;

        private Builder() {
        }

        /** Sets indexName: the index's name, unique among the table's indexes. */
        public Builder indexName(String indexName) {
            this.indexName = indexName;
            return this;
        }

        /** Builds the immutable {@link DeleteGlobalSecondaryIndexAction}. */
        public DeleteGlobalSecondaryIndexAction build() {
            return new DeleteGlobalSecondaryIndexAction(this);
        }
    }
}
