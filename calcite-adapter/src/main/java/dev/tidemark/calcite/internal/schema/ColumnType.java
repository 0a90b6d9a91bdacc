package dev.tidemark.calcite.internal.schema;

import org.apache.calcite.sql.type.SqlTypeName;

/** The SQL type of a column, chosen from the DynamoDB types its values have. */
public enum ColumnType {
    /** Strings (S). */
    VARCHAR(SqlTypeName.VARCHAR),
    /** Numbers (N) that are always integers fitting a long. */
    BIGINT(SqlTypeName.BIGINT),
    /** Other numbers (N). */
    DECIMAL(SqlTypeName.DECIMAL),
    /** Booleans (BOOL). */
    BOOLEAN(SqlTypeName.BOOLEAN),
    /** Binary (B). */
    VARBINARY(SqlTypeName.VARBINARY),
    /** Sets, lists and maps, or a mix of types: JSON text in a VARCHAR. */
    JSON(SqlTypeName.VARCHAR);

    private final SqlTypeName sqlType;

    ColumnType(SqlTypeName sqlType) {
        this.sqlType = sqlType;
    }

    /** The Calcite type name. */
    public SqlTypeName sqlType() {
        return sqlType;
    }
}
