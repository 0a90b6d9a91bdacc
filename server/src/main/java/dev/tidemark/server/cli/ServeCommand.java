package dev.tidemark.server.cli;

import dev.tidemark.calcite.TidemarkDatabases;
import dev.tidemark.server.DemoData;
import dev.tidemark.server.TidemarkServer;
import dev.tidemark.server.internal.UserStore;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tidemark serve}: serves a database directory to remote JDBC clients until SIGTERM or Ctrl-C,
 * then checkpoints and closes. Prints the JDBC URL, the credentials in use and how to connect.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Serve a database directory to remote JDBC clients (jdbc:tidemark://host:port) and to AWS SDKs"
                + " (DynamoDB's JSON API on the same port).",
                "The first start creates the user admin with the password in TIDEMARK_ADMIN_PASSWORD, or a random"
                        + " one printed once."})
public final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DataOption data;

    @Option(names = "--port", paramLabel = "<port>", defaultValue = "" + TidemarkServer.DEFAULT_PORT,
            description = "The port (default: ${DEFAULT-VALUE}; 0 for any free port).")
    int port;

    @Option(names = "--host", paramLabel = "<address>", defaultValue = TidemarkServer.DEFAULT_HOST,
            description = "The address to bind (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(names = "--users", paramLabel = "<file>", description = "The users file (default: <dir>/users.properties).")
    Path users;

    @Option(names = "--set-password", paramLabel = "<user>",
            description = "Add a user or change a password (from TIDEMARK_PASSWORD, else typed), then exit.")
    String setPassword;

    @Option(names = "--demo", description = "On first start (no tables yet), load the demo data set: customers, products,"
            + " orders, order_lines and carts with indexes, a stream and TTL, about 12,500 items.")
    boolean demo;

    private final CountDownLatch started = new CountDownLatch(1);
    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private volatile TidemarkServer server;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path dir = data.data.toAbsolutePath().normalize();
        Path usersFile = users == null ? dir.resolve("users.properties") : users;
        if (setPassword != null) {
            return setPassword(usersFile);
        }
        if (demo) {
            Files.createDirectories(dir);
            try (TidemarkDatabases.Handle h = TidemarkDatabases.open(dir)) {
                if (DemoData.isEmpty(h.database())) {
                    out.println("Loading the demo data set (" + String.join(", ", DemoData.TABLES) + ")...");
                    out.flush();
                    long t0 = System.nanoTime();
                    long n = DemoData.load(h.database());
                    h.database().checkpoint();
                    out.println("  " + Formats.count(n) + " items in " + Formats.seconds(Duration.ofNanos(System.nanoTime() - t0)));
                } else if (!h.database().listTables(l -> { }).tableNames().containsAll(DemoData.TABLES)) {
                    out.println("The database has tables already: the demo data set is loaded only into an empty database.");
                }
            }
        }
        PrintStream console = new PrintStream(new WriterOutputStream(out), true);
        TidemarkServer s = TidemarkServer.start(dir, host, port, usersFile, console);
        server = s;
        Runnable stop = () -> {
            out.println("Tidemark server stopping: checkpoint and close");
            out.flush();
            try {
                s.close();
                out.println("Tidemark server stopped");
            } catch (RuntimeException e) {
                out.println("Tidemark server stopped with an error: " + e);
            }
            out.flush();
        };
        if (TidemarkCli.standalone) {
            // SIGTERM and Ctrl-C: close first; libraries' shutdown hooks cannot race the checkpoint.
            for (String signal : new String[] {"TERM", "INT"}) {
                try {
                    sun.misc.Signal.handle(new sun.misc.Signal(signal), sig -> stopRequested.countDown());
                } catch (IllegalArgumentException e) {
                    // not available on this platform: the shutdown hook below still closes
                }
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                if (!s.isClosed()) {
                    stop.run();
                }
            }, "tidemark-shutdown"));
        }
        printConnectionHelp(out, s, usersFile);
        started.countDown();
        stopRequested.await();
        stop.run();
        return TidemarkCli.OK;
    }

    private void printConnectionHelp(PrintWriter out, TidemarkServer s, Path usersFile) {
        String url = s.url();
        out.println("Tidemark serving " + data.data.toAbsolutePath().normalize() + " at " + url
                + " (HTTP on " + s.host() + ":" + s.port() + ")");
        String user = TidemarkServer.ADMIN;
        String password;
        if (s.createdAdminPassword() != null && !s.createdFromEnvironment()) {
            password = s.createdAdminPassword();
            out.println("  Credentials: user " + user + ", password " + password + " (generated now; save it, it is shown only once)");
        } else if (s.createdAdminPassword() != null) {
            password = "<TIDEMARK_ADMIN_PASSWORD>";
            out.println("  Credentials: user " + user + " with the password from TIDEMARK_ADMIN_PASSWORD");
        } else {
            password = "<password>";
            out.println("  Credentials: the users in " + usersFile + " (first start created " + user
                    + "; add users or reset a password with: tidemark serve --data <dir> --set-password <user>)");
        }
        out.println("  JDBC URL:    " + url + ";user=" + user + ";password=" + password);
        out.println("  SQLLine:     ./tidemark sql --url " + url + " --user " + user + "   (password from TIDEMARK_PASSWORD, or typed)");
        out.println("  DBeaver:     new driver, class dev.tidemark.jdbc.TidemarkDriver, library");
        out.println("               jdbc-driver/target/tidemark-jdbc-0.1.0-SNAPSHOT-all.jar, URL " + url + ", user " + user);
        out.println("  AWS SDKs:    endpoint " + s.dynamoDbEndpoint() + ", any region, access key " + user
                + ", secret key = the password");
        if (demo) {
            out.println("  Try:         select status, count(*) as orders, sum(total) as revenue from orders group by status");
        }
        out.println("Stop with Ctrl-C (or SIGTERM): the server checkpoints and closes the database.");
        out.flush();
    }

    /** Waits until the server is serving (for programs that run this command on another thread). */
    public TidemarkServer awaitStarted(Duration timeout) throws InterruptedException {
        if (!started.await(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("the server did not start within " + timeout);
        }
        return server;
    }

    /** Asks a running {@code serve} to stop: it checkpoints, closes and returns 0. */
    public void stop() {
        stopRequested.countDown();
    }

    private int setPassword(Path usersFile) throws IOException {
        String password = System.getenv("TIDEMARK_PASSWORD");
        PrintWriter err = spec.commandLine().getErr();
        if (password == null || password.isEmpty()) {
            java.io.Console console = System.console();
            if (console == null) {
                err.println("tidemark serve: --set-password needs TIDEMARK_PASSWORD or a console to type the password");
                return TidemarkCli.USAGE;
            }
            char[] first = console.readPassword("Password for %s: ", setPassword);
            char[] second = console.readPassword("Again: ");
            if (first == null || second == null || !java.util.Arrays.equals(first, second) || first.length == 0) {
                err.println("tidemark serve: the passwords are empty or differ");
                return TidemarkCli.FAILED;
            }
            password = new String(first);
        }
        if (usersFile.getParent() != null) {
            Files.createDirectories(usersFile.getParent());
        }
        UserStore.put(usersFile, setPassword, password);
        spec.commandLine().getOut().println("Password of " + setPassword + " set in " + usersFile);
        return TidemarkCli.OK;
    }

    /** Lets {@link TidemarkServer#start} print to the command's writer. */
    private static final class WriterOutputStream extends java.io.OutputStream {
        private final PrintWriter out;
        private final java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();

        WriterOutputStream(PrintWriter out) {
            this.out = out;
        }

        @Override
        public synchronized void write(int b) {
            line.write(b);
            if (b == '\n') {
                flush();
            }
        }

        @Override
        public synchronized void flush() {
            out.print(line.toString(java.nio.charset.StandardCharsets.UTF_8));
            out.flush();
            line.reset();
        }
    }
}
