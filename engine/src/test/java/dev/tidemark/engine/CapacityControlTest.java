package dev.tidemark.engine;

import static dev.tidemark.engine.Fixtures.def;
import static dev.tidemark.engine.Fixtures.hashKey;
import static dev.tidemark.engine.Fixtures.item;
import static dev.tidemark.engine.Fixtures.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tidemark.engine.model.BillingMode;
import dev.tidemark.engine.model.GlobalSecondaryIndex;
import dev.tidemark.engine.model.GlobalSecondaryIndexDescription;
import dev.tidemark.engine.model.GlobalSecondaryIndexUpdate;
import dev.tidemark.engine.model.OnDemandThroughput;
import dev.tidemark.engine.model.Projection;
import dev.tidemark.engine.model.ProjectionType;
import dev.tidemark.engine.model.ProvisionedThroughput;
import dev.tidemark.engine.model.ScalarAttributeType;
import dev.tidemark.engine.model.ScalingDimension;
import dev.tidemark.engine.model.ScalingPolicy;
import dev.tidemark.engine.model.TableDescription;
import dev.tidemark.engine.model.UpdateGlobalSecondaryIndexAction;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Billing modes, on-demand ceilings, decrease and switch limits, and their durability (reference 2.1, 2.2, 8.4). */
class CapacityControlTest {
    @TempDir
    Path dir;

    private static ProvisionedThroughput pt(long r, long w) {
        return ProvisionedThroughput.builder().readCapacityUnits(r).writeCapacityUnits(w).build();
    }

    private static void provisioned(Database db, String name, long r, long w) {
        db.createTable(t -> t.tableName(name).keySchema(hashKey("pk")).attributeDefinitions(def("pk", ScalarAttributeType.S))
            .billingMode(BillingMode.PROVISIONED).provisionedThroughput(pt(r, w)));
    }

    @Test
    @DisplayName("2.2 four decreases a UTC day, then one per hour without a decrease in the previous hour")
    void decreaseLimits() {
        MutableClock clock = MutableClock.atMidnight();
        try (Database db = Database.openTemporary(DatabaseOptions.builder().clock(clock).build())) {
            provisioned(db, "dec", 100, 100);
            for (int i = 1; i <= 4; i++) {
                long w = 100 - i;
                db.updateTable(u -> u.tableName("dec").provisionedThroughput(pt(100, w)));
                clock.advance(Duration.ofMinutes(1));
            }
            assertThat(db.describeTable(d -> d.tableName("dec")).table().provisionedThroughput().numberOfDecreasesToday()).isEqualTo(4);
            assertThatThrownBy(() -> db.updateTable(u -> u.tableName("dec").provisionedThroughput(pt(100, 50))))
                .isInstanceOf(LimitExceededException.class).hasMessageContaining("decreases are limited");
            assertThat(db.describeTable(d -> d.tableName("dec")).table().provisionedThroughput().writeCapacityUnits())
                .as("the refused change changed nothing").isEqualTo(96);
            db.updateTable(u -> u.tableName("dec").provisionedThroughput(pt(200, 200))); // increases are never limited
            clock.advance(Duration.ofMinutes(59));
            db.updateTable(u -> u.tableName("dec").provisionedThroughput(pt(200, 150)));
            assertThatThrownBy(() -> db.updateTable(u -> u.tableName("dec").provisionedThroughput(pt(200, 140))))
                .isInstanceOf(LimitExceededException.class);
            clock.advance(Duration.ofMinutes(61));
            db.updateTable(u -> u.tableName("dec").provisionedThroughput(pt(200, 140)));
            // a new UTC day starts afresh
            clock.advance(Duration.ofHours(24));
            for (int i = 1; i <= 4; i++) {
                long w = 140 - i;
                db.updateTable(u -> u.tableName("dec").provisionedThroughput(pt(200, w)));
            }
        }
    }

    @Test
    @DisplayName("2.2 the decrease limits apply to each GSI separately")
    void gsiDecreaseLimits() {
        MutableClock clock = MutableClock.atMidnight();
        try (Database db = Database.openTemporary(DatabaseOptions.builder().clock(clock).build())) {
            db.createTable(t -> t.tableName("gdec").keySchema(hashKey("pk"))
                .attributeDefinitions(def("pk", ScalarAttributeType.S), def("gk", ScalarAttributeType.S))
                .billingMode(BillingMode.PROVISIONED).provisionedThroughput(pt(50, 50))
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("byG").keySchema(hashKey("gk"))
                    .projection(Projection.builder().projectionType(ProjectionType.ALL).build()).provisionedThroughput(pt(50, 50)).build()));
            for (int i = 1; i <= 4; i++) {
                long w = 50 - i;
                db.updateTable(u -> u.tableName("gdec").globalSecondaryIndexUpdates(List.of(gsiThroughput("byG", 50, w))));
            }
            assertThatThrownBy(() -> db.updateTable(u -> u.tableName("gdec").globalSecondaryIndexUpdates(List.of(gsiThroughput("byG", 50, 10)))))
                .isInstanceOf(LimitExceededException.class);
            GlobalSecondaryIndexDescription g = db.describeTable(d -> d.tableName("gdec")).table().globalSecondaryIndexes().get(0);
            assertThat(g.provisionedThroughput().numberOfDecreasesToday()).isEqualTo(4);
            assertThat(g.provisionedThroughput().writeCapacityUnits()).isEqualTo(46);
            db.updateTable(u -> u.tableName("gdec").provisionedThroughput(pt(50, 40))); // the table has its own count
        }
    }

    private static GlobalSecondaryIndexUpdate gsiThroughput(String index, long r, long w) {
        return GlobalSecondaryIndexUpdate.builder().update(UpdateGlobalSecondaryIndexAction.builder().indexName(index)
            .provisionedThroughput(pt(r, w)).build()).build();
    }

    @Test
    @DisplayName("2.2 at most four switches to on-demand in 24 hours; back to provisioned any time")
    void switchLimits() {
        MutableClock clock = MutableClock.atMidnight();
        try (Database db = Database.openTemporary(DatabaseOptions.builder().clock(clock).build())) {
            provisioned(db, "sw1", 5, 5);
            for (int i = 0; i < 4; i++) {
                db.updateTable(u -> u.tableName("sw1").billingMode(BillingMode.PAY_PER_REQUEST));
                TableDescription d = db.describeTable(x -> x.tableName("sw1")).table();
                assertThat(d.billingModeSummary().billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
                assertThat(d.provisionedThroughput().readCapacityUnits()).isZero();
                clock.advance(Duration.ofHours(1));
                db.updateTable(u -> u.tableName("sw1").billingMode(BillingMode.PROVISIONED).provisionedThroughput(pt(5, 5)));
            }
            assertThatThrownBy(() -> db.updateTable(u -> u.tableName("sw1").billingMode(BillingMode.PAY_PER_REQUEST)))
                .isInstanceOf(LimitExceededException.class);
            assertThat(db.describeTable(x -> x.tableName("sw1")).table().billingModeSummary().billingMode()).isEqualTo(BillingMode.PROVISIONED);
            clock.advance(Duration.ofHours(21));
            db.updateTable(u -> u.tableName("sw1").billingMode(BillingMode.PAY_PER_REQUEST));
        }
    }

    @Test
    @DisplayName("8.4 OnDemandThroughput: on-demand tables and GSIs only, >= 1 or -1, reported by DescribeTable")
    void onDemandThroughputValidation() {
        try (Database db = Database.openTemporary()) {
            assertThatThrownBy(() -> db.createTable(t -> t.tableName("bad1").keySchema(hashKey("pk"))
                .attributeDefinitions(def("pk", ScalarAttributeType.S)).billingMode(BillingMode.PROVISIONED).provisionedThroughput(pt(1, 1))
                .onDemandThroughput(OnDemandThroughput.builder().maxReadRequestUnits(10L).build())))
                .isInstanceOf(ValidationException.class).hasMessageContaining("PAY_PER_REQUEST");
            assertThatThrownBy(() -> db.createTable(t -> t.tableName("bad2").keySchema(hashKey("pk"))
                .attributeDefinitions(def("pk", ScalarAttributeType.S)).billingMode(BillingMode.PAY_PER_REQUEST)
                .onDemandThroughput(OnDemandThroughput.builder().maxReadRequestUnits(0L).build())))
                .isInstanceOf(ValidationException.class);
            assertThat(db.listTables(l -> { }).tableNames()).isEmpty();
            db.createTable(t -> t.tableName("odt").keySchema(hashKey("pk"))
                .attributeDefinitions(def("pk", ScalarAttributeType.S), def("gk", ScalarAttributeType.S))
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .onDemandThroughput(OnDemandThroughput.builder().maxReadRequestUnits(100L).build())
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("byG").keySchema(hashKey("gk"))
                    .projection(Projection.builder().projectionType(ProjectionType.ALL).build())
                    .onDemandThroughput(OnDemandThroughput.builder().maxWriteRequestUnits(7L).build()).build()));
            TableDescription d = db.describeTable(x -> x.tableName("odt")).table();
            assertThat(d.onDemandThroughput()).isEqualTo(OnDemandThroughput.builder().maxReadRequestUnits(100L).maxWriteRequestUnits(-1L).build());
            assertThat(d.globalSecondaryIndexes().get(0).onDemandThroughput().maxWriteRequestUnits()).isEqualTo(7L);
            db.updateTable(u -> u.tableName("odt").onDemandThroughput(OnDemandThroughput.builder().maxReadRequestUnits(-1L).build()));
            assertThat(db.describeTable(x -> x.tableName("odt")).table().onDemandThroughput()).isNull();
            assertThatThrownBy(() -> db.updateTable(u -> u.tableName("odt").globalSecondaryIndexUpdates(List.of(gsiThroughput("byG", 5, 5)))))
                .isInstanceOf(ValidationException.class);
        }
    }

    @Test
    @DisplayName("ceilings, decrease counters and auto scaling policies survive a restart; ceilings still throttle")
    void settingsSurviveRestart() {
        MutableClock clock = MutableClock.atMidnight();
        DatabaseOptions options = DatabaseOptions.builder().clock(clock).build();
        try (Database db = Database.open(dir, options)) {
            db.createTable(t -> t.tableName("dur").keySchema(hashKey("pk")).attributeDefinitions(def("pk", ScalarAttributeType.S))
                .billingMode(BillingMode.PAY_PER_REQUEST).onDemandThroughput(OnDemandThroughput.builder().maxWriteRequestUnits(2L).build()));
            provisioned(db, "dur2", 10, 10);
            db.putScalingPolicy(p -> p.policy(ScalingPolicy.builder().tableName("dur2").dimension(ScalingDimension.WRITE)
                .minCapacity(5L).maxCapacity(50L).targetUtilization(70.0).build()));
            db.checkpoint();
            db.updateTable(u -> u.tableName("dur2").provisionedThroughput(pt(10, 9))); // in the log after the checkpoint
        }
        try (Database db = Database.open(dir, options)) {
            assertThat(db.describeTable(x -> x.tableName("dur")).table().onDemandThroughput().maxWriteRequestUnits()).isEqualTo(2L);
            assertThat(db.describeScalingPolicies(x -> x.tableName("dur2")).policies()).containsExactly(ScalingPolicy.builder()
                .tableName("dur2").dimension(ScalingDimension.WRITE).minCapacity(5L).maxCapacity(50L).targetUtilization(70.0).build());
            assertThat(db.describeTable(x -> x.tableName("dur2")).table().provisionedThroughput().numberOfDecreasesToday()).isEqualTo(1);
            db.putItem(p -> p.tableName("dur").item(item("pk", s("a"))));
            db.putItem(p -> p.tableName("dur").item(item("pk", s("b"))));
            assertThatThrownBy(() -> db.putItem(p -> p.tableName("dur").item(item("pk", s("c"))))).isInstanceOf(ThrottlingException.class);
        }
    }

    @Test
    @DisplayName("scaling policies: provisioned tables and GSIs only, target 20..90, min <= max; delete and describe")
    void scalingPolicyValidation() {
        try (Database db = Database.openTemporary()) {
            Fixtures.hashTable(db, "ppr", "pk", ScalarAttributeType.S);
            provisioned(db, "prov", 5, 5);
            ScalingPolicy good = ScalingPolicy.builder().tableName("prov").dimension(ScalingDimension.READ)
                .minCapacity(1L).maxCapacity(10L).targetUtilization(50.0).build();
            assertThatThrownBy(() -> db.putScalingPolicy(p -> p.policy(good.toBuilder().tableName("ppr").build())))
                .isInstanceOf(ValidationException.class);
            assertThatThrownBy(() -> db.putScalingPolicy(p -> p.policy(good.toBuilder().targetUtilization(95.0).build())))
                .isInstanceOf(ValidationException.class);
            assertThatThrownBy(() -> db.putScalingPolicy(p -> p.policy(good.toBuilder().targetUtilization(19.9).build())))
                .isInstanceOf(ValidationException.class);
            assertThatThrownBy(() -> db.putScalingPolicy(p -> p.policy(good.toBuilder().minCapacity(20L).build())))
                .isInstanceOf(ValidationException.class);
            assertThatThrownBy(() -> db.putScalingPolicy(p -> p.policy(good.toBuilder().indexName("nope").build())))
                .isInstanceOf(ValidationException.class);
            assertThatThrownBy(() -> db.putScalingPolicy(p -> p.policy(good.toBuilder().tableName("missing").build())))
                .isInstanceOf(ResourceNotFoundException.class);
            assertThat(db.describeScalingPolicies(x -> x.tableName("prov")).policies()).isEmpty();
            db.putScalingPolicy(p -> p.policy(good));
            db.putScalingPolicy(p -> p.policy(good.toBuilder().maxCapacity(20L).build()));
            assertThat(db.describeScalingPolicies(x -> x.tableName("prov")).policies()).containsExactly(good.toBuilder().maxCapacity(20L).build());
            db.deleteScalingPolicy(x -> x.tableName("prov").dimension(ScalingDimension.READ));
            assertThat(db.describeScalingPolicies(x -> x.tableName("prov")).policies()).isEmpty();
            assertThatThrownBy(() -> db.deleteScalingPolicy(x -> x.tableName("prov").dimension(ScalingDimension.READ)))
                .isInstanceOf(ResourceNotFoundException.class);
        }
    }
}
