package dev.tidemark.engine;

import dev.tidemark.engine.model.ExportDescription;
import java.util.Objects;

/**
 * The export that was started.
 */
public final class ExportTableToPointInTimeResult {
    private final ExportDescription exportDescription;

    private ExportTableToPointInTimeResult(Builder b) {
        this.exportDescription = b.exportDescription;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.exportDescription = exportDescription;
        return b;
    }

    /** The export, usually IN_PROGRESS. */
    public ExportDescription exportDescription() {
        return exportDescription;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ExportTableToPointInTimeResult other)) {
            return false;
        }
        return Objects.equals(exportDescription, other.exportDescription);
    }

    @Override
    public int hashCode() {
        return Objects.hash(exportDescription);
    }

    @Override
    public String toString() {
        return "ExportTableToPointInTimeResult[" + "exportDescription=" + exportDescription + "]";
    }

    /** Builder of {@link ExportTableToPointInTimeResult}; not thread-safe. */
    public static final class Builder {
        private ExportDescription exportDescription;

        private Builder() {
        }

        /** Sets exportDescription: the export, usually IN_PROGRESS. */
        public Builder exportDescription(ExportDescription exportDescription) {
            this.exportDescription = exportDescription;
            return this;
        }

        /** Builds the immutable {@link ExportTableToPointInTimeResult}. */
        public ExportTableToPointInTimeResult build() {
            return new ExportTableToPointInTimeResult(this);
        }
    }
}
