package dev.tidemark.engine;

import dev.tidemark.engine.model.ContinuousBackupsDescription;
import java.util.Objects;

/**
 * The table's continuous backups after the change.
 */
public final class UpdateContinuousBackupsResult {
    private final ContinuousBackupsDescription continuousBackupsDescription;

    private UpdateContinuousBackupsResult(Builder b) {
        this.continuousBackupsDescription = b.continuousBackupsDescription;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.continuousBackupsDescription = continuousBackupsDescription;
        return b;
    }

    /** The new state. */
    public ContinuousBackupsDescription continuousBackupsDescription() {
        return continuousBackupsDescription;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof UpdateContinuousBackupsResult other)) {
            return false;
        }
        return Objects.equals(continuousBackupsDescription, other.continuousBackupsDescription);
    }

    @Override
    public int hashCode() {
        return Objects.hash(continuousBackupsDescription);
    }

    @Override
    public String toString() {
        return "UpdateContinuousBackupsResult[" + "continuousBackupsDescription=" + continuousBackupsDescription + "]";
    }

    /** Builder of {@link UpdateContinuousBackupsResult}; not thread-safe. */
    public static final class Builder {
        private ContinuousBackupsDescription continuousBackupsDescription;

        private Builder() {
        }

        /** Sets continuousBackupsDescription: the new state. */
        public Builder continuousBackupsDescription(ContinuousBackupsDescription continuousBackupsDescription) {
            this.continuousBackupsDescription = continuousBackupsDescription;
            return this;
        }

        /** Builds the immutable {@link UpdateContinuousBackupsResult}. */
        public UpdateContinuousBackupsResult build() {
            return new UpdateContinuousBackupsResult(this);
        }
    }
}
