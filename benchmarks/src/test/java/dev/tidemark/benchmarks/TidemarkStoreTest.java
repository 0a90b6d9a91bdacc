package dev.tidemark.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.tidemark.engine.ConditionalCheckFailedException;
import dev.tidemark.engine.Database;
import dev.tidemark.engine.QueryResult;
import dev.tidemark.engine.ScanResult;
import dev.tidemark.engine.TransactionCanceledException;
import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.engine.model.GlobalSecondaryIndexDescription;
import dev.tidemark.engine.model.TableDescription;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * Runs the suite's Tidemark side at a small size against a real temporary database, to check that
 * the harness drives every phase and that the workload it runs is the one it reports.
 */
class TidemarkStoreTest {

    @Test
    void suiteRunsAllPhasesOnTheRealEngine() {
        try (Database db = Database.openTemporary()) {
            EngineSuite suite = new EngineSuite(new EngineSuite.Settings(1000, 2, 70, 1),
                new PrintStream(OutputStream.nullOutputStream()), false);

            Map<String, PhaseResult> results = suite.run(new TidemarkStore(db, new Workload(200, true), false));

            List<String> expectedKeys = new ArrayList<>(EngineSuite.PHASES);
            expectedKeys.add(expectedKeys.indexOf("put_2gsi"), EngineSuite.PUT_REFERENCE);
            assertThat(results.keySet()).containsExactlyElementsOf(expectedKeys);
            long loaded = 1000 - EngineSuite.warmup(1000);
            assertThat(results.get("put").operations()).isEqualTo(loaded);
            assertThat(results.get("get").operations()).isEqualTo(1000);
            assertThat(results.get("query").operations()).isEqualTo(100);
            assertThat(results.get("update").operations()).isEqualTo(1000);
            assertThat(results.get("scan").operations()).isPositive();
            assertThat(results.get("batch_write").operations()).isEqualTo(40 - EngineSuite.warmup(40));
            assertThat(results.get("transact_write").operations()).isEqualTo(100);
            assertThat(results.get(EngineSuite.PUT_REFERENCE).operations()).isEqualTo(loaded);
            assertThat(results.get("put_2gsi").operations()).isEqualTo(loaded);
            assertThat(results.get("gsi_query").operations()).isEqualTo(100);
            assertThat(db.listTables(l -> { }).tableNames()).as("the reference table is deleted")
                .containsExactlyInAnyOrder(Workload.TABLE, Workload.INDEXED_TABLE);
            String table = Workload.TABLE;
            assertThat(db.describeTable(d -> d.tableName(table)).table().itemCount()).isEqualTo(2000);
            long increments = 0;
            Map<String, AttributeValue> start = null;
            do {
                Map<String, AttributeValue> from = start;
                ScanResult page = db.scan(s -> s.tableName(table).exclusiveStartKey(from));
                for (Map<String, AttributeValue> item : page.items()) {
                    increments += Long.parseLong(item.get("count").n());
                }
                start = page.lastEvaluatedKey();
            } while (start != null);
            assertThat(increments).as("sum of the counters: 1,000 measured updates and their warm-up, plus 100"
                + " measured transactions of 4 increments and their warm-up")
                .isEqualTo(1000 + EngineSuite.warmup(1000) + 4 * (100 + EngineSuite.warmup(100)));

            TableDescription indexed = db.describeTable(d -> d.tableName(Workload.INDEXED_TABLE)).table();
            assertThat(indexed.itemCount()).isEqualTo(1000);
            assertThat(indexed.globalSecondaryIndexes())
                .extracting(GlobalSecondaryIndexDescription::indexName, GlobalSecondaryIndexDescription::itemCount)
                .containsExactlyInAnyOrder(tuple(Workload.BY_CATEGORY, 1000L), tuple(Workload.BY_STATUS, 1000L));
        }
    }

    @Test
    void indexedTableServesWholeCategoriesInCreationOrder() {
        try (Database db = Database.openTemporary()) {
            TidemarkStore store = new TidemarkStore(db, new Workload(200, true), false);
            store.createTable(Workload.INDEXED_TABLE, true);
            long n = 3000;
            for (long i = 0; i < n; i++) {
                store.putInto(Workload.INDEXED_TABLE, i);
            }

            assertThat(store.queryCategory(5, EngineSuite.GSI_QUERY_LIMIT)).isEqualTo(20);
            assertThat(store.queryCategory(150, EngineSuite.GSI_QUERY_LIMIT))
                .as("the last run of categories has 10 partitions only").isEqualTo(10);
            assertThat(store.queryCategory(Workload.categories(n), EngineSuite.GSI_QUERY_LIMIT)).isZero();
            QueryResult page = db.query(q -> q.tableName(Workload.INDEXED_TABLE).indexName(Workload.BY_CATEGORY)
                .keyConditionExpression("category = :c")
                .expressionAttributeValues(Map.of(":c", AttributeValue.fromS(Workload.category(5))))
                .limit(EngineSuite.GSI_QUERY_LIMIT));
            assertThat(page.items()).extracting(item -> Long.parseLong(item.get(Workload.CREATED).n()))
                .containsExactly(LongStream.range(0, 20).map(p -> p * 100 + 5).boxed().toArray(Long[]::new));
            assertThat(page.items()).as("projection ALL: whole items").allSatisfy(item ->
                assertThat(item).isEqualTo(store.item(Long.parseLong(item.get(Workload.CREATED).n()))));

            QueryResult statuses = db.query(q -> q.tableName(Workload.INDEXED_TABLE).indexName(Workload.BY_STATUS)
                .keyConditionExpression("#s = :s")
                .expressionAttributeNames(Map.of("#s", Workload.STATUS))
                .expressionAttributeValues(Map.of(":s", AttributeValue.fromS(Workload.status(0))))
                .limit(5));
            assertThat(statuses.items()).hasSize(5).allSatisfy(item -> assertThat(item.keySet())
                .as("projection INCLUDE count").containsExactlyInAnyOrder(Workload.PK, Workload.SK,
                    Workload.STATUS, Workload.CREATED, Workload.COUNT));
        }
    }

    @Test
    void itemIsAboutTwoHundredBytes() {
        try (Database db = Database.openTemporary()) {
            Map<String, AttributeValue> item = new TidemarkStore(db, new Workload(200), false).item(12_345);
            assertThat(size(item)).isBetween(190, 210);
            assertThat(item.get("pk").s()).isEqualTo("user#123");
            assertThat(item.get("sk").s()).isEqualTo("item#045");
            assertThat(item).doesNotContainKeys(Workload.CATEGORY, Workload.STATUS, Workload.CREATED);

            Map<String, AttributeValue> indexed = new TidemarkStore(db, new Workload(200, true), false).item(12_345);
            assertThat(size(indexed)).isBetween(190, 210);
            assertThat(indexed.get(Workload.CATEGORY).s()).isEqualTo("cat#645");
            assertThat(indexed.get(Workload.CREATED).n()).isEqualTo("12345");
            assertThat(indexed.get(Workload.STATUS).s()).isNotEmpty();
        }
    }

    @Test
    void failedConditionStopsTheRun() {
        try (Database db = Database.openTemporary()) {
            TidemarkStore store = new TidemarkStore(db, new Workload(200), true);
            store.createTable();
            assertThatThrownBy(() -> store.increment(7)).isInstanceOf(IllegalStateException.class)
                .hasCauseInstanceOf(ConditionalCheckFailedException.class);
        }
    }

    @Test
    void cancelledTransactionStopsTheRun() {
        try (Database db = Database.openTemporary()) {
            TidemarkStore store = new TidemarkStore(db, new Workload(200), true);
            store.createTable();
            for (long i = 0; i < 3; i++) {
                store.put(i);
            }
            assertThatThrownBy(() -> store.transactIncrement(new long[] {0, 1, 2, 7}))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ConditionalCheckFailed")
                .hasCauseInstanceOf(TransactionCanceledException.class);
        }
    }

    private static int size(Map<String, AttributeValue> m) {
        int total = 0;
        for (Map.Entry<String, AttributeValue> e : m.entrySet()) {
            total += e.getKey().length();
            AttributeValue v = e.getValue();
            total += switch (v.type()) {
                case S -> v.s().length();
                case N -> v.n().length();
                case BOOL -> 1;
                case M -> 3 + size(v.m()) + v.m().size();
                default -> throw new AssertionError(v);
            };
        }
        return total;
    }
}
