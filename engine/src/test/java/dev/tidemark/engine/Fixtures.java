package dev.tidemark.engine;

import dev.tidemark.engine.model.AttributeDefinition;
import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.engine.model.BillingMode;
import dev.tidemark.engine.model.KeySchemaElement;
import dev.tidemark.engine.model.KeyType;
import dev.tidemark.engine.model.ScalarAttributeType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small helpers shared by the behaviour tests: value shorthands, table creation, full scans. */
final class Fixtures {
    private Fixtures() {
    }

    static AttributeValue s(String v) {
        return AttributeValue.fromS(v);
    }

    static AttributeValue n(String v) {
        return AttributeValue.fromN(v);
    }

    static AttributeValue n(long v) {
        return AttributeValue.fromN(v);
    }

    static AttributeValue b(int... bytes) {
        byte[] out = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            out[i] = (byte) bytes[i];
        }
        return AttributeValue.fromB(out);
    }

    /** An item (or key) from alternating names and values, in order. */
    static Map<String, AttributeValue> item(Object... kv) {
        Map<String, AttributeValue> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], (AttributeValue) kv[i + 1]);
        }
        return m;
    }

    static KeySchemaElement hashKey(String name) {
        return KeySchemaElement.builder().attributeName(name).keyType(KeyType.HASH).build();
    }

    static KeySchemaElement rangeKey(String name) {
        return KeySchemaElement.builder().attributeName(name).keyType(KeyType.RANGE).build();
    }

    static AttributeDefinition def(String name, ScalarAttributeType type) {
        return AttributeDefinition.builder().attributeName(name).attributeType(type).build();
    }

    /** An on-demand table with only a partition key. */
    static void hashTable(Database db, String name, String pk, ScalarAttributeType type) {
        db.createTable(t -> t.tableName(name).billingMode(BillingMode.PAY_PER_REQUEST)
            .keySchema(hashKey(pk)).attributeDefinitions(def(pk, type)));
    }

    /** An on-demand table with a partition and a sort key. */
    static void rangeTable(Database db, String name, String pk, ScalarAttributeType pkType,
                           String sk, ScalarAttributeType skType) {
        db.createTable(t -> t.tableName(name).billingMode(BillingMode.PAY_PER_REQUEST)
            .keySchema(hashKey(pk), rangeKey(sk)).attributeDefinitions(def(pk, pkType), def(sk, skType)));
    }

    /** Every item of a table, following LastEvaluatedKey, sorted by their string form for comparison. */
    static List<Map<String, AttributeValue>> scanAll(Database db, String table) {
        List<Map<String, AttributeValue>> all = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> esk = start;
            ScanResult r = db.scan(s -> s.tableName(table).exclusiveStartKey(esk));
            all.addAll(r.items());
            start = r.lastEvaluatedKey();
        } while (start != null && !start.isEmpty());
        all.sort((x, y) -> canonical(x).compareTo(canonical(y)));
        return all;
    }

    /** A deterministic rendering of an item (attribute names sorted). */
    static String canonical(Map<String, AttributeValue> item) {
        StringBuilder sb = new StringBuilder();
        item.entrySet().stream().sorted(Map.Entry.comparingByKey())
            .forEach(e -> sb.append(e.getKey()).append('=').append(e.getValue()).append(';'));
        return sb.toString();
    }

    /** A string of {@code n} ASCII characters. */
    static String ascii(int n) {
        return "x".repeat(n);
    }
}
