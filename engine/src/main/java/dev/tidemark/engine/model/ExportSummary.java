package dev.tidemark.engine.model;

import java.util.Objects;

/**
 * One export in a ListExports page.
 */
public final class ExportSummary {
    private final String exportArn;
    private final ExportStatus exportStatus;
    private final ExportType exportType;

    private ExportSummary(Builder b) {
        this.exportArn = b.exportArn;
        this.exportStatus = b.exportStatus;
        this.exportType = b.exportType;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.exportArn = exportArn;
        b.exportStatus = exportStatus;
        b.exportType = exportType;
        return b;
    }

    /** The export's ARN. */
    public String exportArn() {
        return exportArn;
    }

    /** Its state. */
    public ExportStatus exportStatus() {
        return exportStatus;
    }

    /** Its type. */
    public ExportType exportType() {
        return exportType;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ExportSummary other)) {
            return false;
        }
        return Objects.equals(exportArn, other.exportArn)
            && Objects.equals(exportStatus, other.exportStatus)
            && Objects.equals(exportType, other.exportType);
    }

    @Override
    public int hashCode() {
        return Objects.hash(exportArn, exportStatus, exportType);
    }

    @Override
    public String toString() {
        return "ExportSummary[" + "exportArn=" + exportArn + ", exportStatus=" + exportStatus + ", exportType=" + exportType + "]";
    }

    /** Builder of {@link ExportSummary}; not thread-safe. */
    public static final class Builder {
        private String exportArn;
        private ExportStatus exportStatus;
        private ExportType exportType;

        private Builder() {
        }

        /** Sets exportArn: the export's ARN. */
        public Builder exportArn(String exportArn) {
            this.exportArn = exportArn;
            return this;
        }

        /** Sets exportStatus: its state. */
        public Builder exportStatus(ExportStatus exportStatus) {
            this.exportStatus = exportStatus;
            return this;
        }

        /** Sets exportType: its type. */
        public Builder exportType(ExportType exportType) {
            this.exportType = exportType;
            return this;
        }

        /** Builds the immutable {@link ExportSummary}. */
        public ExportSummary build() {
            return new ExportSummary(this);
        }
    }
}
