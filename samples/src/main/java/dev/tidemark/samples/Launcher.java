package dev.tidemark.samples;

import dev.tidemark.server.cli.TidemarkCli;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The {@code ./tidemark} script's entry point: the {@code tidemark} command of the server module plus
 * two commands that run the programs of this module, {@code demo} (the embedded quick start) and
 * {@code sample <name>}.
 */
public final class Launcher {
    private Launcher() {
    }

    /** The full command line: the server module's commands plus {@code demo} and {@code sample}. */
    public static CommandLine commandLine() {
        CommandLine cl = TidemarkCli.commandLine();
        cl.addSubcommand("demo", new DemoCommand());
        cl.addSubcommand("sample", new SampleCommand());
        return cl;
    }

    /**
     * Runs the command line and exits with its exit code.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        System.exit(TidemarkCli.run(commandLine(), args));
    }

    private static PrintStream stream(PrintWriter out) {
        return new PrintStream(new java.io.OutputStream() {
            @Override
            public void write(int b) {
                out.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                out.write(new String(b, off, len, java.nio.charset.StandardCharsets.UTF_8));
            }

            @Override
            public void flush() {
                out.flush();
            }
        }, true, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** {@code tidemark demo [dir]}: the embedded quick start. */
    @Command(name = "demo", mixinStandardHelpOptions = true,
            description = "The embedded quick start: load sample orders on first run, then read and write them.")
    static final class DemoCommand implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "<dir>", arity = "0..1", defaultValue = "tidemark-data",
                description = "The database directory (default: ${DEFAULT-VALUE}).")
        Path dir;

        @Override
        public Integer call() {
            PrintStream out = stream(spec.commandLine().getOut());
            EngineDemo.run(dir.toAbsolutePath(), out);
            out.flush();
            return TidemarkCli.OK;
        }
    }

    /** {@code tidemark sample <name>}: runs one sample program. */
    @Command(name = "sample", mixinStandardHelpOptions = true,
            description = {"Run a sample program:",
                    "  mapper  records stored and queried with the object mapper (MapperSample)",
                    "  bi      dashboard SQL on the demo data set, embedded or on a server (BiSample)",
                    "  session a session store with time to live, replacing a cache (SessionStoreSample)"})
    static final class SampleCommand implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "<name>", description = "mapper, bi or session.")
        String name;

        @Option(names = "--data", paramLabel = "<dir>",
                description = "The database directory (default: a temporary one for mapper and session, ./tidemark-bi for bi).")
        Path data;

        @Option(names = "--url", paramLabel = "<url>", description = "bi only: query this server instead, e.g. jdbc:tidemark://localhost:8000.")
        String url;

        @Option(names = {"-u", "--user"}, paramLabel = "<user>", defaultValue = "admin", description = "bi with --url: the user.")
        String user;

        @Option(names = {"-p", "--password"}, paramLabel = "<password>",
                description = "bi with --url: the password (default: TIDEMARK_PASSWORD).")
        String password;

        @Override
        public Integer call() throws Exception {
            PrintStream out = stream(spec.commandLine().getOut());
            switch (name) {
                case "mapper" -> MapperSample.run(data, out);
                case "session" -> SessionStoreSample.run(data != null ? data
                        : java.nio.file.Files.createTempDirectory("tidemark-sessions"), out);
                case "bi" -> {
                    if (url != null) {
                        String pw = password != null ? password : System.getenv("TIDEMARK_PASSWORD");
                        BiSample.runRemote(url, user, pw == null ? "" : pw, out);
                    } else {
                        BiSample.runEmbedded(data == null ? Path.of("tidemark-bi") : data, out);
                    }
                }
                default -> throw new CommandLine.ParameterException(spec.commandLine(),
                        "unknown sample '" + name + "' (mapper, bi or session)");
            }
            out.flush();
            return TidemarkCli.OK;
        }
    }
}
