package dev.tidemark.engine.model;

import java.util.List;
import java.util.Objects;

/**
 * A local secondary index declared at CreateTable: the table's partition key with another sort key.
 */
public final class LocalSecondaryIndex {
    private final String indexName;
    private final List<KeySchemaElement> keySchema;
    private final Projection projection;

    private LocalSecondaryIndex(Builder b) {
        this.indexName = b.indexName;
        this.keySchema = b.keySchema == null ? null : List.copyOf(b.keySchema);
        this.projection = b.projection;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.indexName = indexName;
        b.keySchema = keySchema;
        b.projection = projection;
        return b;
    }

    /** The index's name, unique among the table's indexes. */
    public String indexName() {
        return indexName;
    }

    /** HASH element first, then the optional RANGE element. */
    public List<KeySchemaElement> keySchema() {
        return keySchema;
    }

    /** Which attributes are copied into the index. */
    public Projection projection() {
        return projection;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof LocalSecondaryIndex other)) {
            return false;
        }
        return Objects.equals(indexName, other.indexName) && Objects.equals(keySchema, other.keySchema) && Objects.equals(projection, other.projection);
    }

    @Override
    public int hashCode() {
        return Objects.hash(indexName, keySchema, projection);
    }

    @Override
    public String toString() {
        return "LocalSecondaryIndex[indexName=" + indexName + ", keySchema=" + keySchema + ", projection=" + projection + "]";
    }

    /** Builder of {@link LocalSecondaryIndex}; not thread-safe. */
    public static final class Builder {
        private String indexName;
        private List<KeySchemaElement> keySchema;
        private Projection projection;

        private Builder() {
        }

        /** Sets indexName: the index's name, unique among the table's indexes. */
        public Builder indexName(String indexName) {
            this.indexName = indexName;
            return this;
        }

        /** Sets keySchema: hASH element first, then the optional RANGE element. */
        public Builder keySchema(List<KeySchemaElement> keySchema) {
            this.keySchema = keySchema;
            return this;
        }

        /** Sets keySchema from the given elements. */
        public Builder keySchema(KeySchemaElement... keySchema) {
            this.keySchema = List.of(keySchema);
            return this;
        }

        /** Sets projection: which attributes are copied into the index. */
        public Builder projection(Projection projection) {
            this.projection = projection;
            return this;
        }

        /** Builds the immutable {@link LocalSecondaryIndex}. */
        public LocalSecondaryIndex build() {
            return new LocalSecondaryIndex(this);
        }
    }
}
