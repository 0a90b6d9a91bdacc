package dev.tidemark.engine;

import static dev.tidemark.engine.Fixtures.def;
import static dev.tidemark.engine.Fixtures.hashKey;
import static dev.tidemark.engine.Fixtures.item;
import static dev.tidemark.engine.Fixtures.n;
import static dev.tidemark.engine.Fixtures.rangeKey;
import static dev.tidemark.engine.Fixtures.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tidemark.engine.internal.value.ItemSize;
import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.engine.model.BillingMode;
import dev.tidemark.engine.model.Capacity;
import dev.tidemark.engine.model.ConditionCheck;
import dev.tidemark.engine.model.ConsumedCapacity;
import dev.tidemark.engine.model.Get;
import dev.tidemark.engine.model.GlobalSecondaryIndex;
import dev.tidemark.engine.model.KeysAndAttributes;
import dev.tidemark.engine.model.LocalSecondaryIndex;
import dev.tidemark.engine.model.Projection;
import dev.tidemark.engine.model.ProjectionType;
import dev.tidemark.engine.model.Put;
import dev.tidemark.engine.model.PutRequest;
import dev.tidemark.engine.model.ReturnConsumedCapacity;
import dev.tidemark.engine.model.ScalarAttributeType;
import dev.tidemark.engine.model.Select;
import dev.tidemark.engine.model.TransactGetItem;
import dev.tidemark.engine.model.TransactWriteItem;
import dev.tidemark.engine.model.WriteRequest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Capacity units returned with ReturnConsumedCapacity, case by case (reference 8.1, 8.2, 3.1). */
class CapacityAccountingTest {
    private static final ReturnConsumedCapacity TOTAL = ReturnConsumedCapacity.TOTAL;
    private static final ReturnConsumedCapacity INDEXES = ReturnConsumedCapacity.INDEXES;

    private SimpleMeterRegistry registry;
    private Database db;

    @BeforeEach
    void open() {
        registry = new SimpleMeterRegistry();
        db = Database.openTemporary(DatabaseOptions.builder().meterRegistry(registry).build());
        Fixtures.hashTable(db, "tt1", "pk", ScalarAttributeType.S);
        Fixtures.rangeTable(db, "rr1", "pk", ScalarAttributeType.S, "sk", ScalarAttributeType.N);
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** An item of exactly {@code size} bytes by DynamoDB's rule, with partition key {@code pk}. */
    static Map<String, AttributeValue> sized(String pk, int size) {
        int rest = size - ("pk".length() + pk.length()) - "d".length();
        Map<String, AttributeValue> m = item("pk", s(pk), "d", s("x".repeat(rest)));
        assertThat(ItemSize.of(m)).isEqualTo(size);
        return m;
    }

    private double writeUnitsCounted(String table) {
        var c = registry.find("tidemark.capacity.consumed").tags("table", table, "index", "-", "unit", "write").counter();
        return c == null ? 0 : c.count();
    }

    @ParameterizedTest(name = "GetItem of {0} bytes, consistent={1}: {2} RCU")
    @CsvSource({"10, false, 0.5", "4096, false, 0.5", "4097, false, 1.0", "4096, true, 1.0", "4097, true, 2.0",
        "8192, true, 2.0", "8193, false, 1.5", "409600, true, 100.0"})
    @DisplayName("8.2 GetItem: size rounded up to 4 KB; half for eventually consistent reads")
    void getItemUnits(int size, boolean consistent, double units) {
        db.putItem(p -> p.tableName("tt1").item(sized("a", size)));
        ConsumedCapacity cc = db.getItem(g -> g.tableName("tt1").key(item("pk", s("a"))).consistentRead(consistent)
            .returnConsumedCapacity(TOTAL)).consumedCapacity();
        assertThat(cc.tableName()).isEqualTo("tt1");
        assertThat(cc.capacityUnits()).isEqualTo(units);
        assertThat(cc.readCapacityUnits()).isEqualTo(units);
        assertThat(cc.writeCapacityUnits()).isNull();
        assertThat(cc.table()).as("TOTAL has no per-table detail").isNull();
    }

    @Test
    @DisplayName("3.3 a missing item costs 1 RCU strongly consistent, 0.5 eventually consistent")
    void getMissingItem() {
        assertThat(db.getItem(g -> g.tableName("tt1").key(item("pk", s("none"))).returnConsumedCapacity(TOTAL))
            .consumedCapacity().capacityUnits()).isEqualTo(0.5);
        assertThat(db.getItem(g -> g.tableName("tt1").key(item("pk", s("none"))).consistentRead(true)
            .returnConsumedCapacity(TOTAL)).consumedCapacity().capacityUnits()).isEqualTo(1.0);
        assertThat(db.getItem(g -> g.tableName("tt1").key(item("pk", s("none")))).consumedCapacity())
            .as("NONE (the default) returns nothing").isNull();
        assertThat(db.getItem(g -> g.tableName("tt1").key(item("pk", s("none"))).returnConsumedCapacity(ReturnConsumedCapacity.NONE))
            .consumedCapacity()).isNull();
    }

    @ParameterizedTest(name = "PutItem of {1} bytes over an item of {0} bytes: {2} WCU")
    @CsvSource({"0, 1, 1", "0, 1024, 1", "0, 1025, 2", "0, 2048, 2", "0, 2049, 3", "3000, 100, 3", "100, 3000, 3",
        "0, 409600, 400"})
    @DisplayName("8.2 PutItem: the larger of old and new item, rounded up to 1 KB")
    void putItemUnits(int oldSize, int newSize, double units) {
        if (oldSize > 0) {
            db.putItem(p -> p.tableName("tt1").item(sized("a", oldSize)));
        }
        ConsumedCapacity cc = db.putItem(p -> p.tableName("tt1").item(sized("a", Math.max(newSize, 5)))
            .returnConsumedCapacity(TOTAL)).consumedCapacity();
        assertThat(cc.capacityUnits()).isEqualTo(units);
        assertThat(cc.writeCapacityUnits()).isEqualTo(units);
        assertThat(cc.readCapacityUnits()).isNull();
    }

    @Test
    @DisplayName("8.2 UpdateItem: the larger of the item before and after")
    void updateItemUnits() {
        db.putItem(p -> p.tableName("tt1").item(sized("a", 2000)));
        assertThat(db.updateItem(u -> u.tableName("tt1").key(item("pk", s("a"))).updateExpression("REMOVE d")
            .returnConsumedCapacity(TOTAL)).consumedCapacity().capacityUnits()).as("2000 bytes before, 3 after").isEqualTo(2.0);
        assertThat(db.updateItem(u -> u.tableName("tt1").key(item("pk", s("a"))).updateExpression("SET d = :d")
            .expressionAttributeValues(Map.of(":d", s("y".repeat(3000)))).returnConsumedCapacity(TOTAL))
            .consumedCapacity().capacityUnits()).as("3 bytes before, 3004 after").isEqualTo(3.0);
        assertThat(db.updateItem(u -> u.tableName("tt1").key(item("pk", s("new"))).updateExpression("SET x = :x")
            .expressionAttributeValues(Map.of(":x", n(1))).returnConsumedCapacity(TOTAL)).consumedCapacity().capacityUnits())
            .as("an upsert of a small item").isEqualTo(1.0);
        assertThat(db.updateItem(u -> u.tableName("tt1").key(item("pk", s("none"))).updateExpression("REMOVE x")
            .returnConsumedCapacity(TOTAL)).consumedCapacity().capacityUnits())
            .as("a REMOVE on a missing item writes nothing but costs 1").isEqualTo(1.0);
    }

    @Test
    @DisplayName("8.2 DeleteItem: the size of the deleted item; a missing item costs 1 WCU")
    void deleteItemUnits() {
        db.putItem(p -> p.tableName("tt1").item(sized("a", 2500)));
        assertThat(db.deleteItem(d -> d.tableName("tt1").key(item("pk", s("a"))).returnConsumedCapacity(TOTAL))
            .consumedCapacity().capacityUnits()).isEqualTo(3.0);
        assertThat(db.deleteItem(d -> d.tableName("tt1").key(item("pk", s("a"))).returnConsumedCapacity(TOTAL))
            .consumedCapacity().capacityUnits()).isEqualTo(1.0);
    }

    @Test
    @DisplayName("8.2 failed conditional writes are charged: an existing item the new item's size, a missing one 1 WCU")
    void failedConditionsCharged() {
        db.putItem(p -> p.tableName("tt1").item(sized("a", 500)));
        double before = writeUnitsCounted("tt1");
        assertThatThrownBy(() -> db.putItem(p -> p.tableName("tt1").item(sized("a", 1500))
            .conditionExpression("attribute_not_exists(pk)"))).isInstanceOf(ConditionalCheckFailedException.class);
        assertThat(writeUnitsCounted("tt1") - before).as("existing item: 1500 bytes of the new item").isEqualTo(2.0);
        before = writeUnitsCounted("tt1");
        assertThatThrownBy(() -> db.putItem(p -> p.tableName("tt1").item(sized("b", 3000))
            .conditionExpression("attribute_exists(pk)"))).isInstanceOf(ConditionalCheckFailedException.class);
        assertThat(writeUnitsCounted("tt1") - before).as("missing item").isEqualTo(1.0);
        before = writeUnitsCounted("tt1");
        assertThatThrownBy(() -> db.deleteItem(d -> d.tableName("tt1").key(item("pk", s("a")))
            .conditionExpression("attribute_not_exists(pk)"))).isInstanceOf(ConditionalCheckFailedException.class);
        assertThat(writeUnitsCounted("tt1") - before).as("delete: the existing 500-byte item").isEqualTo(1.0);
        before = writeUnitsCounted("tt1");
        assertThatThrownBy(() -> db.updateItem(u -> u.tableName("tt1").key(item("pk", s("zz"))).updateExpression("SET x = :x")
            .conditionExpression("attribute_exists(pk)").expressionAttributeValues(Map.of(":x", n(1)))))
            .isInstanceOf(ConditionalCheckFailedException.class);
        assertThat(writeUnitsCounted("tt1") - before).isEqualTo(1.0);
        assertThat(db.getItem(g -> g.tableName("tt1").key(item("pk", s("zz")))).item()).isNull();
    }

    @Test
    @DisplayName("8.2 Query and Scan: evaluated sizes summed and rounded once; filters, projections and COUNT do not reduce it")
    void queryRoundsOnceOverTheTotal() {
        for (int i = 0; i < 10; i++) {
            int sk = i;
            db.putItem(p -> p.tableName("rr1").item(item("pk", s("p"), "sk", n(sk), "d", s("x".repeat(995)))));
        }
        // each item: pk(2+1) + sk(2+2) + d(1+995) = 1003 bytes; ten of them 10,030 bytes = 3 blocks of 4 KB
        QueryResult all = db.query(q -> q.tableName("rr1").keyConditionExpression("pk = :p")
            .expressionAttributeValues(Map.of(":p", s("p"))).returnConsumedCapacity(TOTAL));
        assertThat(all.consumedCapacity().capacityUnits()).isEqualTo(1.5);
        QueryResult strong = db.query(q -> q.tableName("rr1").keyConditionExpression("pk = :p").consistentRead(true)
            .expressionAttributeValues(Map.of(":p", s("p"))).returnConsumedCapacity(TOTAL));
        assertThat(strong.consumedCapacity().capacityUnits()).isEqualTo(3.0);
        QueryResult filtered = db.query(q -> q.tableName("rr1").keyConditionExpression("pk = :p").filterExpression("d = :no")
            .expressionAttributeValues(Map.of(":p", s("p"), ":no", s("no"))).returnConsumedCapacity(TOTAL));
        assertThat(filtered.count()).isZero();
        assertThat(filtered.consumedCapacity().capacityUnits()).isEqualTo(1.5);
        QueryResult count = db.query(q -> q.tableName("rr1").keyConditionExpression("pk = :p").select(Select.COUNT)
            .expressionAttributeValues(Map.of(":p", s("p"))).returnConsumedCapacity(TOTAL));
        assertThat(count.consumedCapacity().capacityUnits()).isEqualTo(1.5);
        QueryResult limited = db.query(q -> q.tableName("rr1").keyConditionExpression("pk = :p").limit(4)
            .expressionAttributeValues(Map.of(":p", s("p"))).returnConsumedCapacity(TOTAL));
        assertThat(limited.consumedCapacity().capacityUnits()).as("4,012 bytes evaluated: one block").isEqualTo(0.5);
        QueryResult empty = db.query(q -> q.tableName("rr1").keyConditionExpression("pk = :p")
            .expressionAttributeValues(Map.of(":p", s("nothing"))).returnConsumedCapacity(TOTAL));
        assertThat(empty.consumedCapacity().capacityUnits()).as("an empty result costs the minimum").isEqualTo(0.5);
        ScanResult scan = db.scan(q -> q.tableName("rr1").consistentRead(true).returnConsumedCapacity(TOTAL));
        assertThat(scan.consumedCapacity().capacityUnits()).isEqualTo(3.0);
    }

    @Test
    @DisplayName("8.2 the worked example: 1500 items of 64 bytes in one Query = 96 KB = 24 RCU strongly consistent")
    void workedQueryExample() {
        for (int i = 0; i < 1500; i += 25) {
            List<WriteRequest> batch = new java.util.ArrayList<>();
            for (int j = i; j < i + 25; j++) {
                // pk(2+1) + sk(2+ up to 3 bytes for 0..1499) + d(1+x): pad to exactly 64 bytes
                Map<String, AttributeValue> it = item("pk", s("p"), "sk", n(j));
                int pad = 64 - (int) ItemSize.of(it) - 1;
                it.put("d", s("x".repeat(pad)));
                batch.add(WriteRequest.builder().putRequest(PutRequest.builder().item(it).build()).build());
            }
            db.batchWriteItem(b -> b.requestItems(Map.of("rr1", batch)));
        }
        QueryResult q = db.query(r -> r.tableName("rr1").keyConditionExpression("pk = :p").consistentRead(true)
            .expressionAttributeValues(Map.of(":p", s("p"))).returnConsumedCapacity(TOTAL));
        assertThat(q.count()).isEqualTo(1500);
        assertThat(q.consumedCapacity().capacityUnits()).isEqualTo(24.0);
    }

    @Test
    @DisplayName("8.2 BatchGetItem rounds each item on its own; BatchWriteItem too; one entry per table")
    void batchesRoundEachItem() {
        for (String k : List.of("a", "b", "c")) {
            db.putItem(p -> p.tableName("tt1").item(sized(k, 100)));
        }
        BatchGetItemResult got = db.batchGetItem(b -> b.requestItems(Map.of(
            "tt1", KeysAndAttributes.builder().keys(List.of(item("pk", s("a")), item("pk", s("b")), item("pk", s("c")))).build(),
            "rr1", KeysAndAttributes.builder().keys(List.of(item("pk", s("x"), "sk", n(1)))).consistentRead(true).build()))
            .returnConsumedCapacity(TOTAL));
        Map<String, ConsumedCapacity> byTable = byTable(got.consumedCapacity());
        assertThat(byTable.get("tt1").capacityUnits()).as("three items of 100 bytes: 3 x 0.5, not 0.5 once").isEqualTo(1.5);
        assertThat(byTable.get("rr1").capacityUnits()).as("a missing key read strongly").isEqualTo(1.0);

        BatchWriteItemResult put = db.batchWriteItem(b -> b.requestItems(Map.of(
            "tt1", List.of(putOf(sized("d", 1500)), putOf(sized("e", 1500)), deleteOf(item("pk", s("nothing")))),
            "rr1", List.of(putOf(item("pk", s("q"), "sk", n(1))))))
            .returnConsumedCapacity(TOTAL));
        byTable = byTable(put.consumedCapacity());
        assertThat(byTable.get("tt1").capacityUnits()).as("2 + 2 + 1 for the missing item").isEqualTo(5.0);
        assertThat(byTable.get("rr1").capacityUnits()).isEqualTo(1.0);
        assertThat(put.unprocessedItems()).isEmpty();
    }

    @Test
    @DisplayName("8.1 transactions: writes and reads cost double")
    void transactionsCostDouble() {
        db.putItem(p -> p.tableName("tt1").item(sized("a", 500)));
        db.putItem(p -> p.tableName("tt1").item(sized("big", 5000)));
        TransactWriteItemsResult w = db.transactWriteItems(t -> t.transactItems(List.of(
            TransactWriteItem.builder().put(Put.builder().tableName("tt1").item(sized("b", 1500)).build()).build(),
            TransactWriteItem.builder().conditionCheck(ConditionCheck.builder().tableName("tt1").key(item("pk", s("a")))
                .conditionExpression("attribute_exists(pk)").build()).build(),
            TransactWriteItem.builder().put(Put.builder().tableName("rr1").item(item("pk", s("x"), "sk", n(1))).build()).build()))
            .returnConsumedCapacity(TOTAL));
        Map<String, ConsumedCapacity> byTable = byTable(w.consumedCapacity());
        assertThat(byTable.get("tt1").writeCapacityUnits()).as("put 2 x 2, check 2 x 1").isEqualTo(6.0);
        assertThat(byTable.get("rr1").writeCapacityUnits()).isEqualTo(2.0);
        assertThat(w.consumedCapacity().get(0).tableName()).as("ordered like the actions").isEqualTo("tt1");

        TransactGetItemsResult g = db.transactGetItems(t -> t.transactItems(List.of(
            TransactGetItem.builder().get(Get.builder().tableName("tt1").key(item("pk", s("big"))).build()).build(),
            TransactGetItem.builder().get(Get.builder().tableName("tt1").key(item("pk", s("none"))).build()).build()))
            .returnConsumedCapacity(TOTAL));
        assertThat(g.consumedCapacity()).hasSize(1);
        assertThat(g.consumedCapacity().get(0).readCapacityUnits()).as("5000 bytes: 2 x 2, a missing item 2").isEqualTo(6.0);
        assertThatThrownBy(() -> db.transactGetItems(t -> t.transactItems(List.of(
            TransactGetItem.builder().get(Get.builder().tableName("tt1").key(item("pk", s("big"))).build()).build()))
            .returnConsumedCapacity(INDEXES))).as("3.14: only TOTAL or NONE").isInstanceOf(ValidationException.class);
    }

    @Test
    @DisplayName("8.2 INDEXES: GSI writes charged on the index per the key-change rules; sparse items cost the index nothing")
    void gsiWriteRules() {
        db.createTable(t -> t.tableName("gg1").billingMode(BillingMode.PAY_PER_REQUEST).keySchema(hashKey("pk"))
            .attributeDefinitions(def("pk", ScalarAttributeType.S), def("gk", ScalarAttributeType.S))
            .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("byG").keySchema(hashKey("gk"))
                .projection(Projection.builder().projectionType(ProjectionType.KEYS_ONLY).build()).build()));
        ConsumedCapacity c = db.putItem(p -> p.tableName("gg1").item(item("pk", s("a"), "x", s("1")))
            .returnConsumedCapacity(INDEXES)).consumedCapacity();
        assertThat(c.globalSecondaryIndexes()).as("not in the index").isNull();
        assertThat(c.table().writeCapacityUnits()).isEqualTo(1.0);

        c = update("gg1", "a", "SET gk = :v", ":v", s("one"));
        assertThat(gsiWrites(c, "byG")).as("key defined: one index write").isEqualTo(1.0);
        assertThat(c.capacityUnits()).as("table + index").isEqualTo(2.0);
        assertThat(c.writeCapacityUnits()).isEqualTo(2.0);

        c = update("gg1", "a", "SET x = :v", ":v", s("2"));
        assertThat(c.globalSecondaryIndexes()).as("KEYS_ONLY: only a non-projected attribute changed").isNull();

        c = update("gg1", "a", "SET gk = :v", ":v", s("two"));
        assertThat(gsiWrites(c, "byG")).as("key value changed: delete + put").isEqualTo(2.0);

        c = update("gg1", "a", "REMOVE gk", null, null);
        assertThat(gsiWrites(c, "byG")).as("key removed: one delete").isEqualTo(1.0);

        c = db.putItem(p -> p.tableName("gg1").item(item("pk", s("b"), "gk", s("k"))).returnConsumedCapacity(TOTAL)).consumedCapacity();
        assertThat(c.capacityUnits()).as("TOTAL counts the index too").isEqualTo(2.0);
        assertThat(c.table()).isNull();
        assertThat(c.globalSecondaryIndexes()).isNull();

        c = db.deleteItem(d -> d.tableName("gg1").key(item("pk", s("b"))).returnConsumedCapacity(INDEXES)).consumedCapacity();
        assertThat(gsiWrites(c, "byG")).isEqualTo(1.0);
    }

    @Test
    @DisplayName("8.2 INDEXES: an index entry bigger than 1 KB costs more; an ALL projection changes when any attribute does")
    void gsiEntrySizes() {
        db.createTable(t -> t.tableName("gg1").billingMode(BillingMode.PAY_PER_REQUEST).keySchema(hashKey("pk"))
            .attributeDefinitions(def("pk", ScalarAttributeType.S), def("gk", ScalarAttributeType.S))
            .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("all").keySchema(hashKey("gk"))
                .projection(Projection.builder().projectionType(ProjectionType.ALL).build()).build()));
        ConsumedCapacity c = db.putItem(p -> p.tableName("gg1").item(item("pk", s("a"), "gk", s("k"), "d", s("x".repeat(3000))))
            .returnConsumedCapacity(INDEXES)).consumedCapacity();
        assertThat(c.table().writeCapacityUnits()).isEqualTo(3.0);
        assertThat(gsiWrites(c, "all")).isEqualTo(3.0);
        c = update("gg1", "a", "SET d = :v", ":v", s("short"));
        assertThat(c.table().writeCapacityUnits()).as("max of before and after").isEqualTo(3.0);
        assertThat(gsiWrites(c, "all")).as("the new entry is small").isEqualTo(1.0);
    }

    @Test
    @DisplayName("3.1 Query on a GSI reports only the index; an LSI write is reported under LocalSecondaryIndexes")
    void indexReadsAndLsiWrites() {
        db.createTable(t -> t.tableName("ll1").billingMode(BillingMode.PAY_PER_REQUEST).keySchema(hashKey("pk"), rangeKey("sk"))
            .attributeDefinitions(def("pk", ScalarAttributeType.S), def("sk", ScalarAttributeType.S),
                def("lk", ScalarAttributeType.S), def("gk", ScalarAttributeType.S))
            .localSecondaryIndexes(LocalSecondaryIndex.builder().indexName("byL").keySchema(hashKey("pk"), rangeKey("lk"))
                .projection(Projection.builder().projectionType(ProjectionType.ALL).build()).build())
            .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("byG").keySchema(hashKey("gk"))
                .projection(Projection.builder().projectionType(ProjectionType.ALL).build()).build()));
        ConsumedCapacity c = db.putItem(p -> p.tableName("ll1").item(item("pk", s("a"), "sk", s("1"), "lk", s("x"), "gk", s("g")))
            .returnConsumedCapacity(INDEXES)).consumedCapacity();
        assertThat(c.localSecondaryIndexes()).containsOnlyKeys("byL");
        assertThat(c.localSecondaryIndexes().get("byL").writeCapacityUnits()).isEqualTo(1.0);
        assertThat(gsiWrites(c, "byG")).isEqualTo(1.0);
        assertThat(c.capacityUnits()).isEqualTo(3.0);

        QueryResult q = db.query(r -> r.tableName("ll1").indexName("byG").keyConditionExpression("gk = :g")
            .expressionAttributeValues(Map.of(":g", s("g"))).returnConsumedCapacity(INDEXES));
        assertThat(q.consumedCapacity().globalSecondaryIndexes().get("byG").readCapacityUnits()).isEqualTo(0.5);
        assertThat(q.consumedCapacity().table().capacityUnits()).as("the table itself is not read").isEqualTo(0.0);
        assertThat(q.consumedCapacity().capacityUnits()).isEqualTo(0.5);

        QueryResult lq = db.query(r -> r.tableName("ll1").indexName("byL").keyConditionExpression("pk = :p").consistentRead(true)
            .expressionAttributeValues(Map.of(":p", s("a"))).returnConsumedCapacity(INDEXES));
        assertThat(lq.consumedCapacity().localSecondaryIndexes().get("byL").readCapacityUnits()).isEqualTo(1.0);

        ConsumedCapacity get = db.getItem(g -> g.tableName("ll1").key(item("pk", s("a"), "sk", s("1"))).returnConsumedCapacity(INDEXES))
            .consumedCapacity();
        assertThat(get.globalSecondaryIndexes()).as("GetItem never touches indexes").isNull();
        assertThat(get.localSecondaryIndexes()).isNull();
        assertThat(get.table()).isEqualTo(Capacity.builder().capacityUnits(0.5).readCapacityUnits(0.5).build());
    }

    @Test
    @DisplayName("3.10 a Query of a KEYS_ONLY LSI that fetches whole items pays the index entries plus each fetched item")
    void lsiFetchesCharged() {
        db.createTable(t -> t.tableName("lf1").billingMode(BillingMode.PAY_PER_REQUEST).keySchema(hashKey("pk"), rangeKey("sk"))
            .attributeDefinitions(def("pk", ScalarAttributeType.S), def("sk", ScalarAttributeType.S), def("lk", ScalarAttributeType.S))
            .localSecondaryIndexes(LocalSecondaryIndex.builder().indexName("byL").keySchema(hashKey("pk"), rangeKey("lk"))
                .projection(Projection.builder().projectionType(ProjectionType.KEYS_ONLY).build()).build()));
        for (int i = 0; i < 3; i++) {
            int k = i;
            db.putItem(p -> p.tableName("lf1").item(item("pk", s("a"), "sk", s("s" + k), "lk", s("l" + k), "d", s("x".repeat(5000)))));
        }
        QueryResult keysOnly = db.query(r -> r.tableName("lf1").indexName("byL").keyConditionExpression("pk = :p").consistentRead(true)
            .expressionAttributeValues(Map.of(":p", s("a"))).returnConsumedCapacity(INDEXES));
        assertThat(keysOnly.consumedCapacity().localSecondaryIndexes().get("byL").readCapacityUnits()).as("three small entries").isEqualTo(1.0);
        QueryResult whole = db.query(r -> r.tableName("lf1").indexName("byL").keyConditionExpression("pk = :p").consistentRead(true)
            .select(Select.ALL_ATTRIBUTES).expressionAttributeValues(Map.of(":p", s("a"))).returnConsumedCapacity(INDEXES));
        assertThat(whole.count()).isEqualTo(3);
        assertThat(whole.consumedCapacity().localSecondaryIndexes().get("byL").readCapacityUnits())
            .as("1 for the entries + 3 items of ~5 KB at 2 units each").isEqualTo(7.0);
        QueryResult named = db.query(r -> r.tableName("lf1").indexName("byL").keyConditionExpression("pk = :p")
            .projectionExpression("d").expressionAttributeValues(Map.of(":p", s("a"))).returnConsumedCapacity(INDEXES));
        assertThat(named.consumedCapacity().capacityUnits()).as("eventually consistent: half").isEqualTo(3.5);
    }

    private ConsumedCapacity update(String table, String pk, String expr, String name, AttributeValue v) {
        return db.updateItem(u -> u.tableName(table).key(item("pk", s(pk))).updateExpression(expr)
            .expressionAttributeValues(name == null ? null : Map.of(name, v)).returnConsumedCapacity(INDEXES)).consumedCapacity();
    }

    private static double gsiWrites(ConsumedCapacity c, String index) {
        assertThat(c.globalSecondaryIndexes()).containsKey(index);
        return c.globalSecondaryIndexes().get(index).writeCapacityUnits();
    }

    static Map<String, ConsumedCapacity> byTable(List<ConsumedCapacity> list) {
        Map<String, ConsumedCapacity> m = new java.util.LinkedHashMap<>();
        for (ConsumedCapacity c : list) {
            assertThat(m.put(c.tableName(), c)).as("one entry per table").isNull();
        }
        return m;
    }

    static WriteRequest putOf(Map<String, AttributeValue> it) {
        return WriteRequest.builder().putRequest(PutRequest.builder().item(it).build()).build();
    }

    static WriteRequest deleteOf(Map<String, AttributeValue> key) {
        return WriteRequest.builder().deleteRequest(dev.tidemark.engine.model.DeleteRequest.builder().key(key).build()).build();
    }
}
