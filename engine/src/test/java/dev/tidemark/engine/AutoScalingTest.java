package dev.tidemark.engine;

import static dev.tidemark.engine.Fixtures.def;
import static dev.tidemark.engine.Fixtures.hashKey;
import static dev.tidemark.engine.Fixtures.item;
import static dev.tidemark.engine.Fixtures.s;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tidemark.engine.internal.DatabaseEngine;
import dev.tidemark.engine.model.BillingMode;
import dev.tidemark.engine.model.GlobalSecondaryIndex;
import dev.tidemark.engine.model.Projection;
import dev.tidemark.engine.model.ProjectionType;
import dev.tidemark.engine.model.ProvisionedThroughput;
import dev.tidemark.engine.model.ScalarAttributeType;
import dev.tidemark.engine.model.ScalingDimension;
import dev.tidemark.engine.model.ScalingPolicy;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Target-tracking auto scaling driven by simulated load on a controlled clock (reference 8.5, 2.2). */
class AutoScalingTest {
    private MutableClock clock;
    private Database db;
    private int throttled;
    private int key;

    @BeforeEach
    void open() {
        clock = MutableClock.atMidnight();
        db = Database.openTemporary(DatabaseOptions.builder().clock(clock).build());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static ProvisionedThroughput pt(long r, long w) {
        return ProvisionedThroughput.builder().readCapacityUnits(r).writeCapacityUnits(w).build();
    }

    /** Offers {@code perSecond} small writes each simulated second for {@code seconds}, evaluating policies every 10 s. */
    private void load(String table, int perSecond, int seconds) {
        for (int sec = 0; sec < seconds; sec++) {
            for (int i = 0; i < perSecond; i++) {
                int n = key++;
                String k = "k" + (n % 200);
                try {
                    // the index key changes with every write: a GSI pays a delete and a put
                    db.putItem(p -> p.tableName(table).item(item("pk", s(k), "gk", s("g" + n))));
                } catch (ProvisionedThroughputExceededException e) {
                    throttled++;
                }
            }
            clock.advance(Duration.ofSeconds(1));
            if (sec % 10 == 9) {
                ((DatabaseEngine) db).runAutoScaling();
            }
        }
    }

    private long writeCapacity(String table) {
        return db.describeTable(d -> d.tableName(table)).table().provisionedThroughput().writeCapacityUnits();
    }

    @Test
    @DisplayName("8.5 load at 3x provisioned raises capacity after 2 minutes above target, to keep utilisation near the target; "
        + "a drop lowers it only after 15 minutes below")
    void tracksTheTarget() {
        db.createTable(t -> t.tableName("as1").keySchema(hashKey("pk")).attributeDefinitions(def("pk", ScalarAttributeType.S))
            .billingMode(BillingMode.PROVISIONED).provisionedThroughput(pt(10, 10)));
        db.putScalingPolicy(p -> p.policy(ScalingPolicy.builder().tableName("as1").dimension(ScalingDimension.WRITE)
            .minCapacity(5L).maxCapacity(200L).targetUtilization(70.0).build()));

        load("as1", 30, 90);
        assertThat(writeCapacity("as1")).as("one and a half minutes: not yet").isEqualTo(10);
        load("as1", 30, 60 * 10);
        long raised = writeCapacity("as1");
        assertThat(raised).isBetween(35L, 60L);
        throttled = 0;
        load("as1", 30, 60 * 3);
        assertThat(throttled).as("no throttling once scaled").isZero();
        double utilisation = 30.0 / raised * 100;
        assertThat(utilisation).as("utilisation near the 70%% target").isBetween(55.0, 75.0);
        assertThat(writeCapacity("as1")).as("steady load: steady capacity").isEqualTo(raised);

        load("as1", 5, 60 * 14);
        assertThat(writeCapacity("as1")).as("14 minutes below target: not yet lowered").isEqualTo(raised);
        load("as1", 5, 60 * 3);
        long lowered = writeCapacity("as1");
        assertThat(lowered).as("5 writes/s at 70%%").isEqualTo(8);
        assertThat(db.describeTable(d -> d.tableName("as1")).table().provisionedThroughput().numberOfDecreasesToday()).isEqualTo(1);
        assertThat(db.describeTable(d -> d.tableName("as1")).table().provisionedThroughput().readCapacityUnits())
            .as("the read dimension has no policy").isEqualTo(10);
    }

    @Test
    @DisplayName("8.5 / 2.2 auto scaling lowers capacity no faster than the decrease limits allow")
    void decreasesWithinTheLimits() {
        db.createTable(t -> t.tableName("as2").keySchema(hashKey("pk")).attributeDefinitions(def("pk", ScalarAttributeType.S))
            .billingMode(BillingMode.PROVISIONED).provisionedThroughput(pt(100, 100)));
        for (int i = 1; i <= 4; i++) {
            long w = 100 - i;
            db.updateTable(u -> u.tableName("as2").provisionedThroughput(pt(100, w)));
            clock.advance(Duration.ofMinutes(1));
        }
        db.putScalingPolicy(p -> p.policy(ScalingPolicy.builder().tableName("as2").dimension(ScalingDimension.WRITE)
            .minCapacity(1L).maxCapacity(200L).targetUtilization(50.0).build()));
        load("as2", 5, 60 * 45);
        assertThat(writeCapacity("as2")).as("the fifth decrease of the day waits an hour after the fourth").isEqualTo(96);
        load("as2", 5, 60 * 20);
        assertThat(writeCapacity("as2")).isEqualTo(10);
        assertThat(db.describeTable(d -> d.tableName("as2")).table().provisionedThroughput().numberOfDecreasesToday()).isEqualTo(5);
    }

    @Test
    @DisplayName("8.5 a GSI scales on its own policy; capacity outside [min, max] is brought inside")
    void gsiPolicyAndBounds() {
        db.createTable(t -> t.tableName("as3").keySchema(hashKey("pk"))
            .attributeDefinitions(def("pk", ScalarAttributeType.S), def("gk", ScalarAttributeType.S))
            .billingMode(BillingMode.PROVISIONED).provisionedThroughput(pt(10, 1000))
            .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("byG").keySchema(hashKey("gk"))
                .projection(Projection.builder().projectionType(ProjectionType.KEYS_ONLY).build()).provisionedThroughput(pt(5, 10)).build()));
        db.putScalingPolicy(p -> p.policy(ScalingPolicy.builder().tableName("as3").indexName("byG").dimension(ScalingDimension.WRITE)
            .minCapacity(12L).maxCapacity(25L).targetUtilization(70.0).build()));
        ((DatabaseEngine) db).runAutoScaling();
        assertThat(gsiWrite()).as("raised to the minimum").isEqualTo(12);
        load("as3", 40, 60 * 6);
        assertThat(gsiWrite()).as("capped at the maximum").isEqualTo(25);
        assertThat(writeCapacity("as3")).as("the table keeps its own capacity").isEqualTo(1000);
    }

    private long gsiWrite() {
        return db.describeTable(d -> d.tableName("as3")).table().globalSecondaryIndexes().get(0).provisionedThroughput().writeCapacityUnits();
    }
}
