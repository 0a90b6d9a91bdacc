package dev.tidemark.engine.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The table a backup was taken of, as it was then.
 */
public final class SourceTableDetails {
    private final String tableName;
    private final String tableId;
    private final String tableArn;
    private final Long tableSizeBytes;
    private final List<KeySchemaElement> keySchema;
    private final Instant tableCreationDateTime;
    private final ProvisionedThroughput provisionedThroughput;
    private final Long itemCount;
    private final BillingMode billingMode;

    private SourceTableDetails(Builder b) {
        this.tableName = b.tableName;
        this.tableId = b.tableId;
        this.tableArn = b.tableArn;
        this.tableSizeBytes = b.tableSizeBytes;
        this.keySchema = b.keySchema == null ? null : List.copyOf(b.keySchema);
        this.tableCreationDateTime = b.tableCreationDateTime;
        this.provisionedThroughput = b.provisionedThroughput;
        this.itemCount = b.itemCount;
        this.billingMode = b.billingMode;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.tableName = tableName;
        b.tableId = tableId;
        b.tableArn = tableArn;
        b.tableSizeBytes = tableSizeBytes;
        b.keySchema = keySchema;
        b.tableCreationDateTime = tableCreationDateTime;
        b.provisionedThroughput = provisionedThroughput;
        b.itemCount = itemCount;
        b.billingMode = billingMode;
        return b;
    }

    /** The table's name. */
    public String tableName() {
        return tableName;
    }

    /** The table's id (TableId). */
    public String tableId() {
        return tableId;
    }

    /** The table's ARN. */
    public String tableArn() {
        return tableArn;
    }

    /** Sum of the items' sizes. */
    public Long tableSizeBytes() {
        return tableSizeBytes;
    }

    /** The primary key schema. */
    public List<KeySchemaElement> keySchema() {
        return keySchema;
    }

    /** When the table was created. */
    public Instant tableCreationDateTime() {
        return tableCreationDateTime;
    }

    /** The table's provisioned throughput (zeros for on-demand). */
    public ProvisionedThroughput provisionedThroughput() {
        return provisionedThroughput;
    }

    /** Number of items. */
    public Long itemCount() {
        return itemCount;
    }

    /** The table's billing mode. */
    public BillingMode billingMode() {
        return billingMode;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof SourceTableDetails other)) {
            return false;
        }
        return Objects.equals(tableName, other.tableName)
            && Objects.equals(tableId, other.tableId)
            && Objects.equals(tableArn, other.tableArn)
            && Objects.equals(tableSizeBytes, other.tableSizeBytes)
            && Objects.equals(keySchema, other.keySchema)
            && Objects.equals(tableCreationDateTime, other.tableCreationDateTime)
            && Objects.equals(provisionedThroughput, other.provisionedThroughput)
            && Objects.equals(itemCount, other.itemCount)
            && Objects.equals(billingMode, other.billingMode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tableName, tableId, tableArn, tableSizeBytes, keySchema, tableCreationDateTime, provisionedThroughput, itemCount, billingMode);
    }

    @Override
    public String toString() {
        return "SourceTableDetails[" + "tableName=" + tableName + ", tableId=" + tableId + ", tableArn=" + tableArn + ", tableSizeBytes=" + tableSizeBytes + ", keySchema=" + keySchema + ", tableCreationDateTime=" + tableCreationDateTime + ", provisionedThroughput=" + provisionedThroughput + ", itemCount=" + itemCount + ", billingMode=" + billingMode + "]";
    }

    /** Builder of {@link SourceTableDetails}; not thread-safe. */
    public static final class Builder {
        private String tableName;
        private String tableId;
        private String tableArn;
        private Long tableSizeBytes;
        private List<KeySchemaElement> keySchema;
        private Instant tableCreationDateTime;
        private ProvisionedThroughput provisionedThroughput;
        private Long itemCount;
        private BillingMode billingMode;

        private Builder() {
        }

        /** Sets tableName: the table's name. */
        public Builder tableName(String tableName) {
            this.tableName = tableName;
            return this;
        }

        /** Sets tableId: the table's id (TableId). */
        public Builder tableId(String tableId) {
            this.tableId = tableId;
            return this;
        }

        /** Sets tableArn: the table's ARN. */
        public Builder tableArn(String tableArn) {
            this.tableArn = tableArn;
            return this;
        }

        /** Sets tableSizeBytes: sum of the items' sizes. */
        public Builder tableSizeBytes(Long tableSizeBytes) {
            this.tableSizeBytes = tableSizeBytes;
            return this;
        }

        /** Sets keySchema: the primary key schema. */
        public Builder keySchema(List<KeySchemaElement> keySchema) {
            this.keySchema = keySchema;
            return this;
        }

        /** Sets tableCreationDateTime: when the table was created. */
        public Builder tableCreationDateTime(Instant tableCreationDateTime) {
            this.tableCreationDateTime = tableCreationDateTime;
            return this;
        }

        /** Sets provisionedThroughput: the table's provisioned throughput (zeros for on-demand). */
        public Builder provisionedThroughput(ProvisionedThroughput provisionedThroughput) {
            this.provisionedThroughput = provisionedThroughput;
            return this;
        }

        /** Sets itemCount: number of items. */
        public Builder itemCount(Long itemCount) {
            this.itemCount = itemCount;
            return this;
        }

        /** Sets billingMode: the table's billing mode. */
        public Builder billingMode(BillingMode billingMode) {
            this.billingMode = billingMode;
            return this;
        }

        /** Builds the immutable {@link SourceTableDetails}. */
        public SourceTableDetails build() {
            return new SourceTableDetails(this);
        }
    }
}
