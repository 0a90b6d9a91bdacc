package dev.tidemark.jdbc.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Connections to a Tidemark server ({@code jdbc:tidemark://host[:port]}): Avatica's remote JDBC client
 * over HTTP with protobuf and basic authentication ({@code user} and {@code password} settings).
 */
final class RemoteConnections {
    /** The port a server listens on unless told otherwise. */
    static final int DEFAULT_PORT = 8000;

    private static final java.util.regex.Pattern AUTH_FAILED =
            java.util.regex.Pattern.compile("HTTP/40[13]|\\b40[13]\\b(?!\\d)|Unauthorized|Forbidden");

    private RemoteConnections() {
    }

    static Connection open(JdbcUrl parsed) throws SQLException {
        String target = parsed.target();
        boolean hasPort = target.lastIndexOf(':') > target.lastIndexOf(']');
        String address = hasPort ? target : target + ":" + DEFAULT_PORT;
        Properties settings = parsed.settings();
        String user = settings.getProperty("user", "");
        String password = settings.getProperty("password", "");
        Properties p = new Properties();
        p.setProperty("url", "http://" + address);
        p.setProperty("serialization", "PROTOBUF");
        p.setProperty("authentication", "BASIC");
        p.setProperty("avatica_user", user);
        p.setProperty("avatica_password", password);
        for (String k : new String[] {"http_client_impl", "truststore", "truststore_password"}) {
            if (settings.getProperty(k) != null) {
                p.setProperty(k, settings.getProperty(k));
            }
        }
        try {
            Connection c = new org.apache.calcite.avatica.remote.Driver().connect("jdbc:avatica:remote:", p);
            if (c == null) {
                throw new SQLException("Cannot connect to the Tidemark server at " + address, "08001");
            }
            return c;
        } catch (SQLException | RuntimeException e) {
            throw translate(e, address, user);
        }
    }

    private static SQLException translate(Exception e, String address, String user) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.ConnectException || t instanceof java.net.UnknownHostException
                    || t instanceof java.net.NoRouteToHostException || t instanceof java.net.SocketTimeoutException
                    || t.getClass().getName().endsWith("HttpHostConnectException")) {
                return new SQLException("Cannot connect to the Tidemark server at " + address + ": " + t.getMessage(),
                        "08001", e);
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (AUTH_FAILED.matcher(String.valueOf(t.getMessage())).find()) {
                return new SQLException("Authentication failed for user '" + user + "' at the Tidemark server "
                        + address + ": wrong user or password", "28000", e);
            }
        }
        if (e instanceof SQLException s && s.getSQLState() != null) {
            return s;
        }
        return new SQLException("Cannot connect to the Tidemark server at " + address + ": " + e.getMessage(), "08001", e);
    }
}
