package dev.tidemark.jdbc.internal;

import java.sql.SQLException;
import java.util.Properties;

/**
 * A parsed {@code jdbc:tidemark:} URL: {@code jdbc:tidemark:file:<path>} (durable) or
 * {@code jdbc:tidemark:mem:<name>} (temporary) or {@code jdbc:tidemark://host[:port]} (a server), optionally
 * followed by {@code ;key=value} settings.
 *
 * @param kind "file", "mem" or "remote"
 * @param target the path, the name, or host:port
 * @param settings the settings from the URL, then the connection properties
 */
public record JdbcUrl(String kind, String target, Properties settings) {
    /** The URL prefix. */
    public static final String PREFIX = "jdbc:tidemark:";

    /** Whether {@code url} is one of ours. */
    public static boolean accepts(String url) {
        return url != null && url.startsWith(PREFIX);
    }

    /** Parses {@code url}; {@code info} settings win over the URL's. */
    public static JdbcUrl parse(String url, Properties info) throws SQLException {
        String rest = url.substring(PREFIX.length());
        Properties settings = new Properties();
        String[] parts = rest.split(";");
        for (int i = 1; i < parts.length; i++) {
            int eq = parts[i].indexOf('=');
            if (eq <= 0) {
                throw new SQLException("Bad setting '" + parts[i] + "' in " + url + ": expected key=value", "08001");
            }
            settings.setProperty(parts[i].substring(0, eq).trim(), parts[i].substring(eq + 1).trim());
        }
        if (info != null) {
            for (String k : info.stringPropertyNames()) {
                settings.setProperty(k, info.getProperty(k));
            }
        }
        String head = parts[0];
        String kind;
        String target;
        if (head.startsWith("file:")) {
            kind = "file";
            target = head.substring(5);
        } else if (head.startsWith("mem:")) {
            kind = "mem";
            target = head.substring(4);
        } else if (head.startsWith("//")) {
            kind = "remote";
            target = head.substring(2);
            while (target.endsWith("/")) {
                target = target.substring(0, target.length() - 1);
            }
            if (!target.matches("[A-Za-z0-9._\\-]+(:[0-9]{1,5})?|\\[[0-9A-Fa-f:.]+\\](:[0-9]{1,5})?")) {
                throw new SQLException("Bad remote URL " + url + ": expected jdbc:tidemark://host[:port]", "08001");
            }
        } else {
            throw new SQLException("Unknown Tidemark URL " + url
                    + ": use jdbc:tidemark:file:<path> or jdbc:tidemark:mem:<name>", "08001");
        }
        if (target.isEmpty()) {
            throw new SQLException("The URL " + url + " names no database", "08001");
        }
        return new JdbcUrl(kind, target, settings);
    }

    /** An integer setting. */
    public int intSetting(String key, int dflt) throws SQLException {
        String v = settings.getProperty(key);
        if (v == null) {
            return dflt;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new SQLException("Setting " + key + " must be a number, not '" + v + "'", "08001");
        }
    }
}
