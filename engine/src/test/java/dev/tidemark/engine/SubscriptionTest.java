package dev.tidemark.engine;

import static dev.tidemark.engine.Fixtures.def;
import static dev.tidemark.engine.Fixtures.hashKey;
import static dev.tidemark.engine.Fixtures.item;
import static dev.tidemark.engine.Fixtures.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tidemark.engine.model.BillingMode;
import dev.tidemark.engine.model.Record;
import dev.tidemark.engine.model.ScalarAttributeType;
import dev.tidemark.engine.model.ShardIteratorType;
import dev.tidemark.engine.model.StreamSpecification;
import dev.tidemark.engine.model.StreamViewType;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The push API: durable named consumers that resume exactly after their last acknowledged record. */
class SubscriptionTest {
    @TempDir
    Path dir;

    private static void createTable(Database db) {
        db.createTable(t -> t.tableName("orders").billingMode(BillingMode.PAY_PER_REQUEST)
            .keySchema(hashKey("id")).attributeDefinitions(def("id", ScalarAttributeType.S))
            .streamSpecification(StreamSpecification.builder().streamEnabled(true).streamViewType(StreamViewType.NEW_IMAGE).build()));
    }

    private static void put(Database db, String id) {
        db.putItem(p -> p.tableName("orders").item(item("id", s(id))));
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(5);
        }
    }

    private static List<String> ids(List<Record> records) {
        synchronized (records) {
            return records.stream().map(r -> r.dynamodb().keys().get("id").s()).toList();
        }
    }

    private static List<String> range(String prefix, int from, int to) {
        List<String> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            out.add(prefix + i);
        }
        return out;
    }

    @Test
    @DisplayName("A consumer resumes after a restart of the database exactly after its last acknowledged record")
    void resumeAfterRestart() throws Exception {
        List<Record> got = Collections.synchronizedList(new ArrayList<>());
        try (Database db = Database.open(dir)) {
            createTable(db);
            for (int i = 0; i < 50; i++) {
                put(db, "a" + i);
            }
            try (Subscription sub = db.subscribe(s -> s.tableName("orders").consumerName("billing").batchSize(7)
                .pollInterval(Duration.ofMillis(20)).handler(got::addAll))) {
                await(() -> got.size() >= 50, "the first 50 records");
                await(() -> sub.lastAcknowledgedSequenceNumber() != null
                    && sub.lastAcknowledgedSequenceNumber().equals(got.get(49).dynamodb().sequenceNumber()), "the acknowledgement");
                for (int i = 0; i < 5; i++) {
                    put(db, "b" + i);
                }
                await(() -> got.size() >= 55, "records written while subscribed");
            }
            for (int i = 0; i < 10; i++) {
                put(db, "c" + i);
            }
        }
        List<String> expected = new ArrayList<>(range("a", 0, 50));
        expected.addAll(range("b", 0, 5));
        assertThat(ids(got)).containsExactlyElementsOf(expected);

        List<Record> after = Collections.synchronizedList(new ArrayList<>());
        try (Database db = Database.open(dir)) {
            try (Subscription sub = db.subscribe(s -> s.tableName("orders").consumerName("billing").batchSize(3)
                .pollInterval(Duration.ofMillis(20)).handler(after::addAll))) {
                put(db, "sentinel");
                await(() -> ids(after).contains("sentinel"), "the sentinel");
                assertThatThrownBy(() -> db.subscribe(s -> s.tableName("orders").consumerName("billing").handler(r -> { })))
                    .isInstanceOf(ResourceInUseException.class);
            }
        }
        List<String> rest = new ArrayList<>(range("c", 0, 10));
        rest.add("sentinel");
        assertThat(ids(after)).as("no record lost, none delivered twice").containsExactlyElementsOf(rest);
    }

    @Test
    @DisplayName("A throwing handler gets the same batch again; a consumer stopped mid-way resumes after the last batch it acknowledged")
    void redeliveryAndPartialProgress() throws Exception {
        try (Database db = Database.open(dir)) {
            createTable(db);
            for (int i = 0; i < 20; i++) {
                put(db, "k" + i);
            }
            List<List<String>> batches = Collections.synchronizedList(new ArrayList<>());
            AtomicInteger calls = new AtomicInteger();
            try (Subscription sub = db.subscribe(s -> s.tableName("orders").consumerName("flaky").batchSize(5)
                .retryBackoff(Duration.ofMillis(5)).pollInterval(Duration.ofMillis(20)).handler(records -> {
                    batches.add(records.stream().map(r -> r.dynamodb().keys().get("id").s()).toList());
                    int n = calls.incrementAndGet();
                    if (n == 2 || n >= 5) {
                        throw new IllegalStateException("handler failure " + n);
                    }
                }))) {
                await(() -> calls.get() >= 7, "repeated failures");
            }
            List<List<String>> seen;
            synchronized (batches) {
                seen = new ArrayList<>(batches);
            }
            assertThat(seen.get(0)).containsExactlyElementsOf(range("k", 0, 5));
            assertThat(seen.get(1)).as("the failed batch").containsExactlyElementsOf(range("k", 5, 10));
            assertThat(seen.get(2)).as("delivered again").containsExactlyElementsOf(range("k", 5, 10));
            assertThat(seen.get(3)).containsExactlyElementsOf(range("k", 10, 15));
            assertThat(seen.subList(4, seen.size())).as("failing forever on the same batch").allSatisfy(b ->
                assertThat(b).containsExactlyElementsOf(range("k", 15, 20)));

            List<Record> resumed = Collections.synchronizedList(new ArrayList<>());
            try (Subscription sub = db.subscribe(s -> s.tableName("orders").consumerName("flaky").pollInterval(Duration.ofMillis(20))
                .handler(resumed::addAll))) {
                await(() -> resumed.size() >= 5, "the unacknowledged batch");
            }
            assertThat(ids(resumed)).containsExactlyElementsOf(range("k", 15, 20));

            List<Record> late = Collections.synchronizedList(new ArrayList<>());
            try (Subscription sub = db.subscribe(s -> s.tableName("orders").consumerName("late").initialPosition(ShardIteratorType.LATEST)
                .pollInterval(Duration.ofMillis(20)).handler(late::addAll))) {
                put(db, "new");
                await(() -> !late.isEmpty(), "a record after subscribing");
            }
            assertThat(ids(late)).containsExactly("new");
        }
    }

    @Test
    @DisplayName("Subscribing needs a table with a stream, a valid consumer name and a handler")
    void badSubscriptions() {
        try (Database db = Database.open(dir)) {
            Fixtures.hashTable(db, "plain", "id", ScalarAttributeType.S);
            createTable(db);
            assertThatThrownBy(() -> db.subscribe(s -> s.tableName("plain").consumerName("c").handler(r -> { })))
                .isInstanceOf(ValidationException.class);
            assertThatThrownBy(() -> db.subscribe(s -> s.tableName("missing").consumerName("c").handler(r -> { })))
                .isInstanceOf(ResourceNotFoundException.class);
            assertThatThrownBy(() -> db.subscribe(s -> s.tableName("orders").consumerName("../x").handler(r -> { })))
                .isInstanceOf(ValidationException.class);
            assertThatThrownBy(() -> db.subscribe(s -> s.tableName("orders").handler(r -> { })))
                .isInstanceOf(ValidationException.class);
            assertThatThrownBy(() -> db.subscribe(s -> s.tableName("orders").consumerName("c").batchSize(1001).handler(r -> { })))
                .isInstanceOf(ValidationException.class);
            assertThatThrownBy(() -> db.subscribe(s -> s.tableName("orders").consumerName("c")
                .initialPosition(ShardIteratorType.AT_SEQUENCE_NUMBER).handler(r -> { })))
                .isInstanceOf(ValidationException.class);
        }
    }
}
