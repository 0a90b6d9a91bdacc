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
            return wrap(c);
        } catch (SQLException | RuntimeException e) {
            throw translate(e, address, user);
        }
    }

    /**
     * The remote connection, with the metadata calls Avatica's protocol lacks (primary keys, index info)
     * sent as requests the server's Tidemark connection answers, and Tidemark's product names.
     */
    private static Connection wrap(Connection remote) {
        Connection[] self = new Connection[1];
        self[0] = (Connection) java.lang.reflect.Proxy.newProxyInstance(RemoteConnections.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, m, args) -> {
                    boolean[] handled = new boolean[1];
                    Object w = Wrapping.wrapperMethod(proxy, remote, m, args, handled);
                    if (handled[0]) {
                        return w;
                    }
                    if (m.getName().equals("getMetaData")) {
                        return metaData(self[0], remote, (java.sql.DatabaseMetaData) Wrapping.call(remote, m, args));
                    }
                    return Wrapping.call(remote, m, args);
                });
        return self[0];
    }

    private static java.sql.DatabaseMetaData metaData(Connection owner, Connection remote, java.sql.DatabaseMetaData md) {
        return (java.sql.DatabaseMetaData) java.lang.reflect.Proxy.newProxyInstance(RemoteConnections.class.getClassLoader(),
                new Class<?>[] {java.sql.DatabaseMetaData.class}, (proxy, m, args) -> {
                    boolean[] handled = new boolean[1];
                    Object w = Wrapping.wrapperMethod(proxy, md, m, args, handled);
                    if (handled[0]) {
                        return w;
                    }
                    return switch (m.getName()) {
                        case "getConnection" -> owner;
                        case "getPrimaryKeys" -> RemoteMetadata.ask(remote, RemoteMetadata.request("getPrimaryKeys",
                                (String) args[0], (String) args[1], (String) args[2]));
                        case "getIndexInfo" -> RemoteMetadata.ask(remote, RemoteMetadata.request("getIndexInfo",
                                (String) args[0], (String) args[1], (String) args[2], String.valueOf(args[3]),
                                String.valueOf(args[4])));
                        case "getDatabaseProductName" -> dev.tidemark.jdbc.TidemarkDriver.PRODUCT_NAME;
                        case "getDatabaseProductVersion" -> dev.tidemark.jdbc.TidemarkDriver.VERSION;
                        case "getDriverName" -> dev.tidemark.jdbc.TidemarkDriver.DRIVER_NAME;
                        case "getDriverVersion" -> dev.tidemark.jdbc.TidemarkDriver.VERSION;
                        case "getIdentifierQuoteString" -> "\"";
                        default -> Wrapping.call(md, m, args);
                    };
                });
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
