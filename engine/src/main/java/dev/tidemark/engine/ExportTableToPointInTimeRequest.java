package dev.tidemark.engine;

import dev.tidemark.engine.model.ExportFormat;
import dev.tidemark.engine.model.ExportType;
import dev.tidemark.engine.model.IncrementalExportSpecification;
import java.time.Instant;
import java.util.Objects;

/**
 * Exports a table, as of a point in time or the changes of a window, to a directory in the background.
 */
public final class ExportTableToPointInTimeRequest {
    private final String tableArn;
    private final Instant exportTime;
    private final String clientToken;
    private final String s3Bucket;
    private final String s3Prefix;
    private final ExportFormat exportFormat;
    private final ExportType exportType;
    private final IncrementalExportSpecification incrementalExportSpecification;

    private ExportTableToPointInTimeRequest(Builder b) {
        this.tableArn = b.tableArn;
        this.exportTime = b.exportTime;
        this.clientToken = b.clientToken;
        this.s3Bucket = b.s3Bucket;
        this.s3Prefix = b.s3Prefix;
        this.exportFormat = b.exportFormat;
        this.exportType = b.exportType;
        this.incrementalExportSpecification = b.incrementalExportSpecification;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.tableArn = tableArn;
        b.exportTime = exportTime;
        b.clientToken = clientToken;
        b.s3Bucket = s3Bucket;
        b.s3Prefix = s3Prefix;
        b.exportFormat = exportFormat;
        b.exportType = exportType;
        b.incrementalExportSpecification = incrementalExportSpecification;
        return b;
    }

    /** The table's ARN. */
    public String tableArn() {
        return tableArn;
    }

    /** The point in time of a full export; now when null. */
    public Instant exportTime() {
        return exportTime;
    }

    /** Idempotency token (8 hours), or null. */
    public String clientToken() {
        return clientToken;
    }

    /** The bucket: a local directory path, created if missing. */
    public String s3Bucket() {
        return s3Bucket;
    }

    /** A key prefix (sub-directories) under the bucket, or null. */
    public String s3Prefix() {
        return s3Prefix;
    }

    /** DYNAMODB_JSON (the default when null); ION is not supported. */
    public ExportFormat exportFormat() {
        return exportFormat;
    }

    /** FULL_EXPORT (the default when null) or INCREMENTAL_EXPORT. */
    public ExportType exportType() {
        return exportType;
    }

    /** The window of an incremental export. */
    public IncrementalExportSpecification incrementalExportSpecification() {
        return incrementalExportSpecification;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ExportTableToPointInTimeRequest other)) {
            return false;
        }
        return Objects.equals(tableArn, other.tableArn)
            && Objects.equals(exportTime, other.exportTime)
            && Objects.equals(clientToken, other.clientToken)
            && Objects.equals(s3Bucket, other.s3Bucket)
            && Objects.equals(s3Prefix, other.s3Prefix)
            && Objects.equals(exportFormat, other.exportFormat)
            && Objects.equals(exportType, other.exportType)
            && Objects.equals(incrementalExportSpecification, other.incrementalExportSpecification);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tableArn, exportTime, clientToken, s3Bucket, s3Prefix, exportFormat, exportType, incrementalExportSpecification);
    }

    @Override
    public String toString() {
        return "ExportTableToPointInTimeRequest[" + "tableArn=" + tableArn + ", exportTime=" + exportTime + ", clientToken=" + clientToken + ", s3Bucket=" + s3Bucket + ", s3Prefix=" + s3Prefix + ", exportFormat=" + exportFormat + ", exportType=" + exportType + ", incrementalExportSpecification=" + incrementalExportSpecification + "]";
    }

    /** Builder of {@link ExportTableToPointInTimeRequest}; not thread-safe. */
    public static final class Builder {
        private String tableArn;
        private Instant exportTime;
        private String clientToken;
        private String s3Bucket;
        private String s3Prefix;
        private ExportFormat exportFormat;
        private ExportType exportType;
        private IncrementalExportSpecification incrementalExportSpecification;

        private Builder() {
        }

        /** Sets tableArn: the table's ARN. */
        public Builder tableArn(String tableArn) {
            this.tableArn = tableArn;
            return this;
        }

        /** Sets exportTime: the point in time of a full export; now when null. */
        public Builder exportTime(Instant exportTime) {
            this.exportTime = exportTime;
            return this;
        }

        /** Sets clientToken: idempotency token (8 hours), or null. */
        public Builder clientToken(String clientToken) {
            this.clientToken = clientToken;
            return this;
        }

        /** Sets s3Bucket: the bucket: a local directory path, created if missing. */
        public Builder s3Bucket(String s3Bucket) {
            this.s3Bucket = s3Bucket;
            return this;
        }

        /** Sets s3Prefix: a key prefix (sub-directories) under the bucket, or null. */
        public Builder s3Prefix(String s3Prefix) {
            this.s3Prefix = s3Prefix;
            return this;
        }

        /** Sets exportFormat: dYNAMODB_JSON (the default when null); ION is not supported. */
        public Builder exportFormat(ExportFormat exportFormat) {
            this.exportFormat = exportFormat;
            return this;
        }

        /** Sets exportType: fULL_EXPORT (the default when null) or INCREMENTAL_EXPORT. */
        public Builder exportType(ExportType exportType) {
            this.exportType = exportType;
            return this;
        }

        /** Sets incrementalExportSpecification: the window of an incremental export. */
        public Builder incrementalExportSpecification(IncrementalExportSpecification incrementalExportSpecification) {
            this.incrementalExportSpecification = incrementalExportSpecification;
            return this;
        }

        /** Builds the immutable {@link ExportTableToPointInTimeRequest}. */
        public ExportTableToPointInTimeRequest build() {
            return new ExportTableToPointInTimeRequest(this);
        }
    }
}
