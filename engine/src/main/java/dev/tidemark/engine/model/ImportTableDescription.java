package dev.tidemark.engine.model;

import java.util.Objects;

/**
 * An import as DescribeImport reports it: its source, the table it creates, its status and counters.
 * Optional values that do not apply yet are null.
 */
public final class ImportTableDescription {
    private final String importArn;
    private final ImportStatus importStatus;
    private final String tableArn;
    private final String tableId;
    private final String clientToken;
    private final S3BucketSource s3BucketSource;
    private final Long errorCount;
    private final String errorFile;
    private final InputFormat inputFormat;
    private final InputFormatOptions inputFormatOptions;
    private final InputCompressionType inputCompressionType;
    private final TableCreationParameters tableCreationParameters;
    private final java.time.Instant startTime;
    private final java.time.Instant endTime;
    private final Long processedSizeBytes;
    private final Long totalSizeBytes;
    private final Long processedItemCount;
    private final Long importedItemCount;
    private final String failureCode;
    private final String failureMessage;

    private ImportTableDescription(Builder b) {
        this.importArn = b.importArn;
        this.importStatus = b.importStatus;
        this.tableArn = b.tableArn;
        this.tableId = b.tableId;
        this.clientToken = b.clientToken;
        this.s3BucketSource = b.s3BucketSource;
        this.errorCount = b.errorCount;
        this.errorFile = b.errorFile;
        this.inputFormat = b.inputFormat;
        this.inputFormatOptions = b.inputFormatOptions;
        this.inputCompressionType = b.inputCompressionType;
        this.tableCreationParameters = b.tableCreationParameters;
        this.startTime = b.startTime;
        this.endTime = b.endTime;
        this.processedSizeBytes = b.processedSizeBytes;
        this.totalSizeBytes = b.totalSizeBytes;
        this.processedItemCount = b.processedItemCount;
        this.importedItemCount = b.importedItemCount;
        this.failureCode = b.failureCode;
        this.failureMessage = b.failureMessage;
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
        b.tableId = tableId;
        b.clientToken = clientToken;
        b.s3BucketSource = s3BucketSource;
        b.errorCount = errorCount;
        b.errorFile = errorFile;
        b.inputFormat = inputFormat;
        b.inputFormatOptions = inputFormatOptions;
        b.inputCompressionType = inputCompressionType;
        b.tableCreationParameters = tableCreationParameters;
        b.startTime = startTime;
        b.endTime = endTime;
        b.processedSizeBytes = processedSizeBytes;
        b.totalSizeBytes = totalSizeBytes;
        b.processedItemCount = processedItemCount;
        b.importedItemCount = importedItemCount;
        b.failureCode = failureCode;
        b.failureMessage = failureMessage;
        return b;
    }

    /** The import's ARN: the table's ARN followed by {@code /import/<id>}. */
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

    /** The id of the table the import creates. */
    public String tableId() {
        return tableId;
    }

    /** The client token the import was requested with, or null. */
    public String clientToken() {
        return clientToken;
    }

    /** Where the import reads from. */
    public S3BucketSource s3BucketSource() {
        return s3BucketSource;
    }

    /** How many records were skipped as invalid. */
    public Long errorCount() {
        return errorCount;
    }

    /** The file listing each skipped record with its reason (Tidemark's stand-in for the CloudWatch log group). */
    public String errorFile() {
        return errorFile;
    }

    /** The format of the source files. */
    public InputFormat inputFormat() {
        return inputFormat;
    }

    /** The CSV options, or null. */
    public InputFormatOptions inputFormatOptions() {
        return inputFormatOptions;
    }

    /** GZIP or NONE. */
    public InputCompressionType inputCompressionType() {
        return inputCompressionType;
    }

    /** The table the import creates. */
    public TableCreationParameters tableCreationParameters() {
        return tableCreationParameters;
    }

    /** When the import was requested. */
    public java.time.Instant startTime() {
        return startTime;
    }

    /** When it finished, or null while it runs. */
    public java.time.Instant endTime() {
        return endTime;
    }

    /** How many bytes of the source files have been read (compressed size for GZIP). */
    public Long processedSizeBytes() {
        return processedSizeBytes;
    }

    /** The total size of the source files (a Tidemark addition, for progress reports). */
    public Long totalSizeBytes() {
        return totalSizeBytes;
    }

    /** How many records have been read, valid or not. */
    public Long processedItemCount() {
        return processedItemCount;
    }

    /** How many items have been written to the table. */
    public Long importedItemCount() {
        return importedItemCount;
    }

    /** Why the import failed, or null. */
    public String failureCode() {
        return failureCode;
    }

    /** A description of the failure, or null. */
    public String failureMessage() {
        return failureMessage;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ImportTableDescription other)) {
            return false;
        }
        return Objects.equals(importArn, other.importArn) && Objects.equals(importStatus, other.importStatus) && Objects.equals(tableArn, other.tableArn) && Objects.equals(tableId, other.tableId) && Objects.equals(clientToken, other.clientToken) && Objects.equals(s3BucketSource, other.s3BucketSource) && Objects.equals(errorCount, other.errorCount) && Objects.equals(errorFile, other.errorFile) && Objects.equals(inputFormat, other.inputFormat) && Objects.equals(inputFormatOptions, other.inputFormatOptions) && Objects.equals(inputCompressionType, other.inputCompressionType) && Objects.equals(tableCreationParameters, other.tableCreationParameters) && Objects.equals(startTime, other.startTime) && Objects.equals(endTime, other.endTime) && Objects.equals(processedSizeBytes, other.processedSizeBytes) && Objects.equals(totalSizeBytes, other.totalSizeBytes) && Objects.equals(processedItemCount, other.processedItemCount) && Objects.equals(importedItemCount, other.importedItemCount) && Objects.equals(failureCode, other.failureCode) && Objects.equals(failureMessage, other.failureMessage);
    }

    @Override
    public int hashCode() {
        return Objects.hash(importArn, importStatus, tableArn, tableId, clientToken, s3BucketSource, errorCount, errorFile, inputFormat, inputFormatOptions, inputCompressionType, tableCreationParameters, startTime, endTime, processedSizeBytes, totalSizeBytes, processedItemCount, importedItemCount, failureCode, failureMessage);
    }

    @Override
    public String toString() {
        return "ImportTableDescription[importArn=" + importArn + ", importStatus=" + importStatus + ", tableArn=" + tableArn + ", tableId=" + tableId + ", clientToken=" + clientToken + ", s3BucketSource=" + s3BucketSource + ", errorCount=" + errorCount + ", errorFile=" + errorFile + ", inputFormat=" + inputFormat + ", inputFormatOptions=" + inputFormatOptions + ", inputCompressionType=" + inputCompressionType + ", tableCreationParameters=" + tableCreationParameters + ", startTime=" + startTime + ", endTime=" + endTime + ", processedSizeBytes=" + processedSizeBytes + ", totalSizeBytes=" + totalSizeBytes + ", processedItemCount=" + processedItemCount + ", importedItemCount=" + importedItemCount + ", failureCode=" + failureCode + ", failureMessage=" + failureMessage + "]";
    }

    /** Builder of {@link ImportTableDescription}; not thread-safe. */
    public static final class Builder {
        private String importArn;
        private ImportStatus importStatus;
        private String tableArn;
        private String tableId;
        private String clientToken;
        private S3BucketSource s3BucketSource;
        private Long errorCount;
        private String errorFile;
        private InputFormat inputFormat;
        private InputFormatOptions inputFormatOptions;
        private InputCompressionType inputCompressionType;
        private TableCreationParameters tableCreationParameters;
        private java.time.Instant startTime;
        private java.time.Instant endTime;
        private Long processedSizeBytes;
        private Long totalSizeBytes;
        private Long processedItemCount;
        private Long importedItemCount;
        private String failureCode;
        private String failureMessage;

        private Builder() {
        }

        /** Sets importArn: the import's ARN: the table's ARN followed by {@code /import/<id>}. */
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

        /** Sets tableId: the id of the table the import creates. */
        public Builder tableId(String tableId) {
            this.tableId = tableId;
            return this;
        }

        /** Sets clientToken: the client token the import was requested with, or null. */
        public Builder clientToken(String clientToken) {
            this.clientToken = clientToken;
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

        /** Sets errorCount: how many records were skipped as invalid. */
        public Builder errorCount(Long errorCount) {
            this.errorCount = errorCount;
            return this;
        }

        /** Sets errorFile: the file listing each skipped record with its reason (Tidemark's stand-in for the CloudWatch log group). */
        public Builder errorFile(String errorFile) {
            this.errorFile = errorFile;
            return this;
        }

        /** Sets inputFormat: the format of the source files. */
        public Builder inputFormat(InputFormat inputFormat) {
            this.inputFormat = inputFormat;
            return this;
        }

        /** Sets inputFormatOptions: the CSV options, or null. */
        public Builder inputFormatOptions(InputFormatOptions inputFormatOptions) {
            this.inputFormatOptions = inputFormatOptions;
            return this;
        }

        /** Sets inputFormatOptions, built by {@code inputFormatOptions}. */
        public Builder inputFormatOptions(java.util.function.Consumer<InputFormatOptions.Builder> inputFormatOptions) {
            InputFormatOptions.Builder b = InputFormatOptions.builder();
            inputFormatOptions.accept(b);
            this.inputFormatOptions = b.build();
            return this;
        }

        /** Sets inputCompressionType: gZIP or NONE. */
        public Builder inputCompressionType(InputCompressionType inputCompressionType) {
            this.inputCompressionType = inputCompressionType;
            return this;
        }

        /** Sets tableCreationParameters: the table the import creates. */
        public Builder tableCreationParameters(TableCreationParameters tableCreationParameters) {
            this.tableCreationParameters = tableCreationParameters;
            return this;
        }

        /** Sets tableCreationParameters, built by {@code tableCreationParameters}. */
        public Builder tableCreationParameters(java.util.function.Consumer<TableCreationParameters.Builder> tableCreationParameters) {
            TableCreationParameters.Builder b = TableCreationParameters.builder();
            tableCreationParameters.accept(b);
            this.tableCreationParameters = b.build();
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

        /** Sets processedSizeBytes: how many bytes of the source files have been read (compressed size for GZIP). */
        public Builder processedSizeBytes(Long processedSizeBytes) {
            this.processedSizeBytes = processedSizeBytes;
            return this;
        }

        /** Sets totalSizeBytes: the total size of the source files (a Tidemark addition, for progress reports). */
        public Builder totalSizeBytes(Long totalSizeBytes) {
            this.totalSizeBytes = totalSizeBytes;
            return this;
        }

        /** Sets processedItemCount: how many records have been read, valid or not. */
        public Builder processedItemCount(Long processedItemCount) {
            this.processedItemCount = processedItemCount;
            return this;
        }

        /** Sets importedItemCount: how many items have been written to the table. */
        public Builder importedItemCount(Long importedItemCount) {
            this.importedItemCount = importedItemCount;
            return this;
        }

        /** Sets failureCode: why the import failed, or null. */
        public Builder failureCode(String failureCode) {
            this.failureCode = failureCode;
            return this;
        }

        /** Sets failureMessage: a description of the failure, or null. */
        public Builder failureMessage(String failureMessage) {
            this.failureMessage = failureMessage;
            return this;
        }

        /** Builds the immutable {@link ImportTableDescription}. */
        public ImportTableDescription build() {
            return new ImportTableDescription(this);
        }
    }
}
