package dev.tidemark.server.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data <dir>} option shared by the commands that open a database directory. */
final class DataOption {
    @Option(names = "--data", paramLabel = "<dir>", defaultValue = "tidemark-data",
            description = "The database directory (default: ${DEFAULT-VALUE}).")
    Path data;

    /** The directory, which must exist already (commands that only read never create one). */
    Path existing() {
        Path dir = data.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("no database directory " + dir + " (give one with --data <dir>)");
        }
        return dir;
    }
}
