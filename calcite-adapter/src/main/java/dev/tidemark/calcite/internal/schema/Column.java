package dev.tidemark.calcite.internal.schema;

/**
 * One SQL column of a Tidemark table.
 *
 * @param name the column name, equal to the attribute name
 * @param role partition key, sort key, attribute, or the whole-item column
 * @param type the SQL type
 * @param remarks what {@code DatabaseMetaData.getColumns} reports in REMARKS
 */
public record Column(String name, Role role, ColumnType type, String remarks) {

    /** What a column stands for. */
    public enum Role {
        /** The table's partition key attribute. */ PARTITION_KEY,
        /** The table's sort key attribute. */ SORT_KEY,
        /** A non-key attribute found by sampling. */ ATTRIBUTE,
        /** The whole item as JSON. */ ITEM
    }

    /** Whether this column is a table key attribute. */
    public boolean isKey() {
        return role == Role.PARTITION_KEY || role == Role.SORT_KEY;
    }
}
