package dev.tidemark.spring.boot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tidemark.engine.Database;
import dev.tidemark.spring.core.TidemarkOperations;
import dev.tidemark.spring.transaction.TidemarkTransactionManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.PlatformTransactionManager;

@SpringBootTest(properties = {"tidemark.in-memory=true", "tidemark.schema-action=create-if-missing"})
class ShopApplicationIntegrationTests {

    @Autowired
    Database database;
    @Autowired
    TidemarkOperations template;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    ProductRepository products;
    @Autowired
    Catalog catalog;
    @Autowired
    dev.tidemark.spring.boot.TidemarkHealthIndicator health;
    @Autowired
    dev.tidemark.spring.boot.TidemarkMetrics metrics;
    @Autowired
    io.micrometer.core.instrument.MeterRegistry registry;

    /** The application's meter registry (Boot's metrics auto-configuration is not on this classpath). */
    @org.springframework.boot.test.context.TestConfiguration
    static class Meters {
        @org.springframework.context.annotation.Bean
        io.micrometer.core.instrument.simple.SimpleMeterRegistry meterRegistry() {
            return new io.micrometer.core.instrument.simple.SimpleMeterRegistry();
        }
    }

    @Test
    void autoConfiguredRepositoriesTablesAndTransactions() {
        assertThat(transactionManager).isInstanceOf(TidemarkTransactionManager.class);
        assertThat(database.listTables(b -> { }).tableNames()).contains("products");

        catalog.addAll(false, new Product("p1", "tea", 4, null), new Product("p2", "tea", 9, null),
            new Product("p3", "tea", 6, null), new Product("p4", "cups", 5, null));
        assertThat(products.count()).isEqualTo(4);
        assertThat(products.findByCategoryAndPriceLessThanOrderByPriceDesc("tea", 9))
            .extracting(Product::sku).containsExactly("p3", "p1");
        assertThat(products.findById("p1")).get().extracting(Product::version).isEqualTo(1L);

        assertThatThrownBy(() -> catalog.addAll(true, new Product("p5", "tea", 1, null)))
            .isInstanceOf(IllegalStateException.class);
        assertThat(products.existsById("p5")).isFalse();
        assertThat(template.findById(Product.class, dev.tidemark.mapper.Key.of("p4"))).isPresent();

        assertThat(health.health().getStatus()).isEqualTo(org.springframework.boot.health.contributor.Status.UP);
        assertThat(health.health().getDetails()).containsEntry("tables", 1);
        assertThat(registry.get("tidemark.repository.invocations")
            .tags("repository", "ProductRepository", "method", "findByCategoryAndPriceLessThanOrderByPriceDesc",
                "state", "SUCCESS").timer().count()).isEqualTo(1);
        metrics.bindTo(registry);
        assertThat(registry.get("tidemark.tables").gauge().value()).isEqualTo(1.0);
        assertThat(registry.get("tidemark.table.items").tag("table", "products").gauge().value()).isEqualTo(4.0);
    }
}
