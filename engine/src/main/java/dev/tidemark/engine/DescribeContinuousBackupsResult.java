package dev.tidemark.engine;

import dev.tidemark.engine.model.ContinuousBackupsDescription;
import java.util.Objects;

/**
 * A table's continuous backups.
 */
public final class DescribeContinuousBackupsResult {
    private final ContinuousBackupsDescription continuousBackupsDescription;

    private DescribeContinuousBackupsResult(Builder b) {
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

    /** The state and restorable window. */
    public ContinuousBackupsDescription continuousBackupsDescription() {
        return continuousBackupsDescription;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof DescribeContinuousBackupsResult other)) {
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
        return "DescribeContinuousBackupsResult[" + "continuousBackupsDescription=" + continuousBackupsDescription + "]";
    }

    /** Builder of {@link DescribeContinuousBackupsResult}; not thread-safe. */
    public static final class Builder {
        private ContinuousBackupsDescription continuousBackupsDescription;

        private Builder() {
        }

        /** Sets continuousBackupsDescription: the state and restorable window. */
        public Builder continuousBackupsDescription(ContinuousBackupsDescription continuousBackupsDescription) {
            this.continuousBackupsDescription = continuousBackupsDescription;
            return this;
        }

        /** Builds the immutable {@link DescribeContinuousBackupsResult}. */
        public DescribeContinuousBackupsResult build() {
            return new DescribeContinuousBackupsResult(this);
        }
    }
}
