package dev.tidemark.jdbc.internal;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import javax.sql.rowset.CachedRowSet;
import javax.sql.rowset.RowSetMetaDataImpl;
import javax.sql.rowset.RowSetProvider;

/** In-memory result sets for metadata calls, built on the JDK's CachedRowSet. */
final class Rows {
    private final List<String> names = new ArrayList<>();
    private final List<Integer> types = new ArrayList<>();
    private final List<Object[]> rows = new ArrayList<>();

    /** Adds a column. */
    Rows column(String name, int sqlType) {
        names.add(name);
        types.add(sqlType);
        return this;
    }

    /** Adds a row. */
    Rows row(Object... values) {
        rows.add(values);
        return this;
    }

    /** Copies every column and row of {@code rs}, closing it. */
    static Rows copy(ResultSet rs) throws SQLException {
        Rows r = new Rows();
        try (rs) {
            ResultSetMetaData md = rs.getMetaData();
            int n = md.getColumnCount();
            for (int i = 1; i <= n; i++) {
                r.column(md.getColumnLabel(i), md.getColumnType(i));
            }
            while (rs.next()) {
                Object[] row = new Object[n];
                for (int i = 1; i <= n; i++) {
                    row[i - 1] = rs.getObject(i);
                }
                r.row(row);
            }
        }
        return r;
    }

    /** The index of a column, or -1. */
    int index(String name) {
        return names.indexOf(name);
    }

    /** The rows (mutable arrays). */
    List<Object[]> rows() {
        return rows;
    }

    /** The result set. */
    ResultSet toResultSet() throws SQLException {
        CachedRowSet crs = RowSetProvider.newFactory().createCachedRowSet();
        RowSetMetaDataImpl md = new RowSetMetaDataImpl();
        md.setColumnCount(names.size());
        for (int i = 0; i < names.size(); i++) {
            md.setColumnName(i + 1, names.get(i));
            md.setColumnLabel(i + 1, names.get(i));
            md.setColumnType(i + 1, types.get(i));
            md.setColumnTypeName(i + 1, typeName(types.get(i)));
            md.setNullable(i + 1, ResultSetMetaData.columnNullable);
        }
        crs.setMetaData(md);
        for (Object[] row : rows) {
            crs.moveToInsertRow();
            for (int i = 0; i < names.size(); i++) {
                Object v = i < row.length ? row[i] : null;
                if (v == null) {
                    crs.updateNull(i + 1);
                } else {
                    crs.updateObject(i + 1, v);
                }
            }
            crs.insertRow();
        }
        crs.moveToCurrentRow();
        crs.beforeFirst();
        return plain(crs);
    }

    /**
     * A plain ResultSet view of the row set: the JDK's CachedRowSet leaves some ResultSet methods that
     * clients call (isClosed, getHoldability, unwrap) unimplemented.
     */
    private static ResultSet plain(CachedRowSet crs) {
        boolean[] closed = {false};
        return (ResultSet) java.lang.reflect.Proxy.newProxyInstance(Rows.class.getClassLoader(),
                new Class<?>[] {ResultSet.class}, (proxy, m, args) -> {
                    switch (m.getName()) {
                        case "isClosed":
                            return closed[0];
                        case "close":
                            closed[0] = true;
                            crs.close();
                            return null;
                        case "next":
                            // JDBC: next() past the end keeps returning false (CachedRowSet throws instead)
                            if (crs.isAfterLast() || crs.size() == 0) {
                                return false;
                            }
                            return crs.next();
                        case "getHoldability":
                            return ResultSet.CLOSE_CURSORS_AT_COMMIT;
                        case "getStatement":
                            return null;
                        case "unwrap":
                            if (((Class<?>) args[0]).isInstance(proxy)) {
                                return proxy;
                            }
                            throw new SQLException("Not a wrapper for " + args[0], "HY000");
                        case "isWrapperFor":
                            return ((Class<?>) args[0]).isInstance(proxy);
                        case "equals":
                            return proxy == args[0];
                        case "hashCode":
                            return System.identityHashCode(proxy);
                        case "toString":
                            return "TidemarkMetadataResultSet";
                        default:
                            try {
                                return m.invoke(crs, args);
                            } catch (java.lang.reflect.InvocationTargetException e) {
                                throw e.getCause();
                            }
                    }
                });
    }

    private static String typeName(int type) {
        return switch (type) {
            case Types.SMALLINT -> "SMALLINT";
            case Types.INTEGER -> "INTEGER";
            case Types.BIGINT -> "BIGINT";
            case Types.BOOLEAN -> "BOOLEAN";
            default -> "VARCHAR";
        };
    }
}
