package dev.tidemark.engine;

import static dev.tidemark.engine.Fixtures.def;
import static dev.tidemark.engine.Fixtures.item;
import static dev.tidemark.engine.Fixtures.n;
import static dev.tidemark.engine.Fixtures.rangeTable;
import static dev.tidemark.engine.Fixtures.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tidemark.engine.IndexModelTest.Reference;
import dev.tidemark.engine.model.AttributeDefinition;
import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.engine.model.CancellationReason;
import dev.tidemark.engine.model.BillingMode;
import dev.tidemark.engine.model.CreateGlobalSecondaryIndexAction;
import dev.tidemark.engine.model.DeleteRequest;
import dev.tidemark.engine.model.DeleteGlobalSecondaryIndexAction;
import dev.tidemark.engine.model.GlobalSecondaryIndex;
import dev.tidemark.engine.model.GlobalSecondaryIndexDescription;
import dev.tidemark.engine.model.GlobalSecondaryIndexUpdate;
import dev.tidemark.engine.model.IndexStatus;
import dev.tidemark.engine.model.ProjectionType;
import dev.tidemark.engine.model.Put;
import dev.tidemark.engine.model.PutRequest;
import dev.tidemark.engine.model.ScalarAttributeType;
import dev.tidemark.engine.model.TableDescription;
import dev.tidemark.engine.model.TransactWriteItem;
import dev.tidemark.engine.model.Update;
import dev.tidemark.engine.model.WriteRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Adding a GSI to a table that has items (INDEX-SPEC 11, 17; reference 2.6): the online backfill
 * under concurrent writes, the CREATING state, deleting a CREATING index, and a database closed
 * while an index is CREATING.
 */
class IndexBackfillTest {
    private static final Reference.TableKeys KEYS = new Reference.TableKeys("pk", "sk");
    /** The index added: g (N) + sk, projecting v. */
    private static final Reference.Index BY_G = new Reference.Index("byG", false, "g", ScalarAttributeType.N, "sk",
        ScalarAttributeType.N, ProjectionType.INCLUDE, List.of("v"));

    @TempDir
    Path dir;

    /** Runs {@code IndexBackfill.pauseForTesting()}: no backfill makes progress until the handle is closed. */
    static AutoCloseable pauseBackfill() throws Exception {
        return (AutoCloseable) Class.forName("dev.tidemark.engine.internal.IndexBackfill").getMethod("pauseForTesting").invoke(null);
    }

    /** UpdateTable with one Create action for {@code index} (on-demand table), returning the new description. */
    static TableDescription addIndex(Database db, String table, Reference.Index index) {
        List<AttributeDefinition> defs = new ArrayList<>();
        defs.add(def(index.hash(), index.hashType()));
        if (index.range() != null) {
            defs.add(def(index.range(), index.rangeType()));
        }
        return db.updateTable(u -> u.tableName(table).attributeDefinitions(defs).globalSecondaryIndexUpdates(
            GlobalSecondaryIndexUpdate.builder().create(CreateGlobalSecondaryIndexAction.builder().indexName(index.name())
                .keySchema(index.keySchema()).projection(index.projection()).build()).build())).tableDescription();
    }

    static GlobalSecondaryIndexDescription gsi(TableDescription t, String index) {
        assertThat(t.globalSecondaryIndexes()).as("GSIs of %s", t.tableName()).isNotNull();
        return t.globalSecondaryIndexes().stream().filter(g -> g.indexName().equals(index)).findFirst()
            .orElseThrow(() -> new AssertionError("no GSI " + index + " in " + t.globalSecondaryIndexes()));
    }

    /** Polls DescribeTable until the index is ACTIVE (generous bound, not a timing assertion). */
    static GlobalSecondaryIndexDescription awaitActive(Database db, String table, String index) throws InterruptedException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (true) {
            GlobalSecondaryIndexDescription g = gsi(db.describeTable(r -> r.tableName(table)).table(), index);
            if (g.indexStatus() == IndexStatus.ACTIVE) {
                return g;
            }
            assertThat(g.indexStatus()).isEqualTo(IndexStatus.CREATING);
            assertThat(System.nanoTime()).as("index %s still %s after two minutes", index, g.indexStatus()).isLessThan(deadline);
            Thread.sleep(5);
        }
    }

    private static void assertIndexMatchesTable(Database db, String table, Reference.Index index, Integer limit, String context) {
        List<Map<String, AttributeValue>> rows = Reference.scanTableInOrder(db, table);
        Reference.assertIndexEquals(db, table, KEYS, index, Reference.expected(rows, KEYS, index), limit, context);
    }

    /** Loads items pk = p(i % parts), sk = i: g a number on 2 of 4, a string (wrong type) on 1 of 8, absent otherwise. */
    private static void load(Database db, String table, int count, int parts) {
        List<WriteRequest> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            batch.add(WriteRequest.builder().putRequest(PutRequest.builder().item(itemFor(i, i, parts)).build()).build());
            if (batch.size() == 25 || i == count - 1) {
                List<WriteRequest> writes = batch;
                db.batchWriteItem(b -> b.requestItems(Map.of(table, writes)));
                batch = new ArrayList<>();
            }
        }
    }

    private static Map<String, AttributeValue> itemFor(int i, long version, int parts) {
        Map<String, AttributeValue> it = item("pk", s("p" + (i % parts)), "sk", n(i), "v", n(version));
        switch ((int) (version % 8)) {
            case 0, 1, 2, 3 -> it.put("g", n(version % 50));
            case 4 -> it.put("g", s("wrong" + version % 3));
            default -> { }
        }
        return it;
    }

    @Test
    @DisplayName("11 A GSI added to 200,000 items while 3 threads put, update, delete, batch and transact ends up ACTIVE and equal to the one recomputed from the table")
    void backfillUnderConcurrentWrites() throws Exception {
        int count = 200_000;
        int parts = 1_000;
        try (Database db = Database.openTemporary()) {
            rangeTable(db, "big", "pk", ScalarAttributeType.S, "sk", ScalarAttributeType.N);
            load(db, "big", count, parts);
            AtomicBoolean stop = new AtomicBoolean();
            AtomicLong writes = new AtomicLong();
            AtomicLong rejected = new AtomicLong();
            ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
            List<Thread> writers = new ArrayList<>();
            try (AutoCloseable paused = pauseBackfill()) {
                TableDescription created = addIndex(db, "big", BY_G);
                assertThat(gsi(created, "byG").indexStatus()).isEqualTo(IndexStatus.CREATING);
                assertThat(gsi(created, "byG").backfilling()).isTrue();
                for (int t = 0; t < 3; t++) {
                    Random rnd = new Random(t * 7919L);
                    Thread w = new Thread(() -> {
                        try {
                            while (!stop.get()) {
                                write(db, rnd, count, parts, writes, rejected);
                            }
                        } catch (Throwable e) {
                            failures.add(e);
                        }
                    });
                    w.start();
                    writers.add(w);
                }
                // writes land while the index is CREATING and the backfill has not started
                waitForWrites(writes, 3_000, failures);
                assertThat(gsi(db.describeTable(r -> r.tableName("big")).table(), "byG").indexStatus()).isEqualTo(IndexStatus.CREATING);
            }
            GlobalSecondaryIndexDescription active = awaitActive(db, "big", "byG");
            long whenActive = writes.get();
            // and some more once it is ACTIVE
            waitForWrites(writes, whenActive + 3_000, failures);
            stop.set(true);
            for (Thread w : writers) {
                w.join();
            }
            assertThat(failures).isEmpty();
            assertThat(active.backfilling()).isFalse();
            assertThat(rejected.get()).as("wrong-type writes rejected once the index is ACTIVE").isPositive();
            List<Map<String, AttributeValue>> rows = Reference.scanTableInOrder(db, "big");
            assertThat(rows.size()).isGreaterThan(count / 2);
            Map<AttributeValue, List<Map<String, AttributeValue>>> expected = Reference.expected(rows, KEYS, BY_G);
            assertThat(expected).hasSize(50);
            // the whole index by Scan; a few partitions by Query both ways (all 50 would only cost time)
            assertThat(Reference.scanIndex(db, "big", KEYS, BY_G, null, "after the backfill")).isEqualTo(expected);
            for (int g : new int[] {0, 17, 49}) {
                List<Map<String, AttributeValue>> want = expected.get(n(g));
                assertThat(Reference.queryIndex(db, "big", KEYS, BY_G, n(g), 500, true, "")).isEqualTo(want);
                List<Map<String, AttributeValue>> back = new ArrayList<>(want);
                Collections.reverse(back);
                assertThat(Reference.queryIndex(db, "big", KEYS, BY_G, n(g), null, false, "")).isEqualTo(back);
            }
            long entries = expected.values().stream().mapToLong(List::size).sum();
            assertThat(gsi(db.describeTable(r -> r.tableName("big")).table(), "byG").itemCount()).isEqualTo(entries);
        }
    }

    private static void waitForWrites(AtomicLong writes, long atLeast, ConcurrentLinkedQueue<Throwable> failures)
        throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (writes.get() < atLeast && failures.isEmpty()) {
            assertThat(System.nanoTime()).as("writers stuck at %d writes", writes.get()).isLessThan(deadline);
            Thread.sleep(1);
        }
    }

    /**
     * One random write: a put (valid, absent or wrong-type index key), an update of g or v, a delete,
     * a batch (put and delete) or a transaction (put and update of another key).
     */
    private static void write(Database db, Random rnd, int count, int parts, AtomicLong writes, AtomicLong rejected) {
        int i = rnd.nextInt(count);
        long version = 1_000_000L + rnd.nextInt(1_000_000);
        Map<String, AttributeValue> key = item("pk", s("p" + (i % parts)), "sk", n(i));
        int kind = rnd.nextInt(12);
        try {
            if (kind == 10) {
                int j = rnd.nextInt(count);
                if (j % parts == i % parts && j == i) {
                    j = (i + 1) % count;
                }
                int other = j;
                db.batchWriteItem(b -> b.requestItems(Map.of("big", List.of(
                    WriteRequest.builder().putRequest(PutRequest.builder().item(itemFor(i, version, parts)).build()).build(),
                    WriteRequest.builder().deleteRequest(DeleteRequest.builder()
                        .key(item("pk", s("p" + (other % parts)), "sk", n(other))).build()).build()))));
            } else if (kind == 11) {
                int other = (i + 1 + rnd.nextInt(count - 1)) % count;
                db.transactWriteItems(r -> r.transactItems(
                    TransactWriteItem.builder().put(Put.builder().tableName("big").item(itemFor(i, version, parts)).build()).build(),
                    TransactWriteItem.builder().update(Update.builder().tableName("big")
                        .key(item("pk", s("p" + (other % parts)), "sk", n(other)))
                        .updateExpression("SET g = :g").expressionAttributeValues(Map.of(":g", n(version % 50))).build()).build()));
            } else if (kind < 4) {
                db.putItem(p -> p.tableName("big").item(itemFor(i, version, parts)));
            } else if (kind < 6) {
                db.updateItem(u -> u.tableName("big").key(key).updateExpression("SET g = :g, v = :v")
                    .expressionAttributeValues(Map.of(":g", n(version % 50), ":v", n(version))));
            } else if (kind < 7) {
                db.updateItem(u -> u.tableName("big").key(key).updateExpression("REMOVE g SET v = :v")
                    .expressionAttributeValues(Map.of(":v", n(version))));
            } else if (kind < 8) {
                db.updateItem(u -> u.tableName("big").key(key).updateExpression("SET g = :g")
                    .expressionAttributeValues(Map.of(":g", s("wrong"))));
            } else {
                db.deleteItem(d -> d.tableName("big").key(key));
            }
        } catch (ValidationException e) {
            assertThat(e.getMessage()).contains("Type mismatch for Index Key g");
            rejected.incrementAndGet();
        } catch (TransactionCanceledException e) {
            // the put had a string g: a ValidationError cancels the transaction
            assertThat(e.cancellationReasons()).extracting(CancellationReason::code).containsExactly("ValidationError", "None");
            rejected.incrementAndGet();
        }
        writes.incrementAndGet();
    }

    @Test
    @DisplayName("11 While paused the new index is CREATING with Backfilling=true and cannot be read; then ACTIVE with Backfilling=false")
    void creatingStateIsVisible() throws Exception {
        try (Database db = Database.openTemporary()) {
            rangeTable(db, "tbl", "pk", ScalarAttributeType.S, "sk", ScalarAttributeType.N);
            load(db, "tbl", 500, 7);
            try (AutoCloseable paused = pauseBackfill()) {
                TableDescription created = addIndex(db, "tbl", BY_G);
                GlobalSecondaryIndexDescription g = gsi(created, "byG");
                assertThat(g.indexStatus()).isEqualTo(IndexStatus.CREATING);
                assertThat(g.backfilling()).isTrue();
                assertThat(g.keySchema()).isEqualTo(BY_G.keySchema());
                assertThat(g.projection()).isEqualTo(BY_G.projection());
                Thread.sleep(50);
                GlobalSecondaryIndexDescription described = gsi(db.describeTable(r -> r.tableName("tbl")).table(), "byG");
                assertThat(described.indexStatus()).isEqualTo(IndexStatus.CREATING);
                assertThat(described.backfilling()).isTrue();
                String message = "Cannot read from backfilling global secondary index: byG";
                assertThatThrownBy(() -> db.query(q -> q.tableName("tbl").indexName("byG").keyConditionExpression("g = :g")
                    .expressionAttributeValues(Map.of(":g", n(1))))).isInstanceOf(ValidationException.class).hasMessageContaining(message);
                assertThatThrownBy(() -> db.scan(q -> q.tableName("tbl").indexName("byG")))
                    .isInstanceOf(ValidationException.class).hasMessageContaining(message);
                // the table itself is fully usable meanwhile
                db.putItem(p -> p.tableName("tbl").item(item("pk", s("new"), "sk", n(1), "g", n(3), "v", n(1))));
                assertThat(db.getItem(r -> r.tableName("tbl").key(item("pk", s("new"), "sk", n(1)))).item()).isNotNull();
            }
            GlobalSecondaryIndexDescription active = awaitActive(db, "tbl", "byG");
            assertThat(active.backfilling()).isFalse();
            assertIndexMatchesTable(db, "tbl", BY_G, 7, "after the backfill");
            // an index created with its table has no Backfilling flag at all
            db.createTable(t -> t.tableName("withIndex").billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(Fixtures.hashKey("pk")).attributeDefinitions(def("pk", ScalarAttributeType.S), def("g", ScalarAttributeType.N))
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("gOne")
                    .keySchema(Fixtures.hashKey("g")).projection(BY_G.projection().toBuilder()
                        .projectionType(ProjectionType.KEYS_ONLY).nonKeyAttributes((List<String>) null).build()).build()));
            GlobalSecondaryIndexDescription born = gsi(db.describeTable(r -> r.tableName("withIndex")).table(), "gOne");
            assertThat(born.indexStatus()).isEqualTo(IndexStatus.ACTIVE);
            assertThat(born.backfilling()).isNull();
        }
    }

    @Test
    @DisplayName("11/13 A CREATING index can be deleted: its backfill stops, it disappears, and the name can be used again")
    void deleteCreatingIndex() throws Exception {
        try (Database db = Database.openTemporary()) {
            rangeTable(db, "tbl", "pk", ScalarAttributeType.S, "sk", ScalarAttributeType.N);
            load(db, "tbl", 2_000, 11);
            try (AutoCloseable paused = pauseBackfill()) {
                addIndex(db, "tbl", BY_G);
                TableDescription afterDelete = db.updateTable(u -> u.tableName("tbl").globalSecondaryIndexUpdates(
                    GlobalSecondaryIndexUpdate.builder().delete(DeleteGlobalSecondaryIndexAction.builder().indexName("byG").build())
                        .build())).tableDescription();
                if (afterDelete.globalSecondaryIndexes() != null) {
                    afterDelete.globalSecondaryIndexes().stream().filter(g -> g.indexName().equals("byG"))
                        .forEach(g -> assertThat(g.indexStatus()).isEqualTo(IndexStatus.DELETING));
                }
            }
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (true) {
                List<GlobalSecondaryIndexDescription> gsis = db.describeTable(r -> r.tableName("tbl")).table().globalSecondaryIndexes();
                if (gsis == null || gsis.stream().noneMatch(g -> g.indexName().equals("byG"))) {
                    break;
                }
                assertThat(System.nanoTime()).as("deleted index still listed: %s", gsis).isLessThan(deadline);
                Thread.sleep(5);
            }
            assertThatThrownBy(() -> db.scan(q -> q.tableName("tbl").indexName("byG")))
                .isInstanceOf(ValidationException.class).hasMessage("The table does not have the specified index: byG");
            // writes of any type to g are fine again: g is no index key any more
            db.putItem(p -> p.tableName("tbl").item(item("pk", s("x"), "sk", n(1), "g", s("text"))));
            db.deleteItem(d -> d.tableName("tbl").key(item("pk", s("x"), "sk", n(1))));
            addIndex(db, "tbl", BY_G);
            awaitActive(db, "tbl", "byG");
            assertIndexMatchesTable(db, "tbl", BY_G, 50, "after re-creating");
        }
    }

    @Test
    @DisplayName("17 GSIs added and deleted by UpdateTable, with writes before and after a checkpoint, come back the same after reopening")
    void indexChangesSurviveCheckpointAndReopen() throws Exception {
        Reference.Index byV = new Reference.Index("byV", false, "v", ScalarAttributeType.N, null, null, ProjectionType.ALL, List.of());
        try (Database db = Database.open(dir)) {
            rangeTable(db, "tbl", "pk", ScalarAttributeType.S, "sk", ScalarAttributeType.N);
            load(db, "tbl", 1_000, 9);
            addIndex(db, "tbl", BY_G);
            awaitActive(db, "tbl", "byG");
            addIndex(db, "tbl", byV);
            awaitActive(db, "tbl", "byV");
            db.checkpoint();
            for (int i = 0; i < 1_000; i += 7) {
                int id = i;
                db.updateItem(u -> u.tableName("tbl").key(item("pk", s("p" + (id % 9)), "sk", n(id)))
                    .updateExpression("SET g = :g, v = :v").expressionAttributeValues(Map.of(":g", n(id % 3), ":v", n(-id))));
            }
            db.updateTable(u -> u.tableName("tbl").globalSecondaryIndexUpdates(GlobalSecondaryIndexUpdate.builder()
                .delete(DeleteGlobalSecondaryIndexAction.builder().indexName("byV").build()).build()));
            for (int i = 3; i < 1_000; i += 11) {
                int id = i;
                db.deleteItem(d -> d.tableName("tbl").key(item("pk", s("p" + (id % 9)), "sk", n(id))));
            }
        }
        for (int round = 0; round < 2; round++) {
            try (Database db = Database.open(dir)) {
                List<GlobalSecondaryIndexDescription> gsis = db.describeTable(r -> r.tableName("tbl")).table().globalSecondaryIndexes();
                assertThat(gsis).extracting(GlobalSecondaryIndexDescription::indexName).containsExactly("byG");
                assertThat(gsis.get(0).indexStatus()).isEqualTo(IndexStatus.ACTIVE);
                assertIndexMatchesTable(db, "tbl", BY_G, 13, "after reopening, round " + round);
                assertThatThrownBy(() -> db.scan(q -> q.tableName("tbl").indexName("byV")))
                    .isInstanceOf(ValidationException.class).hasMessage("The table does not have the specified index: byV");
                if (round == 0) {
                    db.checkpoint();
                    db.putItem(p -> p.tableName("tbl").item(item("pk", s("z"), "sk", n(1), "g", n(2), "v", n(0))));
                }
            }
        }
    }

    @Test
    @DisplayName("17 Closing the database while a backfill is running (not paused) neither hangs nor fails; the reopened index is ACTIVE and complete")
    void closedDuringRunningBackfill() throws Exception {
        try (Database db = Database.open(dir)) {
            rangeTable(db, "tbl", "pk", ScalarAttributeType.S, "sk", ScalarAttributeType.N);
            load(db, "tbl", 50_000, 101);
            addIndex(db, "tbl", BY_G);
            db.putItem(p -> p.tableName("tbl").item(item("pk", s("late"), "sk", n(1), "g", n(7), "v", n(1))));
        }
        try (Database db = Database.open(dir)) {
            assertThat(gsi(db.describeTable(r -> r.tableName("tbl")).table(), "byG").indexStatus()).isEqualTo(IndexStatus.ACTIVE);
            assertIndexMatchesTable(db, "tbl", BY_G, null, "after reopening");
        }
    }

    @Test
    @DisplayName("17 A database closed while an index is CREATING reopens with the index complete and ACTIVE")
    void closedWhileCreating() throws Exception {
        try (AutoCloseable paused = pauseBackfill()) {
            try (Database db = Database.open(dir)) {
                rangeTable(db, "tbl", "pk", ScalarAttributeType.S, "sk", ScalarAttributeType.N);
                load(db, "tbl", 3_000, 13);
                addIndex(db, "tbl", BY_G);
                db.putItem(p -> p.tableName("tbl").item(item("pk", s("late"), "sk", n(1), "g", n(7), "v", n(1))));
                db.deleteItem(d -> d.tableName("tbl").key(item("pk", s("p0"), "sk", n(0))));
                assertThat(gsi(db.describeTable(r -> r.tableName("tbl")).table(), "byG").indexStatus()).isEqualTo(IndexStatus.CREATING);
            }
        }
        try (Database db = Database.open(dir)) {
            GlobalSecondaryIndexDescription g = gsi(db.describeTable(r -> r.tableName("tbl")).table(), "byG");
            assertThat(g.indexStatus()).isEqualTo(IndexStatus.ACTIVE);
            assertThat(g.backfilling()).isNotEqualTo(Boolean.TRUE);
            assertIndexMatchesTable(db, "tbl", BY_G, 100, "after reopening");
            assertThat(db.query(q -> q.tableName("tbl").indexName("byG").keyConditionExpression("g = :g")
                .expressionAttributeValues(Map.of(":g", n(7)))).items()).extracting(i -> i.get("pk")).contains(s("late"));
        }
        // and once more: the ACTIVE index survives a plain reopen
        try (Database db = Database.open(dir)) {
            assertThat(gsi(db.describeTable(r -> r.tableName("tbl")).table(), "byG").indexStatus()).isEqualTo(IndexStatus.ACTIVE);
            assertIndexMatchesTable(db, "tbl", BY_G, null, "after a second reopen");
        }
    }
}
