package dev.tidemark.engine.model;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a restored table's data came from (absent on tables that were not restored).
 */
public final class RestoreSummary {
    private final String sourceBackupArn;
    private final String sourceTableArn;
    private final Instant restoreDateTime;
    private final Boolean restoreInProgress;

    private RestoreSummary(Builder b) {
        this.sourceBackupArn = b.sourceBackupArn;
        this.sourceTableArn = b.sourceTableArn;
        this.restoreDateTime = b.restoreDateTime;
        this.restoreInProgress = b.restoreInProgress;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.sourceBackupArn = sourceBackupArn;
        b.sourceTableArn = sourceTableArn;
        b.restoreDateTime = restoreDateTime;
        b.restoreInProgress = restoreInProgress;
        return b;
    }

    /** The backup restored from, or null. */
    public String sourceBackupArn() {
        return sourceBackupArn;
    }

    /** The table restored from (point in time), or null. */
    public String sourceTableArn() {
        return sourceTableArn;
    }

    /** The point in time the data is from. */
    public Instant restoreDateTime() {
        return restoreDateTime;
    }

    /** Whether the restore is still loading data (always false: restores load before returning). */
    public Boolean restoreInProgress() {
        return restoreInProgress;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof RestoreSummary other)) {
            return false;
        }
        return Objects.equals(sourceBackupArn, other.sourceBackupArn)
            && Objects.equals(sourceTableArn, other.sourceTableArn)
            && Objects.equals(restoreDateTime, other.restoreDateTime)
            && Objects.equals(restoreInProgress, other.restoreInProgress);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sourceBackupArn, sourceTableArn, restoreDateTime, restoreInProgress);
    }

    @Override
    public String toString() {
        return "RestoreSummary[" + "sourceBackupArn=" + sourceBackupArn + ", sourceTableArn=" + sourceTableArn + ", restoreDateTime=" + restoreDateTime + ", restoreInProgress=" + restoreInProgress + "]";
    }

    /** Builder of {@link RestoreSummary}; not thread-safe. */
    public static final class Builder {
        private String sourceBackupArn;
        private String sourceTableArn;
        private Instant restoreDateTime;
        private Boolean restoreInProgress;

        private Builder() {
        }

        /** Sets sourceBackupArn: the backup restored from, or null. */
        public Builder sourceBackupArn(String sourceBackupArn) {
            this.sourceBackupArn = sourceBackupArn;
            return this;
        }

        /** Sets sourceTableArn: the table restored from (point in time), or null. */
        public Builder sourceTableArn(String sourceTableArn) {
            this.sourceTableArn = sourceTableArn;
            return this;
        }

        /** Sets restoreDateTime: the point in time the data is from. */
        public Builder restoreDateTime(Instant restoreDateTime) {
            this.restoreDateTime = restoreDateTime;
            return this;
        }

        /** Sets restoreInProgress: whether the restore is still loading data (always false: restores load before returning). */
        public Builder restoreInProgress(Boolean restoreInProgress) {
            this.restoreInProgress = restoreInProgress;
            return this;
        }

        /** Builds the immutable {@link RestoreSummary}. */
        public RestoreSummary build() {
            return new RestoreSummary(this);
        }
    }
}
