package dev.tidemark.engine;

import static dev.tidemark.engine.Fixtures.canonical;
import static dev.tidemark.engine.Fixtures.hashTable;
import static dev.tidemark.engine.Fixtures.item;
import static dev.tidemark.engine.Fixtures.n;
import static dev.tidemark.engine.Fixtures.rangeTable;
import static dev.tidemark.engine.Fixtures.s;
import static dev.tidemark.engine.Fixtures.scanAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.engine.model.ScalarAttributeType;
import dev.tidemark.engine.model.Select;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Query and Scan (reference 3.10–3.12, 2.4 bad index name). One database, read-mostly tables. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryScanTest {
    /** Table "nums": pk S in {p0..p4}, sk N in 0..39, attribute v = sk % 3, big = a filler string. */
    private static final String NUMS = "nums";
    /** Table "strs": pk S "p", sk S among a fixed set of words. */
    private static final String STRS = "strs";
    private static final List<String> WORDS = List.of("a", "ab", "abc", "abd", "ac", "b", "ba", "bb", "c", "\u00e9t\u00e9", "\u00e9a", "zz");
    private static final int PARTITIONS = 5;
    private static final int PER_PARTITION = 40;
    private Database db;

    @BeforeAll
    void open() {
        db = Database.openTemporary();
        rangeTable(db, NUMS, "pk", ScalarAttributeType.S, "sk", ScalarAttributeType.N);
        for (int p = 0; p < PARTITIONS; p++) {
            for (int i = 0; i < PER_PARTITION; i++) {
                String pk = "p" + p;
                int sk = i;
                db.putItem(r -> r.tableName(NUMS).item(item("pk", s(pk), "sk", n(sk), "v", n(sk % 3), "tag", s("t" + sk))));
            }
        }
        rangeTable(db, STRS, "pk", ScalarAttributeType.S, "sk", ScalarAttributeType.S);
        for (String w : WORDS) {
            db.putItem(r -> r.tableName(STRS).item(item("pk", s("p"), "sk", s(w))));
            db.putItem(r -> r.tableName(STRS).item(item("pk", s("q"), "sk", s(w))));
        }
    }

    @AfterAll
    void close() {
        db.close();
    }

    private List<Integer> querySks(String cond, Map<String, AttributeValue> values, boolean forward) {
        return db.query(q -> q.tableName(NUMS).keyConditionExpression(cond).expressionAttributeValues(values)
                .scanIndexForward(forward))
            .items().stream().map(i -> Integer.parseInt(i.get("sk").n())).collect(Collectors.toList());
    }

    private static List<Integer> expected(Predicate<Integer> p, boolean forward) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < PER_PARTITION; i++) {
            if (p.test(i)) {
                out.add(i);
            }
        }
        if (!forward) {
            Collections.reverse(out);
        }
        return out;
    }

    @Test
    @DisplayName("3.10/4.7 Query: every sort-key operator (=, <, <=, >, >=, BETWEEN) in both directions")
    void numericOperators() {
        for (boolean fwd : new boolean[] {true, false}) {
            Map<String, AttributeValue> v = Map.of(":p", s("p2"), ":x", n(17), ":y", n(23));
            assertThat(querySks("pk = :p", Map.of(":p", s("p2")), fwd)).containsExactlyElementsOf(expected(i -> true, fwd));
            assertThat(querySks("pk = :p AND sk = :x", without(v, ":y"), fwd)).containsExactlyElementsOf(expected(i -> i == 17, fwd));
            assertThat(querySks("pk = :p AND sk < :x", without(v, ":y"), fwd)).containsExactlyElementsOf(expected(i -> i < 17, fwd));
            assertThat(querySks("pk = :p AND sk <= :x", without(v, ":y"), fwd)).containsExactlyElementsOf(expected(i -> i <= 17, fwd));
            assertThat(querySks("pk = :p AND sk > :x", without(v, ":y"), fwd)).containsExactlyElementsOf(expected(i -> i > 17, fwd));
            assertThat(querySks("pk = :p AND sk >= :x", without(v, ":y"), fwd)).containsExactlyElementsOf(expected(i -> i >= 17, fwd));
            assertThat(querySks("pk = :p AND sk BETWEEN :x AND :y", v, fwd))
                .containsExactlyElementsOf(expected(i -> i >= 17 && i <= 23, fwd));
            assertThat(querySks(":x < sk AND pk = :p", without(v, ":y"), fwd)).containsExactlyElementsOf(expected(i -> i > 17, fwd));
            assertThat(querySks("pk = :p AND sk = :x", Map.of(":p", s("nope"), ":x", n(1)), fwd)).isEmpty();
        }
    }

    private static Map<String, AttributeValue> without(Map<String, AttributeValue> m, String key) {
        Map<String, AttributeValue> out = new java.util.HashMap<>(m);
        out.remove(key);
        return out;
    }

    private List<String> queryWords(String cond, Map<String, AttributeValue> values, boolean forward, Integer limit) {
        List<String> out = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> esk = start;
            QueryResult r = db.query(q -> q.tableName(STRS).keyConditionExpression(cond).expressionAttributeValues(values)
                .scanIndexForward(forward).limit(limit).exclusiveStartKey(esk));
            r.items().forEach(i -> out.add(i.get("sk").s()));
            start = r.lastEvaluatedKey();
        } while (start != null);
        return out;
    }

    private static List<String> expectedWords(Predicate<String> p, boolean forward) {
        List<String> out = WORDS.stream().filter(p).sorted((x, y) -> java.util.Arrays.compareUnsigned(
            x.getBytes(java.nio.charset.StandardCharsets.UTF_8), y.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
            .collect(Collectors.toCollection(ArrayList::new));
        if (!forward) {
            Collections.reverse(out);
        }
        return out;
    }

    @Test
    @DisplayName("3.10/4.7 Query: begins_with on a string sort key, ascending and descending, with and without paging")
    void beginsWith() {
        for (boolean fwd : new boolean[] {true, false}) {
            for (Integer limit : new Integer[] {null, 1, 2}) {
                for (String prefix : List.of("a", "ab", "b", "\u00e9", "zz", "x", "abc")) {
                    assertThat(queryWords("pk = :p AND begins_with(sk, :s)", Map.of(":p", s("p"), ":s", s(prefix)), fwd, limit))
                        .as("prefix %s forward %s limit %s", prefix, fwd, limit)
                        .containsExactlyElementsOf(expectedWords(w -> w.startsWith(prefix), fwd));
                }
            }
        }
    }

    @Test
    @DisplayName("3.10/4.7 Query: string range operators follow UTF-8 byte order in both directions")
    void stringRanges() {
        for (boolean fwd : new boolean[] {true, false}) {
            assertThat(queryWords("pk = :p AND sk BETWEEN :a AND :b", Map.of(":p", s("q"), ":a", s("ab"), ":b", s("b")), fwd, null))
                .containsExactlyElementsOf(expectedWords(w -> w.compareTo("ab") >= 0 && w.compareTo("b") <= 0, fwd));
            assertThat(queryWords("pk = :p AND sk > :a", Map.of(":p", s("q"), ":a", s("c")), fwd, 3))
                .containsExactlyElementsOf(expectedWords(w -> utf8Compare(w, "c") > 0, fwd));
        }
    }

    private static int utf8Compare(String a, String b) {
        return java.util.Arrays.compareUnsigned(a.getBytes(java.nio.charset.StandardCharsets.UTF_8),
            b.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("3.10 Query: ScanIndexForward=false returns the partition in descending sort-key order")
    void descending() {
        List<Integer> asc = querySks("pk = :p", Map.of(":p", s("p1")), true);
        List<Integer> desc = querySks("pk = :p", Map.of(":p", s("p1")), false);
        List<Integer> reversed = new ArrayList<>(asc);
        Collections.reverse(reversed);
        assertThat(asc).isSorted().hasSize(PER_PARTITION);
        assertThat(desc).containsExactlyElementsOf(reversed);
    }

    @Test
    @DisplayName("3.10/3.12 Query: Limit pages chained by LastEvaluatedKey reassemble the full result, both directions")
    void queryPaging() {
        for (boolean fwd : new boolean[] {true, false}) {
            for (int limit : new int[] {1, 3, 7, 40, 41}) {
                List<Integer> all = new ArrayList<>();
                Map<String, AttributeValue> start = null;
                int pages = 0;
                do {
                    Map<String, AttributeValue> esk = start;
                    QueryResult r = db.query(q -> q.tableName(NUMS).keyConditionExpression("pk = :p AND sk >= :lo")
                        .expressionAttributeValues(Map.of(":p", s("p3"), ":lo", n(5))).limit(limit)
                        .scanIndexForward(fwd).exclusiveStartKey(esk));
                    assertThat(r.scannedCount()).isLessThanOrEqualTo(limit);
                    r.items().forEach(i -> all.add(Integer.parseInt(i.get("sk").n())));
                    start = r.lastEvaluatedKey();
                    if (start != null) {
                        assertThat(start.keySet()).containsExactlyInAnyOrder("pk", "sk");
                    }
                    pages++;
                    assertThat(pages).isLessThan(100);
                } while (start != null);
                assertThat(all).as("limit %d forward %s", limit, fwd).containsExactlyElementsOf(expected(i -> i >= 5, fwd));
            }
        }
    }

    @Test
    @DisplayName("3.10 Query: Limit counts evaluated items, not returned ones; an empty page may carry LastEvaluatedKey")
    void limitCountsEvaluated() {
        QueryResult r = db.query(q -> q.tableName(NUMS).keyConditionExpression("pk = :p")
            .filterExpression("v = :nine").expressionAttributeValues(Map.of(":p", s("p0"), ":nine", n(9))).limit(5));
        assertThat(r.items()).isEmpty();
        assertThat(r.count()).isZero();
        assertThat(r.scannedCount()).isEqualTo(5);
        assertThat(r.lastEvaluatedKey()).isEqualTo(item("pk", s("p0"), "sk", n(4)));
        QueryResult some = db.query(q -> q.tableName(NUMS).keyConditionExpression("pk = :p")
            .filterExpression("v = :zero").expressionAttributeValues(Map.of(":p", s("p0"), ":zero", n(0))).limit(6));
        assertThat(some.scannedCount()).isEqualTo(6);
        assertThat(some.count()).isEqualTo(2);
        assertThat(some.items()).extracting(i -> i.get("sk").n()).containsExactly("0", "3");
    }

    @Test
    @DisplayName("3.10 Query: Count = items after filter, ScannedCount = items evaluated")
    void countAndScannedCount() {
        QueryResult r = db.query(q -> q.tableName(NUMS).keyConditionExpression("pk = :p")
            .filterExpression("v = :one").expressionAttributeValues(Map.of(":p", s("p4"), ":one", n(1))));
        long expectedCount = expected(i -> i % 3 == 1, true).size();
        assertThat(r.count()).isEqualTo((int) expectedCount).isEqualTo(r.items().size());
        assertThat(r.scannedCount()).isEqualTo(PER_PARTITION);
        assertThat(r.lastEvaluatedKey()).isNull();
    }

    @Test
    @DisplayName("3.10 Select COUNT returns no items, only the count (with a filter, counts matches)")
    void selectCount() {
        QueryResult q = db.query(r -> r.tableName(NUMS).keyConditionExpression("pk = :p").select(Select.COUNT)
            .filterExpression("v = :two").expressionAttributeValues(Map.of(":p", s("p1"), ":two", n(2))));
        assertThat(q.items()).isEmpty();
        assertThat(q.count()).isEqualTo(expected(i -> i % 3 == 2, true).size());
        assertThat(q.scannedCount()).isEqualTo(PER_PARTITION);
        ScanResult sc = db.scan(r -> r.tableName(NUMS).select(Select.COUNT));
        assertThat(sc.items()).isEmpty();
        assertThat(sc.count()).isEqualTo(PARTITIONS * PER_PARTITION);
    }

    @Test
    @DisplayName("3.10 Select: ALL_PROJECTED_ATTRIBUTES is index-only; ProjectionExpression needs SPECIFIC_ATTRIBUTES")
    void selectValidation() {
        Map<String, AttributeValue> v = Map.of(":p", s("p1"));
        assertThatThrownBy(() -> db.query(r -> r.tableName(NUMS).keyConditionExpression("pk = :p").expressionAttributeValues(v)
            .select(Select.ALL_PROJECTED_ATTRIBUTES))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> db.query(r -> r.tableName(NUMS).keyConditionExpression("pk = :p").expressionAttributeValues(v)
            .select(Select.ALL_ATTRIBUTES).projectionExpression("v"))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> db.scan(r -> r.tableName(NUMS).select(Select.COUNT).projectionExpression("v")))
            .isInstanceOf(ValidationException.class);
        QueryResult ok = db.query(r -> r.tableName(NUMS).keyConditionExpression("pk = :p").expressionAttributeValues(v)
            .select(Select.SPECIFIC_ATTRIBUTES).projectionExpression("tag").limit(2));
        assertThat(ok.items()).containsExactly(item("tag", s("t0")), item("tag", s("t1")));
    }

    @Test
    @DisplayName("3.10 Filter may use attributes outside the projection")
    void filterOutsideProjection() {
        QueryResult r = db.query(q -> q.tableName(NUMS).keyConditionExpression("pk = :p").projectionExpression("tag")
            .filterExpression("v = :two").expressionAttributeValues(Map.of(":p", s("p1"), ":two", n(2))).limit(6));
        assertThat(r.items()).containsExactly(item("tag", s("t2")), item("tag", s("t5")));
    }

    @Test
    @DisplayName("3.10/4.8 Query FilterExpression may not reference key attributes; Scan may")
    void filterOnKeys() {
        assertThatThrownBy(() -> db.query(q -> q.tableName(NUMS).keyConditionExpression("pk = :p")
            .filterExpression("sk > :x").expressionAttributeValues(Map.of(":p", s("p1"), ":x", n(3)))))
            .isInstanceOf(ValidationException.class)
            .hasMessageContaining("Filter Expression can only contain non-primary key attributes: Primary key attribute: sk");
        assertThatThrownBy(() -> db.query(q -> q.tableName(NUMS).keyConditionExpression("pk = :p")
            .filterExpression("#k = :p").expressionAttributeNames(Map.of("#k", "pk")).expressionAttributeValues(Map.of(":p", s("p1")))))
            .isInstanceOf(ValidationException.class)
            .hasMessageContaining("Primary key attribute: pk");
        List<Map<String, AttributeValue>> all = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> esk = start;
            ScanResult r = db.scan(q -> q.tableName(NUMS).filterExpression("sk > :x AND pk = :p")
                .expressionAttributeValues(Map.of(":p", s("p1"), ":x", n(36))).exclusiveStartKey(esk));
            all.addAll(r.items());
            start = r.lastEvaluatedKey();
        } while (start != null);
        assertThat(all).extracting(i -> i.get("sk").n()).containsExactlyInAnyOrder("37", "38", "39");
    }

    @Test
    @DisplayName("3.10 Query: missing KeyConditionExpression and Limit 0 are ValidationExceptions")
    void queryParameterValidation() {
        assertThatThrownBy(() -> db.query(q -> q.tableName(NUMS)))
            .isInstanceOf(ValidationException.class)
            .hasMessage("Either the KeyConditions or KeyConditionExpression parameter must be specified in the request.");
        assertThatThrownBy(() -> db.query(q -> q.tableName(NUMS).keyConditionExpression("pk = :p")
            .expressionAttributeValues(Map.of(":p", s("p1"))).limit(0))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> db.scan(q -> q.tableName(NUMS).limit(0))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> db.query(q -> q.tableName(NUMS).keyConditionExpression("pk = :p")
            .expressionAttributeValues(Map.of(":p", n(1))))).isInstanceOf(ValidationException.class);
    }

    @Test
    @DisplayName("2.4 Query/Scan with an index name the table lacks: The table does not have the specified index: x")
    void unknownIndex() {
        assertThatThrownBy(() -> db.query(q -> q.tableName(NUMS).indexName("x").keyConditionExpression("pk = :p")
            .expressionAttributeValues(Map.of(":p", s("p1")))))
            .isInstanceOf(ValidationException.class).hasMessage("The table does not have the specified index: x");
        assertThatThrownBy(() -> db.scan(q -> q.tableName(NUMS).indexName("x")))
            .isInstanceOf(ValidationException.class).hasMessage("The table does not have the specified index: x");
    }

    @Test
    @DisplayName("3.12 ExclusiveStartKey is exclusive and need not exist as an item")
    void exclusiveStartKeyNeedNotExist() {
        QueryResult r = db.query(q -> q.tableName(NUMS).keyConditionExpression("pk = :p")
            .expressionAttributeValues(Map.of(":p", s("p2"))).exclusiveStartKey(item("pk", s("p2"), "sk", n("10.5"))).limit(2));
        assertThat(r.items()).extracting(i -> i.get("sk").n()).containsExactly("11", "12");
        QueryResult exact = db.query(q -> q.tableName(NUMS).keyConditionExpression("pk = :p")
            .expressionAttributeValues(Map.of(":p", s("p2"))).exclusiveStartKey(item("pk", s("p2"), "sk", n(10))).limit(1));
        assertThat(exact.items()).extracting(i -> i.get("sk").n()).containsExactly("11");
    }

    @Test
    @DisplayName("3.12 ExclusiveStartKey validation: wrong shape, wrong partition, hash-only Query")
    void exclusiveStartKeyValidation() {
        Map<String, AttributeValue> v = Map.of(":p", s("p2"));
        for (Map<String, AttributeValue> bad : List.of(item("pk", s("p2")), item("pk", s("p2"), "sk", n(1), "x", n(1)),
            item("pk", s("p2"), "sk", s("1")))) {
            assertThatThrownBy(() -> db.query(q -> q.tableName(NUMS).keyConditionExpression("pk = :p").expressionAttributeValues(v)
                .exclusiveStartKey(bad))).as(bad.toString()).isInstanceOf(ValidationException.class)
                .hasMessage("The provided starting key is invalid: The provided key element does not match the schema");
            assertThatThrownBy(() -> db.scan(q -> q.tableName(NUMS).exclusiveStartKey(bad))).as(bad.toString())
                .isInstanceOf(ValidationException.class)
                .hasMessage("The provided starting key is invalid: The provided key element does not match the schema");
        }
        assertThatThrownBy(() -> db.query(q -> q.tableName(NUMS).keyConditionExpression("pk = :p").expressionAttributeValues(v)
            .exclusiveStartKey(item("pk", s("p3"), "sk", n(1))))).isInstanceOf(ValidationException.class)
            .hasMessage("The provided starting key is outside query boundaries based on provided conditions");
        hashTable(db, "hashonly", "id", ScalarAttributeType.S);
        db.putItem(p -> p.tableName("hashonly").item(item("id", s("a"), "v", n(1))));
        QueryResult one = db.query(q -> q.tableName("hashonly").keyConditionExpression("id = :a")
            .expressionAttributeValues(Map.of(":a", s("a"))));
        assertThat(one.items()).containsExactly(item("id", s("a"), "v", n(1)));
        assertThat(one.lastEvaluatedKey()).isNull();
        assertThatThrownBy(() -> db.query(q -> q.tableName("hashonly").keyConditionExpression("id = :a")
            .expressionAttributeValues(Map.of(":a", s("a"))).exclusiveStartKey(item("id", s("a")))))
            .isInstanceOf(ValidationException.class)
            .hasMessageContaining("The query can return at most one row and cannot be restarted");
    }

    @Test
    @DisplayName("3.11/3.12 Scan: Limit pages chained by LastEvaluatedKey return every item exactly once")
    void scanPaging() {
        for (int limit : new int[] {1, 13, 200, 1000}) {
            List<String> seen = new ArrayList<>();
            Map<String, AttributeValue> start = null;
            do {
                Map<String, AttributeValue> esk = start;
                ScanResult r = db.scan(q -> q.tableName(NUMS).limit(limit).exclusiveStartKey(esk));
                assertThat(r.scannedCount()).isLessThanOrEqualTo(limit).isEqualTo(r.count());
                r.items().forEach(i -> seen.add(canonical(i)));
                start = r.lastEvaluatedKey();
            } while (start != null);
            assertThat(seen).as("limit %d", limit).doesNotHaveDuplicates().hasSize(PARTITIONS * PER_PARTITION);
        }
    }

    @Test
    @DisplayName("3.11 Scan: items of one partition come in sort-key order")
    void scanPartitionOrder() {
        List<Map<String, AttributeValue>> items = db.scan(q -> q.tableName(NUMS)).items();
        for (int p = 0; p < PARTITIONS; p++) {
            String pk = "p" + p;
            List<Integer> sks = items.stream().filter(i -> i.get("pk").s().equals(pk))
                .map(i -> Integer.parseInt(i.get("sk").n())).collect(Collectors.toList());
            assertThat(sks).hasSize(PER_PARTITION).isSorted();
        }
    }

    @Test
    @DisplayName("3.11 Scan: Count/ScannedCount with a filter")
    void scanCounts() {
        ScanResult r = db.scan(q -> q.tableName(NUMS).filterExpression("v = :zero").expressionAttributeValues(Map.of(":zero", n(0))));
        assertThat(r.scannedCount()).isEqualTo(PARTITIONS * PER_PARTITION);
        assertThat(r.count()).isEqualTo(PARTITIONS * expected(i -> i % 3 == 0, true).size()).isEqualTo(r.items().size());
    }

    @Test
    @DisplayName("3.11 Parallel scan: segments are disjoint and together cover the table, for any TotalSegments")
    void parallelScanCovers() {
        Set<String> everything = scanAll(db, NUMS).stream().map(Fixtures::canonical).collect(Collectors.toSet());
        assertThat(everything).hasSize(PARTITIONS * PER_PARTITION);
        qt().withExamples(25).forAll(integers().between(1, 300), integers().between(1, 60))
            .checkAssert((total, limit) -> {
                Set<String> union = new HashSet<>();
                int sum = 0;
                for (int seg = 0; seg < total; seg++) {
                    int segment = seg;
                    Map<String, AttributeValue> start = null;
                    do {
                        Map<String, AttributeValue> esk = start;
                        ScanResult r = db.scan(q -> q.tableName(NUMS).segment(segment).totalSegments(total)
                            .limit(limit).exclusiveStartKey(esk));
                        for (Map<String, AttributeValue> it : r.items()) {
                            union.add(canonical(it));
                            sum++;
                        }
                        start = r.lastEvaluatedKey();
                    } while (start != null);
                }
                assertThat(sum).as("total %d", total).isEqualTo(everything.size());
                assertThat(union).isEqualTo(everything);
            });
    }

    @Test
    @DisplayName("3.11 Parallel scan: Segment/TotalSegments validation messages")
    void segmentValidation() {
        assertThatThrownBy(() -> db.scan(q -> q.tableName(NUMS).totalSegments(4)))
            .isInstanceOf(ValidationException.class)
            .hasMessageContaining("The Segment parameter is required but was not present in the request when parameter TotalSegments is present");
        assertThatThrownBy(() -> db.scan(q -> q.tableName(NUMS).segment(0)))
            .isInstanceOf(ValidationException.class)
            .hasMessageContaining("The TotalSegments parameter is required")
            .hasMessageContaining("when Segment parameter is present");
        assertThatThrownBy(() -> db.scan(q -> q.tableName(NUMS).segment(4).totalSegments(4)))
            .isInstanceOf(ValidationException.class)
            .hasMessage("The Segment parameter is zero-based and must be less than parameter TotalSegments: Segment: 4 is not less than TotalSegments: 4");
        assertThatThrownBy(() -> db.scan(q -> q.tableName(NUMS).segment(0).totalSegments(0))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> db.scan(q -> q.tableName(NUMS).segment(0).totalSegments(1_000_001))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> db.scan(q -> q.tableName(NUMS).segment(-1).totalSegments(2))).isInstanceOf(ValidationException.class);
        assertThat(db.scan(q -> q.tableName(NUMS).segment(999_999).totalSegments(1_000_000)).scannedCount()).isNotNegative();
    }

    @Test
    @DisplayName("3.11 Parallel scan: ExclusiveStartKey must belong to the requested segment")
    void segmentStartKey() {
        int total = 8;
        Map<String, AttributeValue> lek = null;
        int segOfLek = -1;
        for (int seg = 0; seg < total && lek == null; seg++) {
            int segment = seg;
            ScanResult r = db.scan(q -> q.tableName(NUMS).segment(segment).totalSegments(total).limit(1));
            if (r.lastEvaluatedKey() != null) {
                lek = r.lastEvaluatedKey();
                segOfLek = seg;
            }
        }
        assertThat(lek).isNotNull();
        Map<String, AttributeValue> esk = lek;
        int other = (segOfLek + 1) % total;
        assertThatThrownBy(() -> db.scan(q -> q.tableName(NUMS).segment(other).totalSegments(total).exclusiveStartKey(esk)))
            .isInstanceOf(ValidationException.class).hasMessageContaining("Please use ExclusiveStartKey with correct Segment");
        int own = segOfLek;
        assertThat(db.scan(q -> q.tableName(NUMS).segment(own).totalSegments(total).exclusiveStartKey(esk)).items())
            .noneMatch(i -> i.equals(esk));
    }

    @Test
    @DisplayName("3.10/3.11 A page stops after 1 MB of item data read; paging still returns everything")
    void oneMegabytePages() {
        rangeTable(db, "big", "pk", ScalarAttributeType.S, "sk", ScalarAttributeType.N);
        String filler = "f".repeat(100_000);
        for (int i = 0; i < 30; i++) {
            int sk = i;
            db.putItem(p -> p.tableName("big").item(item("pk", s("p"), "sk", n(sk), "d", s(filler))));
        }
        QueryResult first = db.query(q -> q.tableName("big").keyConditionExpression("pk = :p")
            .expressionAttributeValues(Map.of(":p", s("p"))).filterExpression("attribute_not_exists(d)"));
        // each item is ~100 KB, so 1 MB (1,048,576 bytes) is reached after about 10-11 items
        assertThat(first.scannedCount()).isBetween(10, 11);
        assertThat(first.count()).isZero();
        assertThat(first.lastEvaluatedKey()).isNotNull();
        int total = 0;
        int pages = 0;
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> esk = start;
            ScanResult r = db.scan(q -> q.tableName("big").exclusiveStartKey(esk));
            assertThat(r.scannedCount()).isLessThanOrEqualTo(11);
            total += r.items().size();
            start = r.lastEvaluatedKey();
            pages++;
        } while (start != null);
        assertThat(total).isEqualTo(30);
        assertThat(pages).isGreaterThanOrEqualTo(3);
    }
}
