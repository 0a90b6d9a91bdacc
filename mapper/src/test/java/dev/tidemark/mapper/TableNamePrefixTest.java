package dev.tidemark.mapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tidemark.engine.ResourceNotFoundException;
import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.engine.model.KeysAndAttributes;
import dev.tidemark.mapper.annotation.IndexPartitionKey;
import dev.tidemark.mapper.annotation.MappedTable;
import dev.tidemark.mapper.annotation.PartitionKey;
import dev.tidemark.mapper.annotation.SortKey;
import dev.tidemark.mapper.annotation.Version;
import dev.tidemark.mapper.internal.GeneratedSchemas;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Table name prefixes, suffixes and resolvers: two entity managers with different prefixes over one
 * database keep separate tables, and every kind of operation uses the resolved name.
 */
class TableNamePrefixTest extends MapperTestBase {

    @MappedTable("orders")
    record Order(@PartitionKey String customer, @SortKey String id, @IndexPartitionKey("byStatus") String status,
                 long total, @Version long version) {
    }

    /** Large items, so that one BatchGetItem cannot return them all (16 MB response limit). */
    @MappedTable("blobs")
    record Blob(@PartitionKey String id, String data) {
    }

    EntityManager dev;
    EntityManager prod;

    @BeforeEach
    void managers() {
        dev = EntityManager.builder(db).tableNamePrefix("dev_").build();
        prod = EntityManager.builder(db).tableNamePrefix("prod_").tableNameSuffix("_v2").build();
    }

    private List<String> tables() {
        return db.listTables(l -> { }).tableNames();
    }

    private Map<String, AttributeValue> rawOrder(String table, String customer, String id) {
        return raw(table, Map.of("customer", AttributeValue.fromS(customer), "id", AttributeValue.fromS(id)));
    }

    private int rawCount(String table) {
        return db.scan(s -> s.tableName(table)).count();
    }

    @Test
    void twoPrefixesOverOneDatabaseKeepSeparateTables() {
        dev.createTable(Order.class);
        prod.createTable(Order.class);
        assertThat(tables()).containsExactlyInAnyOrder("dev_orders", "prod_orders_v2");
        assertThat(dev.tableName(Order.class)).isEqualTo("dev_orders");
        assertThat(prod.tableName(Order.class)).isEqualTo("prod_orders_v2");
        assertThat(em.tableName(Order.class)).isEqualTo("orders");

        dev.save(new Order("c1", "o1", "NEW", 10, 0));
        prod.save(new Order("c1", "o1", "NEW", 99, 0));
        assertThat(dev.find(Order.class, "c1", "o1")).map(Order::total).contains(10L);
        assertThat(prod.find(Order.class, "c1", "o1")).map(Order::total).contains(99L);
        assertThat(rawOrder("dev_orders", "c1", "o1").get("total").n()).isEqualTo("10");
        assertThat(rawOrder("prod_orders_v2", "c1", "o1").get("total").n()).isEqualTo("99");

        dev.delete(Order.class, Key.of("c1", "o1"));
        assertThat(dev.find(Order.class, "c1", "o1")).isEmpty();
        assertThat(prod.find(Order.class, "c1", "o1")).isPresent();

        // The unprefixed manager has no table of its own.
        assertThatThrownBy(() -> em.find(Order.class, "c1", "o1")).isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void everyOperationKindUsesThePrefixedTable() {
        // Only dev_orders and prod_orders_v2 exist: an operation naming "orders" would fail, one naming
        // the other manager's table would show up in its item count.
        dev.createTable(Order.class);
        prod.createTable(Order.class);
        prod.save(new Order("c1", "o1", "PROD", 1, 0));
        dev.validateTable(Order.class);
        prod.validateTable(Order.class);
        assertThatThrownBy(() -> em.validateTable(Order.class)).isInstanceOf(ResourceNotFoundException.class);

        // single-item operations
        Order o1 = dev.persist(new Order("c1", "o1", "NEW", 10, 0));
        assertThat(o1.version()).isEqualTo(1);
        assertThatThrownBy(() -> dev.persist(new Order("c1", "o1", "NEW", 10, 0)))
            .isInstanceOf(EntityExistsException.class);
        Order o1b = dev.save(new Order("c1", "o1", "NEW", 11, 1));
        assertThat(o1b.version()).isEqualTo(2);
        assertThatThrownBy(() -> dev.save(new Order("c1", "o1", "NEW", 12, 1)))
            .isInstanceOf(OptimisticLockException.class);
        Order o1c = dev.update(new Order("c1", "o1", "PAID", 12, 2));
        assertThat(o1c.version()).isEqualTo(3);
        Order o1d = dev.update(Order.class, Key.of("c1", "o1")).increment("total", 5).execute();
        assertThat(o1d.total()).isEqualTo(17);
        assertThat(rawOrder("dev_orders", "c1", "o1").get("total").n()).isEqualTo("17");
        assertThat(rawOrder("dev_orders", "c1", "o1").get("status").s()).isEqualTo("PAID");
        assertThat(dev.find(Order.class, "c1", "o1")).map(Order::version).contains(4L);
        dev.persist(new Order("c1", "o2", "NEW", 20, 0));
        dev.delete(dev.find(Order.class, "c1", "o2").orElseThrow());
        assertThat(rawOrder("dev_orders", "c1", "o2")).isNull();
        assertThat(dev.delete(Order.class, Key.of("c1", "o1"))).map(Order::total).contains(17L);
        assertThat(rawCount("dev_orders")).isZero();

        // batches
        List<Order> many = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            many.add(new Order("c" + (i % 3), String.format("o%02d", i), i % 2 == 0 ? "NEW" : "PAID", i, 0));
        }
        assertThat(dev.batchSave(many)).hasSize(60);
        assertThat(rawCount("dev_orders")).isEqualTo(60);
        List<Key> keys = many.stream().map(o -> Key.of(o.customer(), o.id())).toList();
        assertThat(dev.batchGet().add(Order.class, keys).execute().of(Order.class)).hasSize(60);

        // queries, index queries, scans, tokens
        assertThat(dev.query(Order.class).partition("c0").list()).hasSize(20);
        assertThat(dev.query(Order.class).index("byStatus").partition("PAID").list()).hasSize(30);
        assertThat(dev.scan(Order.class).list()).hasSize(60);
        assertThat(dev.scan(Order.class).index("byStatus").filter("#total < :t").param("t", 10).list()).hasSize(10);
        assertThat(dev.scan(Order.class).parallel(3).stream().count()).isEqualTo(60);
        Page<Order> first = dev.query(Order.class).partition("c1").limit(5).page();
        Page<Order> second = dev.query(Order.class).partition("c1").limit(5).startAfter(first.continuationToken()).page();
        assertThat(second.items().get(0).id()).isGreaterThan(first.items().get(4).id());
        String token = dev.continuationToken(first.items().get(2), null);
        assertThat(dev.query(Order.class).partition("c1").limit(1).startAfter(token).page().items())
            .extracting(Order::id).containsExactly(first.items().get(3).id());
        Page<Order> scanPage = dev.scan(Order.class).limit(7).page();
        assertThat(dev.scan(Order.class).startAfter(scanPage.continuationToken()).list()).hasSize(53);

        // transactions
        Order stored = dev.find(Order.class, "c0", "o00").orElseThrow();
        dev.inTransaction(tx -> tx.persist(new Order("c9", "t1", "NEW", 1, 0))
            .save(new Order("c9", "t2", "NEW", 2, 0))
            .update(stored)
            .update(Order.class, Key.of("c0", "o03"), u -> u.set("status", "GONE"))
            .delete(Order.class, Key.of("c1", "o01"))
            .conditionCheck(Order.class, Key.of("c2", "o02"), "#total = :t", Map.of("t", 2)));
        assertThat(rawOrder("dev_orders", "c9", "t1")).isNotNull();
        assertThat(rawOrder("dev_orders", "c9", "t2")).isNotNull();
        assertThat(rawOrder("dev_orders", "c0", "o00").get("version").n()).isEqualTo("2");
        assertThat(rawOrder("dev_orders", "c0", "o03").get("status").s()).isEqualTo("GONE");
        assertThat(rawOrder("dev_orders", "c1", "o01")).isNull();
        Transaction tx = dev.transactWrite().delete(dev.find(Order.class, "c9", "t1").orElseThrow());
        tx.execute();
        assertThat(rawOrder("dev_orders", "c9", "t1")).isNull();
        List<Object> snapshot = dev.transactGet().add(Order.class, Key.of("c9", "t2")).add(Order.class, Key.of("c1", "o01"))
            .execute();
        assertThat(snapshot.get(0)).isEqualTo(dev.find(Order.class, "c9", "t2").orElseThrow());
        assertThat(snapshot.get(1)).isNull();

        dev.batchDelete(dev.scan(Order.class).list());
        assertThat(rawCount("dev_orders")).isZero();

        // The other manager's table saw none of it.
        assertThat(rawCount("prod_orders_v2")).isEqualTo(1);
        assertThat(prod.scan(Order.class).list()).extracting(Order::status).containsExactly("PROD");
        assertThat(tables()).containsExactlyInAnyOrder("dev_orders", "prod_orders_v2");
    }

    @Test
    void batchReadRetriesOfUnprocessedKeysUseThePrefixedTable() {
        dev.createTable(Blob.class);
        String data = "x".repeat(350_000);
        List<Blob> blobs = IntStream.range(0, 50).mapToObj(i -> new Blob("b" + i, data)).toList();
        dev.batchSave(blobs);
        List<Map<String, AttributeValue>> rawKeys = blobs.stream()
            .map(b -> Map.of("id", AttributeValue.fromS(b.id()))).toList();
        // One call cannot return 50 items of 350 KB: the engine leaves keys unprocessed ...
        Map<String, KeysAndAttributes> unprocessed = db.batchGetItem(r -> r.requestItems(
            Map.of("dev_blobs", KeysAndAttributes.builder().keys(rawKeys).build()))).unprocessedKeys();
        assertThat(unprocessed).containsOnlyKeys("dev_blobs");
        // ... which the mapper retries against the same prefixed table.
        List<Blob> read = dev.batchGet().add(Blob.class, blobs.stream().map(b -> Key.of(b.id())).toList())
            .execute().of(Blob.class);
        assertThat(read).extracting(Blob::id).containsExactlyInAnyOrderElementsOf(
            blobs.stream().map(Blob::id).collect(Collectors.toList()));
        assertThat(tables()).containsExactly("dev_blobs");
    }

    @Test
    void resolverRunsFirstThenPrefixAndSuffix() {
        EntityManager upper = EntityManager.builder(db).tableNameResolver(String::toUpperCase)
            .tableNamePrefix("t_").tableNameSuffix(".x").build();
        upper.createTable(Order.class);
        assertThat(tables()).containsExactly("t_ORDERS.x");
        upper.save(new Order("c", "o", "NEW", 1, 0));
        assertThat(rawOrder("t_ORDERS.x", "c", "o")).isNotNull();
        upper.validateTable(Order.class);
    }

    @Test
    void generatedAndReflectiveSchemasAndPolymorphicFamiliesAreResolvedAlike() {
        EntityManager reflective = EntityManager.builder(db).generatedSchemas(false).tableNamePrefix("dev_").build();
        assertThat(GeneratedSchemas.kind(dev, Order.class)).isNotEqualTo(GeneratedSchemas.kind(reflective, Order.class));
        dev.createTable(Order.class);
        reflective.save(new Order("c", "o", "NEW", 3, 0));
        assertThat(dev.find(Order.class, "c", "o")).map(Order::total).contains(3L);

        dev.createTable(SingleTableTest.ShopItem.class);
        assertThat(dev.tableName(SingleTableTest.Customer.class)).isEqualTo("dev_shop");
        assertThat(dev.tableName(SingleTableTest.ShopItem.class)).isEqualTo("dev_shop");
        dev.save(new SingleTableTest.Customer("C#1", "PROFILE", "Ann", 0));
        assertThat(dev.find(SingleTableTest.ShopItem.class, Key.of("C#1", "PROFILE"))).isPresent();
        dev.validateTable(SingleTableTest.ShopItem.class);
        assertThat(tables()).containsExactlyInAnyOrder("dev_orders", "dev_shop");
    }

    @Test
    void invalidResultingNamesFailOnFirstUseNamingEntityAndName() {
        EntityManager spaces = EntityManager.builder(db).tableNamePrefix("my env ").build();
        assertThatThrownBy(() -> spaces.createTable(Order.class)).isInstanceOf(MappingException.class)
            .hasMessageContaining(Order.class.getName()).hasMessageContaining("\"my env orders\"")
            .hasMessageContaining("not a valid table name");
        assertThatThrownBy(() -> spaces.save(new Order("c", "o", "NEW", 1, 0))).isInstanceOf(MappingException.class)
            .hasMessageContaining("\"my env orders\"");

        EntityManager tooLong = EntityManager.builder(db).tableNameSuffix("_" + "v".repeat(250)).build();
        assertThatThrownBy(() -> tooLong.find(Order.class, "c", "o")).isInstanceOf(MappingException.class)
            .hasMessageContaining(Order.class.getName()).hasMessageContaining("orders_vvv");

        EntityManager tooShort = EntityManager.builder(db).tableNameResolver(n -> n.substring(0, 2)).build();
        assertThatThrownBy(() -> tooShort.query(Order.class).partition("c").list()).isInstanceOf(MappingException.class)
            .hasMessageContaining("\"or\"");

        EntityManager nulls = EntityManager.builder(db).tableNameResolver(n -> null).build();
        assertThatThrownBy(() -> nulls.tableName(Order.class)).isInstanceOf(MappingException.class)
            .hasMessageContaining("becomes null");

        assertThatThrownBy(() -> EntityManager.builder(db).tableNamePrefix(null)).isInstanceOf(NullPointerException.class);
        // Nothing was created or written.
        assertThat(tables()).isEmpty();
    }
}
