package dev.tidemark.calcite.internal.ddl;

import dev.tidemark.calcite.TidemarkSqlException;
import dev.tidemark.calcite.internal.schema.Column;
import dev.tidemark.calcite.internal.schema.ColumnType;
import dev.tidemark.calcite.internal.schema.DeclaredColumns;
import dev.tidemark.calcite.internal.schema.TableShape;
import dev.tidemark.engine.Database;
import dev.tidemark.engine.ResourceInUseException;
import dev.tidemark.engine.ResourceNotFoundException;
import dev.tidemark.engine.TidemarkException;
import dev.tidemark.engine.model.AttributeDefinition;
import dev.tidemark.engine.model.BillingMode;
import dev.tidemark.engine.model.CreateGlobalSecondaryIndexAction;
import dev.tidemark.engine.model.DeleteGlobalSecondaryIndexAction;
import dev.tidemark.engine.model.GlobalSecondaryIndex;
import dev.tidemark.engine.model.GlobalSecondaryIndexDescription;
import dev.tidemark.engine.model.GlobalSecondaryIndexUpdate;
import dev.tidemark.engine.model.IndexStatus;
import dev.tidemark.engine.model.KeySchemaElement;
import dev.tidemark.engine.model.KeyType;
import dev.tidemark.engine.model.LocalSecondaryIndex;
import dev.tidemark.engine.model.LocalSecondaryIndexDescription;
import dev.tidemark.engine.model.Projection;
import dev.tidemark.engine.model.ProjectionType;
import dev.tidemark.engine.model.ScalarAttributeType;
import dev.tidemark.engine.model.TableDescription;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Runs parsed DDL as engine CreateTable / UpdateTable / DeleteTable calls. */
public final class DdlExecutor {
    /** The message for any request of time to live. */
    public static final String TTL_UNSUPPORTED =
            "Time to live (TTL) is not supported: the Tidemark engine has no item expiry yet";
    /** The message for any request of streams. */
    public static final String STREAMS_UNSUPPORTED =
            "Streams (change data capture) are not supported: the Tidemark engine has no streams yet";

    private final Database db;

    /** An executor on {@code db}. */
    public DdlExecutor(Database db) {
        this.db = db;
    }

    /** Parses and runs {@code sql}. */
    public void execute(String sql) {
        DdlStatement s = DdlParser.parse(sql);
        try {
            if (s instanceof DdlStatement.CreateTable c) {
                createTable(c);
            } else if (s instanceof DdlStatement.CreateIndex c) {
                createIndex(c);
            } else if (s instanceof DdlStatement.DropTable d) {
                dropTable(d);
            } else if (s instanceof DdlStatement.DropIndex d) {
                dropIndex(d);
            } else if (s instanceof DdlStatement.AddColumn a) {
                addColumn(a);
            }
        } catch (TidemarkSqlException e) {
            throw e;
        } catch (TidemarkException e) {
            throw TidemarkSqlException.from(e);
        }
    }

    /** The column type for a SQL type name, or an error naming it. */
    static ColumnType columnType(String type, String column) {
        return switch (type) {
            case "VARCHAR", "CHAR", "CHARACTER", "TEXT", "STRING", "NVARCHAR", "NCHAR", "CLOB" -> ColumnType.VARCHAR;
            case "BIGINT", "INT", "INTEGER", "SMALLINT", "TINYINT", "LONG" -> ColumnType.BIGINT;
            case "DECIMAL", "NUMERIC", "NUMBER", "DOUBLE", "FLOAT", "REAL", "DEC" -> ColumnType.DECIMAL;
            case "BOOLEAN", "BOOL" -> ColumnType.BOOLEAN;
            case "VARBINARY", "BINARY", "BLOB", "BYTES", "BYTEA" -> ColumnType.VARBINARY;
            case "JSON" -> ColumnType.JSON;
            default -> throw new TidemarkSqlException("0A000", null, "Column " + column + ": type " + type
                    + " is not supported (use VARCHAR, BIGINT, DECIMAL, BOOLEAN, VARBINARY or JSON)", null);
        };
    }

    /** The DynamoDB key type for a column type, or an error: keys are S, N or B. */
    static ScalarAttributeType keyType(ColumnType t, String column) {
        return switch (t) {
            case VARCHAR -> ScalarAttributeType.S;
            case BIGINT, DECIMAL -> ScalarAttributeType.N;
            case VARBINARY -> ScalarAttributeType.B;
            default -> throw new TidemarkSqlException("42000", "ValidationException", "Key column " + column
                    + " must be a string (VARCHAR), number (BIGINT, DECIMAL) or binary (VARBINARY), not " + t, null);
        };
    }

    private static void checkOptions(Map<String, String> options) {
        for (String k : options.keySet()) {
            if (k.equals("ttl") || k.startsWith("time_to_live") || k.startsWith("ttl_")) {
                throw new TidemarkSqlException("0A000", null, TTL_UNSUPPORTED, null);
            }
            if (k.startsWith("stream")) {
                throw new TidemarkSqlException("0A000", null, STREAMS_UNSUPPORTED, null);
            }
        }
        if (!options.isEmpty()) {
            throw new TidemarkSqlException("42000", null, "Unknown table option " + options.keySet().iterator().next()
                    + " (no WITH options are supported yet)", null);
        }
    }

    private static KeySchemaElement key(String name, KeyType t) {
        return KeySchemaElement.builder().attributeName(name).keyType(t).build();
    }

    private static AttributeDefinition def(String name, ScalarAttributeType t) {
        return AttributeDefinition.builder().attributeName(name).attributeType(t).build();
    }

    private void createTable(DdlStatement.CreateTable c) {
        checkOptions(c.options());
        if (c.primaryKey().isEmpty() || c.primaryKey().size() > 2) {
            throw new TidemarkSqlException("42000", "ValidationException", "CREATE TABLE " + c.table()
                    + " needs PRIMARY KEY (partition key [, sort key]): one or two columns", null);
        }
        Map<String, ColumnType> types = new LinkedHashMap<>();
        for (DdlStatement.ColumnDef col : c.columns()) {
            if (col.name().equals(TableShape.ITEM_COLUMN)) {
                throw new TidemarkSqlException("42000", null, "Column name " + TableShape.ITEM_COLUMN
                        + " is reserved for the whole item", null);
            }
            if (types.put(col.name(), columnType(col.type(), col.name())) != null) {
                throw new TidemarkSqlException("42000", null, "Column " + col.name() + " is declared twice", null);
            }
        }
        for (DdlStatement.ColumnDef col : c.columns()) {
            if (col.notNull() && !c.primaryKey().contains(col.name())) {
                throw new TidemarkSqlException("0A000", null, "NOT NULL on the non-key column " + col.name()
                        + " is not supported: only key attributes are required in Tidemark items", null);
            }
        }
        List<KeySchemaElement> keys = new ArrayList<>();
        List<AttributeDefinition> defs = new ArrayList<>();
        for (int i = 0; i < c.primaryKey().size(); i++) {
            String k = c.primaryKey().get(i);
            ColumnType t = types.get(k);
            if (t == null) {
                throw new TidemarkSqlException("42000", null, "PRIMARY KEY column " + k + " is not declared", null);
            }
            keys.add(key(k, i == 0 ? KeyType.HASH : KeyType.RANGE));
            defs.add(def(k, keyType(t, k)));
        }
        if (c.primaryKey().size() == 2 && c.primaryKey().get(0).equals(c.primaryKey().get(1))) {
            throw new TidemarkSqlException("42000", null, "The partition key and sort key must differ", null);
        }
        if (c.ifNotExists() && exists(c.table())) {
            return;
        }
        try {
            db.createTable(r -> r.tableName(c.table()).keySchema(keys).attributeDefinitions(defs)
                    .billingMode(BillingMode.PAY_PER_REQUEST));
        } catch (ResourceInUseException e) {
            throw new TidemarkSqlException("42S01", e.errorName(), "Table " + c.table() + " already exists", e);
        }
        DeclaredColumns.of(db).declare(c.table(), types);
    }

    /** Declares one more column: items are schemaless, so only the table's column declarations change. */
    private void addColumn(DdlStatement.AddColumn a) {
        DdlStatement.ColumnDef col = a.column();
        TableDescription t = describe(a.table());
        if (col.name().equals(TableShape.ITEM_COLUMN)) {
            throw new TidemarkSqlException("42000", null, "Column name " + TableShape.ITEM_COLUMN
                    + " is reserved for the whole item", null);
        }
        if (col.notNull()) {
            throw new TidemarkSqlException("0A000", null, "NOT NULL on the non-key column " + col.name()
                    + " is not supported: only key attributes are required in Tidemark items", null);
        }
        boolean key = t.keySchema().stream().anyMatch(k -> k.attributeName().equals(col.name()));
        Map<String, ColumnType> declared = new LinkedHashMap<>(DeclaredColumns.of(db).columns(a.table()));
        if (key || declared.containsKey(col.name())) {
            throw new TidemarkSqlException("42S21", null, "Column " + col.name() + " already exists in " + a.table(), null);
        }
        declared.put(col.name(), columnType(col.type(), col.name()));
        DeclaredColumns.of(db).declare(a.table(), declared);
    }

    private boolean exists(String table) {
        try {
            db.describeTable(r -> r.tableName(table));
            return true;
        } catch (ResourceNotFoundException e) {
            return false;
        }
    }

    private TableDescription describe(String table) {
        try {
            return db.describeTable(r -> r.tableName(table)).table();
        } catch (ResourceNotFoundException e) {
            throw new TidemarkSqlException("42S02", e.errorName(), "Table " + table + " does not exist", e);
        }
    }

    private void dropTable(DdlStatement.DropTable d) {
        try {
            db.deleteTable(r -> r.tableName(d.table()));
        } catch (ResourceNotFoundException e) {
            if (!d.ifExists()) {
                throw new TidemarkSqlException("42S02", e.errorName(), "Table " + d.table() + " does not exist", e);
            }
        }
        DeclaredColumns.of(db).forget(d.table());
    }

    private static Set<String> indexNames(TableDescription t) {
        Set<String> names = new HashSet<>();
        if (t.globalSecondaryIndexes() != null) {
            t.globalSecondaryIndexes().forEach(g -> names.add(g.indexName()));
        }
        if (t.localSecondaryIndexes() != null) {
            t.localSecondaryIndexes().forEach(l -> names.add(l.indexName()));
        }
        return names;
    }

    /** The key type of an index key column: its given type, its declared one, its key definition, or its sampled one. */
    private ScalarAttributeType indexKeyType(TableDescription t, DdlStatement.ColumnDef k) {
        if (k.type() != null) {
            return keyType(columnType(k.type(), k.name()), k.name());
        }
        for (AttributeDefinition a : t.attributeDefinitions()) {
            if (a.attributeName().equals(k.name())) {
                return a.attributeType();
            }
        }
        ColumnType declared = DeclaredColumns.of(db).columns(t.tableName()).get(k.name());
        if (declared != null) {
            return keyType(declared, k.name());
        }
        TableShape shape = TableShape.load(db, t.tableName(), 100);
        int ord = shape.ordinal(k.name());
        if (ord >= 0 && shape.columns().get(ord).role() != Column.Role.ITEM && shape.sampled() > 0) {
            return keyType(shape.columns().get(ord).type(), k.name());
        }
        throw new TidemarkSqlException("42000", null, "Index key column " + k.name() + " has no known type: write it"
                + " after the name, for example ON " + t.tableName() + " (" + k.name() + " VARCHAR)", null);
    }

    private static Projection projection(DdlStatement.CreateIndex c) {
        ProjectionType type = ProjectionType.valueOf(c.projection());
        Projection.Builder b = Projection.builder().projectionType(type);
        if (type == ProjectionType.INCLUDE) {
            b.nonKeyAttributes(c.include());
        }
        return b.build();
    }

    private void createIndex(DdlStatement.CreateIndex c) {
        TableDescription t = describe(c.table());
        if (indexNames(t).contains(c.index())) {
            if (c.ifNotExists()) {
                return;
            }
            throw new TidemarkSqlException("42S11", null, "Index " + c.index() + " already exists on " + c.table(), null);
        }
        if (c.keys().size() > 2) {
            throw new TidemarkSqlException("42000", null, "An index key is (partition key [, sort key])", null);
        }
        String tablePk = null;
        String tableSk = null;
        for (KeySchemaElement k : t.keySchema()) {
            if (k.keyType() == KeyType.HASH) {
                tablePk = k.attributeName();
            } else {
                tableSk = k.attributeName();
            }
        }
        Map<String, ScalarAttributeType> newDefs = new LinkedHashMap<>();
        for (AttributeDefinition a : t.attributeDefinitions()) {
            newDefs.put(a.attributeName(), a.attributeType());
        }
        if (c.local()) {
            List<DdlStatement.ColumnDef> keys = c.keys();
            if (keys.size() == 2) {
                if (!keys.get(0).name().equals(tablePk)) {
                    throw new TidemarkSqlException("42000", "ValidationException", "A LOCAL index shares the table's"
                            + " partition key " + tablePk + "; write ON " + c.table() + " (" + tablePk + ", sortKey)", null);
                }
                keys = keys.subList(1, 2);
            }
            if (tableSk == null) {
                throw new TidemarkSqlException("42000", "ValidationException", "A LOCAL index needs a table with a"
                        + " sort key; " + c.table() + " has only a partition key: use a (global) INDEX", null);
            }
            DdlStatement.ColumnDef sk = keys.get(0);
            newDefs.put(sk.name(), indexKeyType(t, sk));
            LocalSecondaryIndex lsi = LocalSecondaryIndex.builder().indexName(c.index())
                    .keySchema(key(tablePk, KeyType.HASH), key(sk.name(), KeyType.RANGE)).projection(projection(c)).build();
            recreate(t, newDefs, lsi, null, "adding the LOCAL index " + c.index());
        } else {
            List<KeySchemaElement> keys = new ArrayList<>();
            for (int i = 0; i < c.keys().size(); i++) {
                DdlStatement.ColumnDef k = c.keys().get(i);
                ScalarAttributeType type = indexKeyType(t, k);
                ScalarAttributeType before = newDefs.put(k.name(), type);
                if (before != null && before != type) {
                    throw new TidemarkSqlException("42000", "ValidationException", "Column " + k.name() + " is already"
                            + " a key of type " + before + ", not " + type, null);
                }
                keys.add(key(k.name(), i == 0 ? KeyType.HASH : KeyType.RANGE));
            }
            List<AttributeDefinition> defs = new ArrayList<>();
            newDefs.forEach((n, ty) -> defs.add(def(n, ty)));
            db.updateTable(r -> r.tableName(c.table()).attributeDefinitions(defs).globalSecondaryIndexUpdates(
                    GlobalSecondaryIndexUpdate.builder().create(CreateGlobalSecondaryIndexAction.builder()
                            .indexName(c.index()).keySchema(keys).projection(projection(c)).build()).build()));
            awaitActive(c.table(), c.index());
        }
        DeclaredColumns.of(db).changed();
    }

    /** Waits until a new global index has been backfilled, so the next statement can use it. */
    private void awaitActive(String table, String index) {
        while (true) {
            TableDescription t = describe(table);
            GlobalSecondaryIndexDescription g = t.globalSecondaryIndexes() == null ? null
                    : t.globalSecondaryIndexes().stream().filter(x -> x.indexName().equals(index)).findFirst().orElse(null);
            if (g == null || g.indexStatus() == null || g.indexStatus() == IndexStatus.ACTIVE) {
                return;
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TidemarkSqlException("57014", null, "Interrupted while the index " + index + " was built", e);
            }
        }
    }

    /**
     * Local indexes are part of a table's definition (as in DynamoDB): adding or dropping one re-creates
     * the table, which is allowed only while it holds no items.
     */
    private void recreate(TableDescription t, Map<String, ScalarAttributeType> defs, LocalSecondaryIndex add,
            String drop, String what) {
        if (!db.scan(s -> s.tableName(t.tableName()).limit(1)).items().isEmpty()) {
            throw new TidemarkSqlException("0A000", null, what + " is supported only while " + t.tableName()
                    + " is empty: local indexes belong to the table's definition, as in DynamoDB", null);
        }
        List<LocalSecondaryIndex> lsis = new ArrayList<>();
        if (t.localSecondaryIndexes() != null) {
            for (LocalSecondaryIndexDescription l : t.localSecondaryIndexes()) {
                if (!l.indexName().equals(drop)) {
                    lsis.add(LocalSecondaryIndex.builder().indexName(l.indexName()).keySchema(l.keySchema())
                            .projection(l.projection()).build());
                }
            }
        }
        if (add != null) {
            lsis.add(add);
        }
        List<GlobalSecondaryIndex> gsis = new ArrayList<>();
        if (t.globalSecondaryIndexes() != null) {
            for (GlobalSecondaryIndexDescription g : t.globalSecondaryIndexes()) {
                gsis.add(GlobalSecondaryIndex.builder().indexName(g.indexName()).keySchema(g.keySchema())
                        .projection(g.projection()).build());
            }
        }
        Set<String> used = new HashSet<>();
        t.keySchema().forEach(k -> used.add(k.attributeName()));
        lsis.forEach(l -> l.keySchema().forEach(k -> used.add(k.attributeName())));
        gsis.forEach(g -> g.keySchema().forEach(k -> used.add(k.attributeName())));
        List<AttributeDefinition> attrs = new ArrayList<>();
        defs.forEach((n, ty) -> {
            if (used.contains(n)) {
                attrs.add(def(n, ty));
            }
        });
        // the column declarations are an option of the table: carried over to the new table
        Map<String, ColumnType> declared = DeclaredColumns.of(db).columns(t.tableName());
        db.deleteTable(r -> r.tableName(t.tableName()));
        db.createTable(r -> {
            r.tableName(t.tableName()).keySchema(t.keySchema()).attributeDefinitions(attrs)
                    .billingMode(BillingMode.PAY_PER_REQUEST);
            if (!lsis.isEmpty()) {
                r.localSecondaryIndexes(lsis);
            }
            if (!gsis.isEmpty()) {
                r.globalSecondaryIndexes(gsis);
            }
        });
        if (!declared.isEmpty()) {
            DeclaredColumns.of(db).declare(t.tableName(), declared);
        }
    }

    private void dropIndex(DdlStatement.DropIndex d) {
        TableDescription t = describe(d.table());
        boolean global = t.globalSecondaryIndexes() != null
                && t.globalSecondaryIndexes().stream().anyMatch(g -> g.indexName().equals(d.index()));
        boolean local = t.localSecondaryIndexes() != null
                && t.localSecondaryIndexes().stream().anyMatch(l -> l.indexName().equals(d.index()));
        if (global) {
            db.updateTable(r -> r.tableName(d.table()).globalSecondaryIndexUpdates(GlobalSecondaryIndexUpdate.builder()
                    .delete(DeleteGlobalSecondaryIndexAction.builder().indexName(d.index()).build()).build()));
        } else if (local) {
            Map<String, ScalarAttributeType> defs = new LinkedHashMap<>();
            t.attributeDefinitions().forEach(a -> defs.put(a.attributeName(), a.attributeType()));
            recreate(t, defs, null, d.index(), "dropping the LOCAL index " + d.index());
        } else if (!d.ifExists()) {
            throw new TidemarkSqlException("42S12", null, "Index " + d.index() + " does not exist on " + d.table(), null);
        }
        DeclaredColumns.of(db).changed();
    }
}
