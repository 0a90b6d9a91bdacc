package dev.tidemark.engine.backup;

import dev.tidemark.engine.Database;
import dev.tidemark.engine.ScanResult;
import dev.tidemark.engine.model.AttributeDefinition;
import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.engine.model.BillingMode;
import dev.tidemark.engine.model.GlobalSecondaryIndex;
import dev.tidemark.engine.model.KeySchemaElement;
import dev.tidemark.engine.model.KeyType;
import dev.tidemark.engine.model.LocalSecondaryIndex;
import dev.tidemark.engine.model.Projection;
import dev.tidemark.engine.model.ProjectionType;
import dev.tidemark.engine.model.ProvisionedThroughput;
import dev.tidemark.engine.model.ScalarAttributeType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Tables and reads shared by the backup, point-in-time and export tests. */
final class BackupFixtures {
    private BackupFixtures() {
    }

    static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }

    static AttributeDefinition def(String name, ScalarAttributeType type) {
        return AttributeDefinition.builder().attributeName(name).attributeType(type).build();
    }

    /** Table pk S, sk N, GSI byCity (city S, ALL), LSI byRank (pk, rank N, KEYS_ONLY); provisioned 5/5. */
    static void createIndexed(Database db, String name) {
        db.createTable(c -> c.tableName(name)
            .keySchema(List.of(key("pk", KeyType.HASH), key("sk", KeyType.RANGE)))
            .attributeDefinitions(List.of(def("pk", ScalarAttributeType.S), def("sk", ScalarAttributeType.N),
                def("city", ScalarAttributeType.S), def("rank", ScalarAttributeType.N)))
            .billingMode(BillingMode.PROVISIONED)
            .provisionedThroughput(ProvisionedThroughput.builder().readCapacityUnits(5L).writeCapacityUnits(5L).build())
            .globalSecondaryIndexes(List.of(GlobalSecondaryIndex.builder().indexName("byCity")
                .keySchema(List.of(key("city", KeyType.HASH)))
                .projection(Projection.builder().projectionType(ProjectionType.ALL).build())
                .provisionedThroughput(ProvisionedThroughput.builder().readCapacityUnits(3L).writeCapacityUnits(3L).build()).build()))
            .localSecondaryIndexes(List.of(LocalSecondaryIndex.builder().indexName("byRank")
                .keySchema(List.of(key("pk", KeyType.HASH), key("rank", KeyType.RANGE)))
                .projection(Projection.builder().projectionType(ProjectionType.KEYS_ONLY).build()).build())));
    }

    /** Table k S (hash only), on demand. */
    static void createSimple(Database db, String name) {
        db.createTable(c -> c.tableName(name).keySchema(List.of(key("k", KeyType.HASH)))
            .attributeDefinitions(List.of(def("k", ScalarAttributeType.S))).billingMode(BillingMode.PAY_PER_REQUEST));
    }

    /** Every item of a table (or index), read with a full paged Scan, sorted by their text form. */
    static List<Map<String, AttributeValue>> scanAll(Database db, String table, String index) {
        List<Map<String, AttributeValue>> out = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            ScanResult r = db.scan(s -> s.tableName(table).indexName(index).exclusiveStartKey(from).limit(50));
            out.addAll(r.items());
            start = r.lastEvaluatedKey();
        } while (start != null && !start.isEmpty());
        out.sort(Comparator.comparing(Object::toString));
        return out;
    }

    static List<Map<String, AttributeValue>> scanAll(Database db, String table) {
        return scanAll(db, table, null);
    }
}
