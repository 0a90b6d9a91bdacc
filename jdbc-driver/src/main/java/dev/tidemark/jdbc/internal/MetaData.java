package dev.tidemark.jdbc.internal;

import dev.tidemark.calcite.TidemarkSchema;
import dev.tidemark.calcite.TableInfo;
import dev.tidemark.jdbc.TidemarkDriver;
import java.lang.reflect.Proxy;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * DatabaseMetaData: Calcite answers tables, columns, schemas and types; Tidemark adds column remarks
 * (partition key, sort key, inferred from N items), primary keys, index info (the primary key and every
 * secondary index), empty foreign keys, and its own names and versions.
 */
final class MetaData {
    private MetaData() {
    }

    static DatabaseMetaData create(ConnectionHandler conn, DatabaseMetaData calcite) {
        return (DatabaseMetaData) Proxy.newProxyInstance(MetaData.class.getClassLoader(),
                new Class<?>[] {DatabaseMetaData.class}, (proxy, m, args) -> {
                    boolean[] handled = new boolean[1];
                    Object w = Wrapping.wrapperMethod(proxy, calcite, m, args, handled);
                    if (handled[0]) {
                        return w;
                    }
                    try {
                        return switch (m.getName()) {
                            case "getConnection" -> conn.proxy();
                            case "getURL" -> conn.url();
                            case "getUserName" -> "";
                            case "getDatabaseProductName" -> TidemarkDriver.PRODUCT_NAME;
                            case "getDatabaseProductVersion" -> TidemarkDriver.VERSION;
                            case "getDriverName" -> TidemarkDriver.DRIVER_NAME;
                            case "getDriverVersion" -> TidemarkDriver.VERSION;
                            case "getDriverMajorVersion", "getDatabaseMajorVersion" -> TidemarkDriver.MAJOR;
                            case "getDriverMinorVersion", "getDatabaseMinorVersion" -> TidemarkDriver.MINOR;
                            case "getJDBCMajorVersion" -> 4;
                            case "getJDBCMinorVersion" -> 2;
                            case "getIdentifierQuoteString" -> "\"";
                            case "getSchemaTerm" -> "schema";
                            case "getCatalogTerm" -> "catalog";
                            case "getProcedureTerm" -> "procedure";
                            case "isReadOnly" -> false;
                            case "supportsTransactions" -> true;
                            case "getDefaultTransactionIsolation" -> java.sql.Connection.TRANSACTION_READ_COMMITTED;
                            case "supportsTransactionIsolationLevel" ->
                                    (Integer) args[0] == java.sql.Connection.TRANSACTION_READ_COMMITTED;
                            case "supportsDataDefinitionAndDataManipulationTransactions" -> false;
                            case "supportsDataManipulationTransactionsOnly" -> true;
                            case "dataDefinitionCausesTransactionCommit" -> false;
                            case "dataDefinitionIgnoredInTransactions" -> false;
                            case "supportsSavepoints", "supportsGetGeneratedKeys", "supportsStoredProcedures" -> false;
                            case "storesLowerCaseIdentifiers", "storesUpperCaseIdentifiers",
                                    "storesLowerCaseQuotedIdentifiers", "storesUpperCaseQuotedIdentifiers" -> false;
                            case "storesMixedCaseIdentifiers", "storesMixedCaseQuotedIdentifiers",
                                    "supportsMixedCaseIdentifiers", "supportsMixedCaseQuotedIdentifiers" -> true;
                            case "getColumns" -> columns(conn, calcite.getColumns((String) args[0], (String) args[1],
                                    (String) args[2], (String) args[3]));
                            case "getTables" -> withoutIndexViews(conn, Wrapping.call(calcite, m, args));
                            case "getPrimaryKeys" -> primaryKeys(conn, (String) args[1], (String) args[2]);
                            case "getIndexInfo" -> indexInfo(conn, (String) args[1], (String) args[2], (Boolean) args[3]);
                            case "getImportedKeys", "getExportedKeys", "getCrossReference" -> foreignKeys().toResultSet();
                            default -> Wrapping.call(calcite, m, args);
                        };
                    } catch (RuntimeException e) {
                        throw SqlErrors.translate(e);
                    }
                });
    }

    /** Calcite's columns with Tidemark's remarks. */
    /** Table listings leave out the {@code table$index} views: indexes are reported by getIndexInfo. */
    private static ResultSet withoutIndexViews(ConnectionHandler conn, Object calcite) throws SQLException {
        Rows r = Rows.copy((ResultSet) calcite);
        int schemaCol = r.index("TABLE_SCHEM");
        int tableCol = r.index("TABLE_NAME");
        r.rows().removeIf(row -> conn.schemaName().equals(row[schemaCol]) && row[tableCol] instanceof String t
                && t.indexOf('$') > 0 && conn.schema().isIndexView(t));
        return r.toResultSet();
    }

    private static ResultSet columns(ConnectionHandler conn, ResultSet calcite) throws SQLException {
        Rows r = Rows.copy(calcite);
        int schemaCol = r.index("TABLE_SCHEM");
        int tableCol = r.index("TABLE_NAME");
        int nameCol = r.index("COLUMN_NAME");
        r.rows().removeIf(row -> conn.schemaName().equals(row[schemaCol]) && row[tableCol] instanceof String t
                && t.indexOf('$') > 0 && conn.schema().isIndexView(t));
        int remarksCol = r.index("REMARKS");
        int typeCol = r.index("TYPE_NAME");
        for (Object[] row : r.rows()) {
            if (row[typeCol] instanceof String t) {
                // conventional, stable type names: "DECIMAL", not "DECIMAL(38, 10) NOT NULL"
                int cut = t.length();
                for (char ch : new char[] {'(', ' '}) {
                    int i = t.indexOf(ch);
                    if (i > 0 && i < cut) {
                        cut = i;
                    }
                }
                row[typeCol] = t.substring(0, cut);
            }
            if (!conn.schemaName().equals(row[schemaCol])) {
                continue;
            }
            TableInfo info = conn.schema().describe((String) row[tableCol]);
            if (info != null && info.columnRemarks().containsKey((String) row[nameCol])) {
                row[remarksCol] = info.columnRemarks().get((String) row[nameCol]);
            }
        }
        return r.toResultSet();
    }

    private static List<TableInfo> tables(ConnectionHandler conn, String schemaPattern, String tablePattern) {
        List<TableInfo> out = new ArrayList<>();
        if (!matches(schemaPattern, conn.schemaName())) {
            return out;
        }
        TidemarkSchema schema = conn.schema();
        for (String t : schema.tableNames()) {
            if (matches(tablePattern, t)) {
                TableInfo s = schema.describe(t);
                if (s != null) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    /** A JDBC name pattern (% and _ wildcards, null or "%" for all). */
    static boolean matches(String pattern, String name) {
        if (pattern == null || pattern.equals("%")) {
            return true;
        }
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                re.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
            } else if (c == '%') {
                re.append(".*");
            } else if (c == '_') {
                re.append('.');
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return name.matches(re.toString());
    }

    private static ResultSet primaryKeys(ConnectionHandler conn, String schema, String table) throws SQLException {
        Rows r = new Rows().column("TABLE_CAT", Types.VARCHAR).column("TABLE_SCHEM", Types.VARCHAR)
                .column("TABLE_NAME", Types.VARCHAR).column("COLUMN_NAME", Types.VARCHAR)
                .column("KEY_SEQ", Types.SMALLINT).column("PK_NAME", Types.VARCHAR);
        for (TableInfo s : tables(conn, schema, table)) {
            r.row(null, conn.schemaName(), s.name(), s.partitionKey(), (short) 1, "PRIMARY");
            if (s.sortKey() != null) {
                r.row(null, conn.schemaName(), s.name(), s.sortKey(), (short) 2, "PRIMARY");
            }
        }
        return r.toResultSet();
    }

    private static ResultSet indexInfo(ConnectionHandler conn, String schema, String table, boolean unique)
            throws SQLException {
        Rows r = new Rows().column("TABLE_CAT", Types.VARCHAR).column("TABLE_SCHEM", Types.VARCHAR)
                .column("TABLE_NAME", Types.VARCHAR).column("NON_UNIQUE", Types.BOOLEAN)
                .column("INDEX_QUALIFIER", Types.VARCHAR).column("INDEX_NAME", Types.VARCHAR)
                .column("TYPE", Types.SMALLINT).column("ORDINAL_POSITION", Types.SMALLINT)
                .column("COLUMN_NAME", Types.VARCHAR).column("ASC_OR_DESC", Types.VARCHAR)
                .column("CARDINALITY", Types.BIGINT).column("PAGES", Types.BIGINT)
                .column("FILTER_CONDITION", Types.VARCHAR);
        for (TableInfo s : tables(conn, schema, table)) {
            String sch = conn.schemaName();
            short hashed = DatabaseMetaData.tableIndexHashed;
            short other = DatabaseMetaData.tableIndexOther;
            r.row(null, sch, s.name(), false, null, "PRIMARY", s.sortKey() == null ? hashed : other, (short) 1,
                    s.partitionKey(), null, s.rowCount(), 0L, null);
            if (s.sortKey() != null) {
                r.row(null, sch, s.name(), false, null, "PRIMARY", other, (short) 2, s.sortKey(), "A",
                        s.rowCount(), 0L, null);
            }
            if (unique) {
                continue;
            }
            for (TableInfo.Index i : s.indexes()) {
                short type = i.sortKey() == null ? hashed : other;
                r.row(null, sch, s.name(), true, null, i.name(), type, (short) 1, i.partitionKey(), null, null, 0L,
                        null);
                if (i.sortKey() != null) {
                    r.row(null, sch, s.name(), true, null, i.name(), type, (short) 2, i.sortKey(), "A", null, 0L,
                            null);
                }
            }
        }
        return r.toResultSet();
    }

    private static Rows foreignKeys() {
        Rows r = new Rows();
        for (String c : new String[] {"PKTABLE_CAT", "PKTABLE_SCHEM", "PKTABLE_NAME", "PKCOLUMN_NAME", "FKTABLE_CAT",
            "FKTABLE_SCHEM", "FKTABLE_NAME", "FKCOLUMN_NAME"}) {
            r.column(c, Types.VARCHAR);
        }
        r.column("KEY_SEQ", Types.SMALLINT).column("UPDATE_RULE", Types.SMALLINT).column("DELETE_RULE", Types.SMALLINT)
                .column("FK_NAME", Types.VARCHAR).column("PK_NAME", Types.VARCHAR).column("DEFERRABILITY", Types.SMALLINT);
        return r;
    }

}
