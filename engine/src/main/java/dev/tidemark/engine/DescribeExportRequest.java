package dev.tidemark.engine;

import java.util.Objects;

/**
 * Describes an export.
 */
public final class DescribeExportRequest {
    private final String exportArn;

    private DescribeExportRequest(Builder b) {
        this.exportArn = b.exportArn;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.exportArn = exportArn;
        return b;
    }

    /** The export's ARN. */
    public String exportArn() {
        return exportArn;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof DescribeExportRequest other)) {
            return false;
        }
        return Objects.equals(exportArn, other.exportArn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(exportArn);
    }

    @Override
    public String toString() {
        return "DescribeExportRequest[" + "exportArn=" + exportArn + "]";
    }

    /** Builder of {@link DescribeExportRequest}; not thread-safe. */
    public static final class Builder {
        private String exportArn;

        private Builder() {
        }

        /** Sets exportArn: the export's ARN. */
        public Builder exportArn(String exportArn) {
            this.exportArn = exportArn;
            return this;
        }

        /** Builds the immutable {@link DescribeExportRequest}. */
        public DescribeExportRequest build() {
            return new DescribeExportRequest(this);
        }
    }
}
