package dev.tidemark.engine;

import static dev.tidemark.engine.Fixtures.def;
import static dev.tidemark.engine.Fixtures.hashKey;
import static dev.tidemark.engine.Fixtures.item;
import static dev.tidemark.engine.Fixtures.n;
import static dev.tidemark.engine.Fixtures.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tidemark.engine.internal.DatabaseEngine;
import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.engine.model.BillingMode;
import dev.tidemark.engine.model.GlobalSecondaryIndex;
import dev.tidemark.engine.model.OperationType;
import dev.tidemark.engine.model.Projection;
import dev.tidemark.engine.model.ProjectionType;
import dev.tidemark.engine.model.Record;
import dev.tidemark.engine.model.ScalarAttributeType;
import dev.tidemark.engine.model.StreamSpecification;
import dev.tidemark.engine.model.StreamViewType;
import dev.tidemark.engine.model.TimeToLiveSpecification;
import dev.tidemark.engine.model.TimeToLiveStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Time to live (reference 6): the setting's rules, which items expire, and what their deletion does. */
class TimeToLiveTest {
    private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");
    private static final long NOW = START.getEpochSecond();
    private MutableClock clock;
    private Database db;

    @BeforeEach
    void open() {
        clock = new MutableClock(START);
        // sweeps run when the test asks (the background interval is far away)
        db = Database.openTemporary(DatabaseOptions.builder().clock(clock).ttlSweepInterval(Duration.ofHours(1)).build());
        db.createTable(t -> t.tableName("tbl").billingMode(BillingMode.PAY_PER_REQUEST)
            .keySchema(hashKey("id")).attributeDefinitions(def("id", ScalarAttributeType.S), def("g", ScalarAttributeType.S))
            .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("byG").keySchema(hashKey("g"))
                .projection(Projection.builder().projectionType(ProjectionType.ALL).build()).build())
            .streamSpecification(StreamSpecification.builder().streamEnabled(true).streamViewType(StreamViewType.NEW_AND_OLD_IMAGES).build()));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private int sweep() {
        return ((DatabaseEngine) db).sweepExpiredItems();
    }

    private static TimeToLiveSpecification spec(boolean on, String attr) {
        return TimeToLiveSpecification.builder().enabled(on).attributeName(attr).build();
    }

    private void enable() {
        db.updateTimeToLive(u -> u.tableName("tbl").timeToLiveSpecification(spec(true, "exp")));
    }

    private boolean exists(String id) {
        return db.getItem(g -> g.tableName("tbl").key(item("id", s(id)))).item() != null;
    }

    @Test
    @DisplayName("6.1 UpdateTimeToLive/DescribeTimeToLive: enable, no second change within an hour, disable with the same attribute")
    void settingRules() {
        assertThat(db.describeTimeToLive(d -> d.tableName("tbl")).timeToLiveDescription().timeToLiveStatus()).isEqualTo(TimeToLiveStatus.DISABLED);
        assertThat(db.updateTimeToLive(u -> u.tableName("tbl").timeToLiveSpecification(spec(true, "exp"))).timeToLiveSpecification())
            .isEqualTo(spec(true, "exp"));
        var d = db.describeTimeToLive(x -> x.tableName("tbl")).timeToLiveDescription();
        assertThat(d.timeToLiveStatus()).isEqualTo(TimeToLiveStatus.ENABLED);
        assertThat(d.attributeName()).isEqualTo("exp");
        assertThatThrownBy(() -> db.updateTimeToLive(u -> u.tableName("tbl").timeToLiveSpecification(spec(true, "exp"))))
            .isInstanceOf(ValidationException.class).hasMessage("TimeToLive is already enabled");
        assertThatThrownBy(() -> db.updateTimeToLive(u -> u.tableName("tbl").timeToLiveSpecification(spec(true, "other"))))
            .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> db.updateTimeToLive(u -> u.tableName("tbl").timeToLiveSpecification(spec(false, "exp"))))
            .isInstanceOf(ValidationException.class).hasMessage("Time to live has been modified multiple times within a fixed interval");
        clock.advance(Duration.ofMinutes(61));
        assertThatThrownBy(() -> db.updateTimeToLive(u -> u.tableName("tbl").timeToLiveSpecification(spec(false, "other"))))
            .isInstanceOf(ValidationException.class);
        assertThat(db.describeTimeToLive(x -> x.tableName("tbl")).timeToLiveDescription().timeToLiveStatus()).isEqualTo(TimeToLiveStatus.ENABLED);
        db.updateTimeToLive(u -> u.tableName("tbl").timeToLiveSpecification(spec(false, "exp")));
        assertThat(db.describeTimeToLive(x -> x.tableName("tbl")).timeToLiveDescription().timeToLiveStatus()).isEqualTo(TimeToLiveStatus.DISABLED);
        clock.advance(Duration.ofMinutes(61));
        assertThatThrownBy(() -> db.updateTimeToLive(u -> u.tableName("tbl").timeToLiveSpecification(spec(false, "exp"))))
            .isInstanceOf(ValidationException.class).hasMessage("TimeToLive is already disabled");
        assertThatThrownBy(() -> db.updateTimeToLive(u -> u.tableName("tbl").timeToLiveSpecification(null))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> db.updateTimeToLive(u -> u.tableName("tbl").timeToLiveSpecification(spec(true, "")))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> db.updateTimeToLive(u -> u.tableName("missing").timeToLiveSpecification(spec(true, "exp"))))
            .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> db.describeTimeToLive(x -> x.tableName("missing"))).isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    @DisplayName("6.2/6.3 Items expire by the clock, within a sweep and not before; index entries go; REMOVE records carry the service identity")
    void expiry() {
        db.putItem(p -> p.tableName("tbl").item(item("id", s("soon"), "g", s("G"), "exp", n(NOW + 10))));
        db.putItem(p -> p.tableName("tbl").item(item("id", s("past"), "g", s("G"), "exp", n(NOW - 1))));
        db.putItem(p -> p.tableName("tbl").item(item("id", s("fraction"), "exp", n((NOW - 2) + ".5"))));
        db.putItem(p -> p.tableName("tbl").item(item("id", s("text"), "exp", s(Long.toString(NOW - 100)))));
        db.putItem(p -> p.tableName("tbl").item(item("id", s("none"), "g", s("G"))));
        db.putItem(p -> p.tableName("tbl").item(item("id", s("ancient"), "exp", n(NOW - 6L * 365 * 86400))));
        db.putItem(p -> p.tableName("tbl").item(item("id", s("nested"), "m", AttributeValue.fromM(Map.of("exp", n(NOW - 5))))));
        db.putItem(p -> p.tableName("tbl").item(item("id", s("extended"), "exp", n(NOW + 5))));
        assertThat(sweep()).as("nothing expires before time to live is enabled").isZero();
        enable();
        assertThat(exists("past")).as("expired but not yet deleted items stay visible").isTrue();
        assertThat(sweep()).isEqualTo(2);
        assertThat(exists("past")).isFalse();
        assertThat(exists("fraction")).isFalse();
        assertThat(exists("soon")).isTrue();

        db.updateItem(u -> u.tableName("tbl").key(item("id", s("extended"))).updateExpression("SET exp = :e")
            .expressionAttributeValues(Map.of(":e", n(NOW + 1000))));
        clock.advance(Duration.ofSeconds(9));
        assertThat(sweep()).as("the extended item survives its old expiry time").isZero();
        assertThat(exists("soon")).as("one second before its time").isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(sweep()).isEqualTo(1);
        assertThat(exists("soon")).isFalse();
        db.putItem(p -> p.tableName("tbl").item(item("id", s("client"))));
        db.deleteItem(d -> d.tableName("tbl").key(item("id", s("client"))));
        List<Record> removes = StreamReader.readAll(db, StreamReader.arn(db, "tbl"), 1000).stream()
            .filter(r -> r.eventName() == OperationType.REMOVE).toList();
        List<String> removed = removes.stream().map(r -> r.dynamodb().keys().get("id").s()).toList();
        assertThat(removed).hasSize(4);
        assertThat(removed.subList(0, 2)).as("one sweep, in the table's order").containsExactlyInAnyOrder("past", "fraction");
        assertThat(removed.subList(2, 4)).containsExactly("soon", "client");
        for (Record r : removes.subList(0, 3)) {
            assertThat(r.userIdentity()).isNotNull();
            assertThat(r.userIdentity().type()).isEqualTo("Service");
            assertThat(r.userIdentity().principalId()).isEqualTo("dynamodb.amazonaws.com");
            assertThat(r.dynamodb().oldImage()).containsKey("exp");
        }
        assertThat(removes.get(3).userIdentity()).as("a client's delete has no identity").isNull();
        clock.advance(Duration.ofDays(3));
        sweep();
        assertThat(exists("extended")).as("the extended item expires at its new time").isFalse();
        clock.advance(Duration.ofDays(365));
        assertThat(sweep()).isZero();
        assertThat(List.of("text", "none", "ancient", "nested")).allSatisfy(id -> assertThat(exists(id)).as(id).isTrue());

        assertThat(db.query(q -> q.tableName("tbl").indexName("byG").keyConditionExpression("g = :g")
            .expressionAttributeValues(Map.of(":g", s("G")))).items()).extracting(i -> i.get("id").s()).containsExactly("none");

    }

    @Test
    @DisplayName("6.3 The background sweeper deletes expired items on its own, through the log (they stay deleted after reopening)")
    void backgroundSweeper(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        MutableClock c = new MutableClock(START);
        DatabaseOptions opts = DatabaseOptions.builder().clock(c).ttlSweepInterval(Duration.ofMillis(20)).build();
        try (Database d = Database.open(dir, opts)) {
            Fixtures.hashTable(d, "bgt", "id", ScalarAttributeType.S);
            d.updateTimeToLive(u -> u.tableName("bgt").timeToLiveSpecification(spec(true, "exp")));
            d.putItem(p -> p.tableName("bgt").item(item("id", s("x"), "exp", n(NOW + 60))));
            d.putItem(p -> p.tableName("bgt").item(item("id", s("y"), "exp", n(NOW + 3600))));
            c.advance(Duration.ofMinutes(2));
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (d.getItem(g -> g.tableName("bgt").key(item("id", s("x")))).item() != null && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(d.getItem(g -> g.tableName("bgt").key(item("id", s("x")))).item()).isNull();
        }
        try (Database d = Database.open(dir, opts.toBuilder().ttlSweepInterval(Duration.ofHours(1)).build())) {
            assertThat(Fixtures.scanAll(d, "bgt")).extracting(i -> i.get("id").s()).containsExactly("y");
            assertThat(d.describeTimeToLive(x -> x.tableName("bgt")).timeToLiveDescription().attributeName()).isEqualTo("exp");
        }
    }
}
