package dev.tidemark.engine;

import java.util.Objects;

/**
 * Asks for the state of one import.
 */
public final class DescribeImportRequest {
    private final String importArn;

    private DescribeImportRequest(Builder b) {
        this.importArn = b.importArn;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.importArn = importArn;
        return b;
    }

    /** The import's ARN. */
    public String importArn() {
        return importArn;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof DescribeImportRequest other)) {
            return false;
        }
        return Objects.equals(importArn, other.importArn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(importArn);
    }

    @Override
    public String toString() {
        return "DescribeImportRequest[importArn=" + importArn + "]";
    }

    /** Builder of {@link DescribeImportRequest}; not thread-safe. */
    public static final class Builder {
        private String importArn;

        private Builder() {
        }

        /** Sets importArn: the import's ARN. */
        public Builder importArn(String importArn) {
            this.importArn = importArn;
            return this;
        }

        /** Builds the immutable {@link DescribeImportRequest}. */
        public DescribeImportRequest build() {
            return new DescribeImportRequest(this);
        }
    }
}
