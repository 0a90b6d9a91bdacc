package dev.tidemark.engine;

import static dev.tidemark.engine.Fixtures.def;
import static dev.tidemark.engine.Fixtures.hashKey;
import static dev.tidemark.engine.Fixtures.item;
import static dev.tidemark.engine.Fixtures.n;
import static dev.tidemark.engine.Fixtures.rangeKey;
import static dev.tidemark.engine.Fixtures.rangeTable;
import static dev.tidemark.engine.Fixtures.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tidemark.engine.IndexModelTest.Reference;
import dev.tidemark.engine.internal.value.ItemSize;
import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.engine.model.BillingMode;
import dev.tidemark.engine.model.CancellationReason;
import dev.tidemark.engine.model.DeleteRequest;
import dev.tidemark.engine.model.GlobalSecondaryIndex;
import dev.tidemark.engine.model.ItemCollectionMetrics;
import dev.tidemark.engine.model.LocalSecondaryIndex;
import dev.tidemark.engine.model.ProjectionType;
import dev.tidemark.engine.model.Put;
import dev.tidemark.engine.model.PutRequest;
import dev.tidemark.engine.model.ReturnItemCollectionMetrics;
import dev.tidemark.engine.model.ScalarAttributeType;
import dev.tidemark.engine.model.Select;
import dev.tidemark.engine.model.TransactWriteItem;
import dev.tidemark.engine.model.Update;
import dev.tidemark.engine.model.WriteRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Reading secondary indexes (INDEX-SPEC 1-9, 16; reference 2.3-2.5, 3.10-3.12): visibility, paging
 * keys, tie order, projections and Select, filters, consistent reads, unknown and sparse indexes,
 * item collection metrics and the item collection size limit.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndexQueryTest {
    /** Table "people": pk S p0..p3, sk N 0..11; rank = sk % 4; city on most items; name on some; secret on all. */
    private static final String PEOPLE = "people";
    private static final List<String> CITIES = List.of("Oslo", "Lima", "Kyiv");
    private static final Reference.TableKeys KEYS = new Reference.TableKeys("pk", "sk");
    /** LSI, KEYS_ONLY: pk + rank. */
    private static final Reference.Index BY_RANK = new Reference.Index("byRank", true, "pk", ScalarAttributeType.S,
        "rank", ScalarAttributeType.N, ProjectionType.KEYS_ONLY, List.of());
    /** GSI, INCLUDE name: city + rank. */
    private static final Reference.Index BY_CITY = new Reference.Index("byCity", false, "city", ScalarAttributeType.S,
        "rank", ScalarAttributeType.N, ProjectionType.INCLUDE, List.of("name"));
    /** GSI, ALL, hash only: city. */
    private static final Reference.Index CITY_ALL = new Reference.Index("cityAll", false, "city", ScalarAttributeType.S,
        null, null, ProjectionType.ALL, List.of());
    /** GSI, KEYS_ONLY, hash only, on a number: rank. */
    private static final Reference.Index RANK_KEYS = new Reference.Index("rankKeys", false, "rank", ScalarAttributeType.N,
        null, null, ProjectionType.KEYS_ONLY, List.of());
    private static final List<Reference.Index> INDEXES = List.of(BY_RANK, BY_CITY, CITY_ALL, RANK_KEYS);

    private Database db;

    @BeforeAll
    void open() {
        db = Database.openTemporary();
        createWithIndexes(db, PEOPLE, KEYS, ScalarAttributeType.S, ScalarAttributeType.N, INDEXES);
        for (int p = 0; p < 4; p++) {
            for (int i = 0; i < 12; i++) {
                Map<String, AttributeValue> it = item("pk", s("p" + p), "sk", n(i), "rank", n(i % 4), "secret", s("s" + p + "-" + i));
                if (i % 5 != 4) {
                    it.put("city", s(CITIES.get((p + i) % 3)));
                }
                if (i % 3 != 0) {
                    it.put("name", s("n" + p + "-" + i));
                }
                db.putItem(r -> r.tableName(PEOPLE).item(it));
            }
        }
    }

    @AfterAll
    void close() {
        db.close();
    }

    /** Creates an on-demand table with the given indexes (index key attributes defined from the declarations). */
    static void createWithIndexes(Database db, String table, Reference.TableKeys keys, ScalarAttributeType hashType,
                                  ScalarAttributeType rangeType, List<Reference.Index> indexes) {
        Map<String, ScalarAttributeType> defs = new LinkedHashMap<>();
        defs.put(keys.hash(), hashType);
        if (keys.range() != null) {
            defs.put(keys.range(), rangeType);
        }
        for (Reference.Index i : indexes) {
            defs.put(i.hash(), i.hashType());
            if (i.range() != null) {
                defs.put(i.range(), i.rangeType());
            }
        }
        List<LocalSecondaryIndex> lsis = indexes.stream().filter(Reference.Index::local).map(i -> LocalSecondaryIndex.builder()
            .indexName(i.name()).keySchema(i.keySchema()).projection(i.projection()).build()).toList();
        List<GlobalSecondaryIndex> gsis = indexes.stream().filter(i -> !i.local()).map(i -> GlobalSecondaryIndex.builder()
            .indexName(i.name()).keySchema(i.keySchema()).projection(i.projection()).build()).toList();
        db.createTable(t -> t.tableName(table).billingMode(BillingMode.PAY_PER_REQUEST)
            .keySchema(keys.range() == null ? List.of(hashKey(keys.hash())) : List.of(hashKey(keys.hash()), rangeKey(keys.range())))
            .attributeDefinitions(defs.entrySet().stream().map(e -> def(e.getKey(), e.getValue())).toList())
            .localSecondaryIndexes(lsis.isEmpty() ? null : lsis)
            .globalSecondaryIndexes(gsis.isEmpty() ? null : gsis));
    }

    private QueryResult query(String index, String cond, Map<String, AttributeValue> values, Consumer<QueryRequest.Builder> more) {
        return db.query(q -> {
            q.tableName(PEOPLE).indexName(index).keyConditionExpression(cond).expressionAttributeValues(values);
            more.accept(q);
        });
    }

    private static final Map<String, AttributeValue> OSLO = Map.of(":c", s("Oslo"));

    private Map<String, AttributeValue> getItem(Map<String, AttributeValue> key) {
        return db.getItem(g -> g.tableName(PEOPLE).key(key)).item();
    }

    private static Map<String, AttributeValue> keyOf(Map<String, AttributeValue> it) {
        return item("pk", it.get("pk"), "sk", it.get("sk"));
    }

    // ---------------------------------------------------------------- 1 visibility

    @Test
    @DisplayName("1 Every write is visible in LSI and GSI as soon as the call returns: put, key change, key removal, delete, batch, transaction")
    void writesAreVisibleAtOnce() {
        try (Database d = Database.openTemporary()) {
            createWithIndexes(d, "vis", KEYS, ScalarAttributeType.S, ScalarAttributeType.N, INDEXES);
            BiFunction<String, AttributeValue, List<Map<String, AttributeValue>>> read = (index, value) ->
                d.query(q -> q.tableName("vis").indexName(index).keyConditionExpression("#h = :h")
                    .expressionAttributeNames(Map.of("#h", INDEXES.stream().filter(i -> i.name().equals(index)).findFirst()
                        .orElseThrow().hash())).expressionAttributeValues(Map.of(":h", value))).items();
            for (int i = 0; i < 50; i++) {
                int id = i;
                d.putItem(p -> p.tableName("vis").item(item("pk", s("a"), "sk", n(id), "city", s("c" + id), "rank", n(id))));
                assertThat(read.apply("cityAll", s("c" + id))).containsExactly(
                    item("pk", s("a"), "sk", n(id), "city", s("c" + id), "rank", n(id)));
                assertThat(read.apply("byCity", s("c" + id))).hasSize(1);
                assertThat(read.apply("rankKeys", n(id))).containsExactly(item("pk", s("a"), "sk", n(id), "rank", n(id)));
                d.updateItem(u -> u.tableName("vis").key(item("pk", s("a"), "sk", n(id))).updateExpression("SET city = :c, #r = :r").expressionAttributeNames(Map.of("#r", "rank"))
                    .expressionAttributeValues(Map.of(":c", s("moved" + id), ":r", n(1000 + id))));
                assertThat(read.apply("cityAll", s("c" + id))).isEmpty();
                assertThat(read.apply("cityAll", s("moved" + id))).hasSize(1);
                assertThat(read.apply("rankKeys", n(id))).isEmpty();
                assertThat(d.query(q -> q.tableName("vis").indexName("byRank").keyConditionExpression("pk = :p AND #r = :r")
                    .expressionAttributeNames(Map.of("#r", "rank")).expressionAttributeValues(Map.of(":p", s("a"), ":r", n(1000 + id))))
                    .items()).containsExactly(item("pk", s("a"), "sk", n(id), "rank", n(1000 + id)));
                d.updateItem(u -> u.tableName("vis").key(item("pk", s("a"), "sk", n(id))).updateExpression("REMOVE city"));
                assertThat(read.apply("cityAll", s("moved" + id))).isEmpty();
                assertThat(read.apply("rankKeys", n(1000 + id))).hasSize(1);
                d.deleteItem(r -> r.tableName("vis").key(item("pk", s("a"), "sk", n(id))));
                assertThat(read.apply("rankKeys", n(1000 + id))).isEmpty();
            }
            d.batchWriteItem(b -> b.requestItems(Map.of("vis", List.of(
                WriteRequest.builder().putRequest(PutRequest.builder().item(item("pk", s("b"), "sk", n(1), "city", s("batch"))).build()).build(),
                WriteRequest.builder().putRequest(PutRequest.builder().item(item("pk", s("b"), "sk", n(2), "city", s("batch"))).build()).build()))));
            assertThat(read.apply("cityAll", s("batch"))).hasSize(2);
            d.batchWriteItem(b -> b.requestItems(Map.of("vis", List.of(
                WriteRequest.builder().deleteRequest(DeleteRequest.builder().key(item("pk", s("b"), "sk", n(1))).build()).build()))));
            assertThat(read.apply("cityAll", s("batch"))).extracting(i -> i.get("sk")).containsExactly(n(2));
            d.transactWriteItems(t -> t.transactItems(
                TransactWriteItem.builder().put(Put.builder().tableName("vis").item(item("pk", s("t"), "sk", n(1), "city", s("txn"), "rank", n(5))).build()).build(),
                TransactWriteItem.builder().update(Update.builder().tableName("vis").key(item("pk", s("b"), "sk", n(2)))
                    .updateExpression("SET city = :c").expressionAttributeValues(Map.of(":c", s("txn"))).build()).build()));
            assertThat(read.apply("cityAll", s("txn"))).hasSize(2);
            assertThat(read.apply("cityAll", s("batch"))).isEmpty();
            assertThat(read.apply("rankKeys", n(5))).containsExactly(item("pk", s("t"), "sk", n(1), "rank", n(5)));
        }
    }

    @Test
    @DisplayName("1 Four threads writing hot keys at once (puts, updates moving index keys, deletes, batches, transactions) leave every index equal to the recomputed one")
    void concurrentWritesOnHotKeys() throws Exception {
        try (Database d = Database.openTemporary()) {
            createWithIndexes(d, "hot", KEYS, ScalarAttributeType.S, ScalarAttributeType.N, INDEXES);
            ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                Random rnd = new Random(t);
                Thread th = new Thread(() -> {
                    try {
                        for (int i = 0; i < 1_500; i++) {
                            hotWrite(d, rnd);
                        }
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                });
                th.start();
                threads.add(th);
            }
            for (Thread th : threads) {
                th.join();
            }
            assertThat(failures).isEmpty();
            List<Map<String, AttributeValue>> table = Reference.scanTableInOrder(d, "hot");
            assertThat(table).isNotEmpty();
            for (Reference.Index index : INDEXES) {
                Reference.assertIndexEquals(d, "hot", KEYS, index, Reference.expected(table, KEYS, index), 3, "after concurrent writes");
            }
        }
    }

    private static Map<String, AttributeValue> hotKey(Random rnd) {
        return item("pk", s("p" + rnd.nextInt(2)), "sk", n(rnd.nextInt(4)));
    }

    private static void hotWrite(Database d, Random rnd) {
        Map<String, AttributeValue> key = hotKey(rnd);
        int v = rnd.nextInt(1000);
        switch (rnd.nextInt(6)) {
            case 0 -> {
                Map<String, AttributeValue> it = new HashMap<>(key);
                it.put("rank", n(v % 3));
                if (v % 4 != 0) {
                    it.put("city", s(CITIES.get(v % 3)));
                }
                it.put("name", s("n" + v));
                d.putItem(p -> p.tableName("hot").item(it));
            }
            case 1 -> d.updateItem(u -> u.tableName("hot").key(key).updateExpression("SET city = :c, #r = :r")
                .expressionAttributeNames(Map.of("#r", "rank"))
                .expressionAttributeValues(Map.of(":c", s(CITIES.get(v % 3)), ":r", n(v % 3))));
            case 2 -> d.updateItem(u -> u.tableName("hot").key(key).updateExpression(v % 2 == 0 ? "REMOVE city" : "REMOVE #r, #n")
                .expressionAttributeNames(v % 2 == 0 ? null : Map.of("#r", "rank", "#n", "name")));
            case 3 -> d.deleteItem(r -> r.tableName("hot").key(key));
            case 4 -> {
                Map<String, AttributeValue> other = hotKey(rnd);
                List<WriteRequest> writes = new ArrayList<>();
                writes.add(WriteRequest.builder().putRequest(PutRequest.builder().item(item("pk", key.get("pk"), "sk", key.get("sk"),
                    "city", s("Lima"), "rank", n(v % 3))).build()).build());
                if (!other.equals(key)) {
                    writes.add(WriteRequest.builder().deleteRequest(DeleteRequest.builder().key(other).build()).build());
                }
                d.batchWriteItem(b -> b.requestItems(Map.of("hot", writes)));
            }
            default -> {
                Map<String, AttributeValue> other = hotKey(rnd);
                List<TransactWriteItem> actions = new ArrayList<>();
                actions.add(TransactWriteItem.builder().update(Update.builder().tableName("hot").key(key)
                    .updateExpression("SET city = :c").expressionAttributeValues(Map.of(":c", s("Kyiv"))).build()).build());
                if (!other.equals(key)) {
                    actions.add(TransactWriteItem.builder().put(Put.builder().tableName("hot").item(item("pk", other.get("pk"),
                        "sk", other.get("sk"), "rank", n(v % 3), "city", s("Oslo"))).build()).build());
                }
                try {
                    d.transactWriteItems(r -> r.transactItems(actions));
                } catch (TransactionCanceledException e) {
                    // a conflict with another transaction on the same keys: nothing written, fine here
                    assertThat(e.cancellationReasons()).extracting(CancellationReason::code)
                        .contains("TransactionConflict");
                }
            }
        }
    }

    // ---------------------------------------------------------------- 2, 3, 9: whole indexes, paging keys, order, sparseness

    @Test
    @DisplayName("2/3/9 Each index read by Scan and Query at several Limits equals the one recomputed from the table: sparse, index order, ties by table key order, LastEvaluatedKey = index + table keys")
    void indexesEqualReference() {
        List<Map<String, AttributeValue>> table = Reference.scanTableInOrder(db, PEOPLE);
        assertThat(table).hasSize(48);
        for (Reference.Index index : INDEXES) {
            Map<AttributeValue, List<Map<String, AttributeValue>>> expected = Reference.expected(table, KEYS, index);
            for (Integer limit : new Integer[] {null, 1, 2, 5, 100}) {
                Reference.assertIndexEquals(db, PEOPLE, KEYS, index, expected, limit, "limit " + limit);
            }
        }
        // sparse: items without city are in neither city index, but they are in the rank indexes
        long withCity = table.stream().filter(i -> i.containsKey("city")).count();
        assertThat(withCity).isLessThan(48);
        assertThat(Reference.scanIndex(db, PEOPLE, KEYS, CITY_ALL, null, "").values().stream().mapToInt(List::size).sum())
            .isEqualTo((int) withCity);
        assertThat(Reference.scanIndex(db, PEOPLE, KEYS, RANK_KEYS, null, "").values().stream().mapToInt(List::size).sum())
            .isEqualTo(48);
        ScanResult count = db.scan(q -> q.tableName(PEOPLE).indexName("byCity").select(Select.COUNT));
        assertThat(count.count()).isEqualTo((int) withCity);
    }

    @Test
    @DisplayName("3 Ties on the index sort key and hash-only GSI partitions come in the table's key order, the same on every call, reversed backwards")
    void tieOrder() {
        List<Map<String, AttributeValue>> table = Reference.scanTableInOrder(db, PEOPLE);
        List<Map<String, AttributeValue>> oslo = table.stream().filter(i -> s("Oslo").equals(i.get("city"))).toList();
        assertThat(oslo).hasSizeGreaterThan(5);
        QueryResult all = query("cityAll", "city = :c", OSLO, q -> { });
        assertThat(all.items()).containsExactlyElementsOf(oslo);
        for (int i = 0; i < 3; i++) {
            assertThat(query("cityAll", "city = :c", OSLO, q -> { }).items()).isEqualTo(all.items());
        }
        List<Map<String, AttributeValue>> back = new ArrayList<>(oslo);
        Collections.reverse(back);
        assertThat(query("cityAll", "city = :c", OSLO, q -> q.scanIndexForward(false)).items()).containsExactlyElementsOf(back);
        // rank ties inside one city: rank first, then table key order
        List<Map<String, AttributeValue>> byRank = query("byCity", "city = :c AND #r = :r", Map.of(":c", s("Oslo"), ":r", n(1)),
            q -> q.expressionAttributeNames(Map.of("#r", "rank"))).items();
        assertThat(byRank).extracting(IndexQueryTest::keyOf)
            .containsExactlyElementsOf(oslo.stream().filter(i -> n(1).equals(i.get("rank"))).map(IndexQueryTest::keyOf).toList());
        // a number-keyed hash-only GSI: items of all partitions, table key order
        List<Map<String, AttributeValue>> rank2 = db.query(q -> q.tableName(PEOPLE).indexName("rankKeys")
            .keyConditionExpression("#r = :r").expressionAttributeNames(Map.of("#r", "rank"))
            .expressionAttributeValues(Map.of(":r", n(2)))).items();
        assertThat(rank2).extracting(IndexQueryTest::keyOf).containsExactlyElementsOf(
            table.stream().filter(i -> n(2).equals(i.get("rank"))).map(IndexQueryTest::keyOf).toList());
    }

    @Test
    @DisplayName("2 ExclusiveStartKey on an index: exactly index + table keys with their types, inside the partition and the sort condition")
    void exclusiveStartKeyRules() {
        QueryResult first = query("byCity", "city = :c AND #r >= :r", Map.of(":c", s("Oslo"), ":r", n(1)),
            q -> q.expressionAttributeNames(Map.of("#r", "rank")).limit(2));
        Map<String, AttributeValue> lek = first.lastEvaluatedKey();
        assertThat(lek).isNotNull();
        assertThat(lek.keySet()).containsExactlyInAnyOrder("city", "rank", "pk", "sk");
        Map<String, AttributeValue> last = first.items().get(1);
        assertThat(lek).isEqualTo(item("city", last.get("city"), "rank", last.get("rank"), "pk", last.get("pk"), "sk", last.get("sk")));
        String invalid = "The provided starting key is invalid: The provided key element does not match the schema";
        String outside = "The provided starting key is outside query boundaries based on provided conditions";
        Map<String, AttributeValue> missingTableKey = new HashMap<>(lek);
        missingTableKey.remove("sk");
        Map<String, AttributeValue> missingIndexKey = new HashMap<>(lek);
        missingIndexKey.remove("rank");
        Map<String, AttributeValue> extra = new HashMap<>(lek);
        extra.put("name", s("x"));
        Map<String, AttributeValue> wrongType = new HashMap<>(lek);
        wrongType.put("rank", s("1"));
        Map<String, AttributeValue> tableKeyOnly = keyOf(lek);
        for (Map<String, AttributeValue> bad : List.of(missingTableKey, missingIndexKey, extra, wrongType, tableKeyOnly)) {
            assertThatThrownBy(() -> query("byCity", "city = :c", OSLO, q -> q.exclusiveStartKey(bad)))
                .as("Query %s", bad).isInstanceOf(ValidationException.class).hasMessage(invalid);
            assertThatThrownBy(() -> db.scan(q -> q.tableName(PEOPLE).indexName("byCity").exclusiveStartKey(bad)))
                .as("Scan %s", bad).isInstanceOf(ValidationException.class).hasMessage(invalid);
        }
        Map<String, AttributeValue> otherCity = new HashMap<>(lek);
        otherCity.put("city", s("Lima"));
        assertThatThrownBy(() -> query("byCity", "city = :c", OSLO, q -> q.exclusiveStartKey(otherCity)))
            .isInstanceOf(ValidationException.class).hasMessage(outside);
        Map<String, AttributeValue> belowRange = new HashMap<>(lek);
        belowRange.put("rank", n(0));
        assertThatThrownBy(() -> query("byCity", "city = :c AND #r >= :r", Map.of(":c", s("Oslo"), ":r", n(1)),
            q -> q.expressionAttributeNames(Map.of("#r", "rank")).exclusiveStartKey(belowRange)))
            .isInstanceOf(ValidationException.class).hasMessage(outside);
        // the LSI: table keys + LSI sort key
        QueryResult lsi = query("byRank", "pk = :p", Map.of(":p", s("p1")), q -> q.limit(3));
        assertThat(lsi.lastEvaluatedKey().keySet()).containsExactlyInAnyOrder("pk", "sk", "rank");
        assertThatThrownBy(() -> query("byRank", "pk = :p", Map.of(":p", s("p1")), q -> q.exclusiveStartKey(keyOf(lsi.lastEvaluatedKey()))))
            .isInstanceOf(ValidationException.class).hasMessage(invalid);
        Map<String, AttributeValue> otherPartition = new HashMap<>(lsi.lastEvaluatedKey());
        otherPartition.put("pk", s("p2"));
        assertThatThrownBy(() -> query("byRank", "pk = :p", Map.of(":p", s("p1")), q -> q.exclusiveStartKey(otherPartition)))
            .isInstanceOf(ValidationException.class).hasMessage(outside);
        // a hash-only GSI: its key + table keys
        QueryResult hashOnly = query("cityAll", "city = :c", OSLO, q -> q.limit(1));
        assertThat(hashOnly.lastEvaluatedKey().keySet()).containsExactlyInAnyOrder("city", "pk", "sk");
        // continuing from a valid key gives the rest of the partition
        QueryResult rest = query("cityAll", "city = :c", OSLO, q -> q.exclusiveStartKey(hashOnly.lastEvaluatedKey()));
        List<Map<String, AttributeValue>> joined = new ArrayList<>(hashOnly.items());
        joined.addAll(rest.items());
        assertThat(joined).isEqualTo(query("cityAll", "city = :c", OSLO, q -> { }).items());
    }

    @Test
    @DisplayName("2/3 Every sort-key operator on N, S and B index sort keys with many ties, both directions, paged: the recomputed index slice")
    void keyConditionsOnIndexSortKeys() {
        List<AttributeValue> nums = List.of(n("-2"), n("-1.5"), n(0), n("0.25"), n(1), n(3), n("1E2"));
        List<AttributeValue> strs = List.of(s("a"), s("ab"), s("abc"), s("b"), s("ba"), s("\u00e9"));
        List<AttributeValue> bins = List.of(Fixtures.b(0x00), Fixtures.b(0x01), Fixtures.b(0x01, 0x00), Fixtures.b(0x7f),
            Fixtures.b(0x80), Fixtures.b(0xff, 0x00));
        List<Reference.Index> indexes = List.of(
            new Reference.Index("byNum", false, "grp", ScalarAttributeType.S, "r", ScalarAttributeType.N, ProjectionType.KEYS_ONLY, List.of()),
            new Reference.Index("byStr", false, "grp", ScalarAttributeType.S, "t", ScalarAttributeType.S, ProjectionType.ALL, List.of()),
            new Reference.Index("byBin", false, "grp", ScalarAttributeType.S, "bin", ScalarAttributeType.B, ProjectionType.INCLUDE, List.of("r")),
            new Reference.Index("lsiNum", true, "pk", ScalarAttributeType.S, "r", ScalarAttributeType.N, ProjectionType.KEYS_ONLY, List.of()));
        try (Database d = Database.openTemporary()) {
            createWithIndexes(d, "ops", KEYS, ScalarAttributeType.S, ScalarAttributeType.N, indexes);
            Random rnd = new Random(42);
            for (int p = 0; p < 3; p++) {
                for (int i = 0; i < 30; i++) {
                    Map<String, AttributeValue> it = item("pk", s("p" + p), "sk", n(i), "grp", s(rnd.nextBoolean() ? "A" : "B"),
                        "r", nums.get(rnd.nextInt(nums.size())), "t", strs.get(rnd.nextInt(strs.size())),
                        "bin", bins.get(rnd.nextInt(bins.size())));
                    d.putItem(r -> r.tableName("ops").item(it));
                }
            }
            List<Map<String, AttributeValue>> table = Reference.scanTableInOrder(d, "ops");
            Map<String, List<AttributeValue>> domains = Map.of("r", nums, "t", strs, "bin", bins);
            Map<Map<String, AttributeValue>, Map<String, AttributeValue>> byKey = new HashMap<>();
            table.forEach(i -> byKey.put(keyOf(i), i));
            int queries = 0;
            for (Reference.Index index : indexes) {
                Map<AttributeValue, List<Map<String, AttributeValue>>> expected = Reference.expected(table, KEYS, index);
                List<AttributeValue> domain = domains.get(index.range());
                for (AttributeValue part : expected.keySet()) {
                    for (String op : List.of("=", "<", "<=", ">", ">=", "BETWEEN", "begins_with")) {
                        if (op.equals("begins_with") && index.rangeType() == ScalarAttributeType.N) {
                            continue;
                        }
                        for (int a = 0; a < domain.size(); a++) {
                            for (int b = op.equals("BETWEEN") ? a : domain.size() - 1; b < domain.size(); b++) {
                                AttributeValue x = domain.get(a);
                                AttributeValue y = domain.get(b);
                                Predicate<AttributeValue> holds = v -> switch (op) {
                                    case "=" -> Reference.compareKey(v, x) == 0;
                                    case "<" -> Reference.compareKey(v, x) < 0;
                                    case "<=" -> Reference.compareKey(v, x) <= 0;
                                    case ">" -> Reference.compareKey(v, x) > 0;
                                    case ">=" -> Reference.compareKey(v, x) >= 0;
                                    case "BETWEEN" -> Reference.compareKey(v, x) >= 0 && Reference.compareKey(v, y) <= 0;
                                    default -> startsWith(v, x);
                                };
                                String cond = switch (op) {
                                    case "BETWEEN" -> "#h = :h AND #r BETWEEN :x AND :y";
                                    case "begins_with" -> "#h = :h AND begins_with(#r, :x)";
                                    default -> "#h = :h AND #r " + op + " :x";
                                };
                                Map<String, AttributeValue> values = new HashMap<>(Map.of(":h", part, ":x", x));
                                if (op.equals("BETWEEN")) {
                                    values.put(":y", y);
                                }
                                List<Map<String, AttributeValue>> want = expected.get(part).stream()
                                    .filter(e -> holds.test(byKey.get(keyOf(e)).get(index.range()))).toList();
                                for (boolean forward : new boolean[] {true, false}) {
                                    List<Map<String, AttributeValue>> ordered = new ArrayList<>(want);
                                    if (!forward) {
                                        Collections.reverse(ordered);
                                    }
                                    for (Integer limit : new Integer[] {null, 2}) {
                                        List<Map<String, AttributeValue>> got = new ArrayList<>();
                                        Map<String, AttributeValue> start = null;
                                        do {
                                            Map<String, AttributeValue> esk = start;
                                            QueryResult r = d.query(q -> q.tableName("ops").indexName(index.name()).keyConditionExpression(cond)
                                                .expressionAttributeNames(Map.of("#h", index.hash(), "#r", index.range()))
                                                .expressionAttributeValues(values).scanIndexForward(forward).limit(limit).exclusiveStartKey(esk));
                                            got.addAll(r.items());
                                            start = r.lastEvaluatedKey();
                                            queries++;
                                        } while (start != null);
                                        assertThat(got).as("%s: %s %s %s forward %s limit %s", index.name(), part, op,
                                            op.equals("BETWEEN") ? x + " AND " + y : x, forward, limit).containsExactlyElementsOf(ordered);
                                    }
                                }
                            }
                        }
                    }
                }
            }
            assertThat(queries).isGreaterThan(1000);
        }
    }

    private static boolean startsWith(AttributeValue v, AttributeValue prefix) {
        if (v.type() == AttributeValue.Type.S) {
            return v.s().startsWith(prefix.s());
        }
        byte[] a = v.b();
        byte[] p = prefix.b();
        return a.length >= p.length && Arrays.equals(a, 0, p.length, p, 0, p.length);
    }

    @Test
    @DisplayName("2 Index key numbers are compared by value: 1, 1.0 and 10E-1 are one GSI partition and one LSI sort key value")
    void numericIndexKeyIdentity() {
        Reference.Index byNum = new Reference.Index("byNum", false, "g", ScalarAttributeType.N, "r", ScalarAttributeType.N,
            ProjectionType.KEYS_ONLY, List.of());
        Reference.Index lsiNum = new Reference.Index("lsiNum", true, "pk", ScalarAttributeType.S, "r", ScalarAttributeType.N,
            ProjectionType.KEYS_ONLY, List.of());
        try (Database d = Database.openTemporary()) {
            createWithIndexes(d, "nums", KEYS, ScalarAttributeType.S, ScalarAttributeType.N, List.of(byNum, lsiNum));
            List<String> spellings = List.of("1", "1.0", "10E-1", "0.1e1", "1.000");
            for (int i = 0; i < spellings.size(); i++) {
                int id = i;
                d.putItem(p -> p.tableName("nums").item(item("pk", s("a"), "sk", n(id), "g", n(spellings.get(id)), "r", n(spellings.get(id)))));
            }
            d.putItem(p -> p.tableName("nums").item(item("pk", s("a"), "sk", n(9), "g", n("2"), "r", n("-0.5"))));
            QueryResult gsi = d.query(q -> q.tableName("nums").indexName("byNum").keyConditionExpression("g = :g AND r = :r")
                .expressionAttributeValues(Map.of(":g", n("100E-2"), ":r", n("1"))));
            assertThat(gsi.items()).extracting(i -> i.get("sk")).containsExactly(n(0), n(1), n(2), n(3), n(4));
            QueryResult lsi = d.query(q -> q.tableName("nums").indexName("lsiNum").keyConditionExpression("pk = :p AND r > :r")
                .expressionAttributeValues(Map.of(":p", s("a"), ":r", n("-0.5"))).limit(2));
            assertThat(lsi.items()).extracting(i -> i.get("sk")).containsExactly(n(0), n(1));
            Map<String, AttributeValue> lek = new HashMap<>(lsi.lastEvaluatedKey());
            // the same start key spelled differently continues at the same place
            lek.put("r", n("1.00"));
            QueryResult rest = d.query(q -> q.tableName("nums").indexName("lsiNum").keyConditionExpression("pk = :p AND r > :r")
                .expressionAttributeValues(Map.of(":p", s("a"), ":r", n("-0.5"))).exclusiveStartKey(lek));
            assertThat(rest.items()).extracting(i -> i.get("sk")).containsExactly(n(2), n(3), n(4));
            List<Map<String, AttributeValue>> table = Reference.scanTableInOrder(d, "nums");
            Reference.assertIndexEquals(d, "nums", KEYS, byNum, Reference.expected(table, KEYS, byNum), 2, "");
            assertThat(d.describeTable(r -> r.tableName("nums")).table().globalSecondaryIndexes().get(0).itemCount()).isEqualTo(6L);
        }
    }

    @Test
    @DisplayName("3.11 Parallel Scan of an index: segments are disjoint and together hold every index entry")
    void parallelScanOfIndex() {
        for (Reference.Index index : List.of(BY_CITY, BY_RANK)) {
            List<String> whole = Reference.scanIndex(db, PEOPLE, KEYS, index, null, "").values().stream()
                .flatMap(List::stream).map(Fixtures::canonical).sorted().toList();
            for (int total : new int[] {1, 2, 7, 64}) {
                List<String> union = new ArrayList<>();
                for (int seg = 0; seg < total; seg++) {
                    int segment = seg;
                    Map<String, AttributeValue> start = null;
                    do {
                        Map<String, AttributeValue> esk = start;
                        ScanResult r = db.scan(q -> q.tableName(PEOPLE).indexName(index.name()).segment(segment).totalSegments(total)
                            .limit(3).exclusiveStartKey(esk));
                        r.items().forEach(i -> union.add(Fixtures.canonical(i)));
                        start = r.lastEvaluatedKey();
                    } while (start != null);
                }
                assertThat(union.stream().sorted().toList()).as("%s in %d segments", index.name(), total).isEqualTo(whole);
            }
        }
    }

    @Test
    @DisplayName("2/3 A GSI on the table's own key attributes (hash = table sort key, range = table partition key)")
    void gsiOnTableKeys() {
        Reference.Index swapped = new Reference.Index("swapped", false, "sk", ScalarAttributeType.N, "pk", ScalarAttributeType.S,
            ProjectionType.KEYS_ONLY, List.of());
        try (Database d = Database.openTemporary()) {
            createWithIndexes(d, "swap", KEYS, ScalarAttributeType.S, ScalarAttributeType.N, List.of(swapped));
            for (int p = 0; p < 5; p++) {
                for (int i = 0; i < 6; i++) {
                    int id = i;
                    String pk = "p" + p;
                    d.putItem(r -> r.tableName("swap").item(item("pk", s(pk), "sk", n(id), "x", n(id))));
                }
            }
            List<Map<String, AttributeValue>> table = Reference.scanTableInOrder(d, "swap");
            Map<AttributeValue, List<Map<String, AttributeValue>>> expected = Reference.expected(table, KEYS, swapped);
            assertThat(expected).hasSize(6);
            for (Integer limit : new Integer[] {null, 1, 4}) {
                Reference.assertIndexEquals(d, "swap", KEYS, swapped, expected, limit, "limit " + limit);
            }
            QueryResult page = d.query(q -> q.tableName("swap").indexName("swapped").keyConditionExpression("sk = :s AND pk > :p")
                .expressionAttributeValues(Map.of(":s", n(3), ":p", s("p1"))).limit(2));
            assertThat(page.items()).extracting(i -> i.get("pk")).containsExactly(s("p2"), s("p3"));
            assertThat(page.lastEvaluatedKey()).isEqualTo(item("sk", n(3), "pk", s("p3")));
        }
    }

    @Test
    @DisplayName("3.10 On an index the 1 MB page limit counts the projected entries: a KEYS_ONLY GSI over 100 KB items needs one page, an ALL GSI several")
    void megabyteOfIndexEntries() {
        Reference.Index keys = new Reference.Index("keysOnly", false, "grp", ScalarAttributeType.S, null, null, ProjectionType.KEYS_ONLY, List.of());
        Reference.Index all = new Reference.Index("allAttrs", false, "grp", ScalarAttributeType.S, null, null, ProjectionType.ALL, List.of());
        try (Database d = Database.openTemporary()) {
            createWithIndexes(d, "bigitems", KEYS, ScalarAttributeType.S, ScalarAttributeType.N, List.of(keys, all));
            String filler = "f".repeat(100_000);
            for (int i = 0; i < 30; i++) {
                int id = i;
                d.putItem(p -> p.tableName("bigitems").item(item("pk", s("p" + id % 3), "sk", n(id), "grp", s("g"), "d", s(filler))));
            }
            QueryResult small = d.query(q -> q.tableName("bigitems").indexName("keysOnly").keyConditionExpression("grp = :g")
                .expressionAttributeValues(Map.of(":g", s("g"))));
            assertThat(small.items()).hasSize(30);
            assertThat(small.lastEvaluatedKey()).isNull();
            QueryResult big = d.query(q -> q.tableName("bigitems").indexName("allAttrs").keyConditionExpression("grp = :g")
                .expressionAttributeValues(Map.of(":g", s("g"))));
            assertThat(big.scannedCount()).isBetween(10, 11);
            assertThat(big.lastEvaluatedKey()).isNotNull();
            assertThat(Reference.queryIndex(d, "bigitems", KEYS, all, s("g"), null, true, "")).hasSize(30);
            ScanResult scanSmall = d.scan(q -> q.tableName("bigitems").indexName("keysOnly"));
            assertThat(scanSmall.items()).hasSize(30);
        }
    }

    // ---------------------------------------------------------------- 4, 5, 6 projections and Select

    @Test
    @DisplayName("4 Default Select on an index is ALL_PROJECTED_ATTRIBUTES: ALL = item, KEYS_ONLY = keys, INCLUDE = keys + listed attributes present")
    void defaultSelectProjects() {
        for (Map<String, AttributeValue> it : query("cityAll", "city = :c", OSLO, q -> { }).items()) {
            assertThat(it).isEqualTo(getItem(keyOf(it)));
            assertThat(it).containsKey("secret");
        }
        List<Map<String, AttributeValue>> include = query("byCity", "city = :c", OSLO, q -> q.select(Select.ALL_PROJECTED_ATTRIBUTES)).items();
        assertThat(include).isNotEmpty();
        assertThat(include).anyMatch(i -> i.containsKey("name")).anyMatch(i -> !i.containsKey("name"));
        for (Map<String, AttributeValue> it : include) {
            Map<String, AttributeValue> full = getItem(keyOf(it));
            Map<String, AttributeValue> expected = item("pk", full.get("pk"), "sk", full.get("sk"), "city", full.get("city"), "rank", full.get("rank"));
            if (full.containsKey("name")) {
                expected.put("name", full.get("name"));
            }
            assertThat(it).isEqualTo(expected);
        }
        for (Map<String, AttributeValue> it : query("byRank", "pk = :p", Map.of(":p", s("p2")), q -> { }).items()) {
            assertThat(it.keySet()).containsExactlyInAnyOrder("pk", "sk", "rank");
        }
        assertThatThrownBy(() -> db.query(q -> q.tableName(PEOPLE).keyConditionExpression("pk = :p")
            .expressionAttributeValues(Map.of(":p", s("p1"))).select(Select.ALL_PROJECTED_ATTRIBUTES)))
            .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> db.scan(q -> q.tableName(PEOPLE).select(Select.ALL_PROJECTED_ATTRIBUTES)))
            .isInstanceOf(ValidationException.class);
    }

    @Test
    @DisplayName("5 Select ALL_ATTRIBUTES: whole items from an LSI of any projection; rejected on a GSI whose projection is not ALL")
    void selectAllAttributes() {
        List<Map<String, AttributeValue>> lsi = query("byRank", "pk = :p", Map.of(":p", s("p3")), q -> q.select(Select.ALL_ATTRIBUTES)).items();
        assertThat(lsi).hasSize(12);
        for (Map<String, AttributeValue> it : lsi) {
            assertThat(it).isEqualTo(getItem(keyOf(it)));
        }
        assertThat(lsi).extracting(i -> i.get("rank").n()).isSortedAccordingTo(Comparator.comparing(Integer::valueOf));
        String message = "One or more parameter values were invalid: Select type ALL_ATTRIBUTES is not supported for global secondary index byCity because its projection type is not ALL";
        assertThatThrownBy(() -> query("byCity", "city = :c", OSLO, q -> q.select(Select.ALL_ATTRIBUTES)))
            .isInstanceOf(ValidationException.class).hasMessage(message);
        assertThatThrownBy(() -> db.scan(q -> q.tableName(PEOPLE).indexName("byCity").select(Select.ALL_ATTRIBUTES)))
            .isInstanceOf(ValidationException.class).hasMessage(message);
        assertThat(query("cityAll", "city = :c", OSLO, q -> q.select(Select.ALL_ATTRIBUTES)).items())
            .isEqualTo(query("cityAll", "city = :c", OSLO, q -> { }).items());
        ScanResult scanLsi = db.scan(q -> q.tableName(PEOPLE).indexName("byRank").select(Select.ALL_ATTRIBUTES));
        assertThat(scanLsi.items()).hasSize(48).allMatch(i -> i.containsKey("secret"));
    }

    @Test
    @DisplayName("6 ProjectionExpression: unprojected attribute rejected on a GSI, fetched from the table on an LSI")
    void projectionExpressions() {
        assertThatThrownBy(() -> query("byCity", "city = :c", OSLO, q -> q.projectionExpression("secret")))
            .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> db.scan(q -> q.tableName(PEOPLE).indexName("rankKeys").projectionExpression("sk, secret")))
            .isInstanceOf(ValidationException.class);
        List<Map<String, AttributeValue>> names = query("byCity", "city = :c", OSLO, q -> q.projectionExpression("#n, sk")
            .expressionAttributeNames(Map.of("#n", "name"))).items();
        assertThat(names).isNotEmpty().allMatch(i -> i.containsKey("sk") && !i.containsKey("city") && !i.containsKey("secret"));
        List<Map<String, AttributeValue>> fetched = query("byRank", "pk = :p", Map.of(":p", s("p0")), q -> q.projectionExpression("secret, sk")).items();
        assertThat(fetched).hasSize(12);
        for (Map<String, AttributeValue> it : fetched) {
            assertThat(it.keySet()).containsExactlyInAnyOrder("secret", "sk");
            assertThat(it.get("secret")).isEqualTo(getItem(item("pk", s("p0"), "sk", it.get("sk"))).get("secret"));
        }
    }

    @Test
    @DisplayName("6 Filters: a GSI sees its projected attributes only, an LSI the whole item; index key attributes are not allowed in a Query filter")
    void filters() {
        // every item has "secret", which byCity does not project: the GSI filter never sees it
        QueryResult gsi = query("byCity", "city = :c", OSLO, q -> q.filterExpression("attribute_exists(secret)"));
        assertThat(gsi.count()).isZero();
        assertThat(gsi.scannedCount()).isGreaterThan(0);
        assertThat(query("cityAll", "city = :c", OSLO, q -> q.filterExpression("attribute_exists(secret)")).count())
            .isEqualTo(query("cityAll", "city = :c", OSLO, q -> { }).count());
        QueryResult lsi = query("byRank", "pk = :p", Map.of(":p", s("p1"), ":s", s("s1-5")), q -> q.filterExpression("secret = :s"));
        assertThat(lsi.items()).containsExactly(item("pk", s("p1"), "sk", n(5), "rank", n(1)));
        ScanResult scanGsi = db.scan(q -> q.tableName(PEOPLE).indexName("rankKeys").filterExpression("attribute_exists(secret)"));
        assertThat(scanGsi.count()).isZero();
        assertThat(query("byCity", "city = :c", Map.of(":c", s("Oslo"), ":n", s("n")),
            q -> q.filterExpression("begins_with(#n, :n)").expressionAttributeNames(Map.of("#n", "name"))).items())
            .isNotEmpty().allMatch(i -> i.containsKey("name"));
        assertThatThrownBy(() -> query("byCity", "city = :c", Map.of(":c", s("Oslo"), ":r", n(1)),
            q -> q.filterExpression("#r = :r").expressionAttributeNames(Map.of("#r", "rank"))))
            .isInstanceOf(ValidationException.class)
            .hasMessageContaining("Filter Expression can only contain non-primary key attributes: Primary key attribute: rank");
        assertThatThrownBy(() -> query("cityAll", "city = :c", OSLO, q -> q.filterExpression("city <> :c")))
            .isInstanceOf(ValidationException.class)
            .hasMessageContaining("Filter Expression can only contain non-primary key attributes: Primary key attribute: city");
        assertThatThrownBy(() -> query("byRank", "pk = :p", Map.of(":p", s("p1"), ":r", n(1)),
            q -> q.filterExpression("#r = :r").expressionAttributeNames(Map.of("#r", "rank"))))
            .isInstanceOf(ValidationException.class)
            .hasMessageContaining("Filter Expression can only contain non-primary key attributes: Primary key attribute: rank");
        // the table's key attributes are no keys of a GSI: a GSI Query may filter on them
        QueryResult onTableKey = query("cityAll", "city = :c", Map.of(":c", s("Oslo"), ":p", s("p1")), q -> q.filterExpression("pk = :p"));
        assertThat(onTableKey.items()).isNotEmpty().allMatch(i -> i.get("pk").equals(s("p1")) && i.get("city").equals(s("Oslo")));
        assertThat(onTableKey.scannedCount()).isGreaterThan(onTableKey.count());
        // a Scan of an index may filter on its keys
        assertThat(db.scan(q -> q.tableName(PEOPLE).indexName("cityAll").filterExpression("city = :c")
            .expressionAttributeValues(OSLO)).count()).isEqualTo(query("cityAll", "city = :c", OSLO, q -> { }).count());
    }

    // ---------------------------------------------------------------- 7, 8

    @Test
    @DisplayName("7 ConsistentRead=true is rejected on a GSI (Query and Scan) and allowed on an LSI")
    void consistentReads() {
        String message = "Consistent reads are not supported on global secondary indexes";
        assertThatThrownBy(() -> query("byCity", "city = :c", OSLO, q -> q.consistentRead(true)))
            .isInstanceOf(ValidationException.class).hasMessageContaining(message);
        assertThatThrownBy(() -> db.scan(q -> q.tableName(PEOPLE).indexName("cityAll").consistentRead(true)))
            .isInstanceOf(ValidationException.class).hasMessageContaining(message);
        assertThat(query("byCity", "city = :c", OSLO, q -> q.consistentRead(false)).count()).isGreaterThan(0);
        assertThat(query("byRank", "pk = :p", Map.of(":p", s("p1")), q -> q.consistentRead(true)).items()).hasSize(12);
        assertThat(db.scan(q -> q.tableName(PEOPLE).indexName("byRank").consistentRead(true)).items()).hasSize(48);
    }

    @Test
    @DisplayName("8 Query/Scan naming an index the table lacks: The table does not have the specified index: <i>")
    void unknownIndex() {
        rangeTable(db, "plain", "pk", ScalarAttributeType.S, "sk", ScalarAttributeType.N);
        for (String table : List.of(PEOPLE, "plain")) {
            assertThatThrownBy(() -> db.query(q -> q.tableName(table).indexName("nope").keyConditionExpression("pk = :p")
                .expressionAttributeValues(Map.of(":p", s("p1")))))
                .isInstanceOf(ValidationException.class).hasMessage("The table does not have the specified index: nope");
            assertThatThrownBy(() -> db.scan(q -> q.tableName(table).indexName("nope")))
                .isInstanceOf(ValidationException.class).hasMessage("The table does not have the specified index: nope");
        }
        assertThatThrownBy(() -> db.scan(q -> q.tableName("plain").indexName("byRank")))
            .isInstanceOf(ValidationException.class).hasMessage("The table does not have the specified index: byRank");
        // a key condition on the wrong attributes of an existing index is a ValidationException too
        assertThatThrownBy(() -> query("byCity", "pk = :p", Map.of(":p", s("p1")), q -> { }))
            .isInstanceOf(ValidationException.class);
    }

    // ---------------------------------------------------------------- 16 item collections

    /** Runs {@code ItemCollections.limitForTesting(bytes)}; the returned handle restores the default limit. */
    static AutoCloseable collectionLimit(long bytes) throws Exception {
        return (AutoCloseable) Class.forName("dev.tidemark.engine.internal.ItemCollections")
            .getMethod("limitForTesting", long.class).invoke(null, bytes);
    }

    private static void assertMetrics(ItemCollectionMetrics m, AttributeValue pk) {
        assertThat(m).isNotNull();
        assertThat(m.itemCollectionKey()).isEqualTo(Map.of("pk", pk));
        assertThat(m.sizeEstimateRangeGB()).hasSize(2);
        assertThat(m.sizeEstimateRangeGB().get(0)).isNotNegative().isLessThanOrEqualTo(m.sizeEstimateRangeGB().get(1));
    }

    @Test
    @DisplayName("16 ReturnItemCollectionMetrics=SIZE: PutItem/UpdateItem/DeleteItem/BatchWriteItem/TransactWriteItems report the collection for tables with LSIs only")
    void itemCollectionMetrics() {
        try (Database d = Database.openTemporary()) {
            createWithIndexes(d, "withLsi", KEYS, ScalarAttributeType.S, ScalarAttributeType.N, List.of(BY_RANK));
            createWithIndexes(d, "gsiOnly", KEYS, ScalarAttributeType.S, ScalarAttributeType.N, List.of(CITY_ALL));
            ReturnItemCollectionMetrics size = ReturnItemCollectionMetrics.SIZE;
            assertMetrics(d.putItem(p -> p.tableName("withLsi").item(item("pk", s("a"), "sk", n(1), "rank", n(3)))
                .returnItemCollectionMetrics(size)).itemCollectionMetrics(), s("a"));
            assertThat(d.putItem(p -> p.tableName("withLsi").item(item("pk", s("a"), "sk", n(2)))).itemCollectionMetrics()).isNull();
            assertThat(d.putItem(p -> p.tableName("withLsi").item(item("pk", s("a"), "sk", n(2)))
                .returnItemCollectionMetrics(ReturnItemCollectionMetrics.NONE)).itemCollectionMetrics()).isNull();
            assertThat(d.putItem(p -> p.tableName("gsiOnly").item(item("pk", s("a"), "sk", n(1), "city", s("x")))
                .returnItemCollectionMetrics(size)).itemCollectionMetrics()).isNull();
            assertMetrics(d.updateItem(u -> u.tableName("withLsi").key(item("pk", s("b"), "sk", n(1))).updateExpression("SET #r = :r").expressionAttributeNames(Map.of("#r", "rank"))
                .expressionAttributeValues(Map.of(":r", n(1))).returnItemCollectionMetrics(size)).itemCollectionMetrics(), s("b"));
            assertThat(d.updateItem(u -> u.tableName("gsiOnly").key(item("pk", s("b"), "sk", n(1))).updateExpression("SET city = :c")
                .expressionAttributeValues(Map.of(":c", s("y"))).returnItemCollectionMetrics(size)).itemCollectionMetrics()).isNull();
            assertMetrics(d.deleteItem(r -> r.tableName("withLsi").key(item("pk", s("b"), "sk", n(1)))
                .returnItemCollectionMetrics(size)).itemCollectionMetrics(), s("b"));
            assertThat(d.deleteItem(r -> r.tableName("gsiOnly").key(item("pk", s("b"), "sk", n(1)))
                .returnItemCollectionMetrics(size)).itemCollectionMetrics()).isNull();

            BatchWriteItemResult batch = d.batchWriteItem(b -> b.returnItemCollectionMetrics(size).requestItems(Map.of(
                "withLsi", List.of(
                    WriteRequest.builder().putRequest(PutRequest.builder().item(item("pk", s("c"), "sk", n(1), "rank", n(1))).build()).build(),
                    WriteRequest.builder().putRequest(PutRequest.builder().item(item("pk", s("d"), "sk", n(1))).build()).build()),
                "gsiOnly", List.of(
                    WriteRequest.builder().putRequest(PutRequest.builder().item(item("pk", s("c"), "sk", n(1))).build()).build()))));
            assertThat(batch.itemCollectionMetrics()).containsOnlyKeys("withLsi");
            List<ItemCollectionMetrics> batchMetrics = batch.itemCollectionMetrics().get("withLsi");
            assertThat(batchMetrics).extracting(ItemCollectionMetrics::itemCollectionKey)
                .containsExactlyInAnyOrder(Map.of("pk", s("c")), Map.of("pk", s("d")));
            batchMetrics.forEach(m -> assertMetrics(m, m.itemCollectionKey().get("pk")));
            assertThat(d.batchWriteItem(b -> b.requestItems(Map.of("withLsi", List.of(
                WriteRequest.builder().putRequest(PutRequest.builder().item(item("pk", s("c"), "sk", n(2))).build()).build()))))
                .itemCollectionMetrics()).isNullOrEmpty();

            TransactWriteItemsResult txn = d.transactWriteItems(t -> t.returnItemCollectionMetrics(size).transactItems(
                TransactWriteItem.builder().put(Put.builder().tableName("withLsi").item(item("pk", s("e"), "sk", n(1), "rank", n(2))).build()).build(),
                TransactWriteItem.builder().put(Put.builder().tableName("gsiOnly").item(item("pk", s("e"), "sk", n(1))).build()).build()));
            assertThat(txn.itemCollectionMetrics()).containsOnlyKeys("withLsi");
            assertThat(txn.itemCollectionMetrics().get("withLsi")).singleElement()
                .satisfies(m -> assertMetrics(m, s("e")));
        }
    }

    @Test
    @DisplayName("16 Item collection limit: a write growing a collection past it fails with nothing written; shrinking writes and other collections still work; LSI entries count")
    void itemCollectionLimit() throws Exception {
        try (Database d = Database.openTemporary()) {
            Reference.Index allLsi = new Reference.Index("byV", true, "pk", ScalarAttributeType.S, "v", ScalarAttributeType.N,
                ProjectionType.ALL, List.of());
            createWithIndexes(d, "coll", KEYS, ScalarAttributeType.S, ScalarAttributeType.N, List.of(allLsi));
            String filler = "f".repeat(900);
            int withoutLsi;
            int withLsi;
            try (AutoCloseable limit = collectionLimit(10_000)) {
                withoutLsi = fillUntilRejected(d, "a", filler, false);
                withLsi = fillUntilRejected(d, "b", filler, true);
                // an item in the LSI counts its projected copy + 100 bytes as well
                assertThat(withoutLsi).isBetween(5, 12);
                assertThat(withLsi).isLessThan(withoutLsi).isPositive();
                // shrinking writes still work: a smaller replacement, an update removing data, a delete
                d.putItem(p -> p.tableName("coll").item(item("pk", s("a"), "sk", n(0), "d", s("small"))));
                d.updateItem(u -> u.tableName("coll").key(item("pk", s("b"), "sk", n(0))).updateExpression("REMOVE d"));
                d.deleteItem(r -> r.tableName("coll").key(item("pk", s("a"), "sk", n(1))));
                // after shrinking, a growing write fits again
                d.putItem(p -> p.tableName("coll").item(item("pk", s("a"), "sk", n(1), "d", s(filler))));
                // other collections are not affected
                d.putItem(p -> p.tableName("coll").item(item("pk", s("c"), "sk", n(0), "d", s(filler), "v", n(1))));
                // a growing UpdateItem is refused too
                int full = fillUntilRejected(d, "c", filler, false);
                assertThat(full).isPositive();
                Map<String, AttributeValue> before = d.getItem(g -> g.tableName("coll").key(item("pk", s("a"), "sk", n(2)))).item();
                assertThatThrownBy(() -> d.updateItem(u -> u.tableName("coll").key(item("pk", s("a"), "sk", n(2)))
                    .updateExpression("SET e = :e").expressionAttributeValues(Map.of(":e", s(filler.repeat(4))))))
                    .isInstanceOf(ItemCollectionSizeLimitExceededException.class);
                assertThat(d.getItem(g -> g.tableName("coll").key(item("pk", s("a"), "sk", n(2)))).item()).isEqualTo(before);
            }
            // the default limit (10 GB) is back
            for (int i = 100; i < 130; i++) {
                int sk = i;
                d.putItem(p -> p.tableName("coll").item(item("pk", s("a"), "sk", n(sk), "d", s(filler), "v", n(sk))));
            }
            assertThat(d.query(q -> q.tableName("coll").indexName("byV").keyConditionExpression("pk = :p")
                .expressionAttributeValues(Map.of(":p", s("a"))).select(Select.COUNT)).count()).isEqualTo(30);
        }
    }

    @Test
    @DisplayName("16 A collection's size = its items + per LSI entry the projected item + 100 bytes: reaching the limit exactly fits, one byte more is refused")
    void itemCollectionSizeFormula() throws Exception {
        Reference.Index keysOnly = new Reference.Index("lsiKeys", true, "pk", ScalarAttributeType.S, "x", ScalarAttributeType.N,
            ProjectionType.KEYS_ONLY, List.of());
        Reference.Index include = new Reference.Index("lsiInc", true, "pk", ScalarAttributeType.S, "y", ScalarAttributeType.S,
            ProjectionType.INCLUDE, List.of("note", "sk", "x")); // lists a table key and another index's key: each counted once
        List<Reference.Index> lsis = List.of(keysOnly, include);
        try (Database d = Database.openTemporary()) {
            createWithIndexes(d, "exact", KEYS, ScalarAttributeType.S, ScalarAttributeType.N, lsis);
            Map<String, AttributeValue> both = item("pk", s("a"), "sk", n(1), "x", n(12345), "y", s("yy"), "note", s("n".repeat(50)),
                "other", s("o".repeat(70)));
            Map<String, AttributeValue> onlyKeys = item("pk", s("a"), "sk", n(2), "x", n("-1.5"), "other", s("o".repeat(30)));
            Map<String, AttributeValue> none = item("pk", s("a"), "sk", n(3), "note", s("n".repeat(40)));
            d.putItem(p -> p.tableName("exact").item(both));
            d.putItem(p -> p.tableName("exact").item(onlyKeys));
            long before = share(both, lsis) + share(onlyKeys, lsis);
            assertThat(share(both, lsis)).isGreaterThan(ItemSize.of(both) + 200);
            long withNone = before + share(none, lsis);
            try (AutoCloseable limit = collectionLimit(withNone - 1)) {
                assertThatThrownBy(() -> d.putItem(p -> p.tableName("exact").item(none)))
                    .isInstanceOf(ItemCollectionSizeLimitExceededException.class);
                assertThat(d.getItem(g -> g.tableName("exact").key(keyOf(none))).item()).isNull();
            }
            try (AutoCloseable limit = collectionLimit(withNone)) {
                d.putItem(p -> p.tableName("exact").item(none));
            }
            // giving the third item a y adds an lsiInc entry: its projection + 100 bytes
            Map<String, AttributeValue> indexed = new HashMap<>(none);
            indexed.put("y", s("z"));
            long withIndexed = withNone - share(none, lsis) + share(indexed, lsis);
            assertThat(withIndexed - withNone).isEqualTo(ItemSize.of(item("y", s("z")))
                + ItemSize.of(Reference.project(indexed, KEYS, include)) + 100);
            try (AutoCloseable limit = collectionLimit(withIndexed - 1)) {
                assertThatThrownBy(() -> d.updateItem(u -> u.tableName("exact").key(keyOf(none)).updateExpression("SET y = :y")
                    .expressionAttributeValues(Map.of(":y", s("z"))))).isInstanceOf(ItemCollectionSizeLimitExceededException.class);
                assertThat(d.getItem(g -> g.tableName("exact").key(keyOf(none))).item()).isEqualTo(none);
                // removing the item's y again is a shrinking write: allowed even over the limit
                d.updateItem(u -> u.tableName("exact").key(keyOf(both)).updateExpression("REMOVE y"));
                d.updateItem(u -> u.tableName("exact").key(keyOf(both)).updateExpression("SET y = :y")
                    .expressionAttributeValues(Map.of(":y", s("yy"))));
                // another collection is not affected
                d.putItem(p -> p.tableName("exact").item(item("pk", s("b"), "sk", n(1), "x", n(1))));
            }
            try (AutoCloseable limit = collectionLimit(withIndexed)) {
                d.updateItem(u -> u.tableName("exact").key(keyOf(none)).updateExpression("SET y = :y")
                    .expressionAttributeValues(Map.of(":y", s("z"))));
            }
            assertThat(d.getItem(g -> g.tableName("exact").key(keyOf(none))).item()).isEqualTo(indexed);
        }
    }

    /** What an item adds to its collection by the documented rule. */
    private static long share(Map<String, AttributeValue> it, List<Reference.Index> lsis) {
        long size = ItemSize.of(it);
        for (Reference.Index lsi : lsis) {
            if (Reference.validKey(it.get(lsi.range()), lsi.rangeType(), false)) {
                size += ItemSize.of(Reference.project(it, KEYS, lsi)) + 100;
            }
        }
        return size;
    }

    /** Puts items of about 900 bytes into one collection until the limit refuses one; returns how many fit. */
    private static int fillUntilRejected(Database d, String pk, String filler, boolean indexed) {
        for (int i = 0; i < 200; i++) {
            int sk = i;
            Map<String, AttributeValue> it = item("pk", s(pk), "sk", n(sk), "d", s(filler));
            if (indexed) {
                it.put("v", n(sk));
            }
            try {
                d.putItem(p -> p.tableName("coll").item(it));
            } catch (ItemCollectionSizeLimitExceededException e) {
                assertThat(d.getItem(g -> g.tableName("coll").key(item("pk", s(pk), "sk", n(sk)))).item())
                    .as("the refused item is not written").isNull();
                assertThat(d.query(q -> q.tableName("coll").keyConditionExpression("pk = :p")
                    .expressionAttributeValues(Map.of(":p", s(pk))).select(Select.COUNT)).count())
                    .as("items in collection %s", pk).isEqualTo(i);
                return i;
            }
        }
        throw new AssertionError("200 items of 900 bytes fit into a collection limited to 10,000 bytes");
    }
}
