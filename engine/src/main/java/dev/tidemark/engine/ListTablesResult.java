package dev.tidemark.engine;

import java.util.List;
import java.util.Objects;

/**
 * One page of table names.
 */
public final class ListTablesResult {
    private final List<String> tableNames;
    private final String lastEvaluatedTableName;

    private ListTablesResult(Builder b) {
        this.tableNames = b.tableNames == null ? null : List.copyOf(b.tableNames);
        this.lastEvaluatedTableName = b.lastEvaluatedTableName;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.tableNames = tableNames;
        b.lastEvaluatedTableName = lastEvaluatedTableName;
        return b;
    }

    /** Names in this page, in order. */
    public List<String> tableNames() {
        return tableNames;
    }

    /** The last name of this page when more may follow, else null. */
    public String lastEvaluatedTableName() {
        return lastEvaluatedTableName;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ListTablesResult other)) {
            return false;
        }
        return Objects.equals(tableNames, other.tableNames) && Objects.equals(lastEvaluatedTableName, other.lastEvaluatedTableName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tableNames, lastEvaluatedTableName);
    }

    @Override
    public String toString() {
        return "ListTablesResult[tableNames=" + tableNames + ", lastEvaluatedTableName=" + lastEvaluatedTableName + "]";
    }

    /** Builder of {@link ListTablesResult}; not thread-safe. */
    public static final class Builder {
        private List<String> tableNames;
        private String lastEvaluatedTableName;

        private Builder() {
        }

        /** Sets tableNames: names in this page, in order. */
        public Builder tableNames(List<String> tableNames) {
            this.tableNames = tableNames;
            return this;
        }

        /** Sets tableNames from the given elements. */
        public Builder tableNames(String... tableNames) {
            this.tableNames = List.of(tableNames);
            return this;
        }

        /** Sets lastEvaluatedTableName: the last name of this page when more may follow, else null. */
        public Builder lastEvaluatedTableName(String lastEvaluatedTableName) {
            this.lastEvaluatedTableName = lastEvaluatedTableName;
            return this;
        }

        /** Builds the immutable {@link ListTablesResult}. */
        public ListTablesResult build() {
            return new ListTablesResult(this);
        }
    }
}
