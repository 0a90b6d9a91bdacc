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
 * <p>Run it as {@code ./tidemark serve --data <dir> [--port 8000] [--host 127.0.0.1] [--users <file>]};
 * {@code --set-password <user>} adds a user or changes a password (from {@code TIDEMARK_PASSWORD}, else typed).
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
            if (!Files.exists(users)) {
                String password = System.getenv("TIDEMARK_ADMIN_PASSWORD");
                boolean generated = password == null || password.isEmpty();
                if (generated) {
                    password = UserStore.randomPassword();
                }
                UserStore.create(users, ADMIN, password);
                out.println(generated ? "Created " + users + " with user " + ADMIN + ", password " + password
                        + " (shown only this once)" : "Created " + users + " with user " + ADMIN
                        + " and the password from TIDEMARK_ADMIN_PASSWORD");
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
                return new TidemarkServer(handle, http, host, connector.get());
            } catch (SQLException | RuntimeException e) {
                handle.close();
                throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
     * The command line: {@code --data <dir> [--port n] [--host h] [--users file]}. Runs until SIGTERM or
     * Ctrl-C, then shuts down cleanly (checkpoint).
     */
    public static void main(String[] args) throws InterruptedException {
        Path data = null;
        String host = DEFAULT_HOST;
        int port = DEFAULT_PORT;
        Path users = null;
        String setPassword = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (i + 1 >= args.length && !a.equals("--help") && !a.equals("-h")) {
                usage("missing value after " + a);
            }
            switch (a) {
                case "--data" -> data = Path.of(args[++i]);
                case "--host" -> host = args[++i];
                case "--port" -> {
                    try {
                        port = Integer.parseInt(args[++i]);
                    } catch (NumberFormatException e) {
                        usage("--port takes a number");
                    }
                }
                case "--users" -> users = Path.of(args[++i]);
                case "--set-password" -> setPassword = args[++i];
                case "--help", "-h" -> {
                    System.out.println(USAGE);
                    return;
                }
                default -> usage("unknown option " + a);
            }
        }
        if (data == null) {
            usage("--data <dir> is required");
        }
        Path usersFile = users == null ? data.resolve("users.properties") : users;
        if (setPassword != null) {
            setPassword(usersFile, setPassword);
            return;
        }
        TidemarkServer server = start(data, host, port, usersFile, System.out);
        // kept: a library may replace System.out later, and the shutdown messages must reach the console
        PrintStream console = System.out;
        Object done = new Object();
        Runnable stop = () -> {
            console.println("Tidemark server stopping: checkpoint and close");
            console.flush();
            try {
                server.close();
                console.println("Tidemark server stopped");
            } catch (RuntimeException e) {
                console.println("Tidemark server stopped with an error: " + e);
                e.printStackTrace(System.out);
            }
            console.flush();
            synchronized (done) {
                done.notifyAll();
            }
        };
        // SIGTERM and Ctrl-C: close first, then exit; libraries' shutdown hooks cannot race the checkpoint.
        for (String signal : new String[] {"TERM", "INT"}) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(signal), sig -> {
                    stop.run();
                    System.exit(0);
                });
            } catch (IllegalArgumentException e) {
                // the signal is not available on this platform: the shutdown hook below still closes
            }
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (!server.isClosed()) {
                stop.run();
            }
        }, "tidemark-shutdown"));
        console.println("Tidemark serving " + data.toAbsolutePath() + " at " + server.url()
                + " (HTTP on " + host + ":" + server.port() + ")");
        synchronized (done) {
            done.wait();
        }
    }

    private static final String USAGE = "usage: tidemark serve --data <dir> [--port " + DEFAULT_PORT + "] [--host "
            + DEFAULT_HOST + "] [--users <file>]\n       tidemark serve --data <dir> [--users <file>] --set-password <user>"
            + "   (password from TIDEMARK_PASSWORD or typed)";

    /** Adds a user or changes a password: from TIDEMARK_PASSWORD, else typed twice on the console. */
    private static void setPassword(Path usersFile, String user) {
        String password = System.getenv("TIDEMARK_PASSWORD");
        if (password == null || password.isEmpty()) {
            java.io.Console console = System.console();
            if (console == null) {
                usage("--set-password needs TIDEMARK_PASSWORD or a console to type the password");
                return;
            }
            char[] first = console.readPassword("Password for %s: ", user);
            char[] second = console.readPassword("Again: ");
            if (first == null || second == null || !java.util.Arrays.equals(first, second) || first.length == 0) {
                usage("the passwords are empty or differ");
                return;
            }
            password = new String(first);
        }
        try {
            if (usersFile.getParent() != null) {
                Files.createDirectories(usersFile.getParent());
            }
            UserStore.put(usersFile, user, password);
        } catch (IOException | IllegalArgumentException e) {
            usage(e.getMessage());
            return;
        }
        System.out.println("Password of " + user + " set in " + usersFile);
    }

    private static void usage(String problem) {
        System.err.println("tidemark serve: " + problem);
        System.err.println(USAGE);
        System.exit(2);
    }
}
