package dev.tidemark.engine.model;

import java.util.List;
import java.util.Objects;

/**
 * A table as DescribeTable reports it (section 2.7 of the semantics reference).
 * Optional blocks that do not apply are null.
 */
public final class TableDescription {
    private final String tableName;
    private final String tableArn;
    private final String tableId;
    private final TableStatus tableStatus;
    private final java.time.Instant creationDateTime;
    private final List<KeySchemaElement> keySchema;
    private final List<AttributeDefinition> attributeDefinitions;
    private final ProvisionedThroughputDescription provisionedThroughput;
    private final BillingModeSummary billingModeSummary;
    private final Long itemCount;
    private final Long tableSizeBytes;
    private final List<LocalSecondaryIndexDescription> localSecondaryIndexes;
    private final List<GlobalSecondaryIndexDescription> globalSecondaryIndexes;
    private final StreamSpecification streamSpecification;
    private final String latestStreamLabel;
    private final String latestStreamArn;
    private final OnDemandThroughput onDemandThroughput;

    private TableDescription(Builder b) {
        this.tableName = b.tableName;
        this.tableArn = b.tableArn;
        this.tableId = b.tableId;
        this.tableStatus = b.tableStatus;
        this.creationDateTime = b.creationDateTime;
        this.keySchema = b.keySchema == null ? null : List.copyOf(b.keySchema);
        this.attributeDefinitions = b.attributeDefinitions == null ? null : List.copyOf(b.attributeDefinitions);
        this.provisionedThroughput = b.provisionedThroughput;
        this.billingModeSummary = b.billingModeSummary;
        this.itemCount = b.itemCount;
        this.tableSizeBytes = b.tableSizeBytes;
        this.localSecondaryIndexes = b.localSecondaryIndexes == null ? null : List.copyOf(b.localSecondaryIndexes);
        this.globalSecondaryIndexes = b.globalSecondaryIndexes == null ? null : List.copyOf(b.globalSecondaryIndexes);
        this.streamSpecification = b.streamSpecification;
        this.latestStreamLabel = b.latestStreamLabel;
        this.latestStreamArn = b.latestStreamArn;
        this.onDemandThroughput = b.onDemandThroughput;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.tableName = tableName;
        b.tableArn = tableArn;
        b.tableId = tableId;
        b.tableStatus = tableStatus;
        b.creationDateTime = creationDateTime;
        b.keySchema = keySchema;
        b.attributeDefinitions = attributeDefinitions;
        b.provisionedThroughput = provisionedThroughput;
        b.billingModeSummary = billingModeSummary;
        b.itemCount = itemCount;
        b.tableSizeBytes = tableSizeBytes;
        b.localSecondaryIndexes = localSecondaryIndexes;
        b.globalSecondaryIndexes = globalSecondaryIndexes;
        b.streamSpecification = streamSpecification;
        b.latestStreamLabel = latestStreamLabel;
        b.latestStreamArn = latestStreamArn;
        b.onDemandThroughput = onDemandThroughput;
        return b;
    }

    /** The table's name. */
    public String tableName() {
        return tableName;
    }

    /** The table's ARN-style identifier. */
    public String tableArn() {
        return tableArn;
    }

    /** A UUID given at creation. */
    public String tableId() {
        return tableId;
    }

    /** CREATING, ACTIVE, UPDATING or DELETING. */
    public TableStatus tableStatus() {
        return tableStatus;
    }

    /** When the table was created. */
    public java.time.Instant creationDateTime() {
        return creationDateTime;
    }

    /** The partition key and optional sort key. */
    public List<KeySchemaElement> keySchema() {
        return keySchema;
    }

    /** Types of the key attributes of the table and its indexes. */
    public List<AttributeDefinition> attributeDefinitions() {
        return attributeDefinitions;
    }

    /** Provisioned capacity; zeros for on-demand tables. */
    public ProvisionedThroughputDescription provisionedThroughput() {
        return provisionedThroughput;
    }

    /** The billing mode. */
    public BillingModeSummary billingModeSummary() {
        return billingModeSummary;
    }

    /** Number of items. */
    public Long itemCount() {
        return itemCount;
    }

    /** Total size of the items, in DynamoDB's item-size units. */
    public Long tableSizeBytes() {
        return tableSizeBytes;
    }

    /** The local secondary indexes, or null when there are none. */
    public List<LocalSecondaryIndexDescription> localSecondaryIndexes() {
        return localSecondaryIndexes;
    }

    /** The global secondary indexes, or null when there are none. */
    public List<GlobalSecondaryIndexDescription> globalSecondaryIndexes() {
        return globalSecondaryIndexes;
    }

    /** The stream setting, or null when the table has no enabled stream. */
    public StreamSpecification streamSpecification() {
        return streamSpecification;
    }

    /** The label of the table's latest stream, or null. */
    public String latestStreamLabel() {
        return latestStreamLabel;
    }

    /** The ARN of the table's latest stream, or null. */
    public String latestStreamArn() {
        return latestStreamArn;
    }

    /** The on-demand ceilings, when the table has any; else null. */
    public OnDemandThroughput onDemandThroughput() {
        return onDemandThroughput;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof TableDescription other)) {
            return false;
        }
        return Objects.equals(tableName, other.tableName) && Objects.equals(tableArn, other.tableArn) && Objects.equals(tableId, other.tableId) && Objects.equals(tableStatus, other.tableStatus) && Objects.equals(creationDateTime, other.creationDateTime) && Objects.equals(keySchema, other.keySchema) && Objects.equals(attributeDefinitions, other.attributeDefinitions) && Objects.equals(provisionedThroughput, other.provisionedThroughput) && Objects.equals(billingModeSummary, other.billingModeSummary) && Objects.equals(itemCount, other.itemCount) && Objects.equals(tableSizeBytes, other.tableSizeBytes) && Objects.equals(localSecondaryIndexes, other.localSecondaryIndexes) && Objects.equals(globalSecondaryIndexes, other.globalSecondaryIndexes) && Objects.equals(streamSpecification, other.streamSpecification) && Objects.equals(latestStreamLabel, other.latestStreamLabel) && Objects.equals(latestStreamArn, other.latestStreamArn) && Objects.equals(onDemandThroughput, other.onDemandThroughput);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tableName, tableArn, tableId, tableStatus, creationDateTime, keySchema, attributeDefinitions, provisionedThroughput, billingModeSummary, itemCount, tableSizeBytes, localSecondaryIndexes, globalSecondaryIndexes, streamSpecification, latestStreamLabel, latestStreamArn, onDemandThroughput);
    }

    @Override
    public String toString() {
        return "TableDescription[tableName=" + tableName + ", tableArn=" + tableArn + ", tableId=" + tableId + ", tableStatus=" + tableStatus + ", creationDateTime=" + creationDateTime + ", keySchema=" + keySchema + ", attributeDefinitions=" + attributeDefinitions + ", provisionedThroughput=" + provisionedThroughput + ", billingModeSummary=" + billingModeSummary + ", itemCount=" + itemCount + ", tableSizeBytes=" + tableSizeBytes + ", localSecondaryIndexes=" + localSecondaryIndexes + ", globalSecondaryIndexes=" + globalSecondaryIndexes + ", streamSpecification=" + streamSpecification + ", latestStreamLabel=" + latestStreamLabel + ", latestStreamArn=" + latestStreamArn + ", onDemandThroughput=" + onDemandThroughput + "]";
    }

    /** Builder of {@link TableDescription}; not thread-safe. */
    public static final class Builder {
        private String tableName;
        private String tableArn;
        private String tableId;
        private TableStatus tableStatus;
        private java.time.Instant creationDateTime;
        private List<KeySchemaElement> keySchema;
        private List<AttributeDefinition> attributeDefinitions;
        private ProvisionedThroughputDescription provisionedThroughput;
        private BillingModeSummary billingModeSummary;
        private Long itemCount;
        private Long tableSizeBytes;
        private List<LocalSecondaryIndexDescription> localSecondaryIndexes;
        private List<GlobalSecondaryIndexDescription> globalSecondaryIndexes;
        private StreamSpecification streamSpecification;
        private String latestStreamLabel;
        private String latestStreamArn;
        private OnDemandThroughput onDemandThroughput;

        private Builder() {
        }

        /** Sets tableName: the table's name. */
        public Builder tableName(String tableName) {
            this.tableName = tableName;
            return this;
        }

        /** Sets tableArn: the table's ARN-style identifier. */
        public Builder tableArn(String tableArn) {
            this.tableArn = tableArn;
            return this;
        }

        /** Sets tableId: a UUID given at creation. */
        public Builder tableId(String tableId) {
            this.tableId = tableId;
            return this;
        }

        /** Sets tableStatus: cREATING, ACTIVE, UPDATING or DELETING. */
        public Builder tableStatus(TableStatus tableStatus) {
            this.tableStatus = tableStatus;
            return this;
        }

        /** Sets creationDateTime: when the table was created. */
        public Builder creationDateTime(java.time.Instant creationDateTime) {
            this.creationDateTime = creationDateTime;
            return this;
        }

        /** Sets keySchema: the partition key and optional sort key. */
        public Builder keySchema(List<KeySchemaElement> keySchema) {
            this.keySchema = keySchema;
            return this;
        }

        /** Sets keySchema from the given elements. */
        public Builder keySchema(KeySchemaElement... keySchema) {
            this.keySchema = List.of(keySchema);
            return this;
        }

        /** Sets attributeDefinitions: types of the key attributes of the table and its indexes. */
        public Builder attributeDefinitions(List<AttributeDefinition> attributeDefinitions) {
            this.attributeDefinitions = attributeDefinitions;
            return this;
        }

        /** Sets attributeDefinitions from the given elements. */
        public Builder attributeDefinitions(AttributeDefinition... attributeDefinitions) {
            this.attributeDefinitions = List.of(attributeDefinitions);
            return this;
        }

        /** Sets provisionedThroughput: provisioned capacity; zeros for on-demand tables. */
        public Builder provisionedThroughput(ProvisionedThroughputDescription provisionedThroughput) {
            this.provisionedThroughput = provisionedThroughput;
            return this;
        }

        /** Sets billingModeSummary: the billing mode. */
        public Builder billingModeSummary(BillingModeSummary billingModeSummary) {
            this.billingModeSummary = billingModeSummary;
            return this;
        }

        /** Sets itemCount: number of items. */
        public Builder itemCount(Long itemCount) {
            this.itemCount = itemCount;
            return this;
        }

        /** Sets tableSizeBytes: total size of the items, in DynamoDB's item-size units. */
        public Builder tableSizeBytes(Long tableSizeBytes) {
            this.tableSizeBytes = tableSizeBytes;
            return this;
        }

        /** Sets localSecondaryIndexes: the local secondary indexes, or null when there are none. */
        public Builder localSecondaryIndexes(List<LocalSecondaryIndexDescription> localSecondaryIndexes) {
            this.localSecondaryIndexes = localSecondaryIndexes;
            return this;
        }

        /** Sets localSecondaryIndexes from the given elements. */
        public Builder localSecondaryIndexes(LocalSecondaryIndexDescription... localSecondaryIndexes) {
            this.localSecondaryIndexes = List.of(localSecondaryIndexes);
            return this;
        }

        /** Sets globalSecondaryIndexes: the global secondary indexes, or null when there are none. */
        public Builder globalSecondaryIndexes(List<GlobalSecondaryIndexDescription> globalSecondaryIndexes) {
            this.globalSecondaryIndexes = globalSecondaryIndexes;
            return this;
        }

        /** Sets globalSecondaryIndexes from the given elements. */
        public Builder globalSecondaryIndexes(GlobalSecondaryIndexDescription... globalSecondaryIndexes) {
            this.globalSecondaryIndexes = List.of(globalSecondaryIndexes);
            return this;
        }

        /** Sets streamSpecification: the stream setting, or null when the table has no enabled stream. */
        public Builder streamSpecification(StreamSpecification streamSpecification) {
            this.streamSpecification = streamSpecification;
            return this;
        }

        /** Sets latestStreamLabel: the label of the table's latest stream, or null. */
        public Builder latestStreamLabel(String latestStreamLabel) {
            this.latestStreamLabel = latestStreamLabel;
            return this;
        }

        /** Sets latestStreamArn: the ARN of the table's latest stream, or null. */
        public Builder latestStreamArn(String latestStreamArn) {
            this.latestStreamArn = latestStreamArn;
            return this;
        }

        /** Sets onDemandThroughput: the on-demand ceilings, when the table has any; else null. */
        public Builder onDemandThroughput(OnDemandThroughput onDemandThroughput) {
            this.onDemandThroughput = onDemandThroughput;
            return this;
        }

        /** Builds the immutable {@link TableDescription}. */
        public TableDescription build() {
            return new TableDescription(this);
        }
    }
}
