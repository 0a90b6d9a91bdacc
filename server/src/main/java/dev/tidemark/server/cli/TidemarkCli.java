package dev.tidemark.server.cli;

import dev.tidemark.engine.TidemarkException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code tidemark} command. Each subcommand is its own class, registered in the
 * {@code subcommands} list below; another module can add more with
 * {@link CommandLine#addSubcommand(String, Object)} on {@link #commandLine()}.
 *
 * <p>Exit codes: 0 when the operation succeeded, 1 when it failed (the reason on stderr), 2 for a
 * usage error (unknown option, missing argument; the usage on stderr).
 */
@Command(name = "tidemark", mixinStandardHelpOptions = true, versionProvider = TidemarkCli.Version.class,
        description = "Tidemark, a DynamoDB-style database on the JVM.",
        synopsisSubcommandLabel = "COMMAND",
        subcommands = {ServeCommand.class, SqlCommand.class, TablesCommand.class, DescribeCommand.class,
                ImportCommand.class,
                BackupCommand.class, RestoreCommand.class, PitrCommand.class, ExportCommand.class, StreamCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 ok, 1 the operation failed, 2 usage error.",
                "Run 'tidemark COMMAND --help' for a command's options."})
public final class TidemarkCli implements Callable<Integer> {
    /** Exit code of a successful command. */
    public static final int OK = 0;
    /** Exit code of a command whose operation failed. */
    public static final int FAILED = 1;
    /** Exit code of a command line that could not be parsed. */
    public static final int USAGE = 2;

    /** True when running as the process's main program (not inside a test or another program). */
    static volatile boolean standalone;

    @Spec
    CommandSpec spec;

    /** Without a subcommand: the usage, and the usage-error exit code. */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println("tidemark: missing command");
        spec.commandLine().usage(spec.commandLine().getErr());
        return USAGE;
    }

    /** A configured command line: failures print one line on stderr and exit with 1. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new TidemarkCli());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println(commandLine.getCommandSpec().qualifiedName() + ": " + message(e));
            commandLine.getErr().flush();
            return FAILED;
        });
        return cl;
    }

    /** A one-line description of a failure for stderr. */
    static String message(Throwable e) {
        if (e instanceof TidemarkException t) {
            return t.errorName() + ": " + t.getMessage();
        }
        if (e instanceof SQLException s) {
            String state = s.getSQLState() == null ? "" : " (SQLState " + s.getSQLState() + ")";
            return s.getMessage() + state;
        }
        if (e instanceof UncheckedIOException u && u.getCause() != null) {
            return u.getMessage() + ": " + u.getCause().getMessage();
        }
        if (e.getCause() instanceof TidemarkException || e.getCause() instanceof SQLException) {
            return message(e.getCause());
        }
        return e.getMessage() != null ? e.getMessage() : e.toString();
    }

    /**
     * Runs the command line and exits with its exit code.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        System.exit(run(commandLine(), args));
    }

    /**
     * Runs {@code cl} as the process's main program (signal handling for {@code serve}) and returns the exit code.
     *
     * @param cl a command line from {@link #commandLine()}, maybe with more subcommands
     * @param args the arguments
     * @return the exit code
     */
    public static int run(CommandLine cl, String[] args) {
        standalone = true;
        int code = cl.execute(args);
        System.out.flush();
        System.err.flush();
        return code;
    }

    /** The version from the jar manifest, or "development build". */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = TidemarkCli.class.getPackage().getImplementationVersion();
            return new String[] {"Tidemark " + (v == null ? "(development build)" : v)};
        }
    }
}
