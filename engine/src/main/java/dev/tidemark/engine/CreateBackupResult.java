package dev.tidemark.engine;

import dev.tidemark.engine.model.BackupDetails;
import java.util.Objects;

/**
 * The backup CreateBackup made.
 */
public final class CreateBackupResult {
    private final BackupDetails backupDetails;

    private CreateBackupResult(Builder b) {
        this.backupDetails = b.backupDetails;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.backupDetails = backupDetails;
        return b;
    }

    /** The new backup. */
    public BackupDetails backupDetails() {
        return backupDetails;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof CreateBackupResult other)) {
            return false;
        }
        return Objects.equals(backupDetails, other.backupDetails);
    }

    @Override
    public int hashCode() {
        return Objects.hash(backupDetails);
    }

    @Override
    public String toString() {
        return "CreateBackupResult[" + "backupDetails=" + backupDetails + "]";
    }

    /** Builder of {@link CreateBackupResult}; not thread-safe. */
    public static final class Builder {
        private BackupDetails backupDetails;

        private Builder() {
        }

        /** Sets backupDetails: the new backup. */
        public Builder backupDetails(BackupDetails backupDetails) {
            this.backupDetails = backupDetails;
            return this;
        }

        /** Builds the immutable {@link CreateBackupResult}. */
        public CreateBackupResult build() {
            return new CreateBackupResult(this);
        }
    }
}
