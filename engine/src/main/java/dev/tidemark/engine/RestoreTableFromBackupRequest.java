package dev.tidemark.engine;

import dev.tidemark.engine.model.BillingMode;
import dev.tidemark.engine.model.GlobalSecondaryIndex;
import dev.tidemark.engine.model.LocalSecondaryIndex;
import dev.tidemark.engine.model.ProvisionedThroughput;
import java.util.List;
import java.util.Objects;

/**
 * Creates a new table from a backup.
 */
public final class RestoreTableFromBackupRequest {
    private final String targetTableName;
    private final String backupArn;
    private final BillingMode billingModeOverride;
    private final ProvisionedThroughput provisionedThroughputOverride;
    private final List<GlobalSecondaryIndex> globalSecondaryIndexOverride;
    private final List<LocalSecondaryIndex> localSecondaryIndexOverride;

    private RestoreTableFromBackupRequest(Builder b) {
        this.targetTableName = b.targetTableName;
        this.backupArn = b.backupArn;
        this.billingModeOverride = b.billingModeOverride;
        this.provisionedThroughputOverride = b.provisionedThroughputOverride;
        this.globalSecondaryIndexOverride = b.globalSecondaryIndexOverride == null ? null : List.copyOf(b.globalSecondaryIndexOverride);
        this.localSecondaryIndexOverride = b.localSecondaryIndexOverride == null ? null : List.copyOf(b.localSecondaryIndexOverride);
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.targetTableName = targetTableName;
        b.backupArn = backupArn;
        b.billingModeOverride = billingModeOverride;
        b.provisionedThroughputOverride = provisionedThroughputOverride;
        b.globalSecondaryIndexOverride = globalSecondaryIndexOverride;
        b.localSecondaryIndexOverride = localSecondaryIndexOverride;
        return b;
    }

    /** The new table's name; it must not exist. */
    public String targetTableName() {
        return targetTableName;
    }

    /** The backup to restore. */
    public String backupArn() {
        return backupArn;
    }

    /** Another billing mode for the new table, or null to keep the backup's. */
    public BillingMode billingModeOverride() {
        return billingModeOverride;
    }

    /** Other provisioned throughput, or null to keep the backup's. */
    public ProvisionedThroughput provisionedThroughputOverride() {
        return provisionedThroughputOverride;
    }

    /** The global secondary indexes to create instead of the backup's (a subset of them; empty = none), or null to keep all. */
    public List<GlobalSecondaryIndex> globalSecondaryIndexOverride() {
        return globalSecondaryIndexOverride;
    }

    /** The local secondary indexes to create instead of the backup's (a subset of them; empty = none), or null to keep all. */
    public List<LocalSecondaryIndex> localSecondaryIndexOverride() {
        return localSecondaryIndexOverride;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof RestoreTableFromBackupRequest other)) {
            return false;
        }
        return Objects.equals(targetTableName, other.targetTableName)
            && Objects.equals(backupArn, other.backupArn)
            && Objects.equals(billingModeOverride, other.billingModeOverride)
            && Objects.equals(provisionedThroughputOverride, other.provisionedThroughputOverride)
            && Objects.equals(globalSecondaryIndexOverride, other.globalSecondaryIndexOverride)
            && Objects.equals(localSecondaryIndexOverride, other.localSecondaryIndexOverride);
    }

    @Override
    public int hashCode() {
        return Objects.hash(targetTableName, backupArn, billingModeOverride, provisionedThroughputOverride, globalSecondaryIndexOverride, localSecondaryIndexOverride);
    }

    @Override
    public String toString() {
        return "RestoreTableFromBackupRequest[" + "targetTableName=" + targetTableName + ", backupArn=" + backupArn + ", billingModeOverride=" + billingModeOverride + ", provisionedThroughputOverride=" + provisionedThroughputOverride + ", globalSecondaryIndexOverride=" + globalSecondaryIndexOverride + ", localSecondaryIndexOverride=" + localSecondaryIndexOverride + "]";
    }

    /** Builder of {@link RestoreTableFromBackupRequest}; not thread-safe. */
    public static final class Builder {
        private String targetTableName;
        private String backupArn;
        private BillingMode billingModeOverride;
        private ProvisionedThroughput provisionedThroughputOverride;
        private List<GlobalSecondaryIndex> globalSecondaryIndexOverride;
        private List<LocalSecondaryIndex> localSecondaryIndexOverride;

        private Builder() {
        }

        /** Sets targetTableName: the new table's name; it must not exist. */
        public Builder targetTableName(String targetTableName) {
            this.targetTableName = targetTableName;
            return this;
        }

        /** Sets backupArn: the backup to restore. */
        public Builder backupArn(String backupArn) {
            this.backupArn = backupArn;
            return this;
        }

        /** Sets billingModeOverride: another billing mode for the new table, or null to keep the backup's. */
        public Builder billingModeOverride(BillingMode billingModeOverride) {
            this.billingModeOverride = billingModeOverride;
            return this;
        }

        /** Sets provisionedThroughputOverride: other provisioned throughput, or null to keep the backup's. */
        public Builder provisionedThroughputOverride(ProvisionedThroughput provisionedThroughputOverride) {
            this.provisionedThroughputOverride = provisionedThroughputOverride;
            return this;
        }

        /** Sets globalSecondaryIndexOverride: the global secondary indexes to create instead of the backup's (a subset of them; empty = none), or null to keep all. */
        public Builder globalSecondaryIndexOverride(List<GlobalSecondaryIndex> globalSecondaryIndexOverride) {
            this.globalSecondaryIndexOverride = globalSecondaryIndexOverride;
            return this;
        }

        /** Sets localSecondaryIndexOverride: the local secondary indexes to create instead of the backup's (a subset of them; empty = none), or null to keep all. */
        public Builder localSecondaryIndexOverride(List<LocalSecondaryIndex> localSecondaryIndexOverride) {
            this.localSecondaryIndexOverride = localSecondaryIndexOverride;
            return this;
        }

        /** Builds the immutable {@link RestoreTableFromBackupRequest}. */
        public RestoreTableFromBackupRequest build() {
            return new RestoreTableFromBackupRequest(this);
        }
    }
}
