package dev.tidemark.engine;

import static dev.tidemark.engine.Fixtures.item;
import static dev.tidemark.engine.Fixtures.n;
import static dev.tidemark.engine.Fixtures.s;
import static dev.tidemark.engine.Fixtures.scanAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.tidemark.engine.IndexModelTest.Reference;
import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.engine.model.CancellationReason;
import dev.tidemark.engine.model.ProjectionType;
import dev.tidemark.engine.model.Put;
import dev.tidemark.engine.model.PutRequest;
import dev.tidemark.engine.model.ScalarAttributeType;
import dev.tidemark.engine.model.TransactWriteItem;
import dev.tidemark.engine.model.Update;
import dev.tidemark.engine.model.WriteRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Index key rules on writes (INDEX-SPEC 10, 12; reference 2.4, 2.6): a write whose value for an
 * index key attribute has the wrong type, is empty or is oversized is rejected and changes nothing;
 * a backfill leaves such items out of the new index, and once it is ACTIVE such writes are rejected.
 */
class IndexWriteRulesTest {
    private static final String TABLE = "wrt";
    private static final Reference.TableKeys KEYS = new Reference.TableKeys("pk", "sk");
    private static final List<Reference.Index> INDEXES = List.of(
        new Reference.Index("lsiNum", true, "pk", ScalarAttributeType.S, "ln", ScalarAttributeType.N, ProjectionType.KEYS_ONLY, List.of()),
        new Reference.Index("lsiStr", true, "pk", ScalarAttributeType.S, "ls", ScalarAttributeType.S, ProjectionType.ALL, List.of()),
        new Reference.Index("gsiStrBin", false, "gs", ScalarAttributeType.S, "gb", ScalarAttributeType.B, ProjectionType.INCLUDE, List.of("x")),
        new Reference.Index("gsiNum", false, "gn", ScalarAttributeType.N, null, null, ProjectionType.ALL, List.of()));
    private static final Map<String, AttributeValue> KEY = item("pk", s("p"), "sk", n(1));
    private static final Map<String, AttributeValue> ORIGINAL = item("pk", s("p"), "sk", n(1), "gs", s("g"), "gb", Fixtures.b(1),
        "gn", n(7), "ln", n(3), "ls", s("l"), "x", s("x"));

    private Database db;

    @BeforeEach
    void open() {
        db = Database.openTemporary();
        IndexQueryTest.createWithIndexes(db, TABLE, KEYS, ScalarAttributeType.S, ScalarAttributeType.N, INDEXES);
        db.putItem(p -> p.tableName(TABLE).item(ORIGINAL));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static String mismatch(String attr, String expected, String actual, String index) {
        return "One or more parameter values were invalid: Type mismatch for Index Key " + attr + " Expected: " + expected
            + " Actual: " + actual + " IndexName: " + index;
    }

    private static String empty(String kind, String index, String attr) {
        return "One or more parameter values are not valid. A value specified for a secondary index key is not supported. "
            + "The AttributeValue for a key attribute cannot contain an empty " + kind + " value. IndexName: " + index
            + ", IndexKey: " + attr;
    }

    /** The table and every index are exactly as before (nothing written). */
    private void assertUnchanged(List<Map<String, AttributeValue>> tableBefore) {
        assertThat(scanAll(db, TABLE)).isEqualTo(tableBefore);
        List<Map<String, AttributeValue>> inOrder = Reference.scanTableInOrder(db, TABLE);
        for (Reference.Index index : INDEXES) {
            Reference.assertIndexEquals(db, TABLE, KEYS, index, Reference.expected(inOrder, KEYS, index), null, "after a rejected write");
        }
    }

    /** A put and an update that set {@code attr} to {@code value}, on the existing item and on a new one, are rejected with {@code message}. */
    private void assertRejected(String attr, AttributeValue value, String message) {
        List<Map<String, AttributeValue>> before = scanAll(db, TABLE);
        Map<String, AttributeValue> replaced = new HashMap<>(ORIGINAL);
        replaced.put(attr, value);
        Map<String, AttributeValue> fresh = item("pk", s("p"), "sk", n(2), attr, value);
        for (Map<String, AttributeValue> it : List.of(replaced, fresh)) {
            assertThatThrownBy(() -> db.putItem(p -> p.tableName(TABLE).item(it)))
                .as("PutItem %s", it).isInstanceOf(ValidationException.class).hasMessage(message);
            assertUnchanged(before);
        }
        for (Map<String, AttributeValue> key : List.of(KEY, item("pk", s("p"), "sk", n(3)))) {
            assertThatThrownBy(() -> db.updateItem(u -> u.tableName(TABLE).key(key).updateExpression("SET #a = :v")
                .expressionAttributeNames(Map.of("#a", attr)).expressionAttributeValues(Map.of(":v", value))))
                .as("UpdateItem %s %s", key, attr).isInstanceOf(ValidationException.class).hasMessage(message);
            assertUnchanged(before);
        }
    }

    @Test
    @DisplayName("10 Wrong type for an LSI or GSI key attribute (hash or range; S, N, B): Put and Update rejected, nothing written")
    void typeMismatch() {
        assertRejected("gs", n(1), mismatch("gs", "S", "N", "gsiStrBin"));
        assertRejected("gb", s("b"), mismatch("gb", "B", "S", "gsiStrBin"));
        assertRejected("gn", s("1"), mismatch("gn", "N", "S", "gsiNum"));
        assertRejected("ln", s("1"), mismatch("ln", "N", "S", "lsiNum"));
        assertRejected("ls", n(1), mismatch("ls", "S", "N", "lsiStr"));
        assertRejected("ls", Fixtures.b(1), mismatch("ls", "S", "B", "lsiStr"));
        // the type of the resulting item counts: copying a number into an S index key
        List<Map<String, AttributeValue>> before = scanAll(db, TABLE);
        assertThatThrownBy(() -> db.updateItem(u -> u.tableName(TABLE).key(KEY).updateExpression("SET gs = gn")))
            .isInstanceOf(ValidationException.class).hasMessage(mismatch("gs", "S", "N", "gsiStrBin"));
        assertThatThrownBy(() -> db.updateItem(u -> u.tableName(TABLE).key(KEY).updateExpression("ADD ls :one")
            .expressionAttributeValues(Map.of(":one", n(1))))).isInstanceOf(ValidationException.class);
        assertUnchanged(before);
        // a valid update of an index key goes through
        db.updateItem(u -> u.tableName(TABLE).key(KEY).updateExpression("ADD gn :one").expressionAttributeValues(Map.of(":one", n(1))));
        assertThat(db.query(q -> q.tableName(TABLE).indexName("gsiNum").keyConditionExpression("gn = :v")
            .expressionAttributeValues(Map.of(":v", n(8)))).items()).hasSize(1);
    }

    @Test
    @DisplayName("10 Empty string or binary for an index key: rejected with the secondary-index message, nothing written")
    void emptyValues() {
        assertRejected("gs", s(""), empty("string", "gsiStrBin", "gs"));
        assertRejected("ls", s(""), empty("string", "lsiStr", "ls"));
        assertRejected("gb", AttributeValue.fromB(new byte[0]), empty("binary", "gsiStrBin", "gb"));
    }

    @Test
    @DisplayName("10 Index partition key over 2048 bytes or sort key over 1024 bytes: rejected; at the limits accepted")
    void oversizedKeys() {
        List<Map<String, AttributeValue>> before = scanAll(db, TABLE);
        for (Map<String, AttributeValue> it : List.of(
            item("pk", s("p"), "sk", n(5), "gs", s("h".repeat(2049)), "gb", Fixtures.b(1)),
            item("pk", s("p"), "sk", n(5), "gs", s("\u00e9".repeat(1025))),
            item("pk", s("p"), "sk", n(5), "gs", s("h"), "gb", AttributeValue.fromB(new byte[1025])),
            item("pk", s("p"), "sk", n(5), "ls", s("r".repeat(1025))))) {
            assertThatThrownBy(() -> db.putItem(p -> p.tableName(TABLE).item(it))).isInstanceOf(ValidationException.class);
            assertUnchanged(before);
        }
        assertThatThrownBy(() -> db.updateItem(u -> u.tableName(TABLE).key(KEY).updateExpression("SET ls = :v")
            .expressionAttributeValues(Map.of(":v", s("r".repeat(1025)))))).isInstanceOf(ValidationException.class);
        assertUnchanged(before);
        Map<String, AttributeValue> atLimits = item("pk", s("p"), "sk", n(6), "gs", s("h".repeat(2048)),
            "gb", AttributeValue.fromB(new byte[1024]), "ls", s("r".repeat(1024)));
        db.putItem(p -> p.tableName(TABLE).item(atLimits));
        assertThat(db.query(q -> q.tableName(TABLE).indexName("gsiStrBin").keyConditionExpression("gs = :h")
            .expressionAttributeValues(Map.of(":h", s("h".repeat(2048))))).items()).hasSize(1);
        assertThat(db.query(q -> q.tableName(TABLE).indexName("lsiStr").keyConditionExpression("pk = :p AND ls = :l")
            .expressionAttributeValues(Map.of(":p", s("p"), ":l", s("r".repeat(1024))))).items()).containsExactly(atLimits);
    }

    @Test
    @DisplayName("10 Attributes that are no index key (top-level or nested) may hold any type")
    void nonKeyAttributesAnyType() {
        Map<String, AttributeValue> it = item("pk", s("p"), "sk", n(9), "x", n(1), "gsx", AttributeValue.fromBool(true),
            "m", AttributeValue.fromM(Map.of("gs", n(1))));
        db.putItem(p -> p.tableName(TABLE).item(it));
        assertThat(db.getItem(g -> g.tableName(TABLE).key(item("pk", s("p"), "sk", n(9)))).item()).isEqualTo(it);
    }

    @Test
    @DisplayName("10 One bad put rejects the whole BatchWriteItem")
    void batchRejectedWhole() {
        List<Map<String, AttributeValue>> before = scanAll(db, TABLE);
        List<WriteRequest> writes = List.of(
            WriteRequest.builder().putRequest(PutRequest.builder().item(item("pk", s("b"), "sk", n(1), "gs", s("ok"))).build()).build(),
            WriteRequest.builder().putRequest(PutRequest.builder().item(item("pk", s("b"), "sk", n(2), "gn", s("bad"))).build()).build(),
            WriteRequest.builder().putRequest(PutRequest.builder().item(item("pk", s("b"), "sk", n(3), "ln", n(1))).build()).build());
        assertThatThrownBy(() -> db.batchWriteItem(b -> b.requestItems(Map.of(TABLE, writes))))
            .isInstanceOf(ValidationException.class).hasMessage(mismatch("gn", "N", "S", "gsiNum"));
        assertUnchanged(before);
        List<WriteRequest> emptyKey = List.of(
            WriteRequest.builder().putRequest(PutRequest.builder().item(item("pk", s("b"), "sk", n(1), "gs", s("ok"))).build()).build(),
            WriteRequest.builder().putRequest(PutRequest.builder().item(item("pk", s("b"), "sk", n(2), "ls", s(""))).build()).build());
        assertThatThrownBy(() -> db.batchWriteItem(b -> b.requestItems(Map.of(TABLE, emptyKey))))
            .isInstanceOf(ValidationException.class).hasMessage(empty("string", "lsiStr", "ls"));
        assertUnchanged(before);
        // a good put to another table in the same batch is not written either
        Fixtures.hashTable(db, "other", "id", ScalarAttributeType.S);
        assertThatThrownBy(() -> db.batchWriteItem(b -> b.requestItems(Map.of(
            "other", List.of(WriteRequest.builder().putRequest(PutRequest.builder().item(item("id", s("x"))).build()).build()),
            TABLE, List.of(WriteRequest.builder().putRequest(PutRequest.builder()
                .item(item("pk", s("b"), "sk", n(9), "gb", n(1))).build()).build())))))
            .isInstanceOf(ValidationException.class).hasMessage(mismatch("gb", "B", "N", "gsiStrBin"));
        assertThat(scanAll(db, "other")).isEmpty();
        assertUnchanged(before);
    }

    @Test
    @DisplayName("10 In TransactWriteItems a bad Put or Update cancels the transaction with a ValidationError reason, nothing written")
    void transactionCancelled() {
        List<Map<String, AttributeValue>> before = scanAll(db, TABLE);
        for (TransactWriteItem bad : List.of(
            TransactWriteItem.builder().put(Put.builder().tableName(TABLE).item(item("pk", s("t"), "sk", n(2), "gb", s("x"))).build()).build(),
            TransactWriteItem.builder().update(Update.builder().tableName(TABLE).key(KEY).updateExpression("SET ln = :v")
                .expressionAttributeValues(Map.of(":v", s("x"))).build()).build(),
            TransactWriteItem.builder().put(Put.builder().tableName(TABLE).item(item("pk", s("t"), "sk", n(2), "gs", s(""))).build()).build())) {
            TransactWriteItem good = TransactWriteItem.builder().put(Put.builder().tableName(TABLE)
                .item(item("pk", s("t"), "sk", n(1), "gs", s("fine"), "gn", n(1))).build()).build();
            Throwable thrown = catchThrowable(() -> db.transactWriteItems(t -> t.transactItems(good, bad)));
            assertThat(thrown).as("%s", bad).isInstanceOf(TransactionCanceledException.class);
            List<CancellationReason> reasons = ((TransactionCanceledException) thrown).cancellationReasons();
            assertThat(reasons).hasSize(2);
            assertThat(reasons.get(1).code()).isEqualTo("ValidationError");
            assertThat(reasons.get(0).code()).isNotEqualTo("ValidationError");
            assertUnchanged(before);
        }
    }

    @Test
    @DisplayName("12 A backfill leaves out items with a wrong-type, empty or oversized key; once ACTIVE such writes are rejected")
    void backfillSkipsViolations() throws Exception {
        db.putItem(p -> p.tableName(TABLE).item(item("pk", s("v"), "sk", n(1), "g", s("good"), "h", n(1))));
        db.putItem(p -> p.tableName(TABLE).item(item("pk", s("v"), "sk", n(2), "g", n(5), "h", n(1))));
        db.putItem(p -> p.tableName(TABLE).item(item("pk", s("v"), "sk", n(3), "g", s(""), "h", n(1))));
        db.putItem(p -> p.tableName(TABLE).item(item("pk", s("v"), "sk", n(4), "g", s("o".repeat(2049)), "h", n(1))));
        db.putItem(p -> p.tableName(TABLE).item(item("pk", s("v"), "sk", n(5), "g", s("good"), "h", s("wrong"))));
        db.putItem(p -> p.tableName(TABLE).item(item("pk", s("v"), "sk", n(6), "g", s("good"), "h", n(2))));
        db.putItem(p -> p.tableName(TABLE).item(item("pk", s("v"), "sk", n(7), "h", n(2))));
        Reference.Index byG = new Reference.Index("byG", false, "g", ScalarAttributeType.S, "h", ScalarAttributeType.N,
            ProjectionType.KEYS_ONLY, List.of());
        IndexBackfillTest.addIndex(db, TABLE, byG);
        IndexBackfillTest.awaitActive(db, TABLE, "byG");
        List<Map<String, AttributeValue>> table = Reference.scanTableInOrder(db, TABLE);
        Map<AttributeValue, List<Map<String, AttributeValue>>> expected = Reference.expected(table, KEYS, byG);
        assertThat(expected).containsOnlyKeys(s("good"));
        assertThat(expected.get(s("good"))).extracting(i -> i.get("sk")).containsExactly(n(1), n(6));
        Reference.assertIndexEquals(db, TABLE, KEYS, byG, expected, 1, "after the backfill");
        // the violating items stay in the table
        assertThat(table.stream().filter(i -> i.get("pk").equals(s("v")))).hasSize(7);
        // now the index rules apply to writes
        List<Map<String, AttributeValue>> before = scanAll(db, TABLE);
        assertThatThrownBy(() -> db.putItem(p -> p.tableName(TABLE).item(item("pk", s("v"), "sk", n(8), "g", n(1)))))
            .isInstanceOf(ValidationException.class).hasMessage(mismatch("g", "S", "N", "byG"));
        assertThatThrownBy(() -> db.putItem(p -> p.tableName(TABLE).item(item("pk", s("v"), "sk", n(8), "g", s("")))))
            .isInstanceOf(ValidationException.class).hasMessage(empty("string", "byG", "g"));
        assertThatThrownBy(() -> db.updateItem(u -> u.tableName(TABLE).key(item("pk", s("v"), "sk", n(7)))
            .updateExpression("SET h = :h").expressionAttributeValues(Map.of(":h", s("x")))))
            .isInstanceOf(ValidationException.class).hasMessage(mismatch("h", "N", "S", "byG"));
        assertThat(scanAll(db, TABLE)).isEqualTo(before);
        // a violating item can still be deleted, or repaired
        db.deleteItem(d -> d.tableName(TABLE).key(item("pk", s("v"), "sk", n(2))));
        db.updateItem(u -> u.tableName(TABLE).key(item("pk", s("v"), "sk", n(5))).updateExpression("SET h = :h")
            .expressionAttributeValues(Map.of(":h", n(0))));
        Reference.assertIndexEquals(db, TABLE, KEYS, byG, Reference.expected(Reference.scanTableInOrder(db, TABLE), KEYS, byG),
            2, "after repairing");
        assertThat(db.query(q -> q.tableName(TABLE).indexName("byG").keyConditionExpression("g = :g")
            .expressionAttributeValues(Map.of(":g", s("good")))).items()).extracting(i -> i.get("sk")).containsExactly(n(5), n(1), n(6));
    }
}
