package dev.tidemark.engine;

import dev.tidemark.engine.model.BillingMode;
import dev.tidemark.engine.model.GlobalSecondaryIndex;
import dev.tidemark.engine.model.LocalSecondaryIndex;
import dev.tidemark.engine.model.ProvisionedThroughput;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Creates a new table holding a table's items as of a second in its recovery window.
 */
public final class RestoreTableToPointInTimeRequest {
    private final String sourceTableArn;
    private final String sourceTableName;
    private final String targetTableName;
    private final Boolean useLatestRestorableTime;
    private final Instant restoreDateTime;
    private final BillingMode billingModeOverride;
    private final ProvisionedThroughput provisionedThroughputOverride;
    private final List<GlobalSecondaryIndex> globalSecondaryIndexOverride;
    private final List<LocalSecondaryIndex> localSecondaryIndexOverride;

    private RestoreTableToPointInTimeRequest(Builder b) {
        this.sourceTableArn = b.sourceTableArn;
        this.sourceTableName = b.sourceTableName;
        this.targetTableName = b.targetTableName;
        this.useLatestRestorableTime = b.useLatestRestorableTime;
        this.restoreDateTime = b.restoreDateTime;
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
        b.sourceTableArn = sourceTableArn;
        b.sourceTableName = sourceTableName;
        b.targetTableName = targetTableName;
        b.useLatestRestorableTime = useLatestRestorableTime;
        b.restoreDateTime = restoreDateTime;
        b.billingModeOverride = billingModeOverride;
        b.provisionedThroughputOverride = provisionedThroughputOverride;
        b.globalSecondaryIndexOverride = globalSecondaryIndexOverride;
        b.localSecondaryIndexOverride = localSecondaryIndexOverride;
        return b;
    }

    /** The source table's ARN (this or the name). */
    public String sourceTableArn() {
        return sourceTableArn;
    }

    /** The source table's name (this or the ARN). */
    public String sourceTableName() {
        return sourceTableName;
    }

    /** The new table's name; it must not exist. */
    public String targetTableName() {
        return targetTableName;
    }

    /** Restore to the latest restorable time (then no restore time may be given). */
    public Boolean useLatestRestorableTime() {
        return useLatestRestorableTime;
    }

    /** The point in time, truncated to the second. */
    public Instant restoreDateTime() {
        return restoreDateTime;
    }

    /** Another billing mode, or null to keep the source's. */
    public BillingMode billingModeOverride() {
        return billingModeOverride;
    }

    /** Other provisioned throughput, or null to keep the source's. */
    public ProvisionedThroughput provisionedThroughputOverride() {
        return provisionedThroughputOverride;
    }

    /** A subset of the source's global secondary indexes (empty = none), or null to keep all. */
    public List<GlobalSecondaryIndex> globalSecondaryIndexOverride() {
        return globalSecondaryIndexOverride;
    }

    /** A subset of the source's local secondary indexes (empty = none), or null to keep all. */
    public List<LocalSecondaryIndex> localSecondaryIndexOverride() {
        return localSecondaryIndexOverride;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof RestoreTableToPointInTimeRequest other)) {
            return false;
        }
        return Objects.equals(sourceTableArn, other.sourceTableArn)
            && Objects.equals(sourceTableName, other.sourceTableName)
            && Objects.equals(targetTableName, other.targetTableName)
            && Objects.equals(useLatestRestorableTime, other.useLatestRestorableTime)
            && Objects.equals(restoreDateTime, other.restoreDateTime)
            && Objects.equals(billingModeOverride, other.billingModeOverride)
            && Objects.equals(provisionedThroughputOverride, other.provisionedThroughputOverride)
            && Objects.equals(globalSecondaryIndexOverride, other.globalSecondaryIndexOverride)
            && Objects.equals(localSecondaryIndexOverride, other.localSecondaryIndexOverride);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sourceTableArn, sourceTableName, targetTableName, useLatestRestorableTime, restoreDateTime, billingModeOverride, provisionedThroughputOverride, globalSecondaryIndexOverride, localSecondaryIndexOverride);
    }

    @Override
    public String toString() {
        return "RestoreTableToPointInTimeRequest[" + "sourceTableArn=" + sourceTableArn + ", sourceTableName=" + sourceTableName + ", targetTableName=" + targetTableName + ", useLatestRestorableTime=" + useLatestRestorableTime + ", restoreDateTime=" + restoreDateTime + ", billingModeOverride=" + billingModeOverride + ", provisionedThroughputOverride=" + provisionedThroughputOverride + ", globalSecondaryIndexOverride=" + globalSecondaryIndexOverride + ", localSecondaryIndexOverride=" + localSecondaryIndexOverride + "]";
    }

    /** Builder of {@link RestoreTableToPointInTimeRequest}; not thread-safe. */
    public static final class Builder {
        private String sourceTableArn;
        private String sourceTableName;
        private String targetTableName;
        private Boolean useLatestRestorableTime;
        private Instant restoreDateTime;
        private BillingMode billingModeOverride;
        private ProvisionedThroughput provisionedThroughputOverride;
        private List<GlobalSecondaryIndex> globalSecondaryIndexOverride;
        private List<LocalSecondaryIndex> localSecondaryIndexOverride;

        private Builder() {
        }

        /** Sets sourceTableArn: the source table's ARN (this or the name). */
        public Builder sourceTableArn(String sourceTableArn) {
            this.sourceTableArn = sourceTableArn;
            return this;
        }

        /** Sets sourceTableName: the source table's name (this or the ARN). */
        public Builder sourceTableName(String sourceTableName) {
            this.sourceTableName = sourceTableName;
            return this;
        }

        /** Sets targetTableName: the new table's name; it must not exist. */
        public Builder targetTableName(String targetTableName) {
            this.targetTableName = targetTableName;
            return this;
        }

        /** Sets useLatestRestorableTime: restore to the latest restorable time (then no restore time may be given). */
        public Builder useLatestRestorableTime(Boolean useLatestRestorableTime) {
            this.useLatestRestorableTime = useLatestRestorableTime;
            return this;
        }

        /** Sets restoreDateTime: the point in time, truncated to the second. */
        public Builder restoreDateTime(Instant restoreDateTime) {
            this.restoreDateTime = restoreDateTime;
            return this;
        }

        /** Sets billingModeOverride: another billing mode, or null to keep the source's. */
        public Builder billingModeOverride(BillingMode billingModeOverride) {
            this.billingModeOverride = billingModeOverride;
            return this;
        }

        /** Sets provisionedThroughputOverride: other provisioned throughput, or null to keep the source's. */
        public Builder provisionedThroughputOverride(ProvisionedThroughput provisionedThroughputOverride) {
            this.provisionedThroughputOverride = provisionedThroughputOverride;
            return this;
        }

        /** Sets globalSecondaryIndexOverride: a subset of the source's global secondary indexes (empty = none), or null to keep all. */
        public Builder globalSecondaryIndexOverride(List<GlobalSecondaryIndex> globalSecondaryIndexOverride) {
            this.globalSecondaryIndexOverride = globalSecondaryIndexOverride;
            return this;
        }

        /** Sets localSecondaryIndexOverride: a subset of the source's local secondary indexes (empty = none), or null to keep all. */
        public Builder localSecondaryIndexOverride(List<LocalSecondaryIndex> localSecondaryIndexOverride) {
            this.localSecondaryIndexOverride = localSecondaryIndexOverride;
            return this;
        }

        /** Builds the immutable {@link RestoreTableToPointInTimeRequest}. */
        public RestoreTableToPointInTimeRequest build() {
            return new RestoreTableToPointInTimeRequest(this);
        }
    }
}
