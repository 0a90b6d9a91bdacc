package dev.tidemark.engine;

import java.util.Objects;

/**
 * Describes a table's continuous backups and point-in-time recovery.
 */
public final class DescribeContinuousBackupsRequest {
    private final String tableName;

    private DescribeContinuousBackupsRequest(Builder b) {
        this.tableName = b.tableName;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.tableName = tableName;
        return b;
    }

    /** The table. */
    public String tableName() {
        return tableName;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof DescribeContinuousBackupsRequest other)) {
            return false;
        }
        return Objects.equals(tableName, other.tableName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tableName);
    }

    @Override
    public String toString() {
        return "DescribeContinuousBackupsRequest[" + "tableName=" + tableName + "]";
    }

    /** Builder of {@link DescribeContinuousBackupsRequest}; not thread-safe. */
    public static final class Builder {
        private String tableName;

        private Builder() {
        }

        /** Sets tableName: the table. */
        public Builder tableName(String tableName) {
            this.tableName = tableName;
            return this;
        }

        /** Builds the immutable {@link DescribeContinuousBackupsRequest}. */
        public DescribeContinuousBackupsRequest build() {
            return new DescribeContinuousBackupsRequest(this);
        }
    }
}
