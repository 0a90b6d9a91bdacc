package dev.tidemark.engine;

import static dev.tidemark.engine.Fixtures.def;
import static dev.tidemark.engine.Fixtures.hashKey;
import static dev.tidemark.engine.Fixtures.item;
import static dev.tidemark.engine.Fixtures.n;
import static dev.tidemark.engine.Fixtures.rangeKey;
import static dev.tidemark.engine.Fixtures.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tidemark.engine.model.AttributeDefinition;
import dev.tidemark.engine.model.BillingMode;
import dev.tidemark.engine.model.CreateGlobalSecondaryIndexAction;
import dev.tidemark.engine.model.DeleteGlobalSecondaryIndexAction;
import dev.tidemark.engine.model.GlobalSecondaryIndex;
import dev.tidemark.engine.model.GlobalSecondaryIndexDescription;
import dev.tidemark.engine.model.GlobalSecondaryIndexUpdate;
import dev.tidemark.engine.model.IndexStatus;
import dev.tidemark.engine.model.KeySchemaElement;
import dev.tidemark.engine.model.LocalSecondaryIndex;
import dev.tidemark.engine.model.LocalSecondaryIndexDescription;
import dev.tidemark.engine.model.Projection;
import dev.tidemark.engine.model.ProjectionType;
import dev.tidemark.engine.model.ProvisionedThroughput;
import dev.tidemark.engine.model.ScalarAttributeType;
import dev.tidemark.engine.model.TableDescription;
import dev.tidemark.engine.model.UpdateGlobalSecondaryIndexAction;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Control plane of secondary indexes (INDEX-SPEC 13-15; reference 2.1-2.5, 2.7): CreateTable
 * index rules, UpdateTable GSI create/update/delete rules, and the index descriptions.
 */
class IndexControlTest {
    private static final ScalarAttributeType S = ScalarAttributeType.S;
    private static final ScalarAttributeType N = ScalarAttributeType.N;
    private static final ScalarAttributeType B = ScalarAttributeType.B;

    private Database db;

    @BeforeEach
    void open() {
        db = Database.openTemporary();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static Projection projection(ProjectionType type, String... nonKey) {
        return Projection.builder().projectionType(type).nonKeyAttributes(nonKey.length == 0 ? null : List.of(nonKey)).build();
    }

    private static final Projection KEYS_ONLY = projection(ProjectionType.KEYS_ONLY);
    private static final Projection ALL = projection(ProjectionType.ALL);

    private static ProvisionedThroughput pt(long r, long w) {
        return ProvisionedThroughput.builder().readCapacityUnits(r).writeCapacityUnits(w).build();
    }

    private static LocalSecondaryIndex lsi(String name, String hash, String range, Projection p) {
        return LocalSecondaryIndex.builder().indexName(name)
            .keySchema(range == null ? List.of(hashKey(hash)) : List.of(hashKey(hash), rangeKey(range))).projection(p).build();
    }

    private static GlobalSecondaryIndex gsi(String name, String hash, String range, Projection p) {
        return GlobalSecondaryIndex.builder().indexName(name)
            .keySchema(range == null ? List.of(hashKey(hash)) : List.of(hashKey(hash), rangeKey(range))).projection(p).build();
    }

    /** A CreateTable of "tbl" (pk S, sk N, on demand) with the given extra definitions and indexes. */
    private static Consumer<CreateTableRequest.Builder> table(List<AttributeDefinition> extraDefs, List<LocalSecondaryIndex> lsis,
                                                              List<GlobalSecondaryIndex> gsis) {
        List<AttributeDefinition> defs = new ArrayList<>(List.of(def("pk", S), def("sk", N)));
        defs.addAll(extraDefs);
        return t -> t.tableName("tbl").billingMode(BillingMode.PAY_PER_REQUEST).keySchema(hashKey("pk"), rangeKey("sk"))
            .attributeDefinitions(defs).localSecondaryIndexes(lsis).globalSecondaryIndexes(gsis);
    }

    private void assertCreateRejected(Consumer<CreateTableRequest.Builder> req, String message) {
        var thrown = assertThatThrownBy(() -> db.createTable(req)).isInstanceOf(ValidationException.class);
        if (message != null) {
            thrown.hasMessageContaining(message);
        }
        assertThat(db.listTables(l -> { }).tableNames()).isEmpty();
    }

    // ------------------------------------------------------------------------ 14 CreateTable

    @Test
    @DisplayName("14 An LSI needs a table sort key, the table's partition key and a RANGE element")
    void lsiShape() {
        assertCreateRejected(t -> t.tableName("tbl").billingMode(BillingMode.PAY_PER_REQUEST).keySchema(hashKey("pk"))
                .attributeDefinitions(def("pk", S), def("x", N)).localSecondaryIndexes(lsi("idx", "pk", "x", KEYS_ONLY)),
            "Table KeySchema does not have a range key, which is required when specifying a LocalSecondaryIndex");
        assertCreateRejected(table(List.of(def("x", N), def("o", S)), List.of(lsi("idx", "o", "x", KEYS_ONLY)), null), null);
        assertCreateRejected(table(List.of(), List.of(lsi("idx", "pk", null, KEYS_ONLY)), null), null);
        assertCreateRejected(table(List.of(def("x", N), def("y", N)), List.of(LocalSecondaryIndex.builder().indexName("idx")
            .keySchema(hashKey("pk"), rangeKey("x"), rangeKey("y")).projection(KEYS_ONLY).build()), null), null);
        assertCreateRejected(table(List.of(def("x", N)), List.of(LocalSecondaryIndex.builder().indexName("idx")
            .keySchema(rangeKey("x"), hashKey("pk")).projection(KEYS_ONLY).build()), null), null);
        db.createTable(table(List.of(def("x", N)), List.of(lsi("idx", "pk", "x", KEYS_ONLY)), null));
        assertThat(db.describeTable(r -> r.tableName("tbl")).table().localSecondaryIndexes()).hasSize(1);
    }

    @Test
    @DisplayName("14 At most 5 LSIs and 20 GSIs")
    void indexCounts() {
        List<AttributeDefinition> defs = List.of(def("x", N), def("g", S));
        List<LocalSecondaryIndex> six = IntStream.range(0, 6).mapToObj(i -> lsi("lsi" + i, "pk", "x", KEYS_ONLY)).toList();
        List<GlobalSecondaryIndex> gsis21 = IntStream.range(0, 21).mapToObj(i -> gsi("gsi" + i, "g", null, KEYS_ONLY)).toList();
        assertCreateRejected(table(List.of(def("x", N)), six, null), null);
        assertCreateRejected(table(List.of(def("g", S)), null, gsis21), null);
        db.createTable(table(defs, six.subList(0, 5), gsis21.subList(0, 20)));
        TableDescription t = db.describeTable(r -> r.tableName("tbl")).table();
        assertThat(t.localSecondaryIndexes()).hasSize(5);
        assertThat(t.globalSecondaryIndexes()).hasSize(20);
    }

    @Test
    @DisplayName("14 Index names: unique across LSIs and GSIs, 3..255 characters of [a-zA-Z0-9_.-]")
    void indexNames() {
        List<AttributeDefinition> defs = List.of(def("x", N), def("g", S));
        assertCreateRejected(table(defs, List.of(lsi("same", "pk", "x", KEYS_ONLY)), List.of(gsi("same", "g", null, KEYS_ONLY))),
            "Duplicate index name: same");
        assertCreateRejected(table(List.of(def("g", S)), null, List.of(gsi("twice", "g", null, KEYS_ONLY), gsi("twice", "g", null, ALL))),
            "Duplicate index name: twice");
        assertCreateRejected(table(List.of(def("x", N)), List.of(lsi("dup", "pk", "x", KEYS_ONLY), lsi("dup", "pk", "x", ALL)), null),
            "Duplicate index name: dup");
        for (String bad : List.of("ab", "a b", "x".repeat(256), "n\u00e4me", "a/b")) {
            assertCreateRejected(table(List.of(def("g", S)), null, List.of(gsi(bad, "g", null, KEYS_ONLY))), null);
            assertCreateRejected(table(List.of(def("x", N)), List.of(lsi(bad, "pk", "x", KEYS_ONLY)), null), null);
        }
        assertCreateRejected(table(List.of(def("g", S)), null, List.of(gsi(null, "g", null, KEYS_ONLY))), null);
        String longest = "y".repeat(255);
        db.createTable(table(defs, List.of(lsi("a.b-c_D9", "pk", "x", KEYS_ONLY)),
            List.of(gsi(longest, "g", null, KEYS_ONLY), gsi("abc", "g", null, ALL), gsi("ABC", "g", null, ALL))));
        assertThat(db.describeTable(r -> r.tableName("tbl")).table().globalSecondaryIndexes())
            .extracting(GlobalSecondaryIndexDescription::indexName).containsExactlyInAnyOrder(longest, "abc", "ABC");
    }

    @Test
    @DisplayName("14 AttributeDefinitions = exactly the key attributes of the table and all indexes")
    void attributeDefinitions() {
        assertCreateRejected(table(List.of(), null, List.of(gsi("idx", "g", null, KEYS_ONLY))), null);
        assertCreateRejected(table(List.of(def("x", N)), List.of(lsi("idx", "pk", "x", KEYS_ONLY)),
            List.of(gsi("gsi", "g", "x", KEYS_ONLY))), null);
        assertCreateRejected(table(List.of(def("x", N), def("unused", S)), List.of(lsi("idx", "pk", "x", KEYS_ONLY)), null), null);
        assertCreateRejected(table(List.of(def("x", N), def("x", S)), List.of(lsi("idx", "pk", "x", KEYS_ONLY)), null), null);
        // an index may reuse table key attributes, with no extra definition
        db.createTable(table(List.of(), null, List.of(gsi("bySk", "sk", "pk", KEYS_ONLY))));
        assertThat(db.describeTable(r -> r.tableName("tbl")).table().attributeDefinitions()).hasSize(2);
    }

    @Test
    @DisplayName("14 Projection: required; null ProjectionType; NonKeyAttributes only with INCLUDE, 1..20 per index, 100 in all, no duplicates")
    void projections() {
        List<AttributeDefinition> defs = List.of(def("g", S));
        assertCreateRejected(table(defs, null, List.of(gsi("idx", "g", null, null))), null);
        assertCreateRejected(table(defs, null, List.of(gsi("idx", "g", null, Projection.builder().build()))),
            "One or more parameter values were invalid: Unknown ProjectionType: null");
        assertCreateRejected(table(List.of(def("x", N)), List.of(lsi("idx", "pk", "x", null)), null), null);
        assertCreateRejected(table(defs, null, List.of(gsi("idx", "g", null, projection(ProjectionType.ALL, "a")))), null);
        assertCreateRejected(table(defs, null, List.of(gsi("idx", "g", null, projection(ProjectionType.KEYS_ONLY, "a")))), null);
        assertCreateRejected(table(defs, null, List.of(gsi("idx", "g", null, projection(ProjectionType.INCLUDE)))), null);
        assertCreateRejected(table(defs, null, List.of(gsi("idx", "g", null, Projection.builder()
            .projectionType(ProjectionType.INCLUDE).nonKeyAttributes(List.of()).build()))), null);
        assertCreateRejected(table(defs, null, List.of(gsi("idx", "g", null, projection(ProjectionType.INCLUDE, "a", "b", "a")))), null);
        String[] twentyOne = IntStream.range(0, 21).mapToObj(i -> "a" + i).toArray(String[]::new);
        assertCreateRejected(table(defs, null, List.of(gsi("idx", "g", null, projection(ProjectionType.INCLUDE, twentyOne)))), null);
        String[] twenty = Arrays.copyOf(twentyOne, 20);
        // 6 indexes x 20 = 120 projected names in all (the same name counts once per index)
        List<GlobalSecondaryIndex> six = IntStream.range(0, 6).mapToObj(i -> gsi("idx" + i, "g", null,
            projection(ProjectionType.INCLUDE, twenty))).toList();
        assertCreateRejected(table(defs, null, six), null);
        db.createTable(table(defs, null, six.subList(0, 5)));
        assertThat(db.describeTable(r -> r.tableName("tbl")).table().globalSecondaryIndexes())
            .allSatisfy(g -> assertThat(g.projection().nonKeyAttributes()).containsExactly(twenty));
    }

    @Test
    @DisplayName("14 Throughput: PROVISIONED tables need it on every GSI, PAY_PER_REQUEST tables forbid it")
    void gsiThroughputAtCreate() {
        Consumer<CreateTableRequest.Builder> provisionedWithout = t -> t.tableName("tbl").keySchema(hashKey("pk"))
            .attributeDefinitions(def("pk", S), def("g", S)).provisionedThroughput(pt(1, 1))
            .globalSecondaryIndexes(gsi("idx", "g", null, KEYS_ONLY));
        assertCreateRejected(provisionedWithout, null);
        assertCreateRejected(t -> t.tableName("tbl").keySchema(hashKey("pk")).billingMode(BillingMode.PAY_PER_REQUEST)
            .attributeDefinitions(def("pk", S), def("g", S))
            .globalSecondaryIndexes(gsi("idx", "g", null, KEYS_ONLY).toBuilder().provisionedThroughput(pt(1, 1)).build()), null);
        db.createTable(t -> t.tableName("tbl").keySchema(hashKey("pk")).attributeDefinitions(def("pk", S), def("g", S))
            .provisionedThroughput(pt(1, 1))
            .globalSecondaryIndexes(gsi("idx", "g", null, KEYS_ONLY).toBuilder().provisionedThroughput(pt(3, 4)).build()));
        GlobalSecondaryIndexDescription g = db.describeTable(r -> r.tableName("tbl")).table().globalSecondaryIndexes().get(0);
        assertThat(g.provisionedThroughput().readCapacityUnits()).isEqualTo(3L);
        assertThat(g.provisionedThroughput().writeCapacityUnits()).isEqualTo(4L);
    }

    @Test
    @DisplayName("14 Multi-attribute GSI keys (several HASH or several RANGE elements) fail, naming the feature as not supported")
    void multiAttributeKeys() {
        Map<String, ScalarAttributeType> types = Map.of("a", S, "b", S, "c", N);
        for (List<KeySchemaElement> keys : List.of(List.of(hashKey("a"), hashKey("b")),
            List.of(hashKey("a"), rangeKey("b"), rangeKey("c")), List.of(hashKey("a"), hashKey("b"), rangeKey("c")))) {
            List<AttributeDefinition> defs = keys.stream().map(k -> def(k.attributeName(), types.get(k.attributeName()))).toList();
            Consumer<CreateTableRequest.Builder> req = table(defs, null,
                List.of(GlobalSecondaryIndex.builder().indexName("multi").keySchema(keys).projection(KEYS_ONLY).build()));
            assertThatThrownBy(() -> db.createTable(req)).as("%s", keys).isInstanceOf(ValidationException.class)
                .hasMessageMatching("(?is).*(not supported|unsupported).*");
            assertThat(db.listTables(l -> { }).tableNames()).isEmpty();
        }
    }

    @Test
    @DisplayName("14 INCLUDE may list a key attribute (harmless); the same name in two indexes counts once per index")
    void includeKeyAttribute() {
        db.createTable(table(List.of(def("g", S)), null, List.of(gsi("idx", "g", null, projection(ProjectionType.INCLUDE, "pk", "note")),
            gsi("idx2", "g", null, projection(ProjectionType.INCLUDE, "note")))));
        db.putItem(p -> p.tableName("tbl").item(item("pk", s("a"), "sk", n(1), "g", s("x"), "note", s("n"), "other", s("o"))));
        assertThat(db.query(q -> q.tableName("tbl").indexName("idx").keyConditionExpression("g = :g")
            .expressionAttributeValues(Map.of(":g", s("x")))).items())
            .containsExactly(item("pk", s("a"), "sk", n(1), "g", s("x"), "note", s("n")));
    }

    @Test
    @DisplayName("13/15 DeleteTable drops the indexes: a table re-created under the same name has only its own indexes and entries, also after reopening")
    void recreatedTableHasFreshIndexes(@TempDir Path root) {
        for (boolean checkpoint : new boolean[] {false, true}) {
            recreate(root.resolve("checkpoint-" + checkpoint), checkpoint);
        }
    }

    private static void recreate(Path dir, boolean checkpoint) {
        try (Database d = Database.open(dir)) {
            d.createTable(table(List.of(def("x", N), def("g", S)), List.of(lsi("lsiX", "pk", "x", ALL)), List.of(gsi("gsiG", "g", null, ALL))));
            for (int i = 0; i < 20; i++) {
                int id = i;
                d.putItem(p -> p.tableName("tbl").item(item("pk", s("a"), "sk", n(id), "g", s("old"), "x", n(id))));
            }
            if (checkpoint) {
                d.checkpoint();
            }
            d.deleteTable(r -> r.tableName("tbl"));
            d.createTable(t -> t.tableName("tbl").billingMode(BillingMode.PAY_PER_REQUEST).keySchema(hashKey("pk"), rangeKey("sk"))
                .attributeDefinitions(def("pk", S), def("sk", N), def("g", N))
                .globalSecondaryIndexes(gsi("gsiNew", "g", null, KEYS_ONLY)));
            d.putItem(p -> p.tableName("tbl").item(item("pk", s("b"), "sk", n(1), "g", n(5), "x", s("now a string"))));
            checkRecreated(d);
        }
        try (Database d = Database.open(dir)) {
            checkRecreated(d);
        }
    }

    private static void checkRecreated(Database d) {
        TableDescription t = d.describeTable(r -> r.tableName("tbl")).table();
        assertThat(t.localSecondaryIndexes()).isNull();
        assertThat(t.globalSecondaryIndexes()).extracting(GlobalSecondaryIndexDescription::indexName).containsExactly("gsiNew");
        assertThat(t.globalSecondaryIndexes().get(0).itemCount()).isEqualTo(1L);
        for (String old : List.of("lsiX", "gsiG")) {
            assertThatThrownBy(() -> d.scan(q -> q.tableName("tbl").indexName(old)))
                .isInstanceOf(ValidationException.class).hasMessage("The table does not have the specified index: " + old);
        }
        assertThat(d.scan(q -> q.tableName("tbl").indexName("gsiNew")).items())
            .containsExactly(item("pk", s("b"), "sk", n(1), "g", n(5)));
    }

    // ------------------------------------------------------------------------ 15 DescribeTable

    @Test
    @DisplayName("15 DescribeTable lists LSIs and GSIs: key schema as given, projection, live itemCount and indexSizeBytes, ARN, status")
    void describeIndexes() {
        db.createTable(table(List.of(def("x", N), def("g", S), def("h", B)),
            List.of(lsi("lsiKeys", "pk", "x", KEYS_ONLY), lsi("lsiAll", "pk", "x", ALL)),
            List.of(gsi("gsiInc", "g", "x", projection(ProjectionType.INCLUDE, "note")), gsi("gsiAll", "h", null, ALL))));
        TableDescription t = db.describeTable(r -> r.tableName("tbl")).table();
        assertThat(t.attributeDefinitions()).containsExactlyInAnyOrder(def("pk", S), def("sk", N), def("x", N), def("g", S), def("h", B));
        assertThat(t.localSecondaryIndexes()).extracting(LocalSecondaryIndexDescription::indexName).containsExactlyInAnyOrder("lsiKeys", "lsiAll");
        assertThat(t.globalSecondaryIndexes()).extracting(GlobalSecondaryIndexDescription::indexName).containsExactlyInAnyOrder("gsiInc", "gsiAll");
        LocalSecondaryIndexDescription lk = lsiDesc(t, "lsiKeys");
        assertThat(lk.keySchema()).containsExactly(hashKey("pk"), rangeKey("x"));
        assertThat(lk.projection()).isEqualTo(KEYS_ONLY);
        assertThat(lk.indexArn()).isEqualTo(t.tableArn() + "/index/lsiKeys");
        assertThat(lk.itemCount()).isZero();
        assertThat(lk.indexSizeBytes()).isZero();
        GlobalSecondaryIndexDescription gi = gsiDesc(t, "gsiInc");
        assertThat(gi.keySchema()).containsExactly(hashKey("g"), rangeKey("x"));
        assertThat(gi.projection()).isEqualTo(projection(ProjectionType.INCLUDE, "note"));
        assertThat(gi.indexArn()).isEqualTo(t.tableArn() + "/index/gsiInc");
        assertThat(gi.indexStatus()).isEqualTo(IndexStatus.ACTIVE);
        assertThat(gi.backfilling()).isNull();
        assertThat(gi.provisionedThroughput()).isNotNull();
        assertThat(gi.itemCount()).isZero();
        // (items: 10 with x, 4 of them with g, 3 with h; 5 without x)
        for (int i = 0; i < 15; i++) {
            int id = i;
            var it = item("pk", s("p" + i % 2), "sk", n(id), "note", s("n".repeat(100)), "big", s("b".repeat(1000)));
            if (i < 10) {
                it.put("x", n(id));
            }
            if (i < 4) {
                it.put("g", s("g"));
            }
            if (i % 5 == 0) {
                it.put("h", Fixtures.b(i));
            }
            db.putItem(p -> p.tableName("tbl").item(it));
        }
        t = db.describeTable(r -> r.tableName("tbl")).table();
        assertThat(lsiDesc(t, "lsiKeys").itemCount()).isEqualTo(10L);
        assertThat(lsiDesc(t, "lsiAll").itemCount()).isEqualTo(10L);
        assertThat(gsiDesc(t, "gsiInc").itemCount()).isEqualTo(4L);
        assertThat(gsiDesc(t, "gsiAll").itemCount()).isEqualTo(3L);
        assertThat(lsiDesc(t, "lsiKeys").indexSizeBytes()).isPositive();
        // ALL projects the 1,000-byte attribute, KEYS_ONLY does not
        assertThat(lsiDesc(t, "lsiAll").indexSizeBytes()).isGreaterThan(lsiDesc(t, "lsiKeys").indexSizeBytes() + 10 * 1000);
        assertThat(gsiDesc(t, "gsiAll").indexSizeBytes()).isGreaterThan(3 * 1000L);
        long incBefore = gsiDesc(t, "gsiInc").indexSizeBytes();
        assertThat(incBefore).isBetween(4 * 100L, 4 * 1000L);
        db.deleteItem(d -> d.tableName("tbl").key(item("pk", s("p0"), "sk", n(0))));
        db.updateItem(u -> u.tableName("tbl").key(item("pk", s("p1"), "sk", n(1))).updateExpression("REMOVE x"));
        t = db.describeTable(r -> r.tableName("tbl")).table();
        assertThat(lsiDesc(t, "lsiKeys").itemCount()).isEqualTo(8L);
        assertThat(gsiDesc(t, "gsiInc").itemCount()).isEqualTo(2L);
        assertThat(gsiDesc(t, "gsiInc").indexSizeBytes()).isLessThan(incBefore);
        assertThat(gsiDesc(t, "gsiAll").itemCount()).isEqualTo(2L);
    }

    @Test
    @DisplayName("15 A table without indexes describes both index lists as null; the CreateTable result carries the indexes")
    void describeWithoutIndexes() {
        Fixtures.rangeTable(db, "plain", "pk", S, "sk", N);
        TableDescription t = db.describeTable(r -> r.tableName("plain")).table();
        assertThat(t.localSecondaryIndexes()).isNull();
        assertThat(t.globalSecondaryIndexes()).isNull();
        TableDescription created = db.createTable(table(List.of(def("g", S)), null, List.of(gsi("idx", "g", null, ALL))))
            .tableDescription();
        assertThat(created.localSecondaryIndexes()).isNull();
        assertThat(created.globalSecondaryIndexes()).extracting(GlobalSecondaryIndexDescription::indexName).containsExactly("idx");
    }

    private static LocalSecondaryIndexDescription lsiDesc(TableDescription t, String name) {
        return t.localSecondaryIndexes().stream().filter(i -> i.indexName().equals(name)).findFirst().orElseThrow();
    }

    private static GlobalSecondaryIndexDescription gsiDesc(TableDescription t, String name) {
        return IndexBackfillTest.gsi(t, name);
    }

    // ------------------------------------------------------------------------ 13 UpdateTable

    private static GlobalSecondaryIndexUpdate create(String name, String hash, ProvisionedThroughput throughput) {
        return GlobalSecondaryIndexUpdate.builder().create(CreateGlobalSecondaryIndexAction.builder().indexName(name)
            .keySchema(hashKey(hash)).projection(KEYS_ONLY).provisionedThroughput(throughput).build()).build();
    }

    private static GlobalSecondaryIndexUpdate delete(String name) {
        return GlobalSecondaryIndexUpdate.builder().delete(DeleteGlobalSecondaryIndexAction.builder().indexName(name).build()).build();
    }

    private void createIndexedTable() {
        db.createTable(table(List.of(def("x", N), def("g", S)), List.of(lsi("lsiX", "pk", "x", KEYS_ONLY)),
            List.of(gsi("gsiG", "g", null, ALL))));
        db.putItem(p -> p.tableName("tbl").item(item("pk", s("a"), "sk", n(1), "g", s("v"), "x", n(1), "h", s("text"))));
    }

    private List<String> gsiNames() {
        List<GlobalSecondaryIndexDescription> gsis = db.describeTable(r -> r.tableName("tbl")).table().globalSecondaryIndexes();
        return gsis == null ? List.of() : gsis.stream().map(GlobalSecondaryIndexDescription::indexName).sorted().collect(Collectors.toList());
    }

    private void assertUpdateRejected(Class<? extends Throwable> type, Consumer<UpdateTableRequest.Builder> req) {
        TableDescription before = db.describeTable(r -> r.tableName("tbl")).table();
        assertThatThrownBy(() -> db.updateTable(req)).isInstanceOf(type);
        TableDescription after = db.describeTable(r -> r.tableName("tbl")).table();
        assertThat(after.globalSecondaryIndexes()).isEqualTo(before.globalSecondaryIndexes());
        assertThat(after.attributeDefinitions()).containsExactlyInAnyOrderElementsOf(before.attributeDefinitions());
    }

    @Test
    @DisplayName("13 UpdateTable: one Create/Delete per request, exactly one action per entry, unknown and LSI deletes, name clashes")
    void updateTableRules() {
        createIndexedTable();
        List<AttributeDefinition> defs = List.of(def("h", S), def("k", S));
        assertUpdateRejected(LimitExceededException.class, u -> u.tableName("tbl").attributeDefinitions(defs)
            .globalSecondaryIndexUpdates(create("one", "h", null), create("two", "k", null)));
        assertUpdateRejected(LimitExceededException.class, u -> u.tableName("tbl").attributeDefinitions(defs)
            .globalSecondaryIndexUpdates(create("one", "h", null), delete("gsiG")));
        assertUpdateRejected(ValidationException.class, u -> u.tableName("tbl")
            .globalSecondaryIndexUpdates(GlobalSecondaryIndexUpdate.builder().build()));
        assertUpdateRejected(ValidationException.class, u -> u.tableName("tbl").attributeDefinitions(defs)
            .globalSecondaryIndexUpdates(GlobalSecondaryIndexUpdate.builder()
                .create(create("one", "h", null).create()).delete(delete("gsiG").delete()).build()));
        assertUpdateRejected(ResourceNotFoundException.class, u -> u.tableName("tbl").globalSecondaryIndexUpdates(delete("nope")));
        assertUpdateRejected(ValidationException.class, u -> u.tableName("tbl").globalSecondaryIndexUpdates(delete("lsiX")));
        assertUpdateRejected(ValidationException.class, u -> u.tableName("tbl").attributeDefinitions(defs)
            .globalSecondaryIndexUpdates(create("gsiG", "h", null)));
        assertUpdateRejected(ValidationException.class, u -> u.tableName("tbl").attributeDefinitions(defs)
            .globalSecondaryIndexUpdates(create("lsiX", "h", null)));
        // redefining an attribute with another type; a key attribute without definition
        assertUpdateRejected(ValidationException.class, u -> u.tableName("tbl").attributeDefinitions(def("sk", S))
            .globalSecondaryIndexUpdates(create("bySk", "sk", null)));
        assertUpdateRejected(ValidationException.class, u -> u.tableName("tbl").attributeDefinitions(def("g", N))
            .globalSecondaryIndexUpdates(create("byG2", "g", null)));
        assertUpdateRejected(ValidationException.class, u -> u.tableName("tbl").globalSecondaryIndexUpdates(create("byH", "h", null)));
        // PAY_PER_REQUEST forbids throughput on a new GSI
        assertUpdateRejected(ValidationException.class, u -> u.tableName("tbl").attributeDefinitions(def("h", S))
            .globalSecondaryIndexUpdates(create("byH", "h", pt(1, 1))));
        assertThat(gsiNames()).containsExactly("gsiG");
        // an existing attribute with its own type needs no new definition
        db.updateTable(u -> u.tableName("tbl").attributeDefinitions(def("sk", N)).globalSecondaryIndexUpdates(create("bySk", "sk", null)));
        assertThat(gsiNames()).containsExactly("bySk", "gsiG");
    }

    @Test
    @DisplayName("13 UpdateTable deletes an ACTIVE GSI: it disappears and its key attribute is free again")
    void deleteActiveIndex() throws Exception {
        createIndexedTable();
        db.updateTable(u -> u.tableName("tbl").globalSecondaryIndexUpdates(delete("gsiG")));
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!gsiNames().isEmpty()) {
            assertThat(System.nanoTime()).as("deleted index still listed").isLessThan(deadline);
            Thread.sleep(5);
        }
        assertThat(db.describeTable(r -> r.tableName("tbl")).table().globalSecondaryIndexes()).isNull();
        assertThatThrownBy(() -> db.scan(q -> q.tableName("tbl").indexName("gsiG")))
            .isInstanceOf(ValidationException.class).hasMessage("The table does not have the specified index: gsiG");
        db.putItem(p -> p.tableName("tbl").item(item("pk", s("a"), "sk", n(2), "g", n(5))));
        assertThat(db.describeTable(r -> r.tableName("tbl")).table().attributeDefinitions())
            .extracting(AttributeDefinition::attributeName).doesNotContain("g").contains("pk", "sk", "x");
    }

    @Test
    @DisplayName("13 While a GSI is CREATING: another Create or Delete -> LimitExceededException, DeleteTable -> ResourceInUseException")
    void whileCreating() throws Exception {
        createIndexedTable();
        try (AutoCloseable paused = IndexBackfillTest.pauseBackfill()) {
            db.updateTable(u -> u.tableName("tbl").attributeDefinitions(def("h", S)).globalSecondaryIndexUpdates(create("byH", "h", null)));
            assertUpdateRejected(LimitExceededException.class, u -> u.tableName("tbl").attributeDefinitions(def("k", S))
                .globalSecondaryIndexUpdates(create("byK", "k", null)));
            assertUpdateRejected(LimitExceededException.class, u -> u.tableName("tbl").globalSecondaryIndexUpdates(delete("gsiG")));
            assertThatThrownBy(() -> db.deleteTable(d -> d.tableName("tbl"))).isInstanceOf(ResourceInUseException.class);
            assertThat(db.listTables(l -> { }).tableNames()).containsExactly("tbl");
        }
        IndexBackfillTest.awaitActive(db, "tbl", "byH");
        db.updateTable(u -> u.tableName("tbl").attributeDefinitions(def("k", S)).globalSecondaryIndexUpdates(create("byK", "k", null)));
        IndexBackfillTest.awaitActive(db, "tbl", "byK");
        TableDescription deleted = db.deleteTable(d -> d.tableName("tbl")).tableDescription();
        // reference 2.7: DeleteTable describes the table without its index lists
        assertThat(deleted.tableName()).isEqualTo("tbl");
        assertThat(deleted.localSecondaryIndexes()).isNull();
        assertThat(deleted.globalSecondaryIndexes()).isNull();
        assertThat(db.listTables(l -> { }).tableNames()).isEmpty();
    }

    @Test
    @DisplayName("13 PROVISIONED tables: a new GSI needs ProvisionedThroughput; Update changes a GSI's throughput")
    void provisionedUpdates() throws Exception {
        db.createTable(t -> t.tableName("tbl").keySchema(hashKey("pk")).attributeDefinitions(def("pk", S), def("g", S))
            .provisionedThroughput(pt(1, 1))
            .globalSecondaryIndexes(gsi("gsiG", "g", null, KEYS_ONLY).toBuilder().provisionedThroughput(pt(5, 5)).build()));
        assertUpdateRejected(ValidationException.class, u -> u.tableName("tbl").attributeDefinitions(def("h", S))
            .globalSecondaryIndexUpdates(create("byH", "h", null)));
        db.updateTable(u -> u.tableName("tbl").attributeDefinitions(def("h", S)).globalSecondaryIndexUpdates(create("byH", "h", pt(2, 3))));
        GlobalSecondaryIndexDescription byH = IndexBackfillTest.awaitActive(db, "tbl", "byH");
        assertThat(byH.provisionedThroughput().readCapacityUnits()).isEqualTo(2L);
        assertThat(byH.provisionedThroughput().writeCapacityUnits()).isEqualTo(3L);
        db.updateTable(u -> u.tableName("tbl").globalSecondaryIndexUpdates(GlobalSecondaryIndexUpdate.builder()
            .update(UpdateGlobalSecondaryIndexAction.builder().indexName("gsiG").provisionedThroughput(pt(7, 9)).build()).build()));
        GlobalSecondaryIndexDescription g = gsiDesc(db.describeTable(r -> r.tableName("tbl")).table(), "gsiG");
        assertThat(g.provisionedThroughput().readCapacityUnits()).isEqualTo(7L);
        assertThat(g.provisionedThroughput().writeCapacityUnits()).isEqualTo(9L);
        assertThat(gsiDesc(db.describeTable(r -> r.tableName("tbl")).table(), "byH").provisionedThroughput().readCapacityUnits())
            .isEqualTo(2L);
    }
}
