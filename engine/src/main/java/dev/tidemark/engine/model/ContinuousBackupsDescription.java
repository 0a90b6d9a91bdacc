package dev.tidemark.engine.model;

import java.util.Objects;

/**
 * Continuous backups and point-in-time recovery of a table.
 */
public final class ContinuousBackupsDescription {
    private final ContinuousBackupsStatus continuousBackupsStatus;
    private final PointInTimeRecoveryDescription pointInTimeRecoveryDescription;

    private ContinuousBackupsDescription(Builder b) {
        this.continuousBackupsStatus = b.continuousBackupsStatus;
        this.pointInTimeRecoveryDescription = b.pointInTimeRecoveryDescription;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.continuousBackupsStatus = continuousBackupsStatus;
        b.pointInTimeRecoveryDescription = pointInTimeRecoveryDescription;
        return b;
    }

    /** Always ENABLED for an existing table. */
    public ContinuousBackupsStatus continuousBackupsStatus() {
        return continuousBackupsStatus;
    }

    /** Point-in-time recovery's state and window. */
    public PointInTimeRecoveryDescription pointInTimeRecoveryDescription() {
        return pointInTimeRecoveryDescription;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ContinuousBackupsDescription other)) {
            return false;
        }
        return Objects.equals(continuousBackupsStatus, other.continuousBackupsStatus)
            && Objects.equals(pointInTimeRecoveryDescription, other.pointInTimeRecoveryDescription);
    }

    @Override
    public int hashCode() {
        return Objects.hash(continuousBackupsStatus, pointInTimeRecoveryDescription);
    }

    @Override
    public String toString() {
        return "ContinuousBackupsDescription[" + "continuousBackupsStatus=" + continuousBackupsStatus + ", pointInTimeRecoveryDescription=" + pointInTimeRecoveryDescription + "]";
    }

    /** Builder of {@link ContinuousBackupsDescription}; not thread-safe. */
    public static final class Builder {
        private ContinuousBackupsStatus continuousBackupsStatus;
        private PointInTimeRecoveryDescription pointInTimeRecoveryDescription;

        private Builder() {
        }

        /** Sets continuousBackupsStatus: always ENABLED for an existing table. */
        public Builder continuousBackupsStatus(ContinuousBackupsStatus continuousBackupsStatus) {
            this.continuousBackupsStatus = continuousBackupsStatus;
            return this;
        }

        /** Sets pointInTimeRecoveryDescription: point-in-time recovery's state and window. */
        public Builder pointInTimeRecoveryDescription(PointInTimeRecoveryDescription pointInTimeRecoveryDescription) {
            this.pointInTimeRecoveryDescription = pointInTimeRecoveryDescription;
            return this;
        }

        /** Builds the immutable {@link ContinuousBackupsDescription}. */
        public ContinuousBackupsDescription build() {
            return new ContinuousBackupsDescription(this);
        }
    }
}
