package dev.tidemark.engine.model;

import java.time.Instant;
import java.util.Objects;

/**
 * The state of point-in-time recovery of a table and its restorable window.
 */
public final class PointInTimeRecoveryDescription {
    private final PointInTimeRecoveryStatus pointInTimeRecoveryStatus;
    private final Integer recoveryPeriodInDays;
    private final Instant earliestRestorableDateTime;
    private final Instant latestRestorableDateTime;

    private PointInTimeRecoveryDescription(Builder b) {
        this.pointInTimeRecoveryStatus = b.pointInTimeRecoveryStatus;
        this.recoveryPeriodInDays = b.recoveryPeriodInDays;
        this.earliestRestorableDateTime = b.earliestRestorableDateTime;
        this.latestRestorableDateTime = b.latestRestorableDateTime;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.pointInTimeRecoveryStatus = pointInTimeRecoveryStatus;
        b.recoveryPeriodInDays = recoveryPeriodInDays;
        b.earliestRestorableDateTime = earliestRestorableDateTime;
        b.latestRestorableDateTime = latestRestorableDateTime;
        return b;
    }

    /** ENABLED or DISABLED. */
    public PointInTimeRecoveryStatus pointInTimeRecoveryStatus() {
        return pointInTimeRecoveryStatus;
    }

    /** Days of history kept, or null when off. */
    public Integer recoveryPeriodInDays() {
        return recoveryPeriodInDays;
    }

    /** The earliest second a restore may ask for, or null when off. */
    public Instant earliestRestorableDateTime() {
        return earliestRestorableDateTime;
    }

    /** The latest second a restore may ask for, or null when off. */
    public Instant latestRestorableDateTime() {
        return latestRestorableDateTime;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PointInTimeRecoveryDescription other)) {
            return false;
        }
        return Objects.equals(pointInTimeRecoveryStatus, other.pointInTimeRecoveryStatus)
            && Objects.equals(recoveryPeriodInDays, other.recoveryPeriodInDays)
            && Objects.equals(earliestRestorableDateTime, other.earliestRestorableDateTime)
            && Objects.equals(latestRestorableDateTime, other.latestRestorableDateTime);
    }

    @Override
    public int hashCode() {
        return Objects.hash(pointInTimeRecoveryStatus, recoveryPeriodInDays, earliestRestorableDateTime, latestRestorableDateTime);
    }

    @Override
    public String toString() {
        return "PointInTimeRecoveryDescription[" + "pointInTimeRecoveryStatus=" + pointInTimeRecoveryStatus + ", recoveryPeriodInDays=" + recoveryPeriodInDays + ", earliestRestorableDateTime=" + earliestRestorableDateTime + ", latestRestorableDateTime=" + latestRestorableDateTime + "]";
    }

    /** Builder of {@link PointInTimeRecoveryDescription}; not thread-safe. */
    public static final class Builder {
        private PointInTimeRecoveryStatus pointInTimeRecoveryStatus;
        private Integer recoveryPeriodInDays;
        private Instant earliestRestorableDateTime;
        private Instant latestRestorableDateTime;

        private Builder() {
        }

        /** Sets pointInTimeRecoveryStatus: eNABLED or DISABLED. */
        public Builder pointInTimeRecoveryStatus(PointInTimeRecoveryStatus pointInTimeRecoveryStatus) {
            this.pointInTimeRecoveryStatus = pointInTimeRecoveryStatus;
            return this;
        }

        /** Sets recoveryPeriodInDays: days of history kept, or null when off. */
        public Builder recoveryPeriodInDays(Integer recoveryPeriodInDays) {
            this.recoveryPeriodInDays = recoveryPeriodInDays;
            return this;
        }

        /** Sets earliestRestorableDateTime: the earliest second a restore may ask for, or null when off. */
        public Builder earliestRestorableDateTime(Instant earliestRestorableDateTime) {
            this.earliestRestorableDateTime = earliestRestorableDateTime;
            return this;
        }

        /** Sets latestRestorableDateTime: the latest second a restore may ask for, or null when off. */
        public Builder latestRestorableDateTime(Instant latestRestorableDateTime) {
            this.latestRestorableDateTime = latestRestorableDateTime;
            return this;
        }

        /** Builds the immutable {@link PointInTimeRecoveryDescription}. */
        public PointInTimeRecoveryDescription build() {
            return new PointInTimeRecoveryDescription(this);
        }
    }
}
