package dev.tidemark.calcite.internal.ddl;

import dev.tidemark.calcite.TidemarkSqlException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A small recursive-descent parser for Tidemark's DDL. Identifiers keep their case (as in queries);
 * double quotes allow any name; keywords are case-insensitive. Grammar:
 *
 * <pre>
 * CREATE TABLE [IF NOT EXISTS] t (col type [NOT NULL] [PRIMARY KEY], ..., [CONSTRAINT c] PRIMARY KEY (pk [, sk]))
 *     [WITH (option = value, ...)]
 * CREATE [GLOBAL | LOCAL] INDEX [IF NOT EXISTS] i ON t (pk [type] [, sk [type]]) [INCLUDE (a, ...) | KEYS ONLY | ALL]
 * DROP TABLE [IF EXISTS] t
 * DROP INDEX [IF EXISTS] i ON t
 * </pre>
 */
public final class DdlParser {
    private final String sql;
    private final List<String> tokens = new ArrayList<>();
    private final List<Boolean> quoted = new ArrayList<>();
    private int pos;

    private DdlParser(String sql) {
        this.sql = sql;
        tokenize();
    }

    /** Whether {@code sql} is a DDL statement this parser handles (starts with CREATE, DROP or ALTER). */
    public static boolean isDdl(String sql) {
        String first = firstWord(sql);
        return first.equals("CREATE") || first.equals("DROP") || first.equals("ALTER");
    }

    /** The first word of a statement, upper case, after blanks and comments. */
    public static String firstWord(String sql) {
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c) || c == '(') {
                i++;
            } else if (sql.startsWith("--", i)) {
                int e = sql.indexOf('\n', i);
                i = e < 0 ? n : e + 1;
            } else if (sql.startsWith("/*", i)) {
                int e = sql.indexOf("*/", i + 2);
                i = e < 0 ? n : e + 2;
            } else {
                break;
            }
        }
        int s = i;
        while (i < n && Character.isLetter(sql.charAt(i))) {
            i++;
        }
        return sql.substring(s, i).toUpperCase(Locale.ROOT);
    }

    /** Parses one statement. */
    public static DdlStatement parse(String sql) {
        return new DdlParser(sql).statement();
    }

    private void tokenize() {
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (sql.startsWith("--", i)) {
                int e = sql.indexOf('\n', i);
                i = e < 0 ? n : e + 1;
            } else if (sql.startsWith("/*", i)) {
                int e = sql.indexOf("*/", i + 2);
                i = e < 0 ? n : e + 2;
            } else if (c == '"' || c == '\'' || c == '`') {
                StringBuilder sb = new StringBuilder();
                int j = i + 1;
                while (true) {
                    if (j >= n) {
                        throw error("unterminated " + (c == '\'' ? "string" : "quoted name"));
                    }
                    if (sql.charAt(j) == c) {
                        if (j + 1 < n && sql.charAt(j + 1) == c) {
                            sb.append(c);
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    sb.append(sql.charAt(j++));
                }
                tokens.add(c == '\'' ? "'" + sb : sb.toString());
                quoted.add(true);
                i = j + 1;
            } else if (Character.isLetterOrDigit(c) || c == '_' || c == '$') {
                int j = i;
                while (j < n && (Character.isLetterOrDigit(sql.charAt(j)) || sql.charAt(j) == '_' || sql.charAt(j) == '$'
                        || sql.charAt(j) == '.' && j + 1 < n && Character.isDigit(sql.charAt(j + 1)))) {
                    j++;
                }
                tokens.add(sql.substring(i, j));
                quoted.add(false);
                i = j;
            } else {
                tokens.add(String.valueOf(c));
                quoted.add(false);
                i++;
            }
        }
        while (!tokens.isEmpty() && tokens.get(tokens.size() - 1).equals(";") && !quoted.get(tokens.size() - 1)) {
            tokens.remove(tokens.size() - 1);
            quoted.remove(quoted.size() - 1);
        }
    }

    private TidemarkSqlException error(String msg) {
        return new TidemarkSqlException("42000", null, "Syntax error in DDL: " + msg + " in: " + sql.strip(), null);
    }

    private boolean atEnd() {
        return pos >= tokens.size();
    }

    private String peek() {
        return atEnd() ? "" : tokens.get(pos);
    }

    private boolean peekKeyword(String k) {
        return !atEnd() && !quoted.get(pos) && tokens.get(pos).equalsIgnoreCase(k);
    }

    private boolean accept(String k) {
        if (peekKeyword(k)) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(String k) {
        if (!accept(k)) {
            throw error("expected " + k + (atEnd() ? " at the end" : " but found '" + peek() + "'"));
        }
    }

    private String identifier(String what) {
        if (atEnd()) {
            throw error("expected " + what + " at the end");
        }
        String t = tokens.get(pos);
        boolean q = quoted.get(pos);
        if (!q && !(Character.isLetter(t.charAt(0)) || t.charAt(0) == '_')) {
            throw error("expected " + what + " but found '" + t + "'");
        }
        if (q && t.startsWith("'")) {
            throw error("expected " + what + " but found a string");
        }
        pos++;
        return t;
    }

    /** A possibly schema-qualified table name; the schema part is dropped. */
    private String tableName() {
        String name = identifier("a table name");
        if (peek().equals(".") && !quoted.get(pos)) {
            pos++;
            name = identifier("a table name");
        }
        return name;
    }

    private DdlStatement statement() {
        DdlStatement s;
        if (accept("CREATE")) {
            if (accept("TABLE")) {
                s = createTable();
            } else if (peekKeyword("INDEX") || peekKeyword("GLOBAL") || peekKeyword("LOCAL")) {
                boolean local = accept("LOCAL");
                if (!local) {
                    accept("GLOBAL");
                }
                expect("INDEX");
                s = createIndex(local);
            } else {
                throw new TidemarkSqlException("0A000", null, "CREATE " + peek().toUpperCase(Locale.ROOT)
                        + " is not supported: Tidemark supports CREATE TABLE and CREATE [LOCAL] INDEX", null);
            }
        } else if (accept("DROP")) {
            if (accept("TABLE")) {
                boolean ifExists = ifExists();
                s = new DdlStatement.DropTable(tableName(), ifExists);
            } else if (accept("INDEX")) {
                boolean ifExists = ifExists();
                String index = identifier("an index name");
                expect("ON");
                s = new DdlStatement.DropIndex(index, tableName(), ifExists);
            } else {
                throw new TidemarkSqlException("0A000", null, "DROP " + peek().toUpperCase(Locale.ROOT)
                        + " is not supported: Tidemark supports DROP TABLE and DROP INDEX", null);
            }
        } else if (accept("ALTER")) {
            if (!accept("TABLE")) {
                throw new TidemarkSqlException("0A000", null, unsupportedAlter(), null);
            }
            String table = tableName();
            if (!accept("ADD")) {
                throw new TidemarkSqlException("0A000", null, unsupportedAlter(), null);
            }
            accept("COLUMN");
            if (peekKeyword("CONSTRAINT") || peekKeyword("PRIMARY") || peekKeyword("UNIQUE") || peekKeyword("FOREIGN")
                    || peekKeyword("CHECK")) {
                throw new TidemarkSqlException("0A000", null, "ALTER TABLE ... ADD " + peek().toUpperCase(Locale.ROOT)
                        + " is not supported: Tidemark tables have only their primary key", null);
            }
            String name = identifier("a column name");
            String type = typeName();
            boolean notNull = false;
            if (accept("NOT")) {
                expect("NULL");
                notNull = true;
            } else {
                accept("NULL");
            }
            s = new DdlStatement.AddColumn(table, new DdlStatement.ColumnDef(name, type, notNull));
        } else {
            throw error("expected CREATE, DROP or ALTER");
        }
        if (!atEnd()) {
            throw error("unexpected '" + peek() + "'");
        }
        return s;
    }

    private String unsupportedAlter() {
        String upper = sql.toUpperCase(Locale.ROOT);
        if (upper.contains("TTL") || upper.contains("TIME_TO_LIVE") || upper.contains("TIME TO LIVE")) {
            return DdlExecutor.TTL_UNSUPPORTED;
        }
        if (upper.contains("STREAM")) {
            return DdlExecutor.STREAMS_UNSUPPORTED;
        }
        return "This ALTER TABLE is not supported: Tidemark supports ALTER TABLE t ADD [COLUMN] c type; add indexes"
                + " with CREATE INDEX";
    }

    private boolean ifExists() {
        if (accept("IF")) {
            expect("EXISTS");
            return true;
        }
        return false;
    }

    private boolean ifNotExists() {
        if (accept("IF")) {
            expect("NOT");
            expect("EXISTS");
            return true;
        }
        return false;
    }

    private DdlStatement createTable() {
        boolean ifNotExists = ifNotExists();
        String table = tableName();
        if (peekKeyword("AS")) {
            throw new TidemarkSqlException("0A000", null, "CREATE TABLE ... AS SELECT is not supported: create the"
                    + " table, then INSERT INTO ... SELECT", null);
        }
        expect("(");
        List<DdlStatement.ColumnDef> columns = new ArrayList<>();
        List<String> pk = null;
        do {
            if (accept("CONSTRAINT")) {
                identifier("a constraint name");
                if (!peekKeyword("PRIMARY")) {
                    throw new TidemarkSqlException("0A000", null, "Only PRIMARY KEY constraints are supported", null);
                }
            }
            if (accept("PRIMARY")) {
                expect("KEY");
                if (pk != null) {
                    throw error("more than one PRIMARY KEY");
                }
                pk = nameList();
            } else if (peekKeyword("UNIQUE") || peekKeyword("FOREIGN") || peekKeyword("CHECK")) {
                throw new TidemarkSqlException("0A000", null, peek().toUpperCase(Locale.ROOT)
                        + " constraints are not supported: Tidemark tables have only a primary key", null);
            } else {
                String name = identifier("a column name");
                String type = typeName();
                boolean notNull = false;
                boolean primary = false;
                while (true) {
                    if (accept("NOT")) {
                        expect("NULL");
                        notNull = true;
                    } else if (accept("NULL")) {
                        notNull = false;
                    } else if (accept("PRIMARY")) {
                        expect("KEY");
                        primary = true;
                    } else {
                        break;
                    }
                }
                columns.add(new DdlStatement.ColumnDef(name, type, notNull));
                if (primary) {
                    if (pk != null) {
                        throw error("more than one PRIMARY KEY");
                    }
                    pk = List.of(name);
                }
            }
        } while (accept(","));
        expect(")");
        Map<String, String> options = new LinkedHashMap<>();
        if (accept("WITH")) {
            expect("(");
            do {
                String key = identifier("an option name").toLowerCase(Locale.ROOT);
                String value = "true";
                if (accept("=")) {
                    if (atEnd()) {
                        throw error("expected an option value at the end");
                    }
                    value = tokens.get(pos++);
                    if (value.startsWith("'")) {
                        value = value.substring(1);
                    }
                }
                options.put(key, value);
            } while (accept(","));
            expect(")");
        }
        return new DdlStatement.CreateTable(table, ifNotExists, columns, pk == null ? List.of() : pk, options);
    }

    private String typeName() {
        String t = identifier("a column type").toUpperCase(Locale.ROOT);
        if (t.equals("DOUBLE") && accept("PRECISION")) {
            t = "DOUBLE";
        } else if ((t.equals("CHARACTER") || t.equals("CHAR")) && accept("VARYING")) {
            t = "VARCHAR";
        } else if (t.equals("BINARY") && accept("VARYING")) {
            t = "VARBINARY";
        }
        if (accept("(")) {
            while (!accept(")")) {
                if (atEnd()) {
                    throw error("unclosed type arguments");
                }
                pos++;
            }
        }
        return t;
    }

    private List<String> nameList() {
        expect("(");
        List<String> names = new ArrayList<>();
        do {
            names.add(identifier("a column name"));
        } while (accept(","));
        expect(")");
        return names;
    }

    private DdlStatement createIndex(boolean local) {
        boolean ifNotExists = ifNotExists();
        String index = identifier("an index name");
        expect("ON");
        String table = tableName();
        expect("(");
        List<DdlStatement.ColumnDef> keys = new ArrayList<>();
        do {
            String name = identifier("a key column");
            String type = null;
            if (!peek().equals(",") && !peek().equals(")")) {
                type = typeName();
            }
            keys.add(new DdlStatement.ColumnDef(name, type, true));
        } while (accept(","));
        expect(")");
        String projection = "ALL";
        List<String> include = List.of();
        if (accept("INCLUDE")) {
            projection = "INCLUDE";
            include = nameList();
        } else if (accept("KEYS")) {
            expect("ONLY");
            projection = "KEYS_ONLY";
        } else {
            accept("ALL");
        }
        return new DdlStatement.CreateIndex(index, local, ifNotExists, table, keys, projection, include);
    }
}
