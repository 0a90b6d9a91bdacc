package dev.tidemark.engine.model;

import java.time.Instant;
import java.util.Objects;

/**
 * The window of an incremental export.
 */
public final class IncrementalExportSpecification {
    private final Instant exportFromTime;
    private final Instant exportToTime;
    private final ExportViewType exportViewType;

    private IncrementalExportSpecification(Builder b) {
        this.exportFromTime = b.exportFromTime;
        this.exportToTime = b.exportToTime;
        this.exportViewType = b.exportViewType;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.exportFromTime = exportFromTime;
        b.exportToTime = exportToTime;
        b.exportViewType = exportViewType;
        return b;
    }

    /** Start of the window, inclusive. */
    public Instant exportFromTime() {
        return exportFromTime;
    }

    /** End of the window, exclusive. */
    public Instant exportToTime() {
        return exportToTime;
    }

    /** Which images to write; NEW_AND_OLD_IMAGES when null. */
    public ExportViewType exportViewType() {
        return exportViewType;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof IncrementalExportSpecification other)) {
            return false;
        }
        return Objects.equals(exportFromTime, other.exportFromTime)
            && Objects.equals(exportToTime, other.exportToTime)
            && Objects.equals(exportViewType, other.exportViewType);
    }

    @Override
    public int hashCode() {
        return Objects.hash(exportFromTime, exportToTime, exportViewType);
    }

    @Override
    public String toString() {
        return "IncrementalExportSpecification[" + "exportFromTime=" + exportFromTime + ", exportToTime=" + exportToTime + ", exportViewType=" + exportViewType + "]";
    }

    /** Builder of {@link IncrementalExportSpecification}; not thread-safe. */
    public static final class Builder {
        private Instant exportFromTime;
        private Instant exportToTime;
        private ExportViewType exportViewType;

        private Builder() {
        }

        /** Sets exportFromTime: start of the window, inclusive. */
        public Builder exportFromTime(Instant exportFromTime) {
            this.exportFromTime = exportFromTime;
            return this;
        }

        /** Sets exportToTime: end of the window, exclusive. */
        public Builder exportToTime(Instant exportToTime) {
            this.exportToTime = exportToTime;
            return this;
        }

        /** Sets exportViewType: which images to write; NEW_AND_OLD_IMAGES when null. */
        public Builder exportViewType(ExportViewType exportViewType) {
            this.exportViewType = exportViewType;
            return this;
        }

        /** Builds the immutable {@link IncrementalExportSpecification}. */
        public IncrementalExportSpecification build() {
            return new IncrementalExportSpecification(this);
        }
    }
}
