package dev.tidemark.engine.model;

import java.util.Objects;

/**
 * One import as ListImports reports it.
 */
public final class ImportSummary {
    private final String importArn;
    private final ImportStatus importStatus;
    private final String tableArn;
    private final S3BucketSource s3BucketSource;
    private final InputFormat inputFormat;
    private final java.time.Instant startTime;
    private final java.time.Instant endTime;

    private ImportSummary(Builder b) {
        this.importArn = b.importArn;
        this.importStatus = b.importStatus;
        this.tableArn = b.tableArn;
        this.s3BucketSource = b.s3BucketSource;
        this.inputFormat = b.inputFormat;
        this.startTime = b.startTime;
        this.endTime = b.endTime;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.importArn = importArn;
        b.importStatus = importStatus;
        b.tableArn = tableArn;
        b.s3BucketSource = s3BucketSource;
        b.inputFormat = inputFormat;
        b.startTime = startTime;
        b.endTime = endTime;
        return b;
    }

    /** The import's ARN. */
    public String importArn() {
        return importArn;
    }

    /** IN_PROGRESS, COMPLETED or FAILED. */
    public ImportStatus importStatus() {
        return importStatus;
    }

    /** The ARN of the table the import creates. */
    public String tableArn() {
        return tableArn;
    }

    /** Where the import reads from. */
    public S3BucketSource s3BucketSource() {
        return s3BucketSource;
    }

    /** The format of the source files. */
    public InputFormat inputFormat() {
        return inputFormat;
    }

    /** When the import was requested. */
    public java.time.Instant startTime() {
        return startTime;
    }

    /** When it finished, or null while it runs. */
    public java.time.Instant endTime() {
        return endTime;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ImportSummary other)) {
            return false;
        }
        return Objects.equals(importArn, other.importArn) && Objects.equals(importStatus, other.importStatus) && Objects.equals(tableArn, other.tableArn) && Objects.equals(s3BucketSource, other.s3BucketSource) && Objects.equals(inputFormat, other.inputFormat) && Objects.equals(startTime, other.startTime) && Objects.equals(endTime, other.endTime);
    }

    @Override
    public int hashCode() {
        return Objects.hash(importArn, importStatus, tableArn, s3BucketSource, inputFormat, startTime, endTime);
    }

    @Override
    public String toString() {
        return "ImportSummary[importArn=" + importArn + ", importStatus=" + importStatus + ", tableArn=" + tableArn + ", s3BucketSource=" + s3BucketSource + ", inputFormat=" + inputFormat + ", startTime=" + startTime + ", endTime=" + endTime + "]";
    }

    /** Builder of {@link ImportSummary}; not thread-safe. */
    public static final class Builder {
        private String importArn;
        private ImportStatus importStatus;
        private String tableArn;
        private S3BucketSource s3BucketSource;
        private InputFormat inputFormat;
        private java.time.Instant startTime;
        private java.time.Instant endTime;

        private Builder() {
        }

        /** Sets importArn: the import's ARN. */
        public Builder importArn(String importArn) {
            this.importArn = importArn;
            return this;
        }

        /** Sets importStatus: iN_PROGRESS, COMPLETED or FAILED. */
        public Builder importStatus(ImportStatus importStatus) {
            this.importStatus = importStatus;
            return this;
        }

        /** Sets tableArn: the ARN of the table the import creates. */
        public Builder tableArn(String tableArn) {
            this.tableArn = tableArn;
            return this;
        }

        /** Sets s3BucketSource: where the import reads from. */
        public Builder s3BucketSource(S3BucketSource s3BucketSource) {
            this.s3BucketSource = s3BucketSource;
            return this;
        }

        /** Sets s3BucketSource, built by {@code s3BucketSource}. */
        public Builder s3BucketSource(java.util.function.Consumer<S3BucketSource.Builder> s3BucketSource) {
            S3BucketSource.Builder b = S3BucketSource.builder();
            s3BucketSource.accept(b);
            this.s3BucketSource = b.build();
            return this;
        }

        /** Sets inputFormat: the format of the source files. */
        public Builder inputFormat(InputFormat inputFormat) {
            this.inputFormat = inputFormat;
            return this;
        }

        /** Sets startTime: when the import was requested. */
        public Builder startTime(java.time.Instant startTime) {
            this.startTime = startTime;
            return this;
        }

        /** Sets endTime: when it finished, or null while it runs. */
        public Builder endTime(java.time.Instant endTime) {
            this.endTime = endTime;
            return this;
        }

        /** Builds the immutable {@link ImportSummary}. */
        public ImportSummary build() {
            return new ImportSummary(this);
        }
    }
}
