package dev.tidemark.engine;

import static dev.tidemark.engine.Fixtures.def;
import static dev.tidemark.engine.Fixtures.hashKey;
import static dev.tidemark.engine.Fixtures.item;
import static dev.tidemark.engine.Fixtures.n;
import static dev.tidemark.engine.Fixtures.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.engine.model.BillingMode;
import dev.tidemark.engine.model.Delete;
import dev.tidemark.engine.model.DeleteRequest;
import dev.tidemark.engine.model.OperationType;
import dev.tidemark.engine.model.Put;
import dev.tidemark.engine.model.PutRequest;
import dev.tidemark.engine.model.Record;
import dev.tidemark.engine.model.ScalarAttributeType;
import dev.tidemark.engine.model.StreamSpecification;
import dev.tidemark.engine.model.StreamViewType;
import dev.tidemark.engine.model.TransactWriteItem;
import dev.tidemark.engine.model.Update;
import dev.tidemark.engine.model.WriteRequest;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Stream records against the table they describe (reference 7.2): over random sequences of puts,
 * updates, deletes, batches and transactions on four keys, run on four tables (one per view type),
 * each table's stream has exactly one record per write that changed an item — with the observed
 * before and after images, in order, with increasing sequence numbers — and replaying the
 * NEW_IMAGE records onto an empty map reproduces the table.
 */
class StreamModelTest {
    private static final int KEYS = 4;
    private Database db;
    private int round;

    @BeforeEach
    void open() {
        db = Database.openTemporary();
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** A change the table made: key, before, after. */
    record Change(String key, Map<String, AttributeValue> before, Map<String, AttributeValue> after) {
    }

    private static String key(int k) {
        return "k" + (k % KEYS);
    }

    /** Runs the operation a code stands for on a table; returns the keys it touched, in slot order. */
    private List<String> run(String table, int code) {
        int kind = code % 6;
        int k = (code / 6) % KEYS;
        int v = (code / (6 * KEYS)) % 3;
        String k1 = key(k);
        switch (kind) {
            case 0 -> db.putItem(p -> p.tableName(table).item(item("id", s(k1), "a", n(v))));
            case 1 -> db.updateItem(u -> u.tableName(table).key(item("id", s(k1))).updateExpression("SET a = :v")
                .expressionAttributeValues(Map.of(":v", n(v))));
            case 2 -> db.updateItem(u -> u.tableName(table).key(item("id", s(k1))).updateExpression("REMOVE a"));
            case 3 -> db.deleteItem(d -> d.tableName(table).key(item("id", s(k1))));
            case 4 -> {
                String k2 = key(k + 1);
                db.batchWriteItem(b -> b.requestItems(Map.of(table, List.of(
                    WriteRequest.builder().putRequest(PutRequest.builder().item(item("id", s(k1), "a", n(v))).build()).build(),
                    WriteRequest.builder().deleteRequest(DeleteRequest.builder().key(item("id", s(k2))).build()).build()))));
                return List.of(k1, k2);
            }
            default -> {
                String k2 = key(k + 2);
                String k3 = key(k + 3);
                db.transactWriteItems(t -> t.transactItems(
                    TransactWriteItem.builder().put(Put.builder().tableName(table).item(item("id", s(k1), "b", n(v))).build()).build(),
                    TransactWriteItem.builder().update(Update.builder().tableName(table).key(item("id", s(k2)))
                        .updateExpression("SET b = :v").expressionAttributeValues(Map.of(":v", n(v))).build()).build(),
                    TransactWriteItem.builder().delete(Delete.builder().tableName(table).key(item("id", s(k3))).build()).build()));
                return List.of(k1, k2, k3);
            }
        }
        return List.of(k1);
    }

    private Map<String, AttributeValue> get(String table, String key) {
        return db.getItem(g -> g.tableName(table).key(item("id", s(key))).consistentRead(true)).item();
    }

    @Test
    @DisplayName("7.2 Each stream has one record per effective change, with the right images, and replays to the table")
    void streamsMatchTheTable() {
        qt().withExamples(60).forAll(lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(1, 30))
            .checkAssert(codes -> {
                round++;
                Map<StreamViewType, String> tables = new HashMap<>();
                for (StreamViewType v : StreamViewType.values()) {
                    String name = "m" + round + "_" + v.name();
                    tables.put(v, name);
                    db.createTable(t -> t.tableName(name).billingMode(BillingMode.PAY_PER_REQUEST)
                        .keySchema(hashKey("id")).attributeDefinitions(def("id", ScalarAttributeType.S))
                        .streamSpecification(StreamSpecification.builder().streamEnabled(true).streamViewType(v).build()));
                }
                String reference = tables.get(StreamViewType.NEW_AND_OLD_IMAGES);
                Map<String, Map<String, AttributeValue>> observed = new HashMap<>();
                List<Change> expected = new ArrayList<>();
                for (int code : codes) {
                    List<String> touched = null;
                    for (String table : tables.values()) {
                        touched = run(table, code);
                    }
                    for (String key : touched) {
                        Map<String, AttributeValue> after = get(reference, key);
                        for (String table : tables.values()) {
                            assertThat(get(table, key)).as("all four tables behave alike").isEqualTo(after);
                        }
                        Map<String, AttributeValue> before = observed.get(key);
                        if (!Objects.equals(before, after)) {
                            expected.add(new Change(key, before, after));
                        }
                        if (after == null) {
                            observed.remove(key);
                        } else {
                            observed.put(key, after);
                        }
                    }
                }
                for (Map.Entry<StreamViewType, String> e : tables.entrySet()) {
                    StreamViewType v = e.getKey();
                    List<Record> records = StreamReader.readAll(db, StreamReader.arn(db, e.getValue()), 7);
                    assertThat(records).as("%s: one record per change of %s", v, codes).hasSize(expected.size());
                    BigInteger last = BigInteger.valueOf(-1);
                    Map<String, Map<String, AttributeValue>> replay = new HashMap<>();
                    for (int i = 0; i < records.size(); i++) {
                        Record r = records.get(i);
                        Change c = expected.get(i);
                        OperationType event = c.before() == null ? OperationType.INSERT : c.after() == null ? OperationType.REMOVE : OperationType.MODIFY;
                        assertThat(r.eventName()).as("%s record %d of %s", v, i, codes).isEqualTo(event);
                        assertThat(r.dynamodb().keys()).isEqualTo(Map.of("id", s(c.key())));
                        boolean withOld = v == StreamViewType.OLD_IMAGE || v == StreamViewType.NEW_AND_OLD_IMAGES;
                        boolean withNew = v == StreamViewType.NEW_IMAGE || v == StreamViewType.NEW_AND_OLD_IMAGES;
                        assertThat(r.dynamodb().oldImage()).isEqualTo(withOld ? c.before() : null);
                        assertThat(r.dynamodb().newImage()).isEqualTo(withNew ? c.after() : null);
                        BigInteger seq = new BigInteger(r.dynamodb().sequenceNumber());
                        assertThat(seq).isGreaterThan(last);
                        last = seq;
                        if (r.eventName() == OperationType.REMOVE) {
                            replay.remove(c.key());
                        } else if (withNew) {
                            replay.put(c.key(), r.dynamodb().newImage());
                        }
                    }
                    if (v == StreamViewType.NEW_IMAGE || v == StreamViewType.NEW_AND_OLD_IMAGES) {
                        Map<String, Map<String, AttributeValue>> table = new HashMap<>();
                        for (Map<String, AttributeValue> it : Fixtures.scanAll(db, e.getValue())) {
                            table.put(it.get("id").s(), it);
                        }
                        assertThat(replay).as("%s replayed onto an empty map", v).isEqualTo(table);
                    }
                }
                for (String table : tables.values()) {
                    db.deleteTable(d -> d.tableName(table));
                }
            });
    }
}
