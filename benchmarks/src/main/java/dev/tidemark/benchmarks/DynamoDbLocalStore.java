package dev.tidemark.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;
import software.amazon.dynamodb.services.local.embedded.DynamoDBEmbedded;
import software.amazon.dynamodb.services.local.shared.access.AmazonDynamoDBLocal;

/**
 * The comparison anchor: DynamoDB Local 3.x embedded in this JVM ({@code DynamoDBEmbedded.create(true)},
 * in memory), driven through its AWS SDK v2 {@link DynamoDbClient}. No network server is started;
 * the client calls the local service in-process, so requests still go through the SDK's
 * marshalling and DynamoDB Local's request handling and SQLite storage.
 */
public final class DynamoDbLocalStore implements Store {
    private static final Map<String, String> COUNT_NAME = Map.of("#c", Workload.COUNT);
    private static final Map<String, AttributeValue> ONE = Map.of(":one", AttributeValue.fromN("1"));
    private static final int MAX_BATCH_ROUNDS = 10_000;
    private static final long ACTIVE_TIMEOUT_NANOS = 60_000_000_000L;

    private final AmazonDynamoDBLocal local;
    private final DynamoDbClient client;
    private final Workload workload;

    /**
     * Starts an in-memory DynamoDB Local. Needs the sqlite4java native library: see
     * {@code -Dorg.sqlite.lib.path} in {@code benchmarks/run.sh}.
     *
     * @param workload the item shape
     */
    public DynamoDbLocalStore(Workload workload) {
        this.workload = workload;
        this.local = DynamoDBEmbedded.create(true);
        this.client = local.dynamoDbClient();
    }

    @Override
    public String name() {
        return "dynamodb-local";
    }

    @Override
    public void createTable() {
        createTable(Workload.TABLE, false);
    }

    @Override
    public void createTable(String table, boolean indexes) {
        if (!indexes) {
            client.createTable(t -> t.tableName(table)
                .keySchema(key(Workload.PK, KeyType.HASH), key(Workload.SK, KeyType.RANGE))
                .attributeDefinitions(
                    attribute(Workload.PK, ScalarAttributeType.S),
                    attribute(Workload.SK, ScalarAttributeType.S))
                .billingMode(BillingMode.PAY_PER_REQUEST));
            awaitActive(table, 0);
            return;
        }
        client.createTable(t -> t.tableName(table)
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
        while (!active(client.describeTable(d -> d.tableName(table)).table(), indexes)) {
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException("dynamodb-local: " + table + " or its indexes not ACTIVE");
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }

    private static boolean active(TableDescription table, int expectedIndexes) {
        List<GlobalSecondaryIndexDescription> indexes = table.hasGlobalSecondaryIndexes()
            ? table.globalSecondaryIndexes() : List.of();
        if (indexes.size() != expectedIndexes) {
            throw new IllegalStateException("dynamodb-local: " + table.tableName() + " was created with indexes "
                + indexes);
        }
        return table.tableStatus() == TableStatus.ACTIVE
            && indexes.stream().allMatch(i -> i.indexStatus() == IndexStatus.ACTIVE);
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }

    private static AttributeDefinition attribute(String name, ScalarAttributeType type) {
        return AttributeDefinition.builder().attributeName(name).attributeType(type).build();
    }

    private Map<String, AttributeValue> item(long i) {
        Map<String, AttributeValue> meta = new HashMap<>(4);
        meta.put("region", AttributeValue.fromS(Workload.region(i)));
        meta.put("tier", AttributeValue.fromN(Integer.toString(Workload.tier(i))));
        meta.put("active", AttributeValue.fromBool(Workload.active(i)));
        Map<String, AttributeValue> item = new HashMap<>(8);
        item.put(Workload.PK, AttributeValue.fromS(Workload.pk(i)));
        item.put(Workload.SK, AttributeValue.fromS(Workload.sk(i)));
        item.put(Workload.PAYLOAD, AttributeValue.fromS(workload.payload(i)));
        item.put(Workload.COUNT, AttributeValue.fromN("0"));
        item.put(Workload.META, AttributeValue.fromM(meta));
        if (workload.indexAttributes()) {
            item.put(Workload.CATEGORY, AttributeValue.fromS(Workload.category(Workload.categoryNumber(i))));
            item.put(Workload.STATUS, AttributeValue.fromS(Workload.status(i)));
            item.put(Workload.CREATED, AttributeValue.fromN(Long.toString(i)));
        }
        return item;
    }

    private static Map<String, AttributeValue> key(long i) {
        return Map.of(Workload.PK, AttributeValue.fromS(Workload.pk(i)),
            Workload.SK, AttributeValue.fromS(Workload.sk(i)));
    }

    @Override
    public void put(long i) {
        client.putItem(p -> p.tableName(Workload.TABLE).item(item(i)));
    }

    @Override
    public void putInto(String table, long i) {
        client.putItem(p -> p.tableName(table).item(item(i)));
    }

    @Override
    public void deleteTable(String table) {
        client.deleteTable(d -> d.tableName(table));
    }

    @Override
    public int queryCategory(long category, int limit) {
        Map<String, AttributeValue> values = Map.of(":c", AttributeValue.fromS(Workload.category(category)));
        QueryResponse r = client.query(q -> q.tableName(Workload.INDEXED_TABLE).indexName(Workload.BY_CATEGORY)
            .keyConditionExpression("category = :c")
            .expressionAttributeValues(values)
            .limit(limit));
        return r.items().size();
    }

    @Override
    public void get(long i) {
        GetItemResponse r = client.getItem(g -> g.tableName(Workload.TABLE).key(key(i)));
        if (!r.hasItem() || r.item().isEmpty()) {
            throw new IllegalStateException("dynamodb-local: item " + i + " is missing");
        }
    }

    @Override
    public int queryPartition(long partition) {
        Map<String, AttributeValue> values = Map.of(":pk", AttributeValue.fromS(Workload.partitionKey(partition)));
        Map<String, AttributeValue> start = null;
        int items = 0;
        do {
            Map<String, AttributeValue> from = start;
            QueryResponse r = client.query(q -> q.tableName(Workload.TABLE)
                .keyConditionExpression("pk = :pk")
                .expressionAttributeValues(values)
                .exclusiveStartKey(from));
            items += r.items().size();
            start = r.hasLastEvaluatedKey() ? r.lastEvaluatedKey() : null;
        } while (start != null && !start.isEmpty());
        return items;
    }

    @Override
    public void increment(long i) {
        try {
            client.updateItem(u -> u.tableName(Workload.TABLE).key(key(i))
                .updateExpression("SET #c = #c + :one")
                .conditionExpression("attribute_exists(pk)")
                .expressionAttributeNames(COUNT_NAME)
                .expressionAttributeValues(ONE));
        } catch (ConditionalCheckFailedException e) {
            throw new IllegalStateException("dynamodb-local: condition failed on item " + i, e);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public ScanPage scanPage(Object exclusiveStartKey, int limit) {
        Map<String, AttributeValue> from = (Map<String, AttributeValue>) exclusiveStartKey;
        ScanResponse r = client.scan(s -> s.tableName(Workload.TABLE).limit(limit).exclusiveStartKey(from));
        Map<String, AttributeValue> last = r.hasLastEvaluatedKey() ? r.lastEvaluatedKey() : null;
        return new ScanPage(r.items().size(), last == null || last.isEmpty() ? null : last);
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
            BatchWriteItemResponse r = client.batchWriteItem(b -> b.requestItems(request));
            if (!r.hasUnprocessedItems() || r.unprocessedItems().isEmpty()) {
                return;
            }
            pending = r.unprocessedItems();
            Thread.onSpinWait();
        }
        throw new IllegalStateException("dynamodb-local: batch at item " + first + " still unprocessed after "
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
            client.transactWriteItems(t -> t.transactItems(actions));
        } catch (TransactionCanceledException e) {
            throw new IllegalStateException("dynamodb-local: transaction on items " + Arrays.toString(items)
                + " cancelled: " + (e.hasCancellationReasons()
                    ? e.cancellationReasons().stream().map(r -> r.code()).toList() : List.of()), e);
        }
    }

    @Override
    public void close() {
        client.close();
        local.shutdown();
    }
}
