package dev.tidemark.calcite;

import dev.tidemark.engine.Database;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Opens databases shared within the JVM: the same directory (or the same in-memory name) opened
 * twice gives the same engine instance, which is closed when its last handle is closed.
 */
public final class TidemarkDatabases {
    private static final Map<String, Shared> OPEN = new HashMap<>();

    private TidemarkDatabases() {
    }

    /** A reference to a shared database; close it when done. */
    public static final class Handle implements AutoCloseable {
        private final Shared shared;
        private boolean closed;

        private Handle(Shared shared) {
            this.shared = shared;
        }

        /** The database. */
        public Database database() {
            return shared.db;
        }

        @Override
        public void close() {
            synchronized (OPEN) {
                if (closed) {
                    return;
                }
                closed = true;
                if (--shared.refs == 0) {
                    OPEN.remove(shared.id);
                    shared.db.close();
                }
            }
        }
    }

    private static final class Shared {
        final String id;
        final Database db;
        int refs;

        Shared(String id, Database db) {
            this.id = id;
            this.db = db;
        }
    }

    /** Opens (or shares) the durable database in {@code directory}. */
    public static Handle open(Path directory) {
        Path dir = directory.toAbsolutePath().normalize();
        return acquire("file:" + dir, () -> Database.open(dir));
    }

    /** Opens (or shares) the temporary database called {@code name}; it is deleted when its last handle closes. */
    public static Handle openMemory(String name) {
        return acquire("mem:" + name, Database::openTemporary);
    }

    private static Handle acquire(String id, java.util.function.Supplier<Database> opener) {
        synchronized (OPEN) {
            Shared s = OPEN.get(id);
            if (s == null) {
                s = new Shared(id, opener.get());
                OPEN.put(id, s);
            }
            s.refs++;
            return new Handle(s);
        }
    }
}
