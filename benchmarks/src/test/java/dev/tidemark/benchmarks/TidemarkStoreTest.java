package dev.tidemark.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tidemark.engine.ConditionalCheckFailedException;
import dev.tidemark.engine.Database;
import dev.tidemark.engine.ScanResult;
import dev.tidemark.engine.TransactionCanceledException;
import dev.tidemark.engine.model.AttributeValue;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Map;
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

            Map<String, PhaseResult> results = suite.run(new TidemarkStore(db, new Workload(200), false));

            assertThat(results.keySet()).containsExactlyElementsOf(EngineSuite.PHASES);
            assertThat(results.get("put").operations()).isEqualTo(900);
            assertThat(results.get("get").operations()).isEqualTo(1000);
            assertThat(results.get("query").operations()).isEqualTo(100);
            assertThat(results.get("update").operations()).isEqualTo(1000);
            assertThat(results.get("scan").operations()).isPositive();
            assertThat(results.get("batch_write").operations()).isEqualTo(36);
            assertThat(results.get("transact_write").operations()).isEqualTo(100);
            String table = db.listTables(l -> { }).tableNames().get(0);
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
            assertThat(increments).as("sum of the counters: 1,000 measured and 100 warm-up updates, plus 100"
                + " measured and 10 warm-up transactions of 4 increments").isEqualTo(1100 + 4 * 110);
        }
    }

    @Test
    void itemIsAboutTwoHundredBytes() {
        try (Database db = Database.openTemporary()) {
            Map<String, AttributeValue> item = new TidemarkStore(db, new Workload(200), false).item(12_345);
            assertThat(size(item)).isBetween(190, 210);
            assertThat(item.get("pk").s()).isEqualTo("user#123");
            assertThat(item.get("sk").s()).isEqualTo("item#045");
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
