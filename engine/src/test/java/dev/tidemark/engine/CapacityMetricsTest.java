package dev.tidemark.engine;

import static dev.tidemark.engine.Fixtures.def;
import static dev.tidemark.engine.Fixtures.hashKey;
import static dev.tidemark.engine.Fixtures.item;
import static dev.tidemark.engine.Fixtures.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tidemark.engine.model.BillingMode;
import dev.tidemark.engine.model.GlobalSecondaryIndex;
import dev.tidemark.engine.model.Projection;
import dev.tidemark.engine.model.ProjectionType;
import dev.tidemark.engine.model.ProvisionedThroughput;
import dev.tidemark.engine.model.ScalarAttributeType;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Metrics through a Micrometer registry given in the options. */
class CapacityMetricsTest {
    @Test
    @DisplayName("consumed and provisioned units, throttled requests, latency timers, item counts, log size and cache hit rate")
    void metersPerTableAndIndex() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (Database db = Database.openTemporary(DatabaseOptions.builder().meterRegistry(registry).build())) {
            db.createTable(t -> t.tableName("met").keySchema(hashKey("pk"))
                .attributeDefinitions(def("pk", ScalarAttributeType.S), def("gk", ScalarAttributeType.S))
                .billingMode(BillingMode.PROVISIONED)
                .provisionedThroughput(ProvisionedThroughput.builder().readCapacityUnits(3L).writeCapacityUnits(4L).build())
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("byG").keySchema(hashKey("gk"))
                    .projection(Projection.builder().projectionType(ProjectionType.ALL).build())
                    .provisionedThroughput(ProvisionedThroughput.builder().readCapacityUnits(1L).writeCapacityUnits(1L).build()).build()));
            for (int i = 0; i < 5; i++) {
                int k = i;
                db.putItem(p -> p.tableName("met").item(item("pk", s("k" + k), "gk", s("g"))));
            }
            for (int i = 0; i < 4; i++) {
                db.getItem(g -> g.tableName("met").key(item("pk", s("k1"))).consistentRead(true));
            }
            db.query(q -> q.tableName("met").indexName("byG").keyConditionExpression("gk = :g").expressionAttributeValues(Map.of(":g", s("g"))));

            assertThat(counter(registry, "tidemark.capacity.consumed", "met", "-", "write")).isEqualTo(5.0);
            assertThat(counter(registry, "tidemark.capacity.consumed", "met", "byG", "write")).isEqualTo(5.0);
            assertThat(counter(registry, "tidemark.capacity.consumed", "met", "-", "read")).isEqualTo(4.0);
            assertThat(counter(registry, "tidemark.capacity.consumed", "met", "byG", "read")).isEqualTo(0.5);
            assertThat(registry.get("tidemark.capacity.provisioned").tags("table", "met", "index", "-", "unit", "write").gauge().value())
                .isEqualTo(4.0);
            assertThat(registry.get("tidemark.capacity.provisioned").tags("table", "met", "index", "byG", "unit", "read").gauge().value())
                .isEqualTo(1.0);
            assertThat(registry.get("tidemark.table.items").tags("table", "met", "index", "-").gauge().value()).isEqualTo(5.0);
            assertThat(registry.get("tidemark.table.items").tags("table", "met", "index", "byG").gauge().value()).isEqualTo(5.0);
            assertThat(registry.get("tidemark.table.size").tags("table", "met", "index", "-").gauge().value()).isPositive();
            Timer puts = registry.get("tidemark.operation").tags("operation", "PutItem", "table", "met").timer();
            assertThat(puts.count()).isEqualTo(5);
            assertThat(registry.get("tidemark.operation").tags("operation", "GetItem", "table", "met").timer().count()).isEqualTo(4);
            assertThat(registry.get("tidemark.log.size").gauge().value()).isPositive();
            double hitRatio = registry.get("tidemark.cache.hit.ratio").gauge().value();
            assertThat(hitRatio).isBetween(0.0, 1.0);

            // 300 s of burst on the 1-WCU index: spend it, then a write through the index is throttled and counted
            for (int i = 0; i < 295; i++) {
                int k = i;
                db.putItem(p -> p.tableName("met").item(item("pk", s("m" + k), "gk", s("g"))));
            }
            assertThatThrownBy(() -> db.putItem(p -> p.tableName("met").item(item("pk", s("over"), "gk", s("g")))))
                .isInstanceOf(ProvisionedThroughputExceededException.class);
            assertThat(counter(registry, "tidemark.capacity.throttled", "met", "byG", "write")).isEqualTo(1.0);
            assertThat(registry.get("tidemark.operation").tags("operation", "PutItem", "table", "met").timer().count())
                .as("failed operations are timed too").isEqualTo(301);
        }
    }

    @Test
    @DisplayName("no registry: no meters and no accounting unless a request asks; a wrong registry type is refused")
    void noRegistryNoCost() {
        try (Database db = Database.openTemporary()) {
            Fixtures.hashTable(db, "plain", "pk", ScalarAttributeType.S);
            assertThat(db.putItem(p -> p.tableName("plain").item(item("pk", s("a")))).consumedCapacity()).isNull();
        }
        assertThatThrownBy(() -> Database.openTemporary(DatabaseOptions.builder().meterRegistry("not a registry").build()))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MeterRegistry");
    }

    private static double counter(SimpleMeterRegistry r, String name, String table, String index, String unit) {
        return r.get(name).tags("table", table, "index", index, "unit", unit).counter().count();
    }
}
