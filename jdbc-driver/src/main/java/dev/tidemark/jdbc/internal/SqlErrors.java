package dev.tidemark.jdbc.internal;

import dev.tidemark.calcite.TidemarkSqlException;
import dev.tidemark.engine.TidemarkException;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Gives every error a SQLState: from the adapter's or engine's error, or from Calcite's parser and validator. */
public final class SqlErrors {
    private static final Pattern NOT_FOUND = Pattern.compile("Object '([^']*)' not found");
    private static final Pattern TABLE_NOT_FOUND = Pattern.compile("Table '([^']*)' not found");
    private static final Pattern COLUMN_NOT_FOUND = Pattern.compile("Column '([^']*)' not found");

    private SqlErrors() {
    }

    /** The error to give the caller for {@code t}. */
    public static SQLException translate(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof TidemarkSqlException e) {
                return new SQLException(e.getMessage(), e.sqlState(), t);
            }
            if (c instanceof TidemarkException e) {
                TidemarkSqlException s = TidemarkSqlException.from(e);
                return new SQLException(s.getMessage(), s.sqlState(), t);
            }
        }
        for (Throwable c = t; c != null; c = c.getCause()) {
            String name = c.getClass().getName();
            String msg = String.valueOf(c.getMessage());
            if (name.endsWith("SqlParseException")) {
                return new SQLException("Syntax error: " + msg, "42000", t);
            }
            if (name.endsWith("CalciteContextException") || name.endsWith("SqlValidatorException")) {
                Matcher m = NOT_FOUND.matcher(msg);
                Matcher tm = TABLE_NOT_FOUND.matcher(msg);
                if (m.find() || tm.find()) {
                    return new SQLException("Unknown table: " + msg, "42S02", t);
                }
                if (COLUMN_NOT_FOUND.matcher(msg).find()) {
                    return new SQLException("Unknown column: " + msg, "42S22", t);
                }
                if (name.endsWith("CalciteContextException")) {
                    return new SQLException(msg, "42000", t);
                }
            }
        }
        if (t instanceof SQLException s && s.getSQLState() != null) {
            return s;
        }
        String msg = t.getMessage() == null ? t.toString() : t.getMessage();
        return new SQLException(msg, "HY000", t);
    }
}
