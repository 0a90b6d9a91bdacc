package dev.tidemark.calcite.internal.schema;

import dev.tidemark.engine.Database;
import dev.tidemark.engine.ResourceNotFoundException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Column types declared by {@code CREATE TABLE}, and a DDL generation counter (per open database) that
 * tells every connection's schema to forget cached table shapes. The engine is schemaless, so the
 * declarations are kept as the table option {@value #OPTION} (one {@code name TAB type} line per column,
 * UTF-8): they survive restarts and go away with the table.
 */
public final class DeclaredColumns {
    /** The table option holding the declarations. */
    public static final String OPTION = "sql.columns";

    private static final Map<Database, DeclaredColumns> BY_DATABASE = Collections.synchronizedMap(new WeakHashMap<>());

    private final Database db;
    private final AtomicLong generation = new AtomicLong();

    private DeclaredColumns(Database db) {
        this.db = db;
    }

    /** The registry of {@code db}. */
    public static DeclaredColumns of(Database db) {
        return BY_DATABASE.computeIfAbsent(db, DeclaredColumns::new);
    }

    /** Declared columns of a table in declaration order (empty if none, or if the table does not exist). */
    public Map<String, ColumnType> columns(String table) {
        byte[] stored;
        try {
            stored = db.tableOption(table, OPTION);
        } catch (ResourceNotFoundException e) {
            return Map.of();
        }
        return stored == null ? Map.of() : decode(stored);
    }

    /** Records the declared columns of a table (in the table's options) and bumps the generation. */
    public void declare(String table, Map<String, ColumnType> columns) {
        db.setTableOption(table, OPTION, columns.isEmpty() ? null : encode(columns));
        generation.incrementAndGet();
    }

    /** Bumps the generation after DROP TABLE (the declarations went with the table). */
    public void forget(String table) {
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

    static byte[] encode(Map<String, ColumnType> columns) {
        StringBuilder sb = new StringBuilder();
        columns.forEach((name, type) -> sb.append(name).append('\t').append(type.name()).append('\n'));
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    static Map<String, ColumnType> decode(byte[] stored) {
        Map<String, ColumnType> out = new LinkedHashMap<>();
        for (String line : new String(stored, StandardCharsets.UTF_8).split("\n")) {
            int tab = line.lastIndexOf('\t');
            if (tab <= 0) {
                continue;
            }
            try {
                out.put(line.substring(0, tab), ColumnType.valueOf(line.substring(tab + 1)));
            } catch (IllegalArgumentException e) {
                // a type written by a newer version: the column is typed by sampling instead
            }
        }
        return Collections.unmodifiableMap(out);
    }
}
