package dev.tidemark.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidemark.engine.model.*;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IndexSmokeTest {
    @Test
    void basic() throws Exception {
        try (Database db = Database.openTemporary()) {
            db.createTable(b -> b.tableName("orders")
                .keySchema(KeySchemaElement.builder().attributeName("c").keyType(KeyType.HASH).build(),
                    KeySchemaElement.builder().attributeName("o").keyType(KeyType.RANGE).build())
                .attributeDefinitions(ad("c", ScalarAttributeType.S), ad("o", ScalarAttributeType.S), ad("st", ScalarAttributeType.S), ad("t", ScalarAttributeType.N))
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .localSecondaryIndexes(LocalSecondaryIndex.builder().indexName("byTotal")
                    .keySchema(KeySchemaElement.builder().attributeName("c").keyType(KeyType.HASH).build(),
                        KeySchemaElement.builder().attributeName("t").keyType(KeyType.RANGE).build())
                    .projection(Projection.builder().projectionType(ProjectionType.KEYS_ONLY).build()).build())
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("byStatus")
                    .keySchema(KeySchemaElement.builder().attributeName("st").keyType(KeyType.HASH).build())
                    .projection(Projection.builder().projectionType(ProjectionType.ALL).build()).build()));
            for (int i = 0; i < 10; i++) {
                int n = i;
                db.putItem(p -> p.tableName("orders").item(Map.of("c", AttributeValue.fromS("c" + (n % 2)), "o", AttributeValue.fromS("o" + n),
                    "st", AttributeValue.fromS(n % 3 == 0 ? "open" : "done"), "t", AttributeValue.fromN(String.valueOf(100 - n)))));
            }
            QueryResult q = db.query(r -> r.tableName("orders").indexName("byStatus").keyConditionExpression("st = :s")
                .expressionAttributeValues(Map.of(":s", AttributeValue.fromS("open"))));
            assertThat(q.count()).isEqualTo(4);
            QueryResult l = db.query(r -> r.tableName("orders").indexName("byTotal").keyConditionExpression("c = :c AND t > :t")
                .expressionAttributeValues(Map.of(":c", AttributeValue.fromS("c0"), ":t", AttributeValue.fromN("94"))).limit(2));
            assertThat(l.items()).hasSize(2);
            assertThat(l.items().get(0).keySet()).containsExactlyInAnyOrder("c", "o", "t");
            assertThat(l.items().get(0).get("t").n()).isEqualTo("96");
            assertThat(l.lastEvaluatedKey().keySet()).containsExactlyInAnyOrder("c", "o", "t");
            QueryResult l2 = db.query(r -> r.tableName("orders").indexName("byTotal").keyConditionExpression("c = :c AND t > :t")
                .expressionAttributeValues(Map.of(":c", AttributeValue.fromS("c0"), ":t", AttributeValue.fromN("94"))).exclusiveStartKey(l.lastEvaluatedKey()));
            assertThat(l2.items()).hasSize(1);
            TableDescription d = db.describeTable(r -> r.tableName("orders")).table();
            assertThat(d.globalSecondaryIndexes().get(0).itemCount()).isEqualTo(10);
            db.updateTable(u -> u.tableName("orders").attributeDefinitions(ad("t", ScalarAttributeType.N))
                .globalSecondaryIndexUpdates(GlobalSecondaryIndexUpdate.builder().create(CreateGlobalSecondaryIndexAction.builder()
                    .indexName("byT").keySchema(KeySchemaElement.builder().attributeName("t").keyType(KeyType.HASH).build())
                    .projection(Projection.builder().projectionType(ProjectionType.KEYS_ONLY).build()).build()).build()));
            for (int i = 0; i < 100; i++) {
                if (db.describeTable(r -> r.tableName("orders")).table().globalSecondaryIndexes().get(1).indexStatus() == IndexStatus.ACTIVE) {
                    break;
                }
                Thread.sleep(20);
            }
            assertThat(db.query(r -> r.tableName("orders").indexName("byT").keyConditionExpression("t = :t")
                .expressionAttributeValues(Map.of(":t", AttributeValue.fromN("95")))).count()).isEqualTo(1);
        }
    }

    static AttributeDefinition ad(String n, ScalarAttributeType t) {
        return AttributeDefinition.builder().attributeName(n).attributeType(t).build();
    }
}
