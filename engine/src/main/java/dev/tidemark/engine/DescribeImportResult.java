package dev.tidemark.engine;

import dev.tidemark.engine.model.ImportTableDescription;
import java.util.Objects;

/**
 * The state of one import.
 */
public final class DescribeImportResult {
    private final ImportTableDescription importTableDescription;

    private DescribeImportResult(Builder b) {
        this.importTableDescription = b.importTableDescription;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.importTableDescription = importTableDescription;
        return b;
    }

    /** The import's description. */
    public ImportTableDescription importTableDescription() {
        return importTableDescription;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof DescribeImportResult other)) {
            return false;
        }
        return Objects.equals(importTableDescription, other.importTableDescription);
    }

    @Override
    public int hashCode() {
        return Objects.hash(importTableDescription);
    }

    @Override
    public String toString() {
        return "DescribeImportResult[importTableDescription=" + importTableDescription + "]";
    }

    /** Builder of {@link DescribeImportResult}; not thread-safe. */
    public static final class Builder {
        private ImportTableDescription importTableDescription;

        private Builder() {
        }

        /** Sets importTableDescription: the import's description. */
        public Builder importTableDescription(ImportTableDescription importTableDescription) {
            this.importTableDescription = importTableDescription;
            return this;
        }

        /** Sets importTableDescription, built by {@code importTableDescription}. */
        public Builder importTableDescription(java.util.function.Consumer<ImportTableDescription.Builder> importTableDescription) {
            ImportTableDescription.Builder b = ImportTableDescription.builder();
            importTableDescription.accept(b);
            this.importTableDescription = b.build();
            return this;
        }

        /** Builds the immutable {@link DescribeImportResult}. */
        public DescribeImportResult build() {
            return new DescribeImportResult(this);
        }
    }
}
