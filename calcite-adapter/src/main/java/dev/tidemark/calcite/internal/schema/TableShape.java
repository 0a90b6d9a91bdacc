package dev.tidemark.calcite.internal.schema;

import dev.tidemark.engine.Database;
import dev.tidemark.engine.model.AttributeDefinition;
import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.engine.model.GlobalSecondaryIndexDescription;
import dev.tidemark.engine.model.IndexStatus;
import dev.tidemark.engine.model.KeySchemaElement;
import dev.tidemark.engine.model.KeyType;
import dev.tidemark.engine.model.LocalSecondaryIndexDescription;
import dev.tidemark.engine.model.ScalarAttributeType;
import dev.tidemark.engine.model.TableDescription;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The SQL shape of one Tidemark table: its columns (key attributes, sampled attributes, the whole
 * item), its key schema and its indexes. Built once from DescribeTable and a sample of items.
 */
public final class TableShape {
    /** Name of the column holding the whole item as JSON. */
    public static final String ITEM_COLUMN = "_item";

    private final String tableName;
    private final List<Column> columns;
    private final Map<String, Integer> ordinals = new HashMap<>();
    private final String partitionKey;
    private final ScalarAttributeType partitionKeyType;
    private final String sortKey;
    private final ScalarAttributeType sortKeyType;
    private final List<IndexShape> indexes;
    private final long rowCount;
    private final int sampled;

    private TableShape(String tableName, List<Column> columns, String partitionKey, ScalarAttributeType partitionKeyType,
            String sortKey, ScalarAttributeType sortKeyType, List<IndexShape> indexes, long rowCount, int sampled) {
        this.tableName = tableName;
        this.columns = List.copyOf(columns);
        for (int i = 0; i < columns.size(); i++) {
            ordinals.put(columns.get(i).name(), i);
        }
        this.partitionKey = partitionKey;
        this.partitionKeyType = partitionKeyType;
        this.sortKey = sortKey;
        this.sortKeyType = sortKeyType;
        this.indexes = List.copyOf(indexes);
        this.rowCount = rowCount;
        this.sampled = sampled;
    }

    /**
     * Describes {@code table} and samples up to {@code sampleSize} of its items to find attribute columns.
     */
    public static TableShape load(Database db, String table, int sampleSize) {
        return load(db, table, sampleSize, DeclaredColumns.of(db).columns(table));
    }

    /**
     * Like {@link #load(Database, String, int)}, with column types declared by CREATE TABLE: a declared
     * column exists even when no sampled item has it, and its declared type wins over the sampled one.
     */
    public static TableShape load(Database db, String table, int sampleSize, Map<String, ColumnType> declared) {
        TableDescription d = db.describeTable(r -> r.tableName(table)).table();
        Map<String, ScalarAttributeType> defs = new HashMap<>();
        for (AttributeDefinition a : d.attributeDefinitions()) {
            defs.put(a.attributeName(), a.attributeType());
        }
        String pk = null;
        String sk = null;
        for (KeySchemaElement k : d.keySchema()) {
            if (k.keyType() == KeyType.HASH) {
                pk = k.attributeName();
            } else {
                sk = k.attributeName();
            }
        }
        List<Map<String, AttributeValue>> sample = sampleSize <= 0 ? List.of()
                : db.scan(s -> s.tableName(table).limit(sampleSize)).items();
        Map<String, Set<AttributeValue.Type>> seen = new TreeMap<>();
        Map<String, Boolean> integral = new HashMap<>();
        for (Map<String, AttributeValue> item : sample) {
            for (Map.Entry<String, AttributeValue> e : item.entrySet()) {
                AttributeValue v = e.getValue();
                Set<AttributeValue.Type> types = seen.computeIfAbsent(e.getKey(), k -> EnumSet.noneOf(AttributeValue.Type.class));
                if (v.type() == AttributeValue.Type.NULL) {
                    continue;
                }
                types.add(v.type());
                if (v.type() == AttributeValue.Type.N) {
                    integral.merge(e.getKey(), isLong(v.nAsBigDecimal()), Boolean::logicalAnd);
                }
            }
        }
        for (String indexKey : defs.keySet()) {
            seen.computeIfAbsent(indexKey, k -> EnumSet.noneOf(AttributeValue.Type.class));
        }
        for (String name : declared.keySet()) {
            seen.computeIfAbsent(name, k -> EnumSet.noneOf(AttributeValue.Type.class));
        }
        List<Column> cols = new ArrayList<>();
        cols.add(new Column(pk, Column.Role.PARTITION_KEY,
                declared.getOrDefault(pk, keyType(defs.get(pk), integral.get(pk))), "partition key"));
        if (sk != null) {
            cols.add(new Column(sk, Column.Role.SORT_KEY,
                    declared.getOrDefault(sk, keyType(defs.get(sk), integral.get(sk))), "sort key"));
        }
        String remark = "inferred from " + sample.size() + " items";
        for (Map.Entry<String, Set<AttributeValue.Type>> e : seen.entrySet()) {
            String name = e.getKey();
            if (name.equals(pk) || name.equals(sk) || name.equals(ITEM_COLUMN)) {
                continue;
            }
            ColumnType type = declared.containsKey(name) ? declared.get(name)
                    : defs.containsKey(name) ? keyType(defs.get(name), integral.get(name))
                    : attributeType(e.getValue(), integral.get(name));
            String how = declared.containsKey(name) ? "declared" : remark;
            cols.add(new Column(name, Column.Role.ATTRIBUTE, type, defs.containsKey(name) ? "index key; " + how : how));
        }
        cols.add(new Column(ITEM_COLUMN, Column.Role.ITEM, ColumnType.JSON, "the whole item as JSON"));

        List<IndexShape> indexes = new ArrayList<>();
        if (d.localSecondaryIndexes() != null) {
            for (LocalSecondaryIndexDescription l : d.localSecondaryIndexes()) {
                indexes.add(index(l.indexName(), false, l.keySchema(), defs, l.projection(), true));
            }
        }
        if (d.globalSecondaryIndexes() != null) {
            for (GlobalSecondaryIndexDescription g : d.globalSecondaryIndexes()) {
                indexes.add(index(g.indexName(), true, g.keySchema(), defs, g.projection(),
                        g.indexStatus() == null || g.indexStatus() == IndexStatus.ACTIVE));
            }
        }
        long rows = d.itemCount() == null ? 0 : d.itemCount();
        return new TableShape(table, cols, pk, defs.get(pk), sk, sk == null ? null : defs.get(sk), indexes, rows,
                sample.size());
    }

    private static IndexShape index(String name, boolean global, List<KeySchemaElement> keys,
            Map<String, ScalarAttributeType> defs, dev.tidemark.engine.model.Projection p, boolean active) {
        String ipk = null;
        String isk = null;
        for (KeySchemaElement k : keys) {
            if (k.keyType() == KeyType.HASH) {
                ipk = k.attributeName();
            } else {
                isk = k.attributeName();
            }
        }
        return new IndexShape(name, global, ipk, defs.get(ipk), isk, isk == null ? null : defs.get(isk),
                p.projectionType(), p.nonKeyAttributes() == null ? List.of() : p.nonKeyAttributes(), active);
    }

    private static boolean isLong(BigDecimal d) {
        try {
            d.longValueExact();
            return true;
        } catch (ArithmeticException e) {
            return false;
        }
    }

    private static ColumnType keyType(ScalarAttributeType t, Boolean integral) {
        return switch (t) {
            case S -> ColumnType.VARCHAR;
            case B -> ColumnType.VARBINARY;
            case N -> Boolean.TRUE.equals(integral) ? ColumnType.BIGINT : ColumnType.DECIMAL;
        };
    }

    private static ColumnType attributeType(Set<AttributeValue.Type> types, Boolean integral) {
        if (types.isEmpty()) {
            return ColumnType.VARCHAR;
        }
        if (types.size() == 1) {
            return switch (types.iterator().next()) {
                case S -> ColumnType.VARCHAR;
                case N -> Boolean.TRUE.equals(integral) ? ColumnType.BIGINT : ColumnType.DECIMAL;
                case BOOL -> ColumnType.BOOLEAN;
                case B -> ColumnType.VARBINARY;
                default -> ColumnType.JSON;
            };
        }
        Set<AttributeValue.Type> scalars = EnumSet.of(AttributeValue.Type.S, AttributeValue.Type.N,
                AttributeValue.Type.BOOL, AttributeValue.Type.B);
        return scalars.containsAll(types) ? ColumnType.VARCHAR : ColumnType.JSON;
    }

    /** Table name. */
    public String tableName() {
        return tableName;
    }

    /** All columns in SQL order. */
    public List<Column> columns() {
        return columns;
    }

    /** The ordinal of a column, or -1. */
    public int ordinal(String name) {
        return ordinals.getOrDefault(name, -1);
    }

    /** The whole-item column's ordinal (always the last). */
    public int itemOrdinal() {
        return columns.size() - 1;
    }

    /** The partition key attribute. */
    public String partitionKey() {
        return partitionKey;
    }

    /** Its type. */
    public ScalarAttributeType partitionKeyType() {
        return partitionKeyType;
    }

    /** The sort key attribute, or null. */
    public String sortKey() {
        return sortKey;
    }

    /** Its type, or null. */
    public ScalarAttributeType sortKeyType() {
        return sortKeyType;
    }

    /** The table's secondary indexes. */
    public List<IndexShape> indexes() {
        return Collections.unmodifiableList(indexes);
    }

    /** The item count DescribeTable reported. */
    public long rowCount() {
        return rowCount;
    }

    /** How many items the attribute columns were inferred from. */
    public int sampled() {
        return sampled;
    }

    /** The type of an attribute if it is a key of the table or of an index, else null. */
    public ScalarAttributeType keyAttributeType(String attribute) {
        if (attribute.equals(partitionKey)) {
            return partitionKeyType;
        }
        if (attribute.equals(sortKey)) {
            return sortKeyType;
        }
        for (IndexShape i : indexes) {
            if (attribute.equals(i.partitionKey())) {
                return i.partitionKeyType();
            }
            if (attribute.equals(i.sortKey())) {
                return i.sortKeyType();
            }
        }
        return null;
    }
}
