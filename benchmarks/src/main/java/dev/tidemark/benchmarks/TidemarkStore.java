package dev.tidemark.benchmarks;

import dev.tidemark.engine.BatchWriteItemResult;
import dev.tidemark.engine.ConditionalCheckFailedException;
import dev.tidemark.engine.Database;
import dev.tidemark.engine.GetItemResult;
import dev.tidemark.engine.QueryResult;
import dev.tidemark.engine.ScanResult;
import dev.tidemark.engine.TransactionCanceledException;
import dev.tidemark.engine.model.AttributeDefinition;
import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.engine.model.BillingMode;
import dev.tidemark.engine.model.GlobalSecondaryIndex;
import dev.tidemark.engine.model.GlobalSecondaryIndexDescription;
import dev.tidemark.engine.model.IndexStatus;
import dev.tidemark.engine.model.KeySchemaElement;
import dev.tidemark.engine.model.KeyType;
import dev.tidemark.engine.model.Projection;
import dev.tidemark.engine.model.ProjectionType;
import dev.tidemark.engine.model.PutRequest;
import dev.tidemark.engine.model.ScalarAttributeType;
import dev.tidemark.engine.model.TableDescription;
import dev.tidemark.engine.model.TableStatus;
import dev.tidemark.engine.model.TransactWriteItem;
import dev.tidemark.engine.model.Update;
import dev.tidemark.engine.model.WriteRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The workload against a Tidemark {@link Database}, through its public API only. */
public final class TidemarkStore implements Store {
    private static final Map<String, String> COUNT_NAME = Map.of("#c", Workload.COUNT);
    private static final Map<String, AttributeValue> ONE = Map.of(":one", AttributeValue.fromN(1));
    /** Give up on a batch after this many rounds that left unprocessed items. */
    private static final int MAX_BATCH_ROUNDS = 10_000;
    /** Give up waiting for a new table's indexes after this long. */
    private static final long ACTIVE_TIMEOUT_NANOS = 60_000_000_000L;

    private final Database db;
    private final Workload workload;
    private final boolean closeDatabase;

    /**
     * Wraps an open database.
     *
     * @param db the database; the table {@link Workload#TABLE} is created by {@link #createTable()}
     * @param workload the item shape
     * @param closeDatabase whether {@link #close()} closes {@code db}
     */
    public TidemarkStore(Database db, Workload workload, boolean closeDatabase) {
        this.db = db;
        this.workload = workload;
        this.closeDatabase = closeDatabase;
    }

    /** The wrapped database. */
    public Database database() {
        return db;
    }

    @Override
    public String name() {
        return "tidemark";
    }

    @Override
    public void createTable() {
        createTable(Workload.TABLE, false);
    }

    @Override
    public void createTable(String table, boolean indexes) {
        if (!indexes) {
            db.createTable(t -> t.tableName(table)
                .keySchema(key(Workload.PK, KeyType.HASH), key(Workload.SK, KeyType.RANGE))
                .attributeDefinitions(
                    attribute(Workload.PK, ScalarAttributeType.S),
                    attribute(Workload.SK, ScalarAttributeType.S))
                .billingMode(BillingMode.PAY_PER_REQUEST));
            awaitActive(table, 0);
            return;
        }
        db.createTable(t -> t.tableName(table)
            .keySchema(key(Workload.PK, KeyType.HASH), key(Workload.SK, KeyType.RANGE))
            .attributeDefinitions(
                attribute(Workload.PK, ScalarAttributeType.S),
                attribute(Workload.SK, ScalarAttributeType.S),
                attribute(Workload.CATEGORY, ScalarAttributeType.S),
                attribute(Workload.STATUS, ScalarAttributeType.S),
                attribute(Workload.CREATED, ScalarAttributeType.N))
            .globalSecondaryIndexes(
                GlobalSecondaryIndex.builder().indexName(Workload.BY_CATEGORY)
                    .keySchema(key(Workload.CATEGORY, KeyType.HASH), key(Workload.CREATED, KeyType.RANGE))
                    .projection(Projection.builder().projectionType(ProjectionType.ALL).build())
                    .build(),
                GlobalSecondaryIndex.builder().indexName(Workload.BY_STATUS)
                    .keySchema(key(Workload.STATUS, KeyType.HASH), key(Workload.CREATED, KeyType.RANGE))
                    .projection(Projection.builder().projectionType(ProjectionType.INCLUDE)
                        .nonKeyAttributes(Workload.COUNT).build())
                    .build())
            .billingMode(BillingMode.PAY_PER_REQUEST));
        awaitActive(table, 2);
    }

    private void awaitActive(String table, int indexes) {
        long deadline = System.nanoTime() + ACTIVE_TIMEOUT_NANOS;
        while (!active(db.describeTable(d -> d.tableName(table)).table(), indexes)) {
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException("tidemark: " + table + " or its indexes not ACTIVE");
            }
            sleep();
        }
    }

    private static boolean active(TableDescription table, int expectedIndexes) {
        List<GlobalSecondaryIndexDescription> indexes = table.globalSecondaryIndexes();
        int declared = indexes == null ? 0 : indexes.size();
        if (declared != expectedIndexes) {
            throw new IllegalStateException("tidemark: " + table.tableName() + " was created with indexes " + indexes);
        }
        return table.tableStatus() == TableStatus.ACTIVE
            && (indexes == null || indexes.stream().allMatch(i -> i.indexStatus() == IndexStatus.ACTIVE));
    }

    private static void sleep() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }

    private static AttributeDefinition attribute(String name, ScalarAttributeType type) {
        return AttributeDefinition.builder().attributeName(name).attributeType(type).build();
    }

    /**
     * Item {@code i} as a Tidemark attribute map.
     *
     * @param i the item number
     * @return the item
     */
    public Map<String, AttributeValue> item(long i) {
        Map<String, AttributeValue> meta = new HashMap<>(4);
        meta.put("region", AttributeValue.fromS(Workload.region(i)));
        meta.put("tier", AttributeValue.fromN(Workload.tier(i)));
        meta.put("active", AttributeValue.fromBool(Workload.active(i)));
        Map<String, AttributeValue> item = new HashMap<>(8);
        item.put(Workload.PK, AttributeValue.fromS(Workload.pk(i)));
        item.put(Workload.SK, AttributeValue.fromS(Workload.sk(i)));
        item.put(Workload.PAYLOAD, AttributeValue.fromS(workload.payload(i)));
        item.put(Workload.COUNT, AttributeValue.fromN(0));
        item.put(Workload.META, AttributeValue.fromM(meta));
        if (workload.indexAttributes()) {
            item.put(Workload.CATEGORY, AttributeValue.fromS(Workload.category(Workload.categoryNumber(i))));
            item.put(Workload.STATUS, AttributeValue.fromS(Workload.status(i)));
            item.put(Workload.CREATED, AttributeValue.fromN(i));
        }
        return item;
    }

    private static Map<String, AttributeValue> key(long i) {
        return Map.of(Workload.PK, AttributeValue.fromS(Workload.pk(i)),
            Workload.SK, AttributeValue.fromS(Workload.sk(i)));
    }

    @Override
    public void put(long i) {
        db.putItem(p -> p.tableName(Workload.TABLE).item(item(i)));
    }

    @Override
    public void putInto(String table, long i) {
        db.putItem(p -> p.tableName(table).item(item(i)));
    }

    @Override
    public void deleteTable(String table) {
        db.deleteTable(d -> d.tableName(table));
    }

    @Override
    public int queryCategory(long category, int limit) {
        Map<String, AttributeValue> values = Map.of(":c", AttributeValue.fromS(Workload.category(category)));
        QueryResult r = db.query(q -> q.tableName(Workload.INDEXED_TABLE).indexName(Workload.BY_CATEGORY)
            .keyConditionExpression("category = :c")
            .expressionAttributeValues(values)
            .limit(limit));
        return r.items() == null ? 0 : r.items().size();
    }

    @Override
    public void get(long i) {
        GetItemResult r = db.getItem(g -> g.tableName(Workload.TABLE).key(key(i)));
        if (!r.hasItem()) {
            throw new IllegalStateException("tidemark: item " + i + " is missing");
        }
    }

    @Override
    public int queryPartition(long partition) {
        Map<String, AttributeValue> values = Map.of(":pk", AttributeValue.fromS(Workload.partitionKey(partition)));
        Map<String, AttributeValue> start = null;
        int items = 0;
        do {
            Map<String, AttributeValue> from = start;
            QueryResult r = db.query(q -> q.tableName(Workload.TABLE)
                .keyConditionExpression("pk = :pk")
                .expressionAttributeValues(values)
                .exclusiveStartKey(from));
            items += r.items() == null ? 0 : r.items().size();
            start = r.lastEvaluatedKey();
        } while (start != null && !start.isEmpty());
        return items;
    }

    @Override
    public void increment(long i) {
        try {
            db.updateItem(u -> u.tableName(Workload.TABLE).key(key(i))
                .updateExpression("SET #c = #c + :one")
                .conditionExpression("attribute_exists(pk)")
                .expressionAttributeNames(COUNT_NAME)
                .expressionAttributeValues(ONE));
        } catch (ConditionalCheckFailedException e) {
            throw new IllegalStateException("tidemark: condition failed on item " + i, e);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public ScanPage scanPage(Object exclusiveStartKey, int limit) {
        Map<String, AttributeValue> from = (Map<String, AttributeValue>) exclusiveStartKey;
        ScanResult r = db.scan(s -> s.tableName(Workload.TABLE).limit(limit).exclusiveStartKey(from));
        Map<String, AttributeValue> last = r.lastEvaluatedKey();
        return new ScanPage(r.items() == null ? 0 : r.items().size(), last == null || last.isEmpty() ? null : last);
    }

    @Override
    public void batchPut(long first, int count) {
        List<WriteRequest> writes = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            writes.add(WriteRequest.builder().putRequest(PutRequest.builder().item(item(first + k)).build()).build());
        }
        Map<String, List<WriteRequest>> pending = Map.of(Workload.TABLE, writes);
        for (int round = 0; round < MAX_BATCH_ROUNDS; round++) {
            Map<String, List<WriteRequest>> request = pending;
            BatchWriteItemResult r = db.batchWriteItem(b -> b.requestItems(request));
            pending = r.unprocessedItems();
            if (pending == null || pending.isEmpty() || pending.values().stream().allMatch(List::isEmpty)) {
                return;
            }
            Thread.onSpinWait();
        }
        throw new IllegalStateException("tidemark: batch at item " + first + " still unprocessed after "
            + MAX_BATCH_ROUNDS + " rounds");
    }

    @Override
    public void transactIncrement(long[] items) {
        List<TransactWriteItem> actions = new ArrayList<>(items.length);
        for (long i : items) {
            actions.add(TransactWriteItem.builder().update(Update.builder().tableName(Workload.TABLE).key(key(i))
                .updateExpression("SET #c = #c + :one")
                .conditionExpression("attribute_exists(pk)")
                .expressionAttributeNames(COUNT_NAME)
                .expressionAttributeValues(ONE)
                .build()).build());
        }
        try {
            db.transactWriteItems(t -> t.transactItems(actions));
        } catch (TransactionCanceledException e) {
            throw new IllegalStateException("tidemark: transaction on items " + Arrays.toString(items)
                + " cancelled: " + e.cancellationReasons().stream().map(r -> r.code()).toList(), e);
        }
    }

    @Override
    public void close() {
        if (closeDatabase) {
            db.close();
        }
    }
}
