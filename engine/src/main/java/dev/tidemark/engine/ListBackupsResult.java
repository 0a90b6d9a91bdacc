package dev.tidemark.engine;

import dev.tidemark.engine.model.BackupSummary;
import java.util.List;
import java.util.Objects;

/**
 * A page of backups, oldest first.
 */
public final class ListBackupsResult {
    private final List<BackupSummary> backupSummaries;
    private final String lastEvaluatedBackupArn;

    private ListBackupsResult(Builder b) {
        this.backupSummaries = b.backupSummaries == null ? null : List.copyOf(b.backupSummaries);
        this.lastEvaluatedBackupArn = b.lastEvaluatedBackupArn;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.backupSummaries = backupSummaries;
        b.lastEvaluatedBackupArn = lastEvaluatedBackupArn;
        return b;
    }

    /** The backups. */
    public List<BackupSummary> backupSummaries() {
        return backupSummaries;
    }

    /** Where the next page starts, or null when this is the last. */
    public String lastEvaluatedBackupArn() {
        return lastEvaluatedBackupArn;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ListBackupsResult other)) {
            return false;
        }
        return Objects.equals(backupSummaries, other.backupSummaries)
            && Objects.equals(lastEvaluatedBackupArn, other.lastEvaluatedBackupArn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(backupSummaries, lastEvaluatedBackupArn);
    }

    @Override
    public String toString() {
        return "ListBackupsResult[" + "backupSummaries=" + backupSummaries + ", lastEvaluatedBackupArn=" + lastEvaluatedBackupArn + "]";
    }

    /** Builder of {@link ListBackupsResult}; not thread-safe. */
    public static final class Builder {
        private List<BackupSummary> backupSummaries;
        private String lastEvaluatedBackupArn;

        private Builder() {
        }

        /** Sets backupSummaries: the backups. */
        public Builder backupSummaries(List<BackupSummary> backupSummaries) {
            this.backupSummaries = backupSummaries;
            return this;
        }

        /** Sets lastEvaluatedBackupArn: where the next page starts, or null when this is the last. */
        public Builder lastEvaluatedBackupArn(String lastEvaluatedBackupArn) {
            this.lastEvaluatedBackupArn = lastEvaluatedBackupArn;
            return this;
        }

        /** Builds the immutable {@link ListBackupsResult}. */
        public ListBackupsResult build() {
            return new ListBackupsResult(this);
        }
    }
}
