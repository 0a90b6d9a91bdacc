package dev.tidemark.spring.boot.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidemark.engine.Database;
import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.mapper.EntityManager;
import dev.tidemark.spring.core.TidemarkOperations;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** {@code tidemark.table-prefix} / {@code tidemark.table-suffix}: repositories and the template use the resolved table. */
@SpringBootTest(properties = {"tidemark.in-memory=true", "tidemark.schema-action=create-if-missing",
    "tidemark.table-prefix=dev_", "tidemark.table-suffix=_v2"})
class TablePrefixApplicationIntegrationTests {

    @Autowired
    Database database;
    @Autowired
    EntityManager entityManager;
    @Autowired
    TidemarkOperations template;
    @Autowired
    ProductRepository products;

    @Test
    void repositoriesReadAndWriteThePrefixedTable() {
        // create-if-missing made the prefixed table, and only that one.
        assertThat(database.listTables(b -> { }).tableNames()).containsExactly("dev_products_v2");
        assertThat(entityManager.tableName(Product.class)).isEqualTo("dev_products_v2");

        products.save(new Product("p1", "tea", 4, null));
        products.saveAll(List.of(new Product("p2", "tea", 9, null), new Product("p3", "cups", 2, null)));
        Map<String, AttributeValue> raw = database.getItem(g -> g.tableName("dev_products_v2")
            .key(Map.of("sku", AttributeValue.fromS("p1")))).item();
        assertThat(raw).containsEntry("category", AttributeValue.fromS("tea"));
        assertThat(database.scan(s -> s.tableName("dev_products_v2")).count()).isEqualTo(3);

        assertThat(products.findById("p1")).get().extracting(Product::price).isEqualTo(4);
        assertThat(products.findByCategoryAndPriceLessThanOrderByPriceDesc("tea", 10))
            .extracting(Product::sku).containsExactly("p2", "p1");
        assertThat(products.count()).isEqualTo(3);
        assertThat(template.findById(Product.class, dev.tidemark.mapper.Key.of("p3"))).isPresent();
        products.deleteById("p3");
        assertThat(database.scan(s -> s.tableName("dev_products_v2")).count()).isEqualTo(2);
        assertThat(database.listTables(b -> { }).tableNames()).containsExactly("dev_products_v2");
    }
}
