package dev.tidemark.calcite.internal.schema;

import dev.tidemark.engine.Database;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Column types declared by {@code CREATE TABLE}, kept per open database for the life of the JVM, and
 * a DDL generation counter that tells every connection's schema to forget cached table shapes.
 * The engine itself is schemaless: declared non-key columns live only here.
 */
public final class DeclaredColumns {
    private static final Map<Database, DeclaredColumns> BY_DATABASE = Collections.synchronizedMap(new WeakHashMap<>());

    private final Map<String, Map<String, ColumnType>> tables = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    private DeclaredColumns() {
    }

    /** The registry of {@code db}. */
    public static DeclaredColumns of(Database db) {
        return BY_DATABASE.computeIfAbsent(db, d -> new DeclaredColumns());
    }

    /** Declared columns of a table in declaration order (empty if none). */
    public Map<String, ColumnType> columns(String table) {
        return tables.getOrDefault(table, Map.of());
    }

    /** Records the declared columns of a new table and bumps the generation. */
    public void declare(String table, Map<String, ColumnType> columns) {
        tables.put(table, Collections.unmodifiableMap(new LinkedHashMap<>(columns)));
        generation.incrementAndGet();
    }

    /** Forgets a table's columns (after DROP TABLE) and bumps the generation. */
    public void forget(String table) {
        tables.remove(table);
        generation.incrementAndGet();
    }

    /** Bumps the generation after a change of indexes. */
    public void changed() {
        generation.incrementAndGet();
    }

    /** The DDL generation: it changes whenever tables or indexes change through SQL. */
    public long generation() {
        return generation.get();
    }
}
