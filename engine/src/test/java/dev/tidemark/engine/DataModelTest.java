package dev.tidemark.engine;

import static dev.tidemark.engine.Fixtures.b;
import static dev.tidemark.engine.Fixtures.hashTable;
import static dev.tidemark.engine.Fixtures.item;
import static dev.tidemark.engine.Fixtures.n;
import static dev.tidemark.engine.Fixtures.rangeTable;
import static dev.tidemark.engine.Fixtures.s;
import static dev.tidemark.engine.Fixtures.scanAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.engine.model.ScalarAttributeType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Section 1 of the reference (data model), observed through the public API. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DataModelTest {
    private Database db;
    private int tables;

    @BeforeAll
    void open() {
        db = Database.openTemporary();
    }

    @AfterAll
    void close() {
        db.close();
    }

    /** A fresh hash-only table with an S partition key "pk". */
    private String stable() {
        String name = "tbl" + (tables++);
        hashTable(db, name, "pk", ScalarAttributeType.S);
        return name;
    }

    private Map<String, AttributeValue> get(String table, Map<String, AttributeValue> key) {
        return db.getItem(g -> g.tableName(table).key(key)).item();
    }

    private AttributeValue roundTrip(AttributeValue v) {
        String t = stable();
        db.putItem(p -> p.tableName(t).item(item("pk", s("k"), "v", v)));
        return get(t, item("pk", s("k"))).get("v");
    }

    private void assertPutRejected(String table, Map<String, AttributeValue> it, String message) {
        List<Map<String, AttributeValue>> before = scanAll(db, table);
        assertThatThrownBy(() -> db.putItem(p -> p.tableName(table).item(it)))
            .isInstanceOf(ValidationException.class).hasMessageContaining(message);
        assertThat(scanAll(db, table)).isEqualTo(before);
    }

    @Test
    @DisplayName("1.2 Numbers are normalised on write and returned in canonical plain form")
    void numberNormalisation() {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("007", "7");
        cases.put("+3", "3");
        cases.put("1.10", "1.1");
        cases.put("100.000", "100");
        cases.put("1e3", "1000");
        cases.put("1.5e2", "150");
        cases.put("123e-2", "1.23");
        cases.put("-0", "0");
        cases.put("0e5", "0");
        cases.put(".5", "0.5");
        cases.put("1e125", "1" + "0".repeat(125));
        cases.put("1e-20", "0.00000000000000000001");
        cases.put("0001.23", "1.23");
        cases.put("1e+5", "100000");
        cases.put("-17.4E37", "-174" + "0".repeat(36));
        String t = stable();
        Map<String, AttributeValue> it = new LinkedHashMap<>();
        it.put("pk", s("k"));
        int i = 0;
        for (String in : cases.keySet()) {
            it.put("a" + i++, n(in));
        }
        db.putItem(p -> p.tableName(t).item(it));
        Map<String, AttributeValue> back = get(t, item("pk", s("k")));
        i = 0;
        for (Map.Entry<String, String> c : cases.entrySet()) {
            assertThat(back.get("a" + i++).n()).as(c.getKey()).isEqualTo(c.getValue());
        }
    }

    @Test
    @DisplayName("1.2 Number set elements and numbers nested in maps/lists are normalised too")
    void nestedNumberNormalisation() {
        AttributeValue v = roundTrip(AttributeValue.fromM(Map.of(
            "l", AttributeValue.fromL(n("1e2"), n("-0.50")),
            "ns", AttributeValue.fromNs("1e1", "2.50"))));
        assertThat(v.m().get("l").l()).extracting(AttributeValue::n).containsExactly("100", "-0.5");
        assertThat(v.m().get("ns").ns()).containsExactlyInAnyOrder("10", "2.5");
    }

    @Test
    @DisplayName("1.2 Keys are equal by value: 1e3 and 1000 address the same item (hash and range)")
    void numberKeysByValue() {
        rangeTable(db, "numkeys", "h", ScalarAttributeType.N, "r", ScalarAttributeType.N);
        db.putItem(p -> p.tableName("numkeys").item(item("h", n("1e3"), "r", n("2.50"), "v", s("first"))));
        Map<String, AttributeValue> got = get("numkeys", item("h", n("1000"), "r", n("25e-1")));
        assertThat(got).containsEntry("h", n("1000")).containsEntry("r", n("2.5")).containsEntry("v", s("first"));
        db.putItem(p -> p.tableName("numkeys").item(item("h", n("1000.0"), "r", n("2.5"), "v", s("second"))));
        assertThat(scanAll(db, "numkeys")).containsExactly(item("h", n("1000"), "r", n("2.5"), "v", s("second")));
        db.deleteItem(d -> d.tableName("numkeys").key(item("h", n("10E2"), "r", n("0.25e1"))));
        assertThat(scanAll(db, "numkeys")).isEmpty();
    }

    @Test
    @DisplayName("1.2 At most 38 significant digits: 38 accepted, 39 rejected with the documented message")
    void thirtyEightDigits() {
        String d38 = "12345678901234567890123456789012345678";
        assertThat(roundTrip(n(d38)).n()).isEqualTo(d38);
        assertThat(roundTrip(n("-0." + d38)).n()).isEqualTo("-0." + d38);
        assertThat(roundTrip(n("1" + "0".repeat(60))).n()).isEqualTo("1" + "0".repeat(60));
        String t = stable();
        assertPutRejected(t, item("pk", s("k"), "v", n(d38 + "9")),
            "Attempting to store more than 38 significant digits in a Number");
        assertPutRejected(t, item("pk", s("k"), "v", AttributeValue.fromNs("1", d38 + "1")),
            "Attempting to store more than 38 significant digits in a Number");
    }

    @Test
    @DisplayName("1.2 Magnitude range 1E-130 .. 9.99..E+125; outside is overflow/underflow")
    void numberRange() {
        String max = "9.9999999999999999999999999999999999999E+125";
        assertThat(roundTrip(n(max)).nAsBigDecimal()).isEqualByComparingTo(max);
        assertThat(roundTrip(n("-" + max)).nAsBigDecimal()).isEqualByComparingTo("-" + max);
        assertThat(roundTrip(n("1E-130")).nAsBigDecimal()).isEqualByComparingTo("1E-130");
        assertThat(roundTrip(n("0")).n()).isEqualTo("0");
        String t = stable();
        assertPutRejected(t, item("pk", s("k"), "v", n("1E126")),
            "Number overflow. Attempting to store a number with magnitude larger than supported range");
        assertPutRejected(t, item("pk", s("k"), "v", n("-1E126")),
            "Number overflow. Attempting to store a number with magnitude larger than supported range");
        assertPutRejected(t, item("pk", s("k"), "v", n("1E-131")),
            "Number underflow. Attempting to store a number with magnitude smaller than supported range");
    }

    @Test
    @DisplayName("1.2 Invalid number strings (NaN, Infinity, dog, spaces) are rejected mentioning numeric")
    void invalidNumbers() {
        String t = stable();
        for (String bad : List.of("NaN", "Infinity", "-Infinity", "dog", " 1", "1 ", "", "1e", "--1")) {
            assertPutRejected(t, item("pk", s("k"), "v", n(bad)), "numeric");
        }
    }

    @Test
    @DisplayName("1.4 Empty S and B are allowed outside keys, also inside lists, maps and sets")
    void emptyValuesOutsideKeys() {
        String t = stable();
        Map<String, AttributeValue> it = item("pk", s("k"), "es", s(""), "eb", b(),
            "l", AttributeValue.fromL(s(""), b()), "m", AttributeValue.fromM(Map.of("x", s(""))),
            "ss", AttributeValue.fromSs(""), "el", AttributeValue.fromL(List.of()), "em", AttributeValue.fromM(Map.of()));
        db.putItem(p -> p.tableName(t).item(it));
        assertThat(get(t, item("pk", s("k")))).isEqualTo(it);
    }

    @Test
    @DisplayName("1.4 Empty string/binary key values are rejected with the exact message (writes and reads)")
    void emptyKeyValues() {
        String t = stable();
        assertPutRejected(t, item("pk", s("")),
            "One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty string value. Key: pk");
        assertThatThrownBy(() -> db.getItem(g -> g.tableName(t).key(item("pk", s("")))))
            .isInstanceOf(ValidationException.class)
            .hasMessage("One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty string value. Key: pk");
        rangeTable(db, "emptyb", "h", ScalarAttributeType.S, "r", ScalarAttributeType.B);
        assertPutRejected("emptyb", item("h", s("x"), "r", b()),
            "One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty binary value. Key: r");
    }

    @Test
    @DisplayName("1.1/1.4 Sets must be non-empty (SS, NS, BS) with the documented messages")
    void emptySets() {
        String t = stable();
        assertPutRejected(t, item("pk", s("k"), "v", AttributeValue.fromSs(List.of())),
            "One or more parameter values were invalid: An string set  may not be empty");
        assertPutRejected(t, item("pk", s("k"), "v", AttributeValue.fromNs(List.of())),
            "One or more parameter values were invalid: An number set  may not be empty");
        assertPutRejected(t, item("pk", s("k"), "v", AttributeValue.fromBs(List.of())),
            "Binary sets should not be empty");
        assertPutRejected(t, item("pk", s("k"), "v", AttributeValue.fromL(AttributeValue.fromSs(List.of()))),
            "An string set  may not be empty");
    }

    @Test
    @DisplayName("1.1/1.2 Sets may not contain duplicates; number sets compare by value (1 and 1.0)")
    void setDuplicates() {
        String t = stable();
        assertPutRejected(t, item("pk", s("k"), "v", AttributeValue.fromSs("a", "b", "a")), "contains duplicates");
        assertPutRejected(t, item("pk", s("k"), "v", AttributeValue.fromNs("1", "1.0")), "contains duplicates");
        assertPutRejected(t, item("pk", s("k"), "v", AttributeValue.fromBs(List.of(new byte[] {1}, new byte[] {1}))),
            "contains duplicates");
        AttributeValue ok = roundTrip(AttributeValue.fromNs("1", "10", "0.1"));
        assertThat(ok.ns()).containsExactlyInAnyOrder("1", "10", "0.1");
    }

    @Test
    @DisplayName("1.1 Maps compare ignoring key order; sets ignoring element order; lists keep order")
    void structuralEquality() {
        Map<String, AttributeValue> m1 = new LinkedHashMap<>();
        m1.put("a", n(1));
        m1.put("b", s("x"));
        AttributeValue back = roundTrip(AttributeValue.fromM(m1));
        Map<String, AttributeValue> m2 = new LinkedHashMap<>();
        m2.put("b", s("x"));
        m2.put("a", n(1));
        assertThat(back).isEqualTo(AttributeValue.fromM(m2));
        assertThat(roundTrip(AttributeValue.fromL(n(3), n(1), n(2))).l()).extracting(AttributeValue::n)
            .containsExactly("3", "1", "2");
    }

    private static AttributeValue nested(int depth, AttributeValue leaf) {
        AttributeValue v = leaf;
        for (int i = 0; i < depth; i++) {
            v = i % 2 == 0 ? AttributeValue.fromM(Map.of("m", v)) : AttributeValue.fromL(v);
        }
        return v;
    }

    @Test
    @DisplayName("1.5 Items may nest documents up to 32 levels; 33 is rejected")
    void nesting() {
        assertThat(roundTrip(nested(32, s("deep")))).isEqualTo(nested(32, s("deep")));
        String t = stable();
        assertThatThrownBy(() -> db.putItem(p -> p.tableName(t).item(item("pk", s("k"), "v", nested(33, s("deep"))))))
            .isInstanceOf(ValidationException.class);
        assertThat(scanAll(db, t)).isEmpty();
    }

    @Test
    @DisplayName("1.6 Item size: exactly 409,600 bytes (names included) is accepted, one byte more is rejected")
    void itemSizeBoundary() {
        String t = stable();
        // size = len("pk") + len("k") + len("d") + len(value) = 4 + len(value)
        String fits = "x".repeat(409_600 - 4);
        db.putItem(p -> p.tableName(t).item(item("pk", s("k"), "d", s(fits))));
        assertThat(get(t, item("pk", s("k"))).get("d").s()).hasSize(409_596);
        assertPutRejected(t, item("pk", s("k2"), "d", s(fits)), "Item size has exceeded the maximum allowed size");
        // the same total with the bytes moved into the attribute name
        String name = "n".repeat(1000);
        db.putItem(p -> p.tableName(t).item(item("pk", s("k3"), name, s("x".repeat(409_600 - 4 - 1000)))));
        assertPutRejected(t, item("pk", s("k4"), name, s("x".repeat(409_600 - 4 - 1000 + 1))),
            "Item size has exceeded the maximum allowed size");
    }

    @Test
    @DisplayName("1.6 Item size counts UTF-8 bytes of strings, not chars")
    void itemSizeUtf8() {
        String t = stable();
        // each U+00E9 is 2 bytes: 204,798 chars = 409,596 bytes; total 409,600
        String twoByte = "\u00e9".repeat(204_798);
        db.putItem(p -> p.tableName(t).item(item("pk", s("k"), "d", s(twoByte))));
        assertPutRejected(t, item("pk", s("k2"), "d", s(twoByte + "\u00e9")), "Item size has exceeded the maximum allowed size");
    }

    @Test
    @DisplayName("1.8 Partition key up to 2048 bytes, sort key up to 1024 bytes (UTF-8 / raw), more rejected")
    void keySizes() {
        rangeTable(db, "ksz", "h", ScalarAttributeType.S, "r", ScalarAttributeType.B);
        String h2048 = "\u00e9".repeat(1024);
        byte[] r1024 = new byte[1024];
        db.putItem(p -> p.tableName("ksz").item(item("h", s(h2048), "r", AttributeValue.fromB(r1024))));
        assertThat(get("ksz", item("h", s(h2048), "r", AttributeValue.fromB(r1024)))).isNotNull();
        assertPutRejected("ksz", item("h", s(h2048 + "x"), "r", AttributeValue.fromB(r1024)),
            "Size of hashkey has exceeded the maximum size limit of2048 bytes");
        assertPutRejected("ksz", item("h", s("a"), "r", AttributeValue.fromB(new byte[1025])),
            "Aggregated size of all range keys has exceeded the size limit of 1024 bytes");
        assertThatThrownBy(() -> db.getItem(g -> g.tableName("ksz").key(item("h", s(h2048 + "x"), "r", b(1)))))
            .isInstanceOf(ValidationException.class).hasMessageContaining("2048 bytes");
        assertThatThrownBy(() -> db.deleteItem(g -> g.tableName("ksz").key(item("h", s("a"), "r", AttributeValue.fromB(new byte[1025])))))
            .isInstanceOf(ValidationException.class).hasMessageContaining("1024 bytes");
    }

    @Test
    @DisplayName("1.3 Query orders S sort keys by UTF-8 bytes: a non-BMP character sorts after U+FFFF")
    void stringOrderUtf8() {
        rangeTable(db, "sord", "h", ScalarAttributeType.S, "r", ScalarAttributeType.S);
        List<String> keys = List.of("\uFFFF", "\uD83D\uDE00", "a", "Z", "\u00e9", "\uE000", "ab", "\u0000x");
        for (String k : keys) {
            db.putItem(p -> p.tableName("sord").item(item("h", s("p"), "r", s(k))));
        }
        List<String> expected = new ArrayList<>(keys);
        expected.sort((x, y) -> java.util.Arrays.compareUnsigned(
            x.getBytes(java.nio.charset.StandardCharsets.UTF_8), y.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        List<String> got = db.query(q -> q.tableName("sord").keyConditionExpression("h = :h")
                .expressionAttributeValues(Map.of(":h", s("p"))))
            .items().stream().map(i -> i.get("r").s()).collect(Collectors.toList());
        assertThat(got).containsExactlyElementsOf(expected);
        assertThat(got.indexOf("\uFFFF")).isLessThan(got.indexOf("\uD83D\uDE00"));
        // Java's UTF-16 order would put the surrogate pair first; make sure the engine does not
        assertThat("\uD83D\uDE00".compareTo("\uFFFF")).isNegative();
    }

    @Test
    @DisplayName("1.3 Query orders B sort keys as unsigned bytes (0x80 > 0x7F)")
    void binaryOrderUnsigned() {
        rangeTable(db, "bord", "h", ScalarAttributeType.S, "r", ScalarAttributeType.B);
        int[][] values = {{0xFF}, {0x00}, {0x7F}, {0x80}, {0x80, 0x00}, {0x01, 0xFF}};
        for (int[] v : values) {
            db.putItem(p -> p.tableName("bord").item(item("h", s("p"), "r", b(v))));
        }
        List<String> got = db.query(q -> q.tableName("bord").keyConditionExpression("h = :h")
                .expressionAttributeValues(Map.of(":h", s("p"))))
            .items().stream().map(i -> java.util.HexFormat.of().formatHex(i.get("r").b())).collect(Collectors.toList());
        assertThat(got).containsExactly("00", "01ff", "7f", "80", "8000", "ff");
        // range conditions use the same order
        List<Map<String, AttributeValue>> gt = db.query(q -> q.tableName("bord").keyConditionExpression("h = :h AND r > :r")
            .expressionAttributeValues(Map.of(":h", s("p"), ":r", b(0x7F)))).items();
        assertThat(gt).hasSize(3);
        List<String> prefixed = db.query(q -> q.tableName("bord").keyConditionExpression("h = :h AND begins_with(r, :r)")
                .expressionAttributeValues(Map.of(":h", s("p"), ":r", b(0x80))).scanIndexForward(false))
            .items().stream().map(i -> java.util.HexFormat.of().formatHex(i.get("r").b())).collect(Collectors.toList());
        assertThat(prefixed).containsExactly("8000", "80");
    }

    @Test
    @DisplayName("1.2 Query orders N sort keys numerically (negative, fractions, large exponents)")
    void numberOrder() {
        rangeTable(db, "nord", "h", ScalarAttributeType.S, "r", ScalarAttributeType.N);
        List<String> in = List.of("10", "9", "-1", "-10", "0.5", "1e30", "-1e-30", "0", "2");
        for (String v : in) {
            db.putItem(p -> p.tableName("nord").item(item("h", s("p"), "r", n(v))));
        }
        List<java.math.BigDecimal> got = db.query(q -> q.tableName("nord").keyConditionExpression("h = :h")
                .expressionAttributeValues(Map.of(":h", s("p"))))
            .items().stream().map(i -> i.get("r").nAsBigDecimal()).collect(Collectors.toList());
        assertThat(got).hasSize(in.size()).isSorted();
    }

    @Test
    @DisplayName("1.1/1.7 Strings may hold NUL; attribute names may hold any characters; empty name rejected")
    void namesAndNul() {
        String t = stable();
        Map<String, AttributeValue> it = item("pk", s("k\u0000z"), "a.b", s("dot"), "q\"uote", s("\u0000"),
            "line\nbreak", n(1), "\u0000", s("nul name"));
        db.putItem(p -> p.tableName(t).item(it));
        assertThat(get(t, item("pk", s("k\u0000z")))).isEqualTo(it);
        assertPutRejected(t, item("pk", s("k"), "", s("x")), "");
    }

    @Test
    @DisplayName("1.7 Attribute names: 65,535 bytes accepted, 65,536 rejected")
    void attributeNameLength() {
        String t = stable();
        db.putItem(p -> p.tableName(t).item(item("pk", s("k"), "a".repeat(65_535), s("v"))));
        assertThat(get(t, item("pk", s("k")))).containsKey("a".repeat(65_535));
        assertThatThrownBy(() -> db.putItem(p -> p.tableName(t).item(item("pk", s("k2"), "a".repeat(65_536), s("v")))))
            .isInstanceOf(ValidationException.class);
        assertThat(get(t, item("pk", s("k2")))).isNull();
    }

    @Test
    @DisplayName("1.8 PutItem: missing key and wrong key type give the documented messages")
    void putKeyMessages() {
        String t = stable();
        assertPutRejected(t, item("other", s("x")), "One or more parameter values were invalid: Missing the key pk in the item");
        assertPutRejected(t, item("pk", n(1)), "One or more parameter values were invalid: Type mismatch for key pk expected: S actual: N");
    }

    @Test
    @DisplayName("1.8 Key parameters must be exactly the schema attributes with matching types")
    void keyMustMatchSchema() {
        rangeTable(db, "kms", "h", ScalarAttributeType.S, "r", ScalarAttributeType.N);
        List<Map<String, AttributeValue>> bad = List.of(
            item("h", s("a")),
            item("h", s("a"), "r", s("1")),
            item("h", n(1), "r", n(1)),
            item("h", s("a"), "r", n(1), "x", s("extra")),
            item("x", s("a"), "r", n(1)));
        for (Map<String, AttributeValue> k : bad) {
            assertThatThrownBy(() -> db.getItem(g -> g.tableName("kms").key(k))).as(k.toString())
                .isInstanceOf(ValidationException.class).hasMessage("The provided key element does not match the schema");
            assertThatThrownBy(() -> db.deleteItem(g -> g.tableName("kms").key(k))).as(k.toString())
                .isInstanceOf(ValidationException.class).hasMessage("The provided key element does not match the schema");
            assertThatThrownBy(() -> db.updateItem(g -> g.tableName("kms").key(k))).as(k.toString())
                .isInstanceOf(ValidationException.class).hasMessage("The provided key element does not match the schema");
        }
        assertThat(scanAll(db, "kms")).isEmpty();
    }
}
