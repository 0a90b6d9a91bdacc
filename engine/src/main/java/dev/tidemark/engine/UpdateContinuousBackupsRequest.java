package dev.tidemark.engine;

import dev.tidemark.engine.model.PointInTimeRecoverySpecification;
import java.util.Objects;

/**
 * Turns point-in-time recovery of a table on or off.
 */
public final class UpdateContinuousBackupsRequest {
    private final String tableName;
    private final PointInTimeRecoverySpecification pointInTimeRecoverySpecification;

    private UpdateContinuousBackupsRequest(Builder b) {
        this.tableName = b.tableName;
        this.pointInTimeRecoverySpecification = b.pointInTimeRecoverySpecification;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.tableName = tableName;
        b.pointInTimeRecoverySpecification = pointInTimeRecoverySpecification;
        return b;
    }

    /** The table. */
    public String tableName() {
        return tableName;
    }

    /** On or off, and the recovery period. */
    public PointInTimeRecoverySpecification pointInTimeRecoverySpecification() {
        return pointInTimeRecoverySpecification;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof UpdateContinuousBackupsRequest other)) {
            return false;
        }
        return Objects.equals(tableName, other.tableName)
            && Objects.equals(pointInTimeRecoverySpecification, other.pointInTimeRecoverySpecification);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tableName, pointInTimeRecoverySpecification);
    }

    @Override
    public String toString() {
        return "UpdateContinuousBackupsRequest[" + "tableName=" + tableName + ", pointInTimeRecoverySpecification=" + pointInTimeRecoverySpecification + "]";
    }

    /** Builder of {@link UpdateContinuousBackupsRequest}; not thread-safe. */
    public static final class Builder {
        private String tableName;
        private PointInTimeRecoverySpecification pointInTimeRecoverySpecification;

        private Builder() {
        }

        /** Sets tableName: the table. */
        public Builder tableName(String tableName) {
            this.tableName = tableName;
            return this;
        }

        /** Sets pointInTimeRecoverySpecification: on or off, and the recovery period. */
        public Builder pointInTimeRecoverySpecification(PointInTimeRecoverySpecification pointInTimeRecoverySpecification) {
            this.pointInTimeRecoverySpecification = pointInTimeRecoverySpecification;
            return this;
        }

        /** Builds the immutable {@link UpdateContinuousBackupsRequest}. */
        public UpdateContinuousBackupsRequest build() {
            return new UpdateContinuousBackupsRequest(this);
        }
    }
}
