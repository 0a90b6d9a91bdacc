package dev.tidemark.mapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.mapper.annotation.IndexPartitionKey;
import dev.tidemark.mapper.annotation.IndexSortKey;
import dev.tidemark.mapper.annotation.MappedTable;
import dev.tidemark.mapper.annotation.PartitionKey;
import dev.tidemark.mapper.annotation.Polymorphic;
import dev.tidemark.mapper.annotation.SecondaryIndex;
import dev.tidemark.mapper.annotation.SortKey;
import dev.tidemark.mapper.annotation.TypeName;
import dev.tidemark.mapper.annotation.Version;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Three entity types in one table, told apart by a discriminator; queried by partition and by index. */
class SingleTableTest extends MapperTestBase {

    @MappedTable("shop")
    @Polymorphic(discriminator = "kind")
    @SecondaryIndex(name = "byStatus", projection = SecondaryIndex.Projection.ALL)
    sealed interface ShopItem permits Customer, Order, OrderLine {
    }

    @TypeName("CUSTOMER")
    record Customer(@PartitionKey String pk, @SortKey String sk, String name, @Version long version) implements ShopItem {
    }

    @TypeName("ORDER")
    record Order(@PartitionKey String pk, @SortKey String sk, @IndexPartitionKey("byStatus") String status,
                 @IndexSortKey({"byStatus", "byTotal"}) long total) implements ShopItem {
    }

    @TypeName("LINE")
    record OrderLine(@PartitionKey String pk, @SortKey String sk, String product, int quantity) implements ShopItem {
    }

    @BeforeEach
    void load() {
        em.createTable(ShopItem.class);
        em.persist(new Customer("C#1", "PROFILE", "Ann", 0));
        em.persist(new Customer("C#2", "PROFILE", "Bob", 0));
        em.inTransaction(tx -> tx
            .persist(new Order("C#1", "ORDER#1", "OPEN", 30))
            .persist(new Order("C#1", "ORDER#2", "SHIPPED", 10))
            .persist(new OrderLine("C#1", "ORDER#1#LINE#1", "pen", 2))
            .persist(new Order("C#2", "ORDER#3", "OPEN", 20)));
    }

    @Test
    void itemsCarryTheDiscriminatorAndComeBackAsTheirSubtype() {
        Map<String, AttributeValue> item = raw("shop", Map.of("pk", AttributeValue.fromS("C#1"), "sk", AttributeValue.fromS("ORDER#1")));
        assertThat(item.get("kind").s()).isEqualTo("ORDER");
        List<ShopItem> partition = em.query(ShopItem.class).partition("C#1").list();
        assertThat(partition).hasSize(4);
        assertThat(partition.get(0)).isInstanceOf(Order.class);
        assertThat(partition.get(1)).isInstanceOf(OrderLine.class);
        assertThat(partition.get(2)).isInstanceOf(Order.class);
        assertThat(partition.get(3)).isInstanceOf(Customer.class);
        assertThat(em.find(ShopItem.class, "C#1", "PROFILE")).containsInstanceOf(Customer.class);
    }

    @Test
    void querySubtypeReturnsOnlyThatType() {
        assertThat(em.query(Order.class).partition("C#1").list()).extracting(Order::sk).containsExactly("ORDER#1", "ORDER#2");
        assertThat(em.query(OrderLine.class).partition("C#1").sortBeginsWith("ORDER#1").list()).hasSize(1);
        assertThat(em.find(Order.class, "C#1", "PROFILE")).isEmpty();
        assertThat(em.scan(Customer.class).list()).extracting(Customer::name).containsExactlyInAnyOrder("Ann", "Bob");
    }

    @Test
    void queryByGlobalAndLocalIndex() {
        assertThat(em.query(Order.class).index("byStatus").partition("OPEN").list()).extracting(Order::total)
            .containsExactly(20L, 30L);
        assertThat(em.query(ShopItem.class).index("byStatus").partition("OPEN").sortGreaterThan(25L).list())
            .singleElement().isInstanceOf(Order.class);
        assertThat(em.query(Order.class).index("byTotal").partition("C#1").descending().list()).extracting(Order::total)
            .containsExactly(30L, 10L);
        assertThatThrownBy(() -> em.query(Order.class).index("nope").partition("x").list())
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("declares no index nope");
    }

    @Test
    void unknownDiscriminatorIsAClearError() {
        db.putItem(p -> p.tableName("shop").item(Map.of("pk", AttributeValue.fromS("C#9"), "sk", AttributeValue.fromS("X"),
            "kind", AttributeValue.fromS("INVOICE"))));
        assertThatThrownBy(() -> em.find(ShopItem.class, "C#9", "X")).isInstanceOf(MapperException.class)
            .hasMessageContaining("unknown type INVOICE");
    }

    @Test
    void tableMatchesTheFamilyAndDriftIsReported() {
        em.validateTable(ShopItem.class);
        em.validateTable(Customer.class, Order.class, OrderLine.class);
        db.deleteTable(d -> d.tableName("shop"));
        db.createTable(t -> t.tableName("shop")
            .keySchema(dev.tidemark.engine.model.KeySchemaElement.builder().attributeName("pk")
                .keyType(dev.tidemark.engine.model.KeyType.HASH).build())
            .attributeDefinitions(dev.tidemark.engine.model.AttributeDefinition.builder().attributeName("pk")
                .attributeType(dev.tidemark.engine.model.ScalarAttributeType.S).build())
            .billingMode(dev.tidemark.engine.model.BillingMode.PAY_PER_REQUEST));
        assertThatThrownBy(() -> em.validateTable(ShopItem.class)).isInstanceOf(MappingException.class)
            .hasMessageContaining("key schema").hasMessageContaining("global index byStatus is missing")
            .hasMessageContaining("local index byTotal is missing");
    }
}
