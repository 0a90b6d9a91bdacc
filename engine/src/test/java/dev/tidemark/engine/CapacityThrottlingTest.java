package dev.tidemark.engine;

import static dev.tidemark.engine.CapacityAccountingTest.putOf;
import static dev.tidemark.engine.CapacityAccountingTest.sized;
import static dev.tidemark.engine.Fixtures.def;
import static dev.tidemark.engine.Fixtures.hashKey;
import static dev.tidemark.engine.Fixtures.item;
import static dev.tidemark.engine.Fixtures.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.engine.model.BillingMode;
import dev.tidemark.engine.model.CancellationReason;
import dev.tidemark.engine.model.GlobalSecondaryIndex;
import dev.tidemark.engine.model.KeysAndAttributes;
import dev.tidemark.engine.model.OnDemandThroughput;
import dev.tidemark.engine.model.Projection;
import dev.tidemark.engine.model.ProjectionType;
import dev.tidemark.engine.model.ProvisionedThroughput;
import dev.tidemark.engine.model.Put;
import dev.tidemark.engine.model.ScalarAttributeType;
import dev.tidemark.engine.model.TransactWriteItem;
import dev.tidemark.engine.model.WriteRequest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Provisioned and on-demand throttling with a clock the test controls (reference 8.3, 8.4, 3.8, 3.9). */
class CapacityThrottlingTest {
    private MutableClock clock;
    private SimpleMeterRegistry registry;
    private Database db;

    @BeforeEach
    void open() {
        clock = MutableClock.atMidnight();
        registry = new SimpleMeterRegistry();
        db = Database.openTemporary(DatabaseOptions.builder().clock(clock).meterRegistry(registry).build());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void provisioned(String name, long rcu, long wcu) {
        db.createTable(t -> t.tableName(name).keySchema(hashKey("pk")).attributeDefinitions(def("pk", ScalarAttributeType.S))
            .billingMode(BillingMode.PROVISIONED)
            .provisionedThroughput(ProvisionedThroughput.builder().readCapacityUnits(rcu).writeCapacityUnits(wcu).build()));
    }

    private static Map<String, AttributeValue> small(String pk) {
        return item("pk", s(pk));
    }

    @Test
    @DisplayName("8.3 a table at 10 WCU takes a burst of its 300 s of stored capacity, then throttles; refills at 10/s")
    void burstThenThrottle() {
        provisioned("pt1", 10, 10);
        for (int i = 0; i < 3000; i++) {
            int k = i;
            db.putItem(p -> p.tableName("pt1").item(small("k" + k)));
        }
        assertThatThrownBy(() -> db.putItem(p -> p.tableName("pt1").item(small("over"))))
            .isInstanceOf(ProvisionedThroughputExceededException.class)
            .hasMessageContaining("provisioned throughput for the table was exceeded")
            .satisfies(e -> assertThat(((TidemarkException) e).retryable()).isTrue());
        assertThat(db.getItem(g -> g.tableName("pt1").key(small("over"))).item()).as("nothing applied").isNull();
        assertThat(db.describeTable(d -> d.tableName("pt1")).table().itemCount()).isEqualTo(3000);

        clock.advance(Duration.ofSeconds(1));
        for (int i = 0; i < 10; i++) {
            int k = i;
            db.putItem(p -> p.tableName("pt1").item(small("more" + k)));
        }
        assertThatThrownBy(() -> db.putItem(p -> p.tableName("pt1").item(small("over"))))
            .isInstanceOf(ProvisionedThroughputExceededException.class);
        // a 3 KB item needs 3 units: after 0.2 s there are only 2
        clock.advance(Duration.ofMillis(200));
        assertThatThrownBy(() -> db.putItem(p -> p.tableName("pt1").item(sized("big", 3000))))
            .isInstanceOf(ProvisionedThroughputExceededException.class);
        clock.advance(Duration.ofMillis(100));
        db.putItem(p -> p.tableName("pt1").item(sized("big", 3000)));
        assertThat(registry.find("tidemark.capacity.throttled").tags("table", "pt1", "unit", "write").counter().count())
            .isEqualTo(3.0);
        // the burst never exceeds 300 seconds' worth, however long the table idles
        clock.advance(Duration.ofHours(2));
        drainWrites("pt1", 3000);
    }

    @Test
    @DisplayName("8.3 a conditional write that fails still takes its units; a throttled one is refused before its condition")
    void conditionalWritesAndThrottling() {
        provisioned("pt2", 1, 1);
        db.putItem(p -> p.tableName("pt2").item(small("a")));
        for (int i = 0; i < 299; i++) {
            assertThatThrownBy(() -> db.putItem(p -> p.tableName("pt2").item(small("a")).conditionExpression("attribute_not_exists(pk)")))
                .isInstanceOf(ConditionalCheckFailedException.class);
        }
        assertThatThrownBy(() -> db.putItem(p -> p.tableName("pt2").item(small("a")).conditionExpression("attribute_not_exists(pk)")))
            .isInstanceOf(ProvisionedThroughputExceededException.class);
    }

    @Test
    @DisplayName("3.9 BatchWriteItem returns the throttled part as UnprocessedItems; a retry with backoff finishes; nothing is half-applied")
    void batchWriteUnprocessedThenRetry() {
        provisioned("pt3", 5, 5);
        drainWrites("pt3", 1500);
        clock.advance(Duration.ofSeconds(2)); // 10 units
        List<WriteRequest> batch = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            batch.add(putOf(small("b" + i)));
        }
        BatchWriteItemResult r = db.batchWriteItem(b -> b.requestItems(Map.of("pt3", batch)));
        List<WriteRequest> left = r.unprocessedItems().get("pt3");
        assertThat(left).hasSize(15);
        for (int i = 0; i < 25; i++) {
            int k = i;
            boolean stored = db.getItem(g -> g.tableName("pt3").key(small("b" + k)).consistentRead(true)).item() != null;
            boolean pending = left.contains(batch.get(i));
            assertThat(stored).as("b%d is either written or unprocessed, never both or neither", i).isNotEqualTo(pending);
        }
        // the SDK's loop: resend UnprocessedItems with exponential backoff until empty
        Map<String, List<WriteRequest>> pending = r.unprocessedItems();
        int attempts = 0;
        long backoffMillis = 50;
        while (!pending.isEmpty()) {
            attempts++;
            clock.advance(Duration.ofMillis(backoffMillis));
            backoffMillis = Math.min(backoffMillis * 2, 1000);
            Map<String, List<WriteRequest>> resend = pending;
            try {
                pending = db.batchWriteItem(b -> b.requestItems(resend)).unprocessedItems();
            } catch (ProvisionedThroughputExceededException e) {
                pending = resend; // every item throttled: the whole request failed, retry it all
            }
            assertThat(attempts).isLessThan(100);
        }
        assertThat(attempts).isGreaterThan(1);
        for (int i = 0; i < 25; i++) {
            int k = i;
            assertThat(db.getItem(g -> g.tableName("pt3").key(small("b" + k)).consistentRead(true)).item()).isNotNull();
        }
    }

    @Test
    @DisplayName("3.9 a batch whose every item is throttled fails with ProvisionedThroughputExceededException")
    void batchAllThrottled() {
        provisioned("pt4", 1, 1);
        drainWrites("pt4", 300);
        assertThatThrownBy(() -> db.batchWriteItem(b -> b.requestItems(Map.of("pt4", List.of(putOf(small("x")), putOf(small("y")))))))
            .isInstanceOf(ProvisionedThroughputExceededException.class);
        assertThat(db.getItem(g -> g.tableName("pt4").key(small("x"))).item()).isNull();
    }

    @Test
    @DisplayName("3.8 BatchGetItem returns throttled keys as UnprocessedKeys, all throttled fails; reads refill at RCU/s")
    void batchGetUnprocessedKeys() {
        provisioned("pt5", 1, 1000);
        for (int i = 0; i < 10; i++) {
            int k = i;
            db.putItem(p -> p.tableName("pt5").item(small("k" + k)));
        }
        // 300 stored read units = 600 eventually consistent small reads
        for (int i = 0; i < 600; i++) {
            db.getItem(g -> g.tableName("pt5").key(small("k1")));
        }
        assertThatThrownBy(() -> db.getItem(g -> g.tableName("pt5").key(small("k1"))))
            .isInstanceOf(ProvisionedThroughputExceededException.class);
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            keys.add(small("k" + i));
        }
        assertThatThrownBy(() -> db.batchGetItem(b -> b.requestItems(Map.of("pt5", KeysAndAttributes.builder().keys(keys).build()))))
            .isInstanceOf(ProvisionedThroughputExceededException.class);
        clock.advance(Duration.ofSeconds(2)); // 2 units: 4 eventually consistent reads
        BatchGetItemResult r = db.batchGetItem(b -> b.requestItems(Map.of("pt5", KeysAndAttributes.builder().keys(keys).build())));
        assertThat(r.responses().get("pt5")).hasSize(4);
        assertThat(r.unprocessedKeys().get("pt5").keys()).hasSize(6);
        assertThatThrownBy(() -> db.query(q -> q.tableName("pt5").keyConditionExpression("pk = :p")
            .expressionAttributeValues(Map.of(":p", s("k1"))))).isInstanceOf(ProvisionedThroughputExceededException.class);
    }

    @Test
    @DisplayName("2.4 an under-provisioned GSI throttles the base-table write, which is not applied; writes outside the index go on")
    void gsiThrottlesBaseWrite() {
        db.createTable(t -> t.tableName("pg1").keySchema(hashKey("pk"))
            .attributeDefinitions(def("pk", ScalarAttributeType.S), def("gk", ScalarAttributeType.S))
            .billingMode(BillingMode.PROVISIONED)
            .provisionedThroughput(ProvisionedThroughput.builder().readCapacityUnits(100L).writeCapacityUnits(100L).build())
            .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("byG").keySchema(hashKey("gk"))
                .projection(Projection.builder().projectionType(ProjectionType.KEYS_ONLY).build())
                .provisionedThroughput(ProvisionedThroughput.builder().readCapacityUnits(1L).writeCapacityUnits(1L).build()).build()));
        for (int i = 0; i < 300; i++) {
            int k = i;
            db.putItem(p -> p.tableName("pg1").item(item("pk", s("i" + k), "gk", s("g"))));
        }
        assertThatThrownBy(() -> db.putItem(p -> p.tableName("pg1").item(item("pk", s("over"), "gk", s("g")))))
            .isInstanceOf(ProvisionedThroughputExceededException.class).hasMessageContaining("global secondary indexes");
        assertThat(db.getItem(g -> g.tableName("pg1").key(small("over"))).item()).isNull();
        assertThat(db.query(q -> q.tableName("pg1").indexName("byG").keyConditionExpression("gk = :g")
            .expressionAttributeValues(Map.of(":g", s("g")))).count()).isEqualTo(300);
        db.putItem(p -> p.tableName("pg1").item(item("pk", s("sparse"))));
        assertThat(db.getItem(g -> g.tableName("pg1").key(small("sparse"))).item()).isNotNull();
    }

    @Test
    @DisplayName("3.13 a throttled transaction is cancelled with ProvisionedThroughputExceeded and writes nothing")
    void throttledTransaction() {
        provisioned("pt6", 1, 1);
        Fixtures.hashTable(db, "od1", "pk", ScalarAttributeType.S);
        drainWrites("pt6", 300);
        clock.advance(Duration.ofSeconds(1)); // one unit: a transactional put needs two
        assertThatThrownBy(() -> db.transactWriteItems(t -> t.transactItems(List.of(
            TransactWriteItem.builder().put(Put.builder().tableName("od1").item(small("x")).build()).build(),
            TransactWriteItem.builder().put(Put.builder().tableName("pt6").item(small("y")).build()).build()))))
            .isInstanceOfSatisfying(TransactionCanceledException.class, e -> assertThat(e.cancellationReasons())
                .extracting(CancellationReason::code).containsExactly("None", "ProvisionedThroughputExceeded"));
        assertThat(db.getItem(g -> g.tableName("od1").key(small("x"))).item()).isNull();
        assertThat(db.getItem(g -> g.tableName("pt6").key(small("y"))).item()).isNull();
        clock.advance(Duration.ofSeconds(1));
        db.putItem(p -> p.tableName("od1").item(small("unrelated"))); // an on-demand table is not involved in the shortage
        db.transactWriteItems(t -> t.transactItems(List.of(
            TransactWriteItem.builder().put(Put.builder().tableName("od1").item(small("x")).build()).build(),
            TransactWriteItem.builder().put(Put.builder().tableName("pt6").item(small("y")).build()).build())));
        assertThat(db.getItem(g -> g.tableName("pt6").key(small("y"))).item()).isNotNull();
    }

    @Test
    @DisplayName("8.4 on-demand: no throttling by default; MaxWriteRequestUnits throttles with ThrottlingException")
    void onDemandCeilings() {
        Fixtures.hashTable(db, "od2", "pk", ScalarAttributeType.S);
        for (int i = 0; i < 5000; i++) {
            int k = i;
            db.putItem(p -> p.tableName("od2").item(small("k" + k)));
        }
        db.createTable(t -> t.tableName("od3").keySchema(hashKey("pk")).attributeDefinitions(def("pk", ScalarAttributeType.S))
            .billingMode(BillingMode.PAY_PER_REQUEST)
            .onDemandThroughput(OnDemandThroughput.builder().maxWriteRequestUnits(5L).build()));
        for (int i = 0; i < 5; i++) {
            int k = i;
            db.putItem(p -> p.tableName("od3").item(small("k" + k)));
        }
        assertThatThrownBy(() -> db.putItem(p -> p.tableName("od3").item(small("over"))))
            .isInstanceOf(ThrottlingException.class).hasMessageContaining("OnDemandThroughput");
        assertThat(db.getItem(g -> g.tableName("od3").key(small("over"))).item()).isNull();
        for (int i = 0; i < 100; i++) {
            db.getItem(g -> g.tableName("od3").key(small("k1")));
        }
        clock.advance(Duration.ofSeconds(1));
        db.putItem(p -> p.tableName("od3").item(small("over")));
        // removing the ceiling (-1) ends throttling
        db.updateTable(u -> u.tableName("od3").onDemandThroughput(OnDemandThroughput.builder().maxWriteRequestUnits(-1L).build()));
        for (int i = 0; i < 50; i++) {
            int k = i;
            db.putItem(p -> p.tableName("od3").item(small("again" + k)));
        }
    }

    @Test
    @DisplayName("concurrent writers together get exactly the stored units: each admitted write is applied, each throttled one is not")
    void concurrentWritersShareTheBucket() throws Exception {
        provisioned("pt7", 1, 1);
        int threads = 4;
        int perThread = 200;
        java.util.concurrent.atomic.AtomicInteger admitted = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            List<java.util.concurrent.Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        String k = "t" + thread + "-" + i;
                        try {
                            db.putItem(p -> p.tableName("pt7").item(small(k)));
                            admitted.incrementAndGet();
                        } catch (ProvisionedThroughputExceededException e) {
                            assertThat(db.getItem(g -> g.tableName("pt7").key(small(k))).item()).isNull();
                        }
                    }
                }));
            }
            for (java.util.concurrent.Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(admitted.get()).as("300 s of 1 WCU").isEqualTo(300);
        assertThat(db.describeTable(d -> d.tableName("pt7")).table().itemCount()).isEqualTo(300);
    }

    /** Spends a table's stored write burst with small puts. */
    private void drainWrites(String table, int units) {
        for (int i = 0; i < units; i++) {
            int k = i;
            db.putItem(p -> p.tableName(table).item(small("drain" + k)));
        }
        assertThatThrownBy(() -> db.putItem(p -> p.tableName(table).item(small("drain-over"))))
            .isInstanceOf(ProvisionedThroughputExceededException.class);
    }
}
