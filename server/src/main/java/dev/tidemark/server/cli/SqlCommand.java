package dev.tidemark.server.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import sqlline.SqlLine;

/**
 * {@code tidemark sql}: SQL on an embedded database directory or a server. Without {@code -e} or
 * {@code -f} it starts the interactive SQLLine shell; {@code -e} runs one statement and prints its
 * result, {@code -f} runs a file of statements separated by {@code ;}, stopping at the first error.
 */
@Command(name = "sql", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run SQL on a database directory (embedded) or a server (--url).",
                "Without -e or -f: the interactive SQLLine shell (!help for its commands, !quit to leave)."})
public final class SqlCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DataOption data;

    @Option(names = "--url", paramLabel = "<url>",
            description = "A server to connect to instead: jdbc:tidemark://host:port, or just host:port.")
    String url;

    @Option(names = {"-u", "--user"}, paramLabel = "<user>", description = "The server user (with --url).")
    String user;

    @Option(names = {"-p", "--password"}, paramLabel = "<password>",
            description = "The server password (with --url; default: the TIDEMARK_PASSWORD environment variable).")
    String password;

    @Option(names = "-e", paramLabel = "<sql>", description = "Run this one statement, print its result and exit.")
    String execute;

    @Option(names = "-f", paramLabel = "<file>", description = "Run the statements in this file (separated by ;) and exit.")
    Path file;

    @Option(names = "--csv", description = "Print results as CSV instead of an aligned table (with -e and -f).")
    boolean csv;

    @Override
    public Integer call() throws Exception {
        if (execute != null && file != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give either -e or -f, not both");
        }
        String jdbcUrl = jdbcUrl();
        Properties props = new Properties();
        if (url != null) {
            String pw = password != null ? password : System.getenv("TIDEMARK_PASSWORD");
            if (user != null) {
                props.setProperty("user", user);
            }
            if (pw != null) {
                props.setProperty("password", pw);
            }
        }
        if (execute == null && file == null) {
            return interactive(jdbcUrl, props);
        }
        List<String> statements = execute != null ? List.of(execute) : split(Files.readString(file, StandardCharsets.UTF_8));
        PrintWriter out = spec.commandLine().getOut();
        try (Connection c = DriverManager.getConnection(jdbcUrl, props)) {
            int n = 0;
            for (String sql : statements) {
                n++;
                try {
                    run(c, sql, out);
                } catch (SQLException e) {
                    String where = statements.size() > 1 ? "statement " + n + " of " + statements.size() + ": " : "";
                    spec.commandLine().getErr().println("tidemark sql: " + where + TidemarkCli.message(e));
                    return TidemarkCli.FAILED;
                }
            }
        }
        return TidemarkCli.OK;
    }

    private String jdbcUrl() {
        if (url != null) {
            return url.startsWith("jdbc:") ? url : "jdbc:tidemark://" + url;
        }
        return "jdbc:tidemark:file:" + data.existing();
    }

    private int interactive(String jdbcUrl, Properties props) throws Exception {
        List<String> args = new ArrayList<>(List.of("-u", jdbcUrl, "-n", props.getProperty("user", ""),
                "-p", props.getProperty("password", ""), "--isolation=TRANSACTION_READ_COMMITTED"));
        if (url != null && props.getProperty("password") == null && System.console() != null) {
            char[] typed = System.console().readPassword("Password for %s: ", props.getProperty("user", ""));
            args.set(5, typed == null ? "" : new String(typed));
        }
        SqlLine sqlLine = new SqlLine();
        if (System.console() != null) {
            // a terminal: SQLLine opens it itself, with line editing and history
            SqlLine.Status status = sqlLine.begin(args.toArray(String[]::new), null, true);
            return status == SqlLine.Status.OK ? TidemarkCli.OK : TidemarkCli.FAILED;
        }
        // input piped: SQLLine runs it as a script; there is no terminal to measure, so give it a width
        Path script = Files.createTempFile("tidemark-sql", ".sql");
        try {
            Files.write(script, System.in.readAllBytes());
            args.addAll(List.of("--maxWidth=200", "-f", script.toString()));
            java.io.PrintStream out = new java.io.PrintStream(new WriterStream(spec.commandLine().getOut()), true, StandardCharsets.UTF_8);
            java.io.PrintStream err = new java.io.PrintStream(new WriterStream(spec.commandLine().getErr()), true, StandardCharsets.UTF_8);
            sqlLine.setOutputStream(out);
            sqlLine.setErrorStream(err);
            java.io.PrintStream stdout = System.out;
            System.setOut(out); // SQLLine's terminal writes here
            SqlLine.Status status;
            try {
                status = sqlLine.begin(args.toArray(String[]::new), new java.io.ByteArrayInputStream(new byte[0]), false);
            } finally {
                System.setOut(stdout);
                out.flush();
                err.flush();
            }
            return status == SqlLine.Status.OK ? TidemarkCli.OK : TidemarkCli.FAILED;
        } finally {
            Files.deleteIfExists(script);
        }
    }

    /** Bytes written to SQLLine's streams, passed on to the command's writer. */
    private static final class WriterStream extends java.io.OutputStream {
        private final PrintWriter out;
        private final java.io.ByteArrayOutputStream pending = new java.io.ByteArrayOutputStream();

        WriterStream(PrintWriter out) {
            this.out = out;
        }

        @Override
        public synchronized void write(int b) {
            pending.write(b);
            if (b == '\n') {
                flush();
            }
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            pending.write(b, off, len);
            for (int i = off; i < off + len; i++) {
                if (b[i] == '\n') {
                    flush();
                    return;
                }
            }
        }

        @Override
        public synchronized void flush() {
            out.print(pending.toString(StandardCharsets.UTF_8));
            out.flush();
            pending.reset();
        }
    }

    private void run(Connection c, String sql, PrintWriter out) throws SQLException {
        try (Statement s = c.createStatement()) {
            if (s.execute(sql)) {
                try (ResultSet rs = s.getResultSet()) {
                    print(rs, out);
                }
            } else {
                int count = s.getUpdateCount();
                out.println(count < 0 ? "OK" : count == 1 ? "1 row affected" : count + " rows affected");
            }
        }
        out.flush();
    }

    private void print(ResultSet rs, PrintWriter out) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        int n = md.getColumnCount();
        List<String> header = new ArrayList<>();
        boolean[] numeric = new boolean[n];
        for (int i = 1; i <= n; i++) {
            header.add(md.getColumnLabel(i));
            numeric[i - 1] = isNumeric(md.getColumnType(i));
        }
        List<List<String>> rows = new ArrayList<>();
        while (rs.next()) {
            List<String> row = new ArrayList<>(n);
            for (int i = 1; i <= n; i++) {
                Object v = rs.getObject(i);
                row.add(v == null ? (csv ? "" : "NULL") : v instanceof byte[] b ? hex(b) : v.toString());
            }
            rows.add(row);
        }
        if (csv) {
            out.println(csvLine(header));
            for (List<String> row : rows) {
                out.println(csvLine(row));
            }
        } else {
            out.print(Formats.table(header, rows, numeric));
            out.println("(" + rows.size() + (rows.size() == 1 ? " row)" : " rows)"));
        }
    }

    private static boolean isNumeric(int type) {
        return switch (type) {
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.DECIMAL, Types.NUMERIC,
                 Types.REAL, Types.FLOAT, Types.DOUBLE -> true;
            default -> false;
        };
    }

    private static String hex(byte[] b) {
        return "X'" + java.util.HexFormat.of().formatHex(b) + "'";
    }

    private static String csvLine(List<String> cells) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            if (i > 0) {
                sb.append(',');
            }
            if (c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r")) {
                sb.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Splits a script into statements at {@code ;} outside quotes ({@code '...'}, {@code "..."}) and
     * comments ({@code -- ...}, {@code /* ... *}{@code /}); blank statements are dropped.
     */
    static List<String> split(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int i = 0;
        while (i < script.length()) {
            char c = script.charAt(i);
            if (c == '\'' || c == '"') {
                int end = i + 1;
                while (end < script.length()) {
                    if (script.charAt(end) == c) {
                        if (end + 1 < script.length() && script.charAt(end + 1) == c) {
                            end += 2;
                            continue;
                        }
                        break;
                    }
                    end++;
                }
                end = Math.min(end + 1, script.length());
                cur.append(script, i, end);
                i = end;
            } else if (c == '-' && script.startsWith("--", i)) {
                int end = script.indexOf('\n', i);
                i = end < 0 ? script.length() : end;
            } else if (c == '/' && script.startsWith("/*", i)) {
                int end = script.indexOf("*/", i + 2);
                i = end < 0 ? script.length() : end + 2;
                cur.append(' ');
            } else if (c == ';') {
                add(out, cur);
                i++;
            } else {
                cur.append(c);
                i++;
            }
        }
        add(out, cur);
        return out;
    }

    private static void add(List<String> out, StringBuilder cur) {
        String s = cur.toString().strip();
        if (!s.isEmpty()) {
            out.add(s);
        }
        cur.setLength(0);
    }
}
