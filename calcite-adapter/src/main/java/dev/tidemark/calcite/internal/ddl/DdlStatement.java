package dev.tidemark.calcite.internal.ddl;

import java.util.List;
import java.util.Map;

/** A parsed DDL statement. */
public sealed interface DdlStatement {

    /** A column of CREATE TABLE: name, SQL type name (upper case) and whether NOT NULL was given. */
    record ColumnDef(String name, String type, boolean notNull) {
    }

    /** {@code CREATE TABLE}. */
    record CreateTable(String table, boolean ifNotExists, List<ColumnDef> columns, List<String> primaryKey,
            Map<String, String> options) implements DdlStatement {
    }

    /** {@code CREATE [GLOBAL|LOCAL] INDEX}; keys may carry a type (null when not given). */
    record CreateIndex(String index, boolean local, boolean ifNotExists, String table, List<ColumnDef> keys,
            String projection, List<String> include) implements DdlStatement {
    }

    /** {@code ALTER TABLE t ADD [COLUMN] c type}: declares a column (items need no change). */
    record AddColumn(String table, ColumnDef column) implements DdlStatement {
    }

    /** {@code DROP TABLE}. */
    record DropTable(String table, boolean ifExists) implements DdlStatement {
    }

    /** {@code DROP INDEX name ON table}. */
    record DropIndex(String index, String table, boolean ifExists) implements DdlStatement {
    }
}
