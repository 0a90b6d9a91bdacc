package dev.tidemark.engine;

import static dev.tidemark.engine.Fixtures.item;
import static dev.tidemark.engine.Fixtures.n;
import static dev.tidemark.engine.Fixtures.s;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.engine.model.ScalarAttributeType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Single-item writes are atomic and linearizable per item; conditional writes see the latest
 * committed image (ARCHITECTURE.md, "Concurrency").
 */
class ConcurrencyTest {
    private static final int THREADS = 4;

    @Test
    @DisplayName("concurrent increments of one item lose no update")
    void concurrentIncrementsLoseNothing() throws Exception {
        try (Database db = Database.openTemporary()) {
            Fixtures.hashTable(db, "counters", "id", ScalarAttributeType.S);
            int perThread = 500;
            runConcurrently(t -> {
                for (int i = 0; i < perThread; i++) {
                    db.updateItem(u -> u.tableName("counters").key(item("id", s("c")))
                        .updateExpression("ADD hits :one").expressionAttributeValues(Map.of(":one", n(1))));
                }
            });
            AttributeValue hits = db.getItem(g -> g.tableName("counters").key(item("id", s("c")))).item().get("hits");
            assertThat(hits.n()).isEqualTo(Integer.toString(THREADS * perThread));
        }
    }

    @Test
    @DisplayName("a create-if-absent put succeeds for exactly one of several racing writers")
    void createIfAbsentHasOneWinner() throws Exception {
        try (Database db = Database.openTemporary()) {
            Fixtures.hashTable(db, "locks", "id", ScalarAttributeType.S);
            for (int round = 0; round < 50; round++) {
                String key = "lock-" + round;
                AtomicInteger winners = new AtomicInteger();
                AtomicInteger losers = new AtomicInteger();
                runConcurrently(t -> {
                    try {
                        db.putItem(p -> p.tableName("locks").item(item("id", s(key), "owner", n(t)))
                            .conditionExpression("attribute_not_exists(id)"));
                        winners.incrementAndGet();
                    } catch (ConditionalCheckFailedException e) {
                        losers.incrementAndGet();
                    }
                });
                assertThat(winners.get()).as("round %d", round).isEqualTo(1);
                assertThat(losers.get()).isEqualTo(THREADS - 1);
            }
        }
    }

    @Test
    @DisplayName("optimistic locking with a version attribute: every successful write saw the latest version")
    void optimisticLockingSerialisesWriters() throws Exception {
        try (Database db = Database.openTemporary()) {
            Fixtures.hashTable(db, "docs", "id", ScalarAttributeType.S);
            db.putItem(p -> p.tableName("docs").item(item("id", s("d"), "version", n(0))));
            AtomicInteger successes = new AtomicInteger();
            runConcurrently(t -> {
                for (int i = 0; i < 300; i++) {
                    long seen = Long.parseLong(db.getItem(g -> g.tableName("docs").key(item("id", s("d"))).consistentRead(true))
                        .item().get("version").n());
                    try {
                        db.updateItem(u -> u.tableName("docs").key(item("id", s("d")))
                            .updateExpression("SET version = :next").conditionExpression("version = :seen")
                            .expressionAttributeValues(Map.of(":next", n(seen + 1), ":seen", n(seen))));
                        successes.incrementAndGet();
                    } catch (ConditionalCheckFailedException e) {
                        // another writer got there first; retry with a fresh read
                    }
                }
            });
            String version = db.getItem(g -> g.tableName("docs").key(item("id", s("d")))).item().get("version").n();
            assertThat(version).isEqualTo(Integer.toString(successes.get()));
        }
    }

    @Test
    @DisplayName("readers racing a writer see either the old or the new image, never a mix")
    void readersSeeWholeImages() throws Exception {
        try (Database db = Database.openTemporary()) {
            Fixtures.hashTable(db, "pairs", "id", ScalarAttributeType.S);
            db.putItem(p -> p.tableName("pairs").item(item("id", s("p"), "a", n(0), "b", n(0))));
            AtomicInteger torn = new AtomicInteger();
            runConcurrently(t -> {
                for (int i = 0; i < 2_000; i++) {
                    if (t == 0) {
                        long v = i;
                        db.putItem(p -> p.tableName("pairs").item(item("id", s("p"), "a", n(v), "b", n(v))));
                    } else {
                        Map<String, AttributeValue> it = db.getItem(g -> g.tableName("pairs").key(item("id", s("p")))).item();
                        if (!it.get("a").equals(it.get("b"))) {
                            torn.incrementAndGet();
                        }
                    }
                }
            });
            assertThat(torn.get()).isZero();
        }
    }

    /** Runs {@code body(thread)} on {@link #THREADS} threads released together; rethrows failures. */
    private static void runConcurrently(ThrowingIntConsumer body) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    start.await();
                    body.accept(thread);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : futures) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @FunctionalInterface
    private interface ThrowingIntConsumer {
        void accept(int value) throws Exception;
    }
}
