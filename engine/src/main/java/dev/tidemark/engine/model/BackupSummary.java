package dev.tidemark.engine.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One backup in a ListBackups page.
 */
public final class BackupSummary {
    private final String tableName;
    private final String tableId;
    private final String tableArn;
    private final String backupArn;
    private final String backupName;
    private final Instant backupCreationDateTime;
    private final Instant backupExpiryDateTime;
    private final BackupStatus backupStatus;
    private final BackupType backupType;
    private final Long backupSizeBytes;

    private BackupSummary(Builder b) {
        this.tableName = b.tableName;
        this.tableId = b.tableId;
        this.tableArn = b.tableArn;
        this.backupArn = b.backupArn;
        this.backupName = b.backupName;
        this.backupCreationDateTime = b.backupCreationDateTime;
        this.backupExpiryDateTime = b.backupExpiryDateTime;
        this.backupStatus = b.backupStatus;
        this.backupType = b.backupType;
        this.backupSizeBytes = b.backupSizeBytes;
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
        b.backupArn = backupArn;
        b.backupName = backupName;
        b.backupCreationDateTime = backupCreationDateTime;
        b.backupExpiryDateTime = backupExpiryDateTime;
        b.backupStatus = backupStatus;
        b.backupType = backupType;
        b.backupSizeBytes = backupSizeBytes;
        return b;
    }

    /** The source table's name. */
    public String tableName() {
        return tableName;
    }

    /** The source table's id. */
    public String tableId() {
        return tableId;
    }

    /** The source table's ARN. */
    public String tableArn() {
        return tableArn;
    }

    /** The backup's ARN. */
    public String backupArn() {
        return backupArn;
    }

    /** The backup's name. */
    public String backupName() {
        return backupName;
    }

    /** When the backup was requested. */
    public Instant backupCreationDateTime() {
        return backupCreationDateTime;
    }

    /** When a SYSTEM backup expires, or null. */
    public Instant backupExpiryDateTime() {
        return backupExpiryDateTime;
    }

    /** The backup's state. */
    public BackupStatus backupStatus() {
        return backupStatus;
    }

    /** USER or SYSTEM. */
    public BackupType backupType() {
        return backupType;
    }

    /** Size of the backed-up items. */
    public Long backupSizeBytes() {
        return backupSizeBytes;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof BackupSummary other)) {
            return false;
        }
        return Objects.equals(tableName, other.tableName)
            && Objects.equals(tableId, other.tableId)
            && Objects.equals(tableArn, other.tableArn)
            && Objects.equals(backupArn, other.backupArn)
            && Objects.equals(backupName, other.backupName)
            && Objects.equals(backupCreationDateTime, other.backupCreationDateTime)
            && Objects.equals(backupExpiryDateTime, other.backupExpiryDateTime)
            && Objects.equals(backupStatus, other.backupStatus)
            && Objects.equals(backupType, other.backupType)
            && Objects.equals(backupSizeBytes, other.backupSizeBytes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tableName, tableId, tableArn, backupArn, backupName, backupCreationDateTime, backupExpiryDateTime, backupStatus, backupType, backupSizeBytes);
    }

    @Override
    public String toString() {
        return "BackupSummary[" + "tableName=" + tableName + ", tableId=" + tableId + ", tableArn=" + tableArn + ", backupArn=" + backupArn + ", backupName=" + backupName + ", backupCreationDateTime=" + backupCreationDateTime + ", backupExpiryDateTime=" + backupExpiryDateTime + ", backupStatus=" + backupStatus + ", backupType=" + backupType + ", backupSizeBytes=" + backupSizeBytes + "]";
    }

    /** Builder of {@link BackupSummary}; not thread-safe. */
    public static final class Builder {
        private String tableName;
        private String tableId;
        private String tableArn;
        private String backupArn;
        private String backupName;
        private Instant backupCreationDateTime;
        private Instant backupExpiryDateTime;
        private BackupStatus backupStatus;
        private BackupType backupType;
        private Long backupSizeBytes;

        private Builder() {
        }

        /** Sets tableName: the source table's name. */
        public Builder tableName(String tableName) {
            this.tableName = tableName;
            return this;
        }

        /** Sets tableId: the source table's id. */
        public Builder tableId(String tableId) {
            this.tableId = tableId;
            return this;
        }

        /** Sets tableArn: the source table's ARN. */
        public Builder tableArn(String tableArn) {
            this.tableArn = tableArn;
            return this;
        }

        /** Sets backupArn: the backup's ARN. */
        public Builder backupArn(String backupArn) {
            this.backupArn = backupArn;
            return this;
        }

        /** Sets backupName: the backup's name. */
        public Builder backupName(String backupName) {
            this.backupName = backupName;
            return this;
        }

        /** Sets backupCreationDateTime: when the backup was requested. */
        public Builder backupCreationDateTime(Instant backupCreationDateTime) {
            this.backupCreationDateTime = backupCreationDateTime;
            return this;
        }

        /** Sets backupExpiryDateTime: when a SYSTEM backup expires, or null. */
        public Builder backupExpiryDateTime(Instant backupExpiryDateTime) {
            this.backupExpiryDateTime = backupExpiryDateTime;
            return this;
        }

        /** Sets backupStatus: the backup's state. */
        public Builder backupStatus(BackupStatus backupStatus) {
            this.backupStatus = backupStatus;
            return this;
        }

        /** Sets backupType: uSER or SYSTEM. */
        public Builder backupType(BackupType backupType) {
            this.backupType = backupType;
            return this;
        }

        /** Sets backupSizeBytes: size of the backed-up items. */
        public Builder backupSizeBytes(Long backupSizeBytes) {
            this.backupSizeBytes = backupSizeBytes;
            return this;
        }

        /** Builds the immutable {@link BackupSummary}. */
        public BackupSummary build() {
            return new BackupSummary(this);
        }
    }
}
