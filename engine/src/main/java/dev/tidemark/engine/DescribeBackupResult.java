package dev.tidemark.engine;

import dev.tidemark.engine.model.BackupDescription;
import java.util.Objects;

/**
 * A backup's description.
 */
public final class DescribeBackupResult {
    private final BackupDescription backupDescription;

    private DescribeBackupResult(Builder b) {
        this.backupDescription = b.backupDescription;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.backupDescription = backupDescription;
        return b;
    }

    /** The backup and its source table. */
    public BackupDescription backupDescription() {
        return backupDescription;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof DescribeBackupResult other)) {
            return false;
        }
        return Objects.equals(backupDescription, other.backupDescription);
    }

    @Override
    public int hashCode() {
        return Objects.hash(backupDescription);
    }

    @Override
    public String toString() {
        return "DescribeBackupResult[" + "backupDescription=" + backupDescription + "]";
    }

    /** Builder of {@link DescribeBackupResult}; not thread-safe. */
    public static final class Builder {
        private BackupDescription backupDescription;

        private Builder() {
        }

        /** Sets backupDescription: the backup and its source table. */
        public Builder backupDescription(BackupDescription backupDescription) {
            this.backupDescription = backupDescription;
            return this;
        }

        /** Builds the immutable {@link DescribeBackupResult}. */
        public DescribeBackupResult build() {
            return new DescribeBackupResult(this);
        }
    }
}
