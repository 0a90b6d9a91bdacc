package dev.tidemark.engine.model;

import java.time.Instant;
import java.util.Objects;

/**
 * An on-demand backup: its identity, size, state and type.
 */
public final class BackupDetails {
    private final String backupArn;
    private final String backupName;
    private final Long backupSizeBytes;
    private final BackupStatus backupStatus;
    private final BackupType backupType;
    private final Instant backupCreationDateTime;
    private final Instant backupExpiryDateTime;

    private BackupDetails(Builder b) {
        this.backupArn = b.backupArn;
        this.backupName = b.backupName;
        this.backupSizeBytes = b.backupSizeBytes;
        this.backupStatus = b.backupStatus;
        this.backupType = b.backupType;
        this.backupCreationDateTime = b.backupCreationDateTime;
        this.backupExpiryDateTime = b.backupExpiryDateTime;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.backupArn = backupArn;
        b.backupName = backupName;
        b.backupSizeBytes = backupSizeBytes;
        b.backupStatus = backupStatus;
        b.backupType = backupType;
        b.backupCreationDateTime = backupCreationDateTime;
        b.backupExpiryDateTime = backupExpiryDateTime;
        return b;
    }

    /** The backup's ARN, {@code <table-arn>/backup/<id>}. */
    public String backupArn() {
        return backupArn;
    }

    /** The name given at creation. */
    public String backupName() {
        return backupName;
    }

    /** Sum of the items' sizes when the backup was taken. */
    public Long backupSizeBytes() {
        return backupSizeBytes;
    }

    /** CREATING, AVAILABLE or DELETED. */
    public BackupStatus backupStatus() {
        return backupStatus;
    }

    /** USER or SYSTEM. */
    public BackupType backupType() {
        return backupType;
    }

    /** When the backup was requested. */
    public Instant backupCreationDateTime() {
        return backupCreationDateTime;
    }

    /** When a SYSTEM backup expires; null for user backups. */
    public Instant backupExpiryDateTime() {
        return backupExpiryDateTime;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof BackupDetails other)) {
            return false;
        }
        return Objects.equals(backupArn, other.backupArn)
            && Objects.equals(backupName, other.backupName)
            && Objects.equals(backupSizeBytes, other.backupSizeBytes)
            && Objects.equals(backupStatus, other.backupStatus)
            && Objects.equals(backupType, other.backupType)
            && Objects.equals(backupCreationDateTime, other.backupCreationDateTime)
            && Objects.equals(backupExpiryDateTime, other.backupExpiryDateTime);
    }

    @Override
    public int hashCode() {
        return Objects.hash(backupArn, backupName, backupSizeBytes, backupStatus, backupType, backupCreationDateTime, backupExpiryDateTime);
    }

    @Override
    public String toString() {
        return "BackupDetails[" + "backupArn=" + backupArn + ", backupName=" + backupName + ", backupSizeBytes=" + backupSizeBytes + ", backupStatus=" + backupStatus + ", backupType=" + backupType + ", backupCreationDateTime=" + backupCreationDateTime + ", backupExpiryDateTime=" + backupExpiryDateTime + "]";
    }

    /** Builder of {@link BackupDetails}; not thread-safe. */
    public static final class Builder {
        private String backupArn;
        private String backupName;
        private Long backupSizeBytes;
        private BackupStatus backupStatus;
        private BackupType backupType;
        private Instant backupCreationDateTime;
        private Instant backupExpiryDateTime;

        private Builder() {
        }

        /** Sets backupArn: the backup's ARN, {@code <table-arn>/backup/<id>}. */
        public Builder backupArn(String backupArn) {
            this.backupArn = backupArn;
            return this;
        }

        /** Sets backupName: the name given at creation. */
        public Builder backupName(String backupName) {
            this.backupName = backupName;
            return this;
        }

        /** Sets backupSizeBytes: sum of the items' sizes when the backup was taken. */
        public Builder backupSizeBytes(Long backupSizeBytes) {
            this.backupSizeBytes = backupSizeBytes;
            return this;
        }

        /** Sets backupStatus: cREATING, AVAILABLE or DELETED. */
        public Builder backupStatus(BackupStatus backupStatus) {
            this.backupStatus = backupStatus;
            return this;
        }

        /** Sets backupType: uSER or SYSTEM. */
        public Builder backupType(BackupType backupType) {
            this.backupType = backupType;
            return this;
        }

        /** Sets backupCreationDateTime: when the backup was requested. */
        public Builder backupCreationDateTime(Instant backupCreationDateTime) {
            this.backupCreationDateTime = backupCreationDateTime;
            return this;
        }

        /** Sets backupExpiryDateTime: when a SYSTEM backup expires; null for user backups. */
        public Builder backupExpiryDateTime(Instant backupExpiryDateTime) {
            this.backupExpiryDateTime = backupExpiryDateTime;
            return this;
        }

        /** Builds the immutable {@link BackupDetails}. */
        public BackupDetails build() {
            return new BackupDetails(this);
        }
    }
}
