package dev.tidemark.engine;

import dev.tidemark.engine.model.BackupTypeFilter;
import java.time.Instant;
import java.util.Objects;

/**
 * Lists backups, newest filters applied in order: table, creation time range, type.
 */
public final class ListBackupsRequest {
    private final String tableName;
    private final Integer limit;
    private final Instant timeRangeLowerBound;
    private final Instant timeRangeUpperBound;
    private final String exclusiveStartBackupArn;
    private final BackupTypeFilter backupType;

    private ListBackupsRequest(Builder b) {
        this.tableName = b.tableName;
        this.limit = b.limit;
        this.timeRangeLowerBound = b.timeRangeLowerBound;
        this.timeRangeUpperBound = b.timeRangeUpperBound;
        this.exclusiveStartBackupArn = b.exclusiveStartBackupArn;
        this.backupType = b.backupType;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.tableName = tableName;
        b.limit = limit;
        b.timeRangeLowerBound = timeRangeLowerBound;
        b.timeRangeUpperBound = timeRangeUpperBound;
        b.exclusiveStartBackupArn = exclusiveStartBackupArn;
        b.backupType = backupType;
        return b;
    }

    /** Only backups of this table, or null for all. */
    public String tableName() {
        return tableName;
    }

    /** At most this many (1 to 100), or null. */
    public Integer limit() {
        return limit;
    }

    /** Only backups created at or after this time (inclusive), or null. */
    public Instant timeRangeLowerBound() {
        return timeRangeLowerBound;
    }

    /** Only backups created before this time (exclusive), or null. */
    public Instant timeRangeUpperBound() {
        return timeRangeUpperBound;
    }

    /** Continue after this backup (a previous page's LastEvaluatedBackupArn), or null. */
    public String exclusiveStartBackupArn() {
        return exclusiveStartBackupArn;
    }

    /** Which types; USER when null. */
    public BackupTypeFilter backupType() {
        return backupType;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ListBackupsRequest other)) {
            return false;
        }
        return Objects.equals(tableName, other.tableName)
            && Objects.equals(limit, other.limit)
            && Objects.equals(timeRangeLowerBound, other.timeRangeLowerBound)
            && Objects.equals(timeRangeUpperBound, other.timeRangeUpperBound)
            && Objects.equals(exclusiveStartBackupArn, other.exclusiveStartBackupArn)
            && Objects.equals(backupType, other.backupType);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tableName, limit, timeRangeLowerBound, timeRangeUpperBound, exclusiveStartBackupArn, backupType);
    }

    @Override
    public String toString() {
        return "ListBackupsRequest[" + "tableName=" + tableName + ", limit=" + limit + ", timeRangeLowerBound=" + timeRangeLowerBound + ", timeRangeUpperBound=" + timeRangeUpperBound + ", exclusiveStartBackupArn=" + exclusiveStartBackupArn + ", backupType=" + backupType + "]";
    }

    /** Builder of {@link ListBackupsRequest}; not thread-safe. */
    public static final class Builder {
        private String tableName;
        private Integer limit;
        private Instant timeRangeLowerBound;
        private Instant timeRangeUpperBound;
        private String exclusiveStartBackupArn;
        private BackupTypeFilter backupType;

        private Builder() {
        }

        /** Sets tableName: only backups of this table, or null for all. */
        public Builder tableName(String tableName) {
            this.tableName = tableName;
            return this;
        }

        /** Sets limit: at most this many (1 to 100), or null. */
        public Builder limit(Integer limit) {
            this.limit = limit;
            return this;
        }

        /** Sets timeRangeLowerBound: only backups created at or after this time (inclusive), or null. */
        public Builder timeRangeLowerBound(Instant timeRangeLowerBound) {
            this.timeRangeLowerBound = timeRangeLowerBound;
            return this;
        }

        /** Sets timeRangeUpperBound: only backups created before this time (exclusive), or null. */
        public Builder timeRangeUpperBound(Instant timeRangeUpperBound) {
            this.timeRangeUpperBound = timeRangeUpperBound;
            return this;
        }

        /** Sets exclusiveStartBackupArn: continue after this backup (a previous page's LastEvaluatedBackupArn), or null. */
        public Builder exclusiveStartBackupArn(String exclusiveStartBackupArn) {
            this.exclusiveStartBackupArn = exclusiveStartBackupArn;
            return this;
        }

        /** Sets backupType: which types; USER when null. */
        public Builder backupType(BackupTypeFilter backupType) {
            this.backupType = backupType;
            return this;
        }

        /** Builds the immutable {@link ListBackupsRequest}. */
        public ListBackupsRequest build() {
            return new ListBackupsRequest(this);
        }
    }
}
