package dev.tidemark.engine;

import dev.tidemark.engine.model.TableDescription;
import java.util.Objects;

/**
 * The result of DescribeTable.
 */
public final class DescribeTableResult {
    private final TableDescription table;

    private DescribeTableResult(Builder b) {
        this.table = b.table;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.table = table;
        return b;
    }

    /** The table. */
    public TableDescription table() {
        return table;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof DescribeTableResult other)) {
            return false;
        }
        return Objects.equals(table, other.table);
    }

    @Override
    public int hashCode() {
        return Objects.hash(table);
    }

    @Override
    public String toString() {
        return "DescribeTableResult[table=" + table + "]";
    }

    /** Builder of {@link DescribeTableResult}; not thread-safe. */
    public static final class Builder {
        private TableDescription table;

        private Builder() {
        }

        /** Sets table: the table. */
        public Builder table(TableDescription table) {
            this.table = table;
            return this;
        }

        /** Builds the immutable {@link DescribeTableResult}. */
        public DescribeTableResult build() {
            return new DescribeTableResult(this);
        }
    }
}
