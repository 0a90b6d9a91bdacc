package dev.tidemark.engine.model;

import java.util.Objects;

/**
 * A backup and the table it was taken of (DescribeBackup, DeleteBackup).
 */
public final class BackupDescription {
    private final BackupDetails backupDetails;
    private final SourceTableDetails sourceTableDetails;

    private BackupDescription(Builder b) {
        this.backupDetails = b.backupDetails;
        this.sourceTableDetails = b.sourceTableDetails;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.backupDetails = backupDetails;
        b.sourceTableDetails = sourceTableDetails;
        return b;
    }

    /** The backup itself. */
    public BackupDetails backupDetails() {
        return backupDetails;
    }

    /** The table the backup was taken of. */
    public SourceTableDetails sourceTableDetails() {
        return sourceTableDetails;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof BackupDescription other)) {
            return false;
        }
        return Objects.equals(backupDetails, other.backupDetails)
            && Objects.equals(sourceTableDetails, other.sourceTableDetails);
    }

    @Override
    public int hashCode() {
        return Objects.hash(backupDetails, sourceTableDetails);
    }

    @Override
    public String toString() {
        return "BackupDescription[" + "backupDetails=" + backupDetails + ", sourceTableDetails=" + sourceTableDetails + "]";
    }

    /** Builder of {@link BackupDescription}; not thread-safe. */
    public static final class Builder {
        private BackupDetails backupDetails;
        private SourceTableDetails sourceTableDetails;

        private Builder() {
        }

        /** Sets backupDetails: the backup itself. */
        public Builder backupDetails(BackupDetails backupDetails) {
            this.backupDetails = backupDetails;
            return this;
        }

        /** Sets sourceTableDetails: the table the backup was taken of. */
        public Builder sourceTableDetails(SourceTableDetails sourceTableDetails) {
            this.sourceTableDetails = sourceTableDetails;
            return this;
        }

        /** Builds the immutable {@link BackupDescription}. */
        public BackupDescription build() {
            return new BackupDescription(this);
        }
    }
}
