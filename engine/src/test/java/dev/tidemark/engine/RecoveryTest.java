package dev.tidemark.engine;

import static dev.tidemark.engine.Fixtures.hashTable;
import static dev.tidemark.engine.Fixtures.item;
import static dev.tidemark.engine.Fixtures.n;
import static dev.tidemark.engine.Fixtures.rangeTable;
import static dev.tidemark.engine.Fixtures.s;
import static dev.tidemark.engine.Fixtures.scanAll;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.engine.model.BillingMode;
import dev.tidemark.engine.model.ProvisionedThroughput;
import dev.tidemark.engine.model.ScalarAttributeType;
import dev.tidemark.engine.model.TableDescription;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A durable database keeps tables and items across close and reopen, with and without checkpoints. */
class RecoveryTest {
    @TempDir
    Path dir;

    private static void writeSome(Database db, String table, int from, int to) {
        for (int i = from; i < to; i++) {
            int id = i;
            db.putItem(p -> p.tableName(table).item(item("pk", s("p" + (id % 4)), "sk", n(id), "v", s("v" + id),
                "m", AttributeValue.fromM(Map.of("n", n(id), "l", AttributeValue.fromL(s("x"), n("1e2")))))));
        }
        for (int i = from; i < to; i += 3) {
            int id = i;
            db.updateItem(u -> u.tableName(table).key(item("pk", s("p" + (id % 4)), "sk", n(id)))
                .updateExpression("SET v = :v ADD c :one REMOVE m.l[0]")
                .expressionAttributeValues(Map.of(":v", s("updated" + id), ":one", n(1))));
        }
        for (int i = from; i < to; i += 5) {
            int id = i;
            db.deleteItem(d -> d.tableName(table).key(item("pk", s("p" + (id % 4)), "sk", n(id))));
        }
    }

    @Test
    @DisplayName("Recovery: writes, updates and deletes survive close and reopen; table metadata too")
    void closeAndReopen() {
        List<Map<String, AttributeValue>> before;
        TableDescription described;
        try (Database db = Database.open(dir)) {
            rangeTable(db, "data", "pk", ScalarAttributeType.S, "sk", ScalarAttributeType.N);
            db.createTable(t -> t.tableName("prov").keySchema(Fixtures.hashKey("id"))
                .attributeDefinitions(Fixtures.def("id", ScalarAttributeType.B))
                .provisionedThroughput(ProvisionedThroughput.builder().readCapacityUnits(3L).writeCapacityUnits(4L).build()));
            writeSome(db, "data", 0, 200);
            db.putItem(p -> p.tableName("prov").item(item("id", Fixtures.b(0x80, 0x00), "x", n(1))));
            before = scanAll(db, "data");
            described = db.describeTable(r -> r.tableName("prov")).table();
        }
        assertThat(before).isNotEmpty();
        try (Database db = Database.open(dir)) {
            assertThat(db.listTables(l -> { }).tableNames()).containsExactly("data", "prov");
            assertThat(scanAll(db, "data")).isEqualTo(before);
            assertThat(scanAll(db, "prov")).containsExactly(item("id", Fixtures.b(0x80, 0x00), "x", n(1)));
            TableDescription again = db.describeTable(r -> r.tableName("prov")).table();
            assertThat(again.tableId()).isEqualTo(described.tableId());
            assertThat(again.creationDateTime()).isEqualTo(described.creationDateTime());
            assertThat(again.billingModeSummary().billingMode()).isEqualTo(BillingMode.PROVISIONED);
            assertThat(again.provisionedThroughput().readCapacityUnits()).isEqualTo(3L);
            assertThat(again.provisionedThroughput().writeCapacityUnits()).isEqualTo(4L);
            // queries still see the recovered items in key order
            QueryResult q = db.query(r -> r.tableName("data").keyConditionExpression("pk = :p")
                .expressionAttributeValues(Map.of(":p", s("p1"))));
            assertThat(q.items()).extracting(i -> i.get("sk").nAsBigDecimal()).isSorted();
        }
    }

    @Test
    @DisplayName("Recovery: checkpoint in the middle, then more writes, then reopen gives identical scans")
    void checkpointPlusReplay() {
        List<Map<String, AttributeValue>> before;
        try (Database db = Database.open(dir)) {
            rangeTable(db, "data", "pk", ScalarAttributeType.S, "sk", ScalarAttributeType.N);
            writeSome(db, "data", 0, 100);
            db.checkpoint();
            writeSome(db, "data", 100, 200);
            // overwrite and delete items that the checkpoint already holds
            db.putItem(p -> p.tableName("data").item(item("pk", s("p1"), "sk", n(1), "v", s("after checkpoint"))));
            db.deleteItem(d -> d.tableName("data").key(item("pk", s("p2"), "sk", n(2))));
            hashTable(db, "late", "id", ScalarAttributeType.S);
            db.putItem(p -> p.tableName("late").item(item("id", s("x"))));
            before = scanAll(db, "data");
        }
        try (Database db = Database.open(dir)) {
            assertThat(scanAll(db, "data")).isEqualTo(before);
            assertThat(db.getItem(g -> g.tableName("data").key(item("pk", s("p1"), "sk", n(1)))).item())
                .containsEntry("v", s("after checkpoint"));
            assertThat(db.getItem(g -> g.tableName("data").key(item("pk", s("p2"), "sk", n(2)))).item()).isNull();
            assertThat(scanAll(db, "late")).containsExactly(item("id", s("x")));
            // a second cycle on top of the recovered state
            db.putItem(p -> p.tableName("late").item(item("id", s("y"))));
        }
        try (Database db = Database.open(dir)) {
            assertThat(scanAll(db, "data")).isEqualTo(before);
            assertThat(scanAll(db, "late")).hasSize(2);
        }
    }

    @Test
    @DisplayName("Recovery: a deleted and recreated table comes back with only the new table's items and schema")
    void deleteAndRecreate() {
        try (Database db = Database.open(dir)) {
            rangeTable(db, "cycle", "pk", ScalarAttributeType.S, "sk", ScalarAttributeType.N);
            writeSome(db, "cycle", 0, 50);
            db.checkpoint();
            writeSome(db, "cycle", 50, 60);
            db.deleteTable(d -> d.tableName("cycle"));
            hashTable(db, "cycle", "id", ScalarAttributeType.N);
            db.putItem(p -> p.tableName("cycle").item(item("id", n(1), "fresh", s("yes"))));
        }
        try (Database db = Database.open(dir)) {
            assertThat(scanAll(db, "cycle")).containsExactly(item("id", n(1), "fresh", s("yes")));
            assertThat(db.describeTable(r -> r.tableName("cycle")).table().keySchema())
                .extracting(k -> k.attributeName()).containsExactly("id");
            db.checkpoint();
            db.deleteTable(d -> d.tableName("cycle"));
        }
        try (Database db = Database.open(dir)) {
            assertThat(db.listTables(l -> { }).tableNames()).isEmpty();
        }
    }
}
