package dev.tidemark.engine.model;

import java.util.List;
import java.util.Objects;

/**
 * A global secondary index as DescribeTable reports it.
 */
public final class GlobalSecondaryIndexDescription {
    private final String indexName;
    private final List<KeySchemaElement> keySchema;
    private final Projection projection;
    private final IndexStatus indexStatus;
    private final Boolean backfilling;
    private final ProvisionedThroughputDescription provisionedThroughput;
    private final Long indexSizeBytes;
    private final Long itemCount;
    private final String indexArn;
    private final OnDemandThroughput onDemandThroughput;

    private GlobalSecondaryIndexDescription(Builder b) {
        this.indexName = b.indexName;
        this.keySchema = b.keySchema == null ? null : List.copyOf(b.keySchema);
        this.projection = b.projection;
        this.indexStatus = b.indexStatus;
        this.backfilling = b.backfilling;
        this.provisionedThroughput = b.provisionedThroughput;
        this.indexSizeBytes = b.indexSizeBytes;
        this.itemCount = b.itemCount;
        this.indexArn = b.indexArn;
        this.onDemandThroughput = b.onDemandThroughput;
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
        b.indexStatus = indexStatus;
        b.backfilling = backfilling;
        b.provisionedThroughput = provisionedThroughput;
        b.indexSizeBytes = indexSizeBytes;
        b.itemCount = itemCount;
        b.indexArn = indexArn;
        b.onDemandThroughput = onDemandThroughput;
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

    /** CREATING while it is being built, then ACTIVE. */
    public IndexStatus indexStatus() {
        return indexStatus;
    }

    /** For an index added by UpdateTable: true while existing items are being indexed; null for indexes created with the table. */
    public Boolean backfilling() {
        return backfilling;
    }

    /** The index's provisioned capacity; zeros for on-demand tables. */
    public ProvisionedThroughputDescription provisionedThroughput() {
        return provisionedThroughput;
    }

    /** Total size of the index entries. */
    public Long indexSizeBytes() {
        return indexSizeBytes;
    }

    /** Number of index entries. */
    public Long itemCount() {
        return itemCount;
    }

    /** The table's ARN followed by {@code /index/<name>}. */
    public String indexArn() {
        return indexArn;
    }

    /** The on-demand ceilings, when the index has any; else null. */
    public OnDemandThroughput onDemandThroughput() {
        return onDemandThroughput;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof GlobalSecondaryIndexDescription other)) {
            return false;
        }
        return Objects.equals(indexName, other.indexName) && Objects.equals(keySchema, other.keySchema) && Objects.equals(projection, other.projection) && Objects.equals(indexStatus, other.indexStatus) && Objects.equals(backfilling, other.backfilling) && Objects.equals(provisionedThroughput, other.provisionedThroughput) && Objects.equals(indexSizeBytes, other.indexSizeBytes) && Objects.equals(itemCount, other.itemCount) && Objects.equals(indexArn, other.indexArn) && Objects.equals(onDemandThroughput, other.onDemandThroughput);
    }

    @Override
    public int hashCode() {
        return Objects.hash(indexName, keySchema, projection, indexStatus, backfilling, provisionedThroughput, indexSizeBytes, itemCount, indexArn, onDemandThroughput);
    }

    @Override
    public String toString() {
        return "GlobalSecondaryIndexDescription[indexName=" + indexName + ", keySchema=" + keySchema + ", projection=" + projection + ", indexStatus=" + indexStatus + ", backfilling=" + backfilling + ", provisionedThroughput=" + provisionedThroughput + ", indexSizeBytes=" + indexSizeBytes + ", itemCount=" + itemCount + ", indexArn=" + indexArn + ", onDemandThroughput=" + onDemandThroughput + "]";
    }

    /** Builder of {@link GlobalSecondaryIndexDescription}; not thread-safe. */
    public static final class Builder {
        private String indexName;
        private List<KeySchemaElement> keySchema;
        private Projection projection;
        private IndexStatus indexStatus;
        private Boolean backfilling;
        private ProvisionedThroughputDescription provisionedThroughput;
        private Long indexSizeBytes;
        private Long itemCount;
        private String indexArn;
        private OnDemandThroughput onDemandThroughput;

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

        /** Sets indexStatus: cREATING while it is being built, then ACTIVE. */
        public Builder indexStatus(IndexStatus indexStatus) {
            this.indexStatus = indexStatus;
            return this;
        }

        /** Sets backfilling: for an index added by UpdateTable: true while existing items are being indexed; null for indexes created with the table. */
        public Builder backfilling(Boolean backfilling) {
            this.backfilling = backfilling;
            return this;
        }

        /** Sets provisionedThroughput: the index's provisioned capacity; zeros for on-demand tables. */
        public Builder provisionedThroughput(ProvisionedThroughputDescription provisionedThroughput) {
            this.provisionedThroughput = provisionedThroughput;
            return this;
        }

        /** Sets indexSizeBytes: total size of the index entries. */
        public Builder indexSizeBytes(Long indexSizeBytes) {
            this.indexSizeBytes = indexSizeBytes;
            return this;
        }

        /** Sets itemCount: number of index entries. */
        public Builder itemCount(Long itemCount) {
            this.itemCount = itemCount;
            return this;
        }

        /** Sets indexArn: the table's ARN followed by {@code /index/<name>}. */
        public Builder indexArn(String indexArn) {
            this.indexArn = indexArn;
            return this;
        }

        /** Sets onDemandThroughput: the on-demand ceilings, when the index has any; else null. */
        public Builder onDemandThroughput(OnDemandThroughput onDemandThroughput) {
            this.onDemandThroughput = onDemandThroughput;
            return this;
        }

        /** Builds the immutable {@link GlobalSecondaryIndexDescription}. */
        public GlobalSecondaryIndexDescription build() {
            return new GlobalSecondaryIndexDescription(this);
        }
    }
}
