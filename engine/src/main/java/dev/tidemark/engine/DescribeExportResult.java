package dev.tidemark.engine;

import dev.tidemark.engine.model.ExportDescription;
import java.util.Objects;

/**
 * An export's description.
 */
public final class DescribeExportResult {
    private final ExportDescription exportDescription;

    private DescribeExportResult(Builder b) {
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

    /** The export. */
    public ExportDescription exportDescription() {
        return exportDescription;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof DescribeExportResult other)) {
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
        return "DescribeExportResult[" + "exportDescription=" + exportDescription + "]";
    }

    /** Builder of {@link DescribeExportResult}; not thread-safe. */
    public static final class Builder {
        private ExportDescription exportDescription;

        private Builder() {
        }

        /** Sets exportDescription: the export. */
        public Builder exportDescription(ExportDescription exportDescription) {
            this.exportDescription = exportDescription;
            return this;
        }

        /** Builds the immutable {@link DescribeExportResult}. */
        public DescribeExportResult build() {
            return new DescribeExportResult(this);
        }
    }
}
