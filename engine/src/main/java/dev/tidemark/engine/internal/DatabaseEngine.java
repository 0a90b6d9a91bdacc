package dev.tidemark.engine.internal;

import dev.tidemark.engine.Database;
import dev.tidemark.engine.DatabaseOptions;
import java.nio.file.Path;

/** The engine behind {@link Database}. */
public final class DatabaseEngine {
    private DatabaseEngine() {
    }

    /** Opens a database in a directory. */
    public static Database open(Path directory, DatabaseOptions options, boolean deleteOnClose) {
        throw new IllegalStateException("engine under construction");
    }

    /** Opens a database in a new temporary directory. */
    public static Database openTemporary(DatabaseOptions options) {
        throw new IllegalStateException("engine under construction");
    }
}
