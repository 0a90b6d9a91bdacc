package dev.tidemark.engine;

import dev.tidemark.engine.model.InputCompressionType;
import dev.tidemark.engine.model.InputFormat;
import dev.tidemark.engine.model.InputFormatOptions;
import dev.tidemark.engine.model.S3BucketSource;
import dev.tidemark.engine.model.TableCreationParameters;
import java.util.Objects;

/**
 * Creates a new table and loads it from files in the background (DynamoDB's ImportTable, reading a
 * local directory instead of S3; see {@link S3BucketSource}).
 */
public final class ImportTableRequest {
    private final String clientToken;
    private final S3BucketSource s3BucketSource;
    private final InputFormat inputFormat;
    private final InputFormatOptions inputFormatOptions;
    private final InputCompressionType inputCompressionType;
    private final TableCreationParameters tableCreationParameters;

    private ImportTableRequest(Builder b) {
        this.clientToken = b.clientToken;
        this.s3BucketSource = b.s3BucketSource;
        this.inputFormat = b.inputFormat;
        this.inputFormatOptions = b.inputFormatOptions;
        this.inputCompressionType = b.inputCompressionType;
        this.tableCreationParameters = b.tableCreationParameters;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.clientToken = clientToken;
        b.s3BucketSource = s3BucketSource;
        b.inputFormat = inputFormat;
        b.inputFormatOptions = inputFormatOptions;
        b.inputCompressionType = inputCompressionType;
        b.tableCreationParameters = tableCreationParameters;
        return b;
    }

    /** Makes the request idempotent: the same token with the same parameters returns the first import. */
    public String clientToken() {
        return clientToken;
    }

    /** Where the files are. */
    public S3BucketSource s3BucketSource() {
        return s3BucketSource;
    }

    /** DYNAMODB_JSON or CSV. */
    public InputFormat inputFormat() {
        return inputFormat;
    }

    /** CSV options, or null. */
    public InputFormatOptions inputFormatOptions() {
        return inputFormatOptions;
    }

    /** GZIP or NONE (the default when null). */
    public InputCompressionType inputCompressionType() {
        return inputCompressionType;
    }

    /** The table to create. */
    public TableCreationParameters tableCreationParameters() {
        return tableCreationParameters;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ImportTableRequest other)) {
            return false;
        }
        return Objects.equals(clientToken, other.clientToken) && Objects.equals(s3BucketSource, other.s3BucketSource) && Objects.equals(inputFormat, other.inputFormat) && Objects.equals(inputFormatOptions, other.inputFormatOptions) && Objects.equals(inputCompressionType, other.inputCompressionType) && Objects.equals(tableCreationParameters, other.tableCreationParameters);
    }

    @Override
    public int hashCode() {
        return Objects.hash(clientToken, s3BucketSource, inputFormat, inputFormatOptions, inputCompressionType, tableCreationParameters);
    }

    @Override
    public String toString() {
        return "ImportTableRequest[clientToken=" + clientToken + ", s3BucketSource=" + s3BucketSource + ", inputFormat=" + inputFormat + ", inputFormatOptions=" + inputFormatOptions + ", inputCompressionType=" + inputCompressionType + ", tableCreationParameters=" + tableCreationParameters + "]";
    }

    /** Builder of {@link ImportTableRequest}; not thread-safe. */
    public static final class Builder {
        private String clientToken;
        private S3BucketSource s3BucketSource;
        private InputFormat inputFormat;
        private InputFormatOptions inputFormatOptions;
        private InputCompressionType inputCompressionType;
        private TableCreationParameters tableCreationParameters;

        private Builder() {
        }

        /** Sets clientToken: makes the request idempotent: the same token with the same parameters returns the first import. */
        public Builder clientToken(String clientToken) {
            this.clientToken = clientToken;
            return this;
        }

        /** Sets s3BucketSource: where the files are. */
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

        /** Sets inputFormat: dYNAMODB_JSON or CSV. */
        public Builder inputFormat(InputFormat inputFormat) {
            this.inputFormat = inputFormat;
            return this;
        }

        /** Sets inputFormatOptions: cSV options, or null. */
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

        /** Sets inputCompressionType: gZIP or NONE (the default when null). */
        public Builder inputCompressionType(InputCompressionType inputCompressionType) {
            this.inputCompressionType = inputCompressionType;
            return this;
        }

        /** Sets tableCreationParameters: the table to create. */
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

        /** Builds the immutable {@link ImportTableRequest}. */
        public ImportTableRequest build() {
            return new ImportTableRequest(this);
        }
    }
}
