package dev.tidemark.engine;

import dev.tidemark.engine.model.BackupDescription;
import java.util.Objects;

/**
 * The deleted backup.
 */
public final class DeleteBackupResult {
    private final BackupDescription backupDescription;

    private DeleteBackupResult(Builder b) {
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

    /** The backup, with status DELETED. */
    public BackupDescription backupDescription() {
        return backupDescription;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof DeleteBackupResult other)) {
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
        return "DeleteBackupResult[" + "backupDescription=" + backupDescription + "]";
    }

    /** Builder of {@link DeleteBackupResult}; not thread-safe. */
    public static final class Builder {
        private BackupDescription backupDescription;

        private Builder() {
        }

        /** Sets backupDescription: the backup, with status DELETED. */
        public Builder backupDescription(BackupDescription backupDescription) {
            this.backupDescription = backupDescription;
            return this;
        }

        /** Builds the immutable {@link DeleteBackupResult}. */
        public DeleteBackupResult build() {
            return new DeleteBackupResult(this);
        }
    }
}
