package dev.tidemark.server;

import dev.tidemark.calcite.TidemarkDatabases;
import dev.tidemark.server.dynamodb.DynamoDbApi;
import dev.tidemark.server.internal.SqlStateService;
import dev.tidemark.server.internal.TidemarkHttpServer;
import dev.tidemark.server.internal.UserLoginService;
import dev.tidemark.server.internal.UserStore;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.jetty.server.ServerConnector;
import org.apache.calcite.avatica.jdbc.JdbcMeta;
import org.apache.calcite.avatica.metrics.noop.NoopMetricsSystem;
import org.apache.calcite.avatica.remote.LocalService;
import org.apache.calcite.avatica.server.AvaticaProtobufHandler;
import org.apache.calcite.avatica.server.HttpServer;

/**
 * Serves one Tidemark database directory to remote JDBC clients ({@code jdbc:tidemark://host:port})
 * over Avatica's HTTP transport with protobuf serialization and HTTP basic authentication, and on the
 * same port to AWS SDKs over DynamoDB's JSON API (requests with {@code X-Amz-Target}, SigV4-signed by a
 * user: access key id = user name, secret = password; see {@link #dynamoDbEndpoint()}).
 *
 * <p>Run it as {@code ./tidemark serve --data <dir> [--port 8000] [--host 127.0.0.1] [--users <file>] [--demo]}
 * (see {@code dev.tidemark.server.cli.ServeCommand}).
 * Users live in {@code <dir>/users.properties} (salted PBKDF2 hashes) unless {@code --users} says
 * otherwise; the first start without that file creates the user {@code admin} with the password from
 * the environment variable {@code TIDEMARK_ADMIN_PASSWORD}, or a random one printed once.
 */
public final class TidemarkServer implements AutoCloseable {
    /** The default port. */
    public static final int DEFAULT_PORT = 8000;
    /** The default bind address: loopback only. */
    public static final String DEFAULT_HOST = "127.0.0.1";
    /** The user created on the first start. */
    public static final String ADMIN = "admin";

    private final TidemarkDatabases.Handle handle;
    private final HttpServer http;
    private final String host;
    private final ServerConnector connector;
    private String createdPassword;
    private boolean createdFromEnvironment;
    private boolean closed;

    private TidemarkServer(TidemarkDatabases.Handle handle, HttpServer http, String host, ServerConnector connector) {
        this.connector = connector;
        this.handle = handle;
        this.http = http;
        this.host = host;
    }

    /**
     * Opens the database in {@code data} and starts serving it.
     *
     * @param data the database directory (created if missing)
     * @param host the address to bind, for example 127.0.0.1
     * @param port the port, 0 for any free one
     * @param users the users file; created with {@code admin} if missing
     * @param out where the first start's generated password is printed
     */
    public static TidemarkServer start(Path data, String host, int port, Path users, PrintStream out) {
        try {
            Files.createDirectories(data);
            String created = null;
            boolean generated = false;
            if (!Files.exists(users)) {
                String password = System.getenv("TIDEMARK_ADMIN_PASSWORD");
                generated = password == null || password.isEmpty();
                if (generated) {
                    password = UserStore.randomPassword();
                }
                UserStore.create(users, ADMIN, password);
                out.println(generated ? "Created " + users + " with user " + ADMIN + ", password " + password
                        + " (shown only this once)" : "Created " + users + " with user " + ADMIN
                        + " and the password from TIDEMARK_ADMIN_PASSWORD");
                created = password;
            }
            UserStore store = UserStore.load(users);
            TidemarkDatabases.Handle handle = TidemarkDatabases.open(data);
            try {
                JdbcMeta meta = new JdbcMeta("jdbc:tidemark:file:" + data.toAbsolutePath(), new Properties());
                AvaticaProtobufHandler handler = new AvaticaProtobufHandler(SqlStateService.wrap(new LocalService(meta)), NoopMetricsSystem.getInstance(),
                        TidemarkHttpServer.CONFIG);
                AtomicReference<ServerConnector> connector = new AtomicReference<>();
                HttpServer http = TidemarkHttpServer.create(host, port, handler, new UserLoginService(store), connector,
                        DynamoDbApi.handler(handle.database(), store, users));
                http.start();
                TidemarkServer server = new TidemarkServer(handle, http, host, connector.get());
                server.createdPassword = created;
                server.createdFromEnvironment = created != null && !generated;
                return server;
            } catch (SQLException | RuntimeException e) {
                handle.close();
                throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The password of {@code admin} when this start created the users file, else null. */
    public String createdAdminPassword() {
        return createdPassword;
    }

    /** Whether this start created {@code admin} with the password from {@code TIDEMARK_ADMIN_PASSWORD}. */
    public boolean createdFromEnvironment() {
        return createdFromEnvironment;
    }

    /** The host clients connect to. */
    public String host() {
        return host;
    }

    /** The port served. */
    public int port() {
        return connector.getLocalPort();
    }

    /** The DynamoDB API's endpoint, for AWS SDKs ({@code endpointOverride}) and the remote client. */
    public java.net.URI dynamoDbEndpoint() {
        return java.net.URI.create("http://" + host + ":" + port());
    }

    /** The JDBC URL clients use. */
    public String url() {
        return "jdbc:tidemark://" + host + ":" + port();
    }

    /** Whether {@link #close()} has run. */
    public synchronized boolean isClosed() {
        return closed;
    }

    /** Stops serving, then checkpoints and closes the database. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            http.stop();
        } finally {
            handle.database().checkpoint();
            handle.close();
        }
    }

    /**
     * Runs {@code tidemark serve} with these arguments (kept for scripts that start the server by this class).
     *
     * @param args the arguments of {@code tidemark serve}
     */
    public static void main(String[] args) {
        String[] all = new String[args.length + 1];
        all[0] = "serve";
        System.arraycopy(args, 0, all, 1, args.length);
        dev.tidemark.server.cli.TidemarkCli.main(all);
    }
}
