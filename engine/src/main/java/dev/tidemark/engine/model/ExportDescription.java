package dev.tidemark.engine.model;

import java.time.Instant;
import java.util.Objects;

/**
 * An export: where it writes, what it covers and how far it got.
 */
public final class ExportDescription {
    private final String exportArn;
    private final ExportStatus exportStatus;
    private final Instant startTime;
    private final Instant endTime;
    private final String exportManifest;
    private final String tableArn;
    private final String tableId;
    private final Instant exportTime;
    private final String clientToken;
    private final String s3Bucket;
    private final String s3Prefix;
    private final String failureCode;
    private final String failureMessage;
    private final ExportFormat exportFormat;
    private final Long billedSizeBytes;
    private final Long itemCount;
    private final ExportType exportType;
    private final IncrementalExportSpecification incrementalExportSpecification;

    private ExportDescription(Builder b) {
        this.exportArn = b.exportArn;
        this.exportStatus = b.exportStatus;
        this.startTime = b.startTime;
        this.endTime = b.endTime;
        this.exportManifest = b.exportManifest;
        this.tableArn = b.tableArn;
        this.tableId = b.tableId;
        this.exportTime = b.exportTime;
        this.clientToken = b.clientToken;
        this.s3Bucket = b.s3Bucket;
        this.s3Prefix = b.s3Prefix;
        this.failureCode = b.failureCode;
        this.failureMessage = b.failureMessage;
        this.exportFormat = b.exportFormat;
        this.billedSizeBytes = b.billedSizeBytes;
        this.itemCount = b.itemCount;
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
        b.exportArn = exportArn;
        b.exportStatus = exportStatus;
        b.startTime = startTime;
        b.endTime = endTime;
        b.exportManifest = exportManifest;
        b.tableArn = tableArn;
        b.tableId = tableId;
        b.exportTime = exportTime;
        b.clientToken = clientToken;
        b.s3Bucket = s3Bucket;
        b.s3Prefix = s3Prefix;
        b.failureCode = failureCode;
        b.failureMessage = failureMessage;
        b.exportFormat = exportFormat;
        b.billedSizeBytes = billedSizeBytes;
        b.itemCount = itemCount;
        b.exportType = exportType;
        b.incrementalExportSpecification = incrementalExportSpecification;
        return b;
    }

    /** The export's ARN, {@code <table-arn>/export/<id>}. */
    public String exportArn() {
        return exportArn;
    }

    /** IN_PROGRESS, COMPLETED or FAILED. */
    public ExportStatus exportStatus() {
        return exportStatus;
    }

    /** When the export started. */
    public Instant startTime() {
        return startTime;
    }

    /** When it finished, or null. */
    public Instant endTime() {
        return endTime;
    }

    /** The manifest-summary.json key, relative to the bucket directory. */
    public String exportManifest() {
        return exportManifest;
    }

    /** The exported table's ARN. */
    public String tableArn() {
        return tableArn;
    }

    /** The exported table's id. */
    public String tableId() {
        return tableId;
    }

    /** The point in time of a full export. */
    public Instant exportTime() {
        return exportTime;
    }

    /** The idempotency token. */
    public String clientToken() {
        return clientToken;
    }

    /** The bucket: a local directory path. */
    public String s3Bucket() {
        return s3Bucket;
    }

    /** The key prefix under the bucket, or null. */
    public String s3Prefix() {
        return s3Prefix;
    }

    /** Why the export failed, or null. */
    public String failureCode() {
        return failureCode;
    }

    /** The failure's details, or null. */
    public String failureMessage() {
        return failureMessage;
    }

    /** The data format. */
    public ExportFormat exportFormat() {
        return exportFormat;
    }

    /** Bytes of item data exported. */
    public Long billedSizeBytes() {
        return billedSizeBytes;
    }

    /** Number of items (full export) or change records (incremental export) written. */
    public Long itemCount() {
        return itemCount;
    }

    /** FULL_EXPORT or INCREMENTAL_EXPORT. */
    public ExportType exportType() {
        return exportType;
    }

    /** The window of an incremental export, or null. */
    public IncrementalExportSpecification incrementalExportSpecification() {
        return incrementalExportSpecification;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ExportDescription other)) {
            return false;
        }
        return Objects.equals(exportArn, other.exportArn)
            && Objects.equals(exportStatus, other.exportStatus)
            && Objects.equals(startTime, other.startTime)
            && Objects.equals(endTime, other.endTime)
            && Objects.equals(exportManifest, other.exportManifest)
            && Objects.equals(tableArn, other.tableArn)
            && Objects.equals(tableId, other.tableId)
            && Objects.equals(exportTime, other.exportTime)
            && Objects.equals(clientToken, other.clientToken)
            && Objects.equals(s3Bucket, other.s3Bucket)
            && Objects.equals(s3Prefix, other.s3Prefix)
            && Objects.equals(failureCode, other.failureCode)
            && Objects.equals(failureMessage, other.failureMessage)
            && Objects.equals(exportFormat, other.exportFormat)
            && Objects.equals(billedSizeBytes, other.billedSizeBytes)
            && Objects.equals(itemCount, other.itemCount)
            && Objects.equals(exportType, other.exportType)
            && Objects.equals(incrementalExportSpecification, other.incrementalExportSpecification);
    }

    @Override
    public int hashCode() {
        return Objects.hash(exportArn, exportStatus, startTime, endTime, exportManifest, tableArn, tableId, exportTime, clientToken, s3Bucket, s3Prefix, failureCode, failureMessage, exportFormat, billedSizeBytes, itemCount, exportType, incrementalExportSpecification);
    }

    @Override
    public String toString() {
        return "ExportDescription[" + "exportArn=" + exportArn + ", exportStatus=" + exportStatus + ", startTime=" + startTime + ", endTime=" + endTime + ", exportManifest=" + exportManifest + ", tableArn=" + tableArn + ", tableId=" + tableId + ", exportTime=" + exportTime + ", clientToken=" + clientToken + ", s3Bucket=" + s3Bucket + ", s3Prefix=" + s3Prefix + ", failureCode=" + failureCode + ", failureMessage=" + failureMessage + ", exportFormat=" + exportFormat + ", billedSizeBytes=" + billedSizeBytes + ", itemCount=" + itemCount + ", exportType=" + exportType + ", incrementalExportSpecification=" + incrementalExportSpecification + "]";
    }

    /** Builder of {@link ExportDescription}; not thread-safe. */
    public static final class Builder {
        private String exportArn;
        private ExportStatus exportStatus;
        private Instant startTime;
        private Instant endTime;
        private String exportManifest;
        private String tableArn;
        private String tableId;
        private Instant exportTime;
        private String clientToken;
        private String s3Bucket;
        private String s3Prefix;
        private String failureCode;
        private String failureMessage;
        private ExportFormat exportFormat;
        private Long billedSizeBytes;
        private Long itemCount;
        private ExportType exportType;
        private IncrementalExportSpecification incrementalExportSpecification;

        private Builder() {
        }

        /** Sets exportArn: the export's ARN, {@code <table-arn>/export/<id>}. */
        public Builder exportArn(String exportArn) {
            this.exportArn = exportArn;
            return this;
        }

        /** Sets exportStatus: iN_PROGRESS, COMPLETED or FAILED. */
        public Builder exportStatus(ExportStatus exportStatus) {
            this.exportStatus = exportStatus;
            return this;
        }

        /** Sets startTime: when the export started. */
        public Builder startTime(Instant startTime) {
            this.startTime = startTime;
            return this;
        }

        /** Sets endTime: when it finished, or null. */
        public Builder endTime(Instant endTime) {
            this.endTime = endTime;
            return this;
        }

        /** Sets exportManifest: the manifest-summary.json key, relative to the bucket directory. */
        public Builder exportManifest(String exportManifest) {
            this.exportManifest = exportManifest;
            return this;
        }

        /** Sets tableArn: the exported table's ARN. */
        public Builder tableArn(String tableArn) {
            this.tableArn = tableArn;
            return this;
        }

        /** Sets tableId: the exported table's id. */
        public Builder tableId(String tableId) {
            this.tableId = tableId;
            return this;
        }

        /** Sets exportTime: the point in time of a full export. */
        public Builder exportTime(Instant exportTime) {
            this.exportTime = exportTime;
            return this;
        }

        /** Sets clientToken: the idempotency token. */
        public Builder clientToken(String clientToken) {
            this.clientToken = clientToken;
            return this;
        }

        /** Sets s3Bucket: the bucket: a local directory path. */
        public Builder s3Bucket(String s3Bucket) {
            this.s3Bucket = s3Bucket;
            return this;
        }

        /** Sets s3Prefix: the key prefix under the bucket, or null. */
        public Builder s3Prefix(String s3Prefix) {
            this.s3Prefix = s3Prefix;
            return this;
        }

        /** Sets failureCode: why the export failed, or null. */
        public Builder failureCode(String failureCode) {
            this.failureCode = failureCode;
            return this;
        }

        /** Sets failureMessage: the failure's details, or null. */
        public Builder failureMessage(String failureMessage) {
            this.failureMessage = failureMessage;
            return this;
        }

        /** Sets exportFormat: the data format. */
        public Builder exportFormat(ExportFormat exportFormat) {
            this.exportFormat = exportFormat;
            return this;
        }

        /** Sets billedSizeBytes: bytes of item data exported. */
        public Builder billedSizeBytes(Long billedSizeBytes) {
            this.billedSizeBytes = billedSizeBytes;
            return this;
        }

        /** Sets itemCount: number of items (full export) or change records (incremental export) written. */
        public Builder itemCount(Long itemCount) {
            this.itemCount = itemCount;
            return this;
        }

        /** Sets exportType: fULL_EXPORT or INCREMENTAL_EXPORT. */
        public Builder exportType(ExportType exportType) {
            this.exportType = exportType;
            return this;
        }

        /** Sets incrementalExportSpecification: the window of an incremental export, or null. */
        public Builder incrementalExportSpecification(IncrementalExportSpecification incrementalExportSpecification) {
            this.incrementalExportSpecification = incrementalExportSpecification;
            return this;
        }

        /** Builds the immutable {@link ExportDescription}. */
        public ExportDescription build() {
            return new ExportDescription(this);
        }
    }
}
