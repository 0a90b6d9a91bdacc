package dev.tidemark.engine;

import java.util.Objects;

/**
 * Asks for a table's time-to-live setting.
 */
public final class DescribeTimeToLiveRequest {
    private final String tableName;

    private DescribeTimeToLiveRequest(Builder b) {
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

    /** The table's name. */
    public String tableName() {
        return tableName;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof DescribeTimeToLiveRequest other)) {
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
        return "DescribeTimeToLiveRequest[" + "tableName=" + tableName + "]";
    }

    /** Builder of {@link DescribeTimeToLiveRequest}; not thread-safe. */
    public static final class Builder {
        private String tableName;

        private Builder() {
        }

        /** Sets tableName: the table's name. */
        public Builder tableName(String tableName) {
            this.tableName = tableName;
            return this;
        }

        /** Builds the immutable {@link DescribeTimeToLiveRequest}. */
        public DescribeTimeToLiveRequest build() {
            return new DescribeTimeToLiveRequest(this);
        }
    }
}
