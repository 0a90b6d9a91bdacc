package dev.tidemark.engine;

import static dev.tidemark.engine.Fixtures.hashTable;
import static dev.tidemark.engine.Fixtures.item;
import static dev.tidemark.engine.Fixtures.n;
import static dev.tidemark.engine.Fixtures.rangeTable;
import static dev.tidemark.engine.Fixtures.s;
import static dev.tidemark.engine.Fixtures.scanAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.engine.model.DeleteRequest;
import dev.tidemark.engine.model.KeysAndAttributes;
import dev.tidemark.engine.model.PutRequest;
import dev.tidemark.engine.model.ScalarAttributeType;
import dev.tidemark.engine.model.WriteRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** BatchGetItem and BatchWriteItem (reference 3.8, 3.9, 1.2 quirks). */
class BatchTest {
    private Database db;

    @BeforeEach
    void open() {
        db = Database.openTemporary();
        hashTable(db, "alpha", "id", ScalarAttributeType.N);
        rangeTable(db, "beta", "pk", ScalarAttributeType.S, "sk", ScalarAttributeType.S);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static WriteRequest put(Map<String, AttributeValue> it) {
        return WriteRequest.builder().putRequest(PutRequest.builder().item(it).build()).build();
    }

    private static WriteRequest del(Map<String, AttributeValue> key) {
        return WriteRequest.builder().deleteRequest(DeleteRequest.builder().key(key).build()).build();
    }

    private static KeysAndAttributes keys(List<Map<String, AttributeValue>> keys) {
        return KeysAndAttributes.builder().keys(keys).build();
    }

    private static List<Map<String, AttributeValue>> alphaKeys(int from, int count) {
        List<Map<String, AttributeValue>> out = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            out.add(item("id", n(i)));
        }
        return out;
    }

    private void fillAlpha(int count) {
        for (int i = 0; i < count; i++) {
            int id = i;
            db.putItem(p -> p.tableName("alpha").item(item("id", n(id), "v", s("v" + id))));
        }
    }

    private void assertWriteRejected(Map<String, List<WriteRequest>> req, Class<? extends TidemarkException> type, String message) {
        List<Map<String, AttributeValue>> alpha = scanAll(db, "alpha");
        List<Map<String, AttributeValue>> beta = scanAll(db, "beta");
        assertThatThrownBy(() -> db.batchWriteItem(b -> b.requestItems(req))).isInstanceOf(type).hasMessageContaining(message);
        assertThat(scanAll(db, "alpha")).isEqualTo(alpha);
        assertThat(scanAll(db, "beta")).isEqualTo(beta);
    }

    @Test
    @DisplayName("3.8 BatchGetItem: up to 100 keys across tables; more gives Too many items requested")
    void batchGetLimit() {
        fillAlpha(100);
        BatchGetItemResult ok = db.batchGetItem(b -> b.requestItems(Map.of("alpha", keys(alphaKeys(0, 100)))));
        assertThat(ok.responses().get("alpha")).hasSize(100);
        assertThat(ok.unprocessedKeys()).isEmpty();
        List<Map<String, AttributeValue>> betaKeys = new ArrayList<>();
        for (int i = 0; i < 41; i++) {
            betaKeys.add(item("pk", s("p"), "sk", s("s" + i)));
        }
        assertThatThrownBy(() -> db.batchGetItem(b -> b.requestItems(Map.of("alpha", keys(alphaKeys(0, 60)), "beta", keys(betaKeys)))))
            .isInstanceOf(ValidationException.class).hasMessageContaining("Too many items requested for the BatchGetItem call");
        assertThatThrownBy(() -> db.batchGetItem(b -> b.requestItems(Map.of("alpha", keys(alphaKeys(0, 101))))))
            .isInstanceOf(ValidationException.class);
    }

    @Test
    @DisplayName("3.8 BatchGetItem: empty RequestItems or an empty key list is rejected")
    void batchGetEmpty() {
        assertThatThrownBy(() -> db.batchGetItem(b -> b.requestItems(Map.of()))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> db.batchGetItem(b -> b.requestItems(Map.of("alpha", keys(List.of())))))
            .isInstanceOf(ValidationException.class);
    }

    @Test
    @DisplayName("3.8 BatchGetItem: duplicate keys are rejected (Provided list of item keys contains duplicates)")
    void batchGetDuplicates() {
        fillAlpha(3);
        assertThatThrownBy(() -> db.batchGetItem(b -> b.requestItems(Map.of("alpha",
            keys(List.of(item("id", n(1)), item("id", n(2)), item("id", n(1))))))))
            .isInstanceOf(ValidationException.class).hasMessage("Provided list of item keys contains duplicates");
    }

    @Test
    @DisplayName("1.2 Quirk: BatchGetItem does not reject 1e3 and 1000 as duplicates and returns the item once")
    void batchGetNumberForms() {
        db.putItem(p -> p.tableName("alpha").item(item("id", n(1000), "v", s("x"))));
        BatchGetItemResult r = db.batchGetItem(b -> b.requestItems(Map.of("alpha",
            keys(List.of(item("id", n("1e3")), item("id", n("1000")))))));
        assertThat(r.responses().get("alpha")).containsExactly(item("id", n(1000), "v", s("x")));
    }

    @Test
    @DisplayName("3.8 BatchGetItem: missing items are silently absent; a table whose keys all miss appears with []")
    void batchGetMissing() {
        fillAlpha(5);
        Map<String, KeysAndAttributes> req = new LinkedHashMap<>();
        req.put("alpha", keys(List.of(item("id", n(1)), item("id", n(99)), item("id", n(4)))));
        req.put("beta", keys(List.of(item("pk", s("nope"), "sk", s("x")))));
        BatchGetItemResult r = db.batchGetItem(b -> b.requestItems(req));
        assertThat(r.responses().get("alpha")).containsExactlyInAnyOrder(item("id", n(1), "v", s("v1")), item("id", n(4), "v", s("v4")));
        assertThat(r.responses()).containsKey("beta");
        assertThat(r.responses().get("beta")).isEmpty();
        assertThat(r.unprocessedKeys()).isEmpty();
    }

    @Test
    @DisplayName("3.8 BatchGetItem: per-table ProjectionExpression with names applies")
    void batchGetProjection() {
        fillAlpha(2);
        BatchGetItemResult r = db.batchGetItem(b -> b.requestItems(Map.of("alpha", KeysAndAttributes.builder()
            .keys(List.of(item("id", n(0)), item("id", n(1)))).projectionExpression("#v")
            .expressionAttributeNames(Map.of("#v", "v")).build())));
        assertThat(r.responses().get("alpha")).containsExactlyInAnyOrder(item("v", s("v0")), item("v", s("v1")));
    }

    @Test
    @DisplayName("3.8/5 BatchGetItem: a table that does not exist is ResourceNotFoundException")
    void batchGetMissingTable() {
        assertThatThrownBy(() -> db.batchGetItem(b -> b.requestItems(Map.of("alpha", keys(alphaKeys(0, 1)),
            "gamma", keys(List.of(item("id", n(1))))))))
            .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    @DisplayName("3.8 BatchGetItem: keys must match the schema")
    void batchGetBadKey() {
        assertThatThrownBy(() -> db.batchGetItem(b -> b.requestItems(Map.of("alpha", keys(List.of(item("id", s("1"))))))))
            .isInstanceOf(ValidationException.class).hasMessage("The provided key element does not match the schema");
    }

    @Test
    @DisplayName("3.9 BatchWriteItem: 25 requests accepted (puts and deletes mixed), 26 rejected with nothing written")
    void batchWriteLimit() {
        fillAlpha(5);
        List<WriteRequest> ok = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ok.add(del(item("id", n(i))));
        }
        for (int i = 100; i < 120; i++) {
            ok.add(put(item("id", n(i))));
        }
        assertThat(ok).hasSize(25);
        BatchWriteItemResult r = db.batchWriteItem(b -> b.requestItems(Map.of("alpha", ok)));
        assertThat(r.unprocessedItems()).isEmpty();
        assertThat(scanAll(db, "alpha")).hasSize(20).allMatch(i -> Integer.parseInt(i.get("id").n()) >= 100);
        List<WriteRequest> tooMany = new ArrayList<>();
        for (int i = 200; i < 213; i++) {
            tooMany.add(put(item("id", n(i))));
        }
        List<WriteRequest> beta = new ArrayList<>();
        for (int i = 0; i < 13; i++) {
            beta.add(put(item("pk", s("p"), "sk", s("s" + i))));
        }
        assertWriteRejected(Map.of("alpha", tooMany, "beta", beta), ValidationException.class, "25");
    }

    @Test
    @DisplayName("3.9 BatchWriteItem: two operations on one key reject the whole batch and write nothing")
    void batchWriteDuplicates() {
        fillAlpha(2);
        assertWriteRejected(Map.of("alpha", List.of(put(item("id", n(50))), put(item("id", n(1), "v", s("new"))), del(item("id", n(1))))),
            ValidationException.class, "Provided list of item keys contains duplicates");
        assertWriteRejected(Map.of("alpha", List.of(put(item("id", n(51))), put(item("id", n(51))))),
            ValidationException.class, "Provided list of item keys contains duplicates");
    }

    @Test
    @DisplayName("1.2 Quirk: BatchWriteItem treats 1e3 and 1000 keys as duplicates")
    void batchWriteNumberForms() {
        assertWriteRejected(Map.of("alpha", List.of(put(item("id", n("1e3"))), put(item("id", n("1000"))))),
            ValidationException.class, "Provided list of item keys contains duplicates");
    }

    @Test
    @DisplayName("3.9 BatchWriteItem: the same key in two different tables is not a duplicate")
    void sameKeyTwoTables() {
        hashTable(db, "gamma", "id", ScalarAttributeType.N);
        db.batchWriteItem(b -> b.requestItems(Map.of("alpha", List.of(put(item("id", n(7)))),
            "gamma", List.of(put(item("id", n(7)))))));
        assertThat(scanAll(db, "alpha")).containsExactly(item("id", n(7)));
        assertThat(scanAll(db, "gamma")).containsExactly(item("id", n(7)));
    }

    @Test
    @DisplayName("3.9 BatchWriteItem: one invalid request (bad key, oversize item, empty set, bad number) rejects all")
    void batchWriteOneInvalid() {
        fillAlpha(1);
        List<WriteRequest> good = List.of(put(item("id", n(10))), del(item("id", n(0))));
        List<WriteRequest> invalid = List.of(
            put(item("id", s("wrong type"))),
            put(item("other", n(1))),
            put(item("id", n(11), "d", s("x".repeat(409_600)))),
            put(item("id", n(12), "ss", AttributeValue.fromSs(List.of()))),
            put(item("id", n(13), "n", n("1" + "0".repeat(38) + "1"))),
            del(item("id", n(14), "extra", n(1))));
        for (WriteRequest bad : invalid) {
            List<WriteRequest> batch = new ArrayList<>(good);
            batch.add(bad);
            assertWriteRejected(Map.of("alpha", batch), ValidationException.class, "");
        }
        List<WriteRequest> betaBad = List.of(put(item("pk", s("p"), "sk", s(""))));
        assertWriteRejected(Map.of("alpha", good, "beta", betaBad), ValidationException.class,
            "The AttributeValue for a key attribute cannot contain an empty string value. Key: sk");
    }

    @Test
    @DisplayName("3.9 BatchWriteItem: a table that does not exist rejects the batch; nothing is written")
    void batchWriteMissingTable() {
        assertWriteRejected(Map.of("alpha", List.of(put(item("id", n(1)))), "gamma", List.of(put(item("id", n(1))))),
            ResourceNotFoundException.class, "");
    }

    @Test
    @DisplayName("3.9 BatchWriteItem: deleting missing items succeeds; puts replace whole items")
    void batchWriteSemantics() {
        db.putItem(p -> p.tableName("alpha").item(item("id", n(1), "old", s("x"))));
        db.batchWriteItem(b -> b.requestItems(Map.of("alpha", List.of(put(item("id", n(1), "new", s("y"))), del(item("id", n(99)))))));
        assertThat(scanAll(db, "alpha")).containsExactly(item("id", n(1), "new", s("y")));
    }

    @Test
    @DisplayName("3.9 BatchWriteItem: empty RequestItems or an empty list is rejected")
    void batchWriteEmpty() {
        assertThatThrownBy(() -> db.batchWriteItem(b -> b.requestItems(Map.of()))).isInstanceOf(ValidationException.class);
        assertWriteRejected(Map.of("alpha", List.of()), ValidationException.class, "");
    }
}
