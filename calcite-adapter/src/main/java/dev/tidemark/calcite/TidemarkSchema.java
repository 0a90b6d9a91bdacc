package dev.tidemark.calcite;

import dev.tidemark.calcite.internal.ddl.DdlExecutor;
import dev.tidemark.calcite.internal.ddl.DdlParser;
import dev.tidemark.calcite.internal.exec.Session;
import dev.tidemark.calcite.internal.schema.DeclaredColumns;
import dev.tidemark.calcite.internal.schema.Column;
import dev.tidemark.calcite.internal.schema.IndexShape;
import dev.tidemark.calcite.internal.schema.TableShape;
import dev.tidemark.calcite.internal.schema.TidemarkTable;
import dev.tidemark.engine.Database;
import dev.tidemark.engine.ListTablesResult;
import dev.tidemark.engine.model.TableDescription;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.calcite.schema.Table;
import org.apache.calcite.schema.lookup.CompatibilityLookup;
import org.apache.calcite.schema.lookup.Lookup;
import org.apache.calcite.schema.impl.AbstractSchema;

/**
 * A SQL schema holding one table per Tidemark table of a database. Add it to a Calcite root schema
 * (or let {@link TidemarkSchemaFactory} do it from a model). One instance serves one connection: it
 * also holds that connection's open transaction (see {@link #setAutoCommit(boolean)}).
 *
 * <p>Columns of each table are the key attributes (NOT NULL), then the attributes found in a sample
 * of {@code sampleSize} items, then {@code _item} with the whole item as JSON. Shapes are computed on
 * first use and kept for the life of this schema; {@link #refresh()} recomputes them.
 */
public final class TidemarkSchema extends AbstractSchema {
    /** Default number of items sampled per table to find attribute columns. */
    public static final int DEFAULT_SAMPLE_SIZE = 100;

    private final Database db;
    private final int sampleSize;
    private final Session session;
    private final Map<String, TidemarkTable> tables = new ConcurrentHashMap<>();
    private final DeclaredColumns declared;
    private volatile long generation;
    private final java.util.concurrent.atomic.AtomicLong shapeVersion = new java.util.concurrent.atomic.AtomicLong();

    /**
     * Creates a schema over {@code db}.
     *
     * @param db the database (not closed by the schema)
     * @param sampleSize items sampled per table to infer attribute columns (0 for key columns and {@code _item} only)
     */
    public TidemarkSchema(Database db, int sampleSize) {
        this.db = db;
        this.sampleSize = sampleSize;
        this.session = new Session(db);
        this.declared = DeclaredColumns.of(db);
        this.generation = declared.generation();
    }

    /**
     * The optimisation program for statements on Tidemark tables: a SELECT of columns from one table whose
     * WHERE clause the read takes entirely is planned directly; everything else by Calcite's standard
     * program. Install it for a preparation with {@code Hook.PROGRAM}.
     */
    public static org.apache.calcite.tools.Program program() {
        return dev.tidemark.calcite.internal.plan.FastPath.PROGRAM;
    }

    /** The database. */
    public Database database() {
        return db;
    }

    @Override
    public boolean isMutable() {
        return true;
    }

    @Override
    protected Map<String, Table> getTableMap() {
        checkGeneration();
        Map<String, Table> map = new LinkedHashMap<>();
        String start = null;
        do {
            String from = start;
            ListTablesResult r = db.listTables(l -> l.exclusiveStartTableName(from));
            for (String name : r.tableNames()) {
                Table t = tables.computeIfAbsent(name,
                        n -> new TidemarkTable(n, session, () -> TableShape.load(db, n, sampleSize)));
                map.put(name, t);
            }
            start = r.lastEvaluatedTableName();
        } while (start != null);
        if (tables.keySet().retainAll(map.keySet())) {
            shapeVersion.incrementAndGet();
        }
        return map;
    }

    /** Forgets the shapes when DDL (on any connection) changed tables or indexes. */
    private void checkGeneration() {
        long g = declared.generation();
        if (g != generation) {
            tables.clear();
            generation = g;
            shapeVersion.incrementAndGet();
        }
    }

    /**
     * A number that changes whenever this schema forgets table shapes (DDL on any connection, {@link #refresh()},
     * a table gone): a statement planned under another number may rest on stale shapes and must be planned again.
     */
    public long shapeVersion() {
        checkGeneration();
        return shapeVersion.get();
    }

    /**
     * Table lookup: the engine's tables, and also {@code table$index}, the read-only view of a table
     * read through one of its indexes. Those views are not listed among the table names (metadata
     * shows the indexes through getIndexInfo).
     */
    @Override
    public Lookup<Table> tables() {
        return new CompatibilityLookup<>(this::table, () -> {
            java.util.Set<String> names = new java.util.LinkedHashSet<>();
            for (String t : getTableMap().keySet()) {
                names.add(t);
                for (String i : indexNames(t)) {
                    names.add(t + "$" + i);
                }
            }
            return names;
        });
    }

    /** Whether {@code name} is a {@code table$index} view rather than a table. */
    public boolean isIndexView(String name) {
        int dollar = name.lastIndexOf('$');
        return dollar > 0 && !getTableMap().containsKey(name) && table(name) != null;
    }

    private Table table(String name) {
        Map<String, Table> map = getTableMap();
        Table t = map.get(name);
        int dollar = name.lastIndexOf('$');
        if (t != null || dollar <= 0) {
            return t;
        }
        if (!(map.get(name.substring(0, dollar)) instanceof TidemarkTable base)) {
            return null;
        }
        String index = name.substring(dollar + 1);
        if (!indexNames(base.name()).contains(index)) {
            return null;
        }
        return tables.computeIfAbsent(name, n -> new TidemarkTable(base, index));
    }

    /** Index names of a table, from DescribeTable (cheap, unlike sampling a shape). */
    private List<String> indexNames(String table) {
        List<String> names = new ArrayList<>();
        try {
            TableDescription d = db.describeTable(r -> r.tableName(table)).table();
            if (d.localSecondaryIndexes() != null) {
                d.localSecondaryIndexes().forEach(l -> names.add(l.indexName()));
            }
            if (d.globalSecondaryIndexes() != null) {
                d.globalSecondaryIndexes().forEach(g -> names.add(g.indexName()));
            }
        } catch (dev.tidemark.engine.ResourceNotFoundException e) {
            return List.of();
        }
        return names;
    }

    /** Forgets computed table shapes (after DDL, or to re-sample attribute columns). */
    public void refresh() {
        tables.clear();
        shapeVersion.incrementAndGet();
    }

    /** Forgets the shape of one table. */
    public void refresh(String table) {
        tables.remove(table);
        shapeVersion.incrementAndGet();
    }

    /** What SQL clients are told about a table (keys, indexes, column remarks), or null if there is none. */
    public TableInfo describe(String table) {
        Table t = getTableMap().get(table);
        if (!(t instanceof TidemarkTable tt)) {
            return null;
        }
        TableShape s = tt.shape();
        Map<String, String> remarks = new LinkedHashMap<>();
        for (Column c : s.columns()) {
            remarks.put(c.name(), c.remarks());
        }
        List<TableInfo.Index> indexes = new ArrayList<>();
        for (IndexShape i : s.indexes()) {
            indexes.add(new TableInfo.Index(i.name(), i.global(), i.partitionKey(), i.sortKey()));
        }
        return new TableInfo(s.tableName(), s.partitionKey(), s.sortKey(), s.rowCount(), remarks, indexes);
    }

    /**
     * Whether {@code sql} is DDL that {@link #executeDdl(String)} runs (CREATE/DROP TABLE, CREATE/DROP
     * INDEX, ALTER) rather than a statement for Calcite.
     */
    public static boolean isDdl(String sql) {
        return DdlParser.isDdl(sql);
    }

    /**
     * Whether {@code sql} is an {@code UPSERT INTO ...} statement: an INSERT that replaces an existing item
     * with the same key instead of failing.
     */
    public static boolean isUpsert(String sql) {
        return DdlParser.firstWord(sql).equals("UPSERT");
    }

    /**
     * Runs a DDL statement against the database:
     * {@code CREATE TABLE [IF NOT EXISTS] t (col type, ..., PRIMARY KEY (pk [, sk]))},
     * {@code CREATE [GLOBAL|LOCAL] INDEX [IF NOT EXISTS] i ON t (pk [, sk]) [INCLUDE (a, ...) | KEYS ONLY | ALL]},
     * {@code DROP TABLE [IF EXISTS] t}, {@code DROP INDEX [IF EXISTS] i ON t}.
     * Every connection's schema sees the change at its next statement.
     *
     * @throws TidemarkSqlException with a SQLState when the statement is wrong or unsupported
     */
    public void executeDdl(String sql) {
        if (!session.autoCommit() && session.pendingWrites() > 0) {
            throw new TidemarkSqlException("25000", null, "DDL inside a transaction with pending writes:"
                    + " commit or roll back first", null);
        }
        new DdlExecutor(db).execute(sql);
        tables.clear();
        shapeVersion.incrementAndGet();
    }

    /**
     * Runs {@code action} with INSERTs on this thread writing as upserts (an existing item with the same
     * key is replaced, not refused).
     */
    public <T> T upserting(java.util.concurrent.Callable<T> action) throws Exception {
        return session.upserting(action);
    }

    /** Names of the tables. */
    public List<String> tableNames() {
        return List.copyOf(getTableMap().keySet());
    }

    /** Whether each statement's writes commit at once (the default). */
    public boolean autoCommit() {
        return session.autoCommit();
    }

    /** Switches auto-commit; switching it on commits the open transaction. */
    public void setAutoCommit(boolean on) {
        session.setAutoCommit(on);
    }

    /** Commits the open transaction as one TransactWriteItems (at most 100 writes). */
    public void commit() {
        session.commit();
    }

    /** Discards the open transaction's writes. */
    public void rollback() {
        session.rollback();
    }

    /** How many writes the open transaction holds. */
    public int pendingWrites() {
        return session.pendingWrites();
    }
}
