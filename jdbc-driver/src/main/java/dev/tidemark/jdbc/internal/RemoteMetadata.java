package dev.tidemark.jdbc.internal;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Metadata calls that Avatica's wire protocol lacks (primary keys, index info), carried as a statement
 * the server's Tidemark connection answers: {@code TIDEMARK METADATA <call> <arg> ...}, each argument a
 * single-quoted string or {@code NULL}. The remote client sends it; the embedded connection answers it
 * from its own DatabaseMetaData.
 */
final class RemoteMetadata {
    static final String PREFIX = "TIDEMARK METADATA ";

    private RemoteMetadata() {
    }

    static boolean isRequest(String sql) {
        return sql.startsWith(PREFIX);
    }

    /** The request text for a call. */
    static String request(String call, String... args) {
        StringBuilder sb = new StringBuilder(PREFIX).append(call);
        for (String a : args) {
            sb.append(' ').append(a == null ? "NULL" : "'" + a.replace("'", "''") + "'");
        }
        return sb.toString();
    }

    /** Answers a request from {@code md}. */
    static ResultSet answer(DatabaseMetaData md, String sql) throws SQLException {
        String rest = sql.substring(PREFIX.length()).trim();
        int sp = rest.indexOf(' ');
        String call = sp < 0 ? rest : rest.substring(0, sp);
        List<String> args = parseArgs(sp < 0 ? "" : rest.substring(sp + 1));
        switch (call) {
            case "getPrimaryKeys":
                if (args.size() == 3) {
                    return md.getPrimaryKeys(args.get(0), args.get(1), args.get(2));
                }
                break;
            case "getIndexInfo":
                if (args.size() == 5) {
                    return md.getIndexInfo(args.get(0), args.get(1), args.get(2), Boolean.parseBoolean(args.get(3)),
                            Boolean.parseBoolean(args.get(4)));
                }
                break;
            default:
                break;
        }
        throw new SQLException("Bad metadata request: " + sql, "42000");
    }

    private static List<String> parseArgs(String s) throws SQLException {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == ' ') {
                i++;
            } else if (s.startsWith("NULL", i)) {
                out.add(null);
                i += 4;
            } else if (c == '\'') {
                StringBuilder sb = new StringBuilder();
                int j = i + 1;
                while (true) {
                    if (j >= s.length()) {
                        throw new SQLException("Bad metadata request argument: " + s, "42000");
                    }
                    if (s.charAt(j) == '\'') {
                        if (j + 1 < s.length() && s.charAt(j + 1) == '\'') {
                            sb.append('\'');
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    sb.append(s.charAt(j++));
                }
                out.add(sb.toString());
                i = j + 1;
            } else {
                throw new SQLException("Bad metadata request argument: " + s, "42000");
            }
        }
        return out;
    }

    /** Runs a request on a remote connection. */
    static ResultSet ask(java.sql.Connection remote, String request) throws SQLException {
        Statement st = remote.createStatement();
        st.closeOnCompletion();
        return st.executeQuery(request);
    }
}
