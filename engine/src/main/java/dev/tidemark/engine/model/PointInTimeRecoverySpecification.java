package dev.tidemark.engine.model;

import java.util.Objects;

/**
 * Turns point-in-time recovery on or off (UpdateContinuousBackups).
 */
public final class PointInTimeRecoverySpecification {
    private final Boolean pointInTimeRecoveryEnabled;
    private final Integer recoveryPeriodInDays;

    private PointInTimeRecoverySpecification(Builder b) {
        this.pointInTimeRecoveryEnabled = b.pointInTimeRecoveryEnabled;
        this.recoveryPeriodInDays = b.recoveryPeriodInDays;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.pointInTimeRecoveryEnabled = pointInTimeRecoveryEnabled;
        b.recoveryPeriodInDays = recoveryPeriodInDays;
        return b;
    }

    /** Whether recovery should be on; required. */
    public Boolean pointInTimeRecoveryEnabled() {
        return pointInTimeRecoveryEnabled;
    }

    /** Days of history to keep, 1 to 35; 35 when null. */
    public Integer recoveryPeriodInDays() {
        return recoveryPeriodInDays;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PointInTimeRecoverySpecification other)) {
            return false;
        }
        return Objects.equals(pointInTimeRecoveryEnabled, other.pointInTimeRecoveryEnabled)
            && Objects.equals(recoveryPeriodInDays, other.recoveryPeriodInDays);
    }

    @Override
    public int hashCode() {
        return Objects.hash(pointInTimeRecoveryEnabled, recoveryPeriodInDays);
    }

    @Override
    public String toString() {
        return "PointInTimeRecoverySpecification[" + "pointInTimeRecoveryEnabled=" + pointInTimeRecoveryEnabled + ", recoveryPeriodInDays=" + recoveryPeriodInDays + "]";
    }

    /** Builder of {@link PointInTimeRecoverySpecification}; not thread-safe. */
    public static final class Builder {
        private Boolean pointInTimeRecoveryEnabled;
        private Integer recoveryPeriodInDays;

        private Builder() {
        }

        /** Sets pointInTimeRecoveryEnabled: whether recovery should be on; required. */
        public Builder pointInTimeRecoveryEnabled(Boolean pointInTimeRecoveryEnabled) {
            this.pointInTimeRecoveryEnabled = pointInTimeRecoveryEnabled;
            return this;
        }

        /** Sets recoveryPeriodInDays: days of history to keep, 1 to 35; 35 when null. */
        public Builder recoveryPeriodInDays(Integer recoveryPeriodInDays) {
            this.recoveryPeriodInDays = recoveryPeriodInDays;
            return this;
        }

        /** Builds the immutable {@link PointInTimeRecoverySpecification}. */
        public PointInTimeRecoverySpecification build() {
            return new PointInTimeRecoverySpecification(this);
        }
    }
}
