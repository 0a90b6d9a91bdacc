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
import dev.tidemark.engine.model.KeySchemaElement;
import dev.tidemark.engine.model.KeyType;
import dev.tidemark.engine.model.PutRequest;
import dev.tidemark.engine.model.ScalarAttributeType;
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
        db.createTable(t -> t.tableName(Workload.TABLE)
            .keySchema(
                KeySchemaElement.builder().attributeName(Workload.PK).keyType(KeyType.HASH).build(),
                KeySchemaElement.builder().attributeName(Workload.SK).keyType(KeyType.RANGE).build())
            .attributeDefinitions(
                AttributeDefinition.builder().attributeName(Workload.PK).attributeType(ScalarAttributeType.S).build(),
                AttributeDefinition.builder().attributeName(Workload.SK).attributeType(ScalarAttributeType.S).build())
            .billingMode(BillingMode.PAY_PER_REQUEST));
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
