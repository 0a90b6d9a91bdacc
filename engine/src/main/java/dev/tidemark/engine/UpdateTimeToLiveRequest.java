package dev.tidemark.engine;

import java.util.Objects;

/**
 * Turns time to live on or off for a table.
 */
public final class UpdateTimeToLiveRequest {
    private final String tableName;
    private final dev.tidemark.engine.model.TimeToLiveSpecification timeToLiveSpecification;

    private UpdateTimeToLiveRequest(Builder b) {
        this.tableName = b.tableName;
        this.timeToLiveSpecification = b.timeToLiveSpecification;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.tableName = tableName;
        b.timeToLiveSpecification = timeToLiveSpecification;
        return b;
    }

    /** The table's name. */
    public String tableName() {
        return tableName;
    }

    /** The new setting. */
    public dev.tidemark.engine.model.TimeToLiveSpecification timeToLiveSpecification() {
        return timeToLiveSpecification;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof UpdateTimeToLiveRequest other)) {
            return false;
        }
        return Objects.equals(tableName, other.tableName) && Objects.equals(timeToLiveSpecification, other.timeToLiveSpecification);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tableName, timeToLiveSpecification);
    }

    @Override
    public String toString() {
        return "UpdateTimeToLiveRequest[" + "tableName=" + tableName + ", " + "timeToLiveSpecification=" + timeToLiveSpecification + "]";
    }

    /** Builder of {@link UpdateTimeToLiveRequest}; not thread-safe. */
    public static final class Builder {
        private String tableName;
        private dev.tidemark.engine.model.TimeToLiveSpecification timeToLiveSpecification;

        private Builder() {
        }

        /** Sets tableName: the table's name. */
        public Builder tableName(String tableName) {
            this.tableName = tableName;
            return this;
        }

        /** Sets timeToLiveSpecification: the new setting. */
        public Builder timeToLiveSpecification(dev.tidemark.engine.model.TimeToLiveSpecification timeToLiveSpecification) {
            this.timeToLiveSpecification = timeToLiveSpecification;
            return this;
        }

        /** Builds the immutable {@link UpdateTimeToLiveRequest}. */
        public UpdateTimeToLiveRequest build() {
            return new UpdateTimeToLiveRequest(this);
        }
    }
}
