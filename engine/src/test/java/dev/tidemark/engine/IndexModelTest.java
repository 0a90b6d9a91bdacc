package dev.tidemark.engine;

import static dev.tidemark.engine.Fixtures.def;
import static dev.tidemark.engine.Fixtures.hashKey;
import static dev.tidemark.engine.Fixtures.item;
import static dev.tidemark.engine.Fixtures.n;
import static dev.tidemark.engine.Fixtures.rangeKey;
import static dev.tidemark.engine.Fixtures.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.engine.model.BillingMode;
import dev.tidemark.engine.model.DeleteRequest;
import dev.tidemark.engine.model.GlobalSecondaryIndex;
import dev.tidemark.engine.model.KeySchemaElement;
import dev.tidemark.engine.model.LocalSecondaryIndex;
import dev.tidemark.engine.model.Projection;
import dev.tidemark.engine.model.ProjectionType;
import dev.tidemark.engine.model.Put;
import dev.tidemark.engine.model.PutRequest;
import dev.tidemark.engine.model.ScalarAttributeType;
import dev.tidemark.engine.model.TransactWriteItem;
import dev.tidemark.engine.model.Update;
import dev.tidemark.engine.model.WriteRequest;
import dev.tidemark.engine.model.TableDescription;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Secondary indexes against a model (INDEX-SPEC 1-4, 9, 10, 17): random sequences of puts, updates,
 * deletes, conditional writes (which may fail), rejected writes, transactions and batches on a table
 * with two LSIs and two GSIs, whose index key attributes appear, change value and disappear. After every step each index, read completely through Scan and Query with
 * indexName and small Limits, must equal the index recomputed from a Scan of the table; and the
 * same after closing and reopening the database from its directory.
 */
class IndexModelTest {
    private static final String TABLE = "model";

    /** The secondary-index shape of the model table. */
    static final Reference.TableKeys KEYS = new Reference.TableKeys("pk", "sk");
    static final List<Reference.Index> INDEXES = List.of(
        new Reference.Index("lsiNum", true, "pk", ScalarAttributeType.S, "ln", ScalarAttributeType.N, ProjectionType.KEYS_ONLY, List.of()),
        new Reference.Index("lsiStr", true, "pk", ScalarAttributeType.S, "ls", ScalarAttributeType.S, ProjectionType.INCLUDE, List.of("a", "ln")),
        new Reference.Index("gsiHash", false, "gs", ScalarAttributeType.S, null, null, ProjectionType.ALL, List.of()),
        new Reference.Index("gsiBin", false, "gb", ScalarAttributeType.B, "ln", ScalarAttributeType.N, ProjectionType.INCLUDE, List.of("a", "gs")));

    /** Non-key attributes the operations set or remove, with their small value domains (ties are frequent). */
    private static final String[] ATTRS = {"ln", "ls", "gs", "gb", "a", "z"};

    @TempDir
    Path root;

    private final AtomicLong indexedEntriesSeen = new AtomicLong();

    static void createModelTable(Database db, String table) {
        db.createTable(t -> t.tableName(table).billingMode(BillingMode.PAY_PER_REQUEST)
            .keySchema(hashKey("pk"), rangeKey("sk"))
            .attributeDefinitions(def("pk", ScalarAttributeType.S), def("sk", ScalarAttributeType.N),
                def("ln", ScalarAttributeType.N), def("ls", ScalarAttributeType.S), def("gs", ScalarAttributeType.S),
                def("gb", ScalarAttributeType.B))
            .localSecondaryIndexes(INDEXES.stream().filter(Reference.Index::local).map(i -> LocalSecondaryIndex.builder()
                .indexName(i.name()).keySchema(i.keySchema()).projection(i.projection()).build()).toList())
            .globalSecondaryIndexes(INDEXES.stream().filter(i -> !i.local()).map(i -> GlobalSecondaryIndex.builder()
                .indexName(i.name()).keySchema(i.keySchema()).projection(i.projection()).build()).toList()));
    }

    /** A value of attribute {@code attr} from its small domain, chosen by {@code x}. */
    private static AttributeValue value(String attr, int x) {
        return switch (attr) {
            case "ln" -> n(x % 4 - 1);
            case "ls" -> s(new String[] {"a", "ab", "b", "\u00e9"}[x % 4]);
            case "gs" -> s(new String[] {"x", "y", "z"}[x % 3]);
            case "gb" -> Fixtures.b(new int[] {0x00, 0x01, 0x80}[x % 3]);
            case "a" -> x % 2 == 0 ? s("attr" + x % 3) : AttributeValue.fromL(n(x % 3), s("l"));
            default -> s("unprojected" + x % 2);
        };
    }

    /** What a step does. */
    private enum Kind { PUT, UPDATE, DELETE, CONDITIONAL_UPDATE, CONDITIONAL_PUT, BAD_PUT, TRANSACTION, BATCH }

    /**
     * One write decoded from a number: kind, key, per attribute what to do, and a salt that varies
     * the values an update sets. Conditional writes may fail (then nothing changes), a bad put is
     * always rejected (an index key of the wrong type), a transaction and a batch also write a
     * second key.
     */
    private record Step(Kind kind, int partition, int sort, int[] choices, int salt) {
        private static final Kind[] KINDS = {Kind.PUT, Kind.PUT, Kind.UPDATE, Kind.UPDATE, Kind.DELETE, Kind.CONDITIONAL_UPDATE,
            Kind.CONDITIONAL_PUT, Kind.BAD_PUT, Kind.TRANSACTION, Kind.BATCH};

        static Step of(int code) {
            int x = code;
            Kind kind = KINDS[x % KINDS.length];
            x /= KINDS.length;
            int partition = x % 3;
            x /= 3;
            int sort = x % 4;
            x /= 4;
            int[] choices = new int[ATTRS.length];
            for (int i = 0; i < ATTRS.length; i++) {
                choices[i] = x % 3; // 0: absent / REMOVE, 1: value A, 2: value B (update: 0 REMOVE, 1 SET, 2 leave)
                x /= 3;
            }
            return new Step(kind, partition, sort, choices, x % 5);
        }

        Map<String, AttributeValue> key() {
            return item("pk", s("p" + partition), "sk", n(sort));
        }

        /** The key a transaction or a batch writes besides this step's own. */
        Map<String, AttributeValue> otherKey() {
            return item("pk", s("p" + (partition + 1) % 3), "sk", n((sort + salt) % 4));
        }

        Map<String, AttributeValue> putItem(Map<String, AttributeValue> key) {
            Map<String, AttributeValue> it = new LinkedHashMap<>(key);
            for (int i = 0; i < ATTRS.length; i++) {
                if (choices[i] != 0) {
                    it.put(ATTRS[i], value(ATTRS[i], choices[i] + sort + partition + salt));
                }
            }
            return it;
        }

        /** An update expression with its names and values: SET, REMOVE or leave each attribute. */
        UpdateItemRequest.Builder update(UpdateItemRequest.Builder u, Map<String, AttributeValue> key) {
            List<String> sets = new ArrayList<>();
            List<String> removes = new ArrayList<>();
            Map<String, String> names = new HashMap<>();
            Map<String, AttributeValue> values = new HashMap<>();
            for (int i = 0; i < ATTRS.length; i++) {
                if (choices[i] == 0) {
                    names.put("#a" + i, ATTRS[i]);
                    removes.add("#a" + i);
                } else if (choices[i] == 1) {
                    names.put("#a" + i, ATTRS[i]);
                    sets.add("#a" + i + " = :v" + i);
                    values.put(":v" + i, value(ATTRS[i], sort * 7 + partition + i + salt));
                }
            }
            StringBuilder expr = new StringBuilder();
            if (!sets.isEmpty()) {
                expr.append("SET ").append(String.join(", ", sets));
            }
            if (!removes.isEmpty()) {
                expr.append(expr.length() > 0 ? " " : "").append("REMOVE ").append(String.join(", ", removes));
            }
            if (expr.length() == 0) {
                // nothing to change: an update that only creates the item if it is missing
                expr.append("SET #z = :z");
                names.put("#z", "z");
                values.put(":z", s("touched"));
            }
            return u.tableName(TABLE).key(key).updateExpression(expr.toString()).expressionAttributeNames(names)
                .expressionAttributeValues(values.isEmpty() ? null : values);
        }

        void apply(Database db) {
            switch (kind) {
                case PUT -> db.putItem(p -> p.tableName(TABLE).item(putItem(key())));
                case UPDATE -> db.updateItem(u -> update(u, key()));
                case DELETE -> db.deleteItem(d -> d.tableName(TABLE).key(key()));
                case CONDITIONAL_UPDATE -> {
                    try {
                        db.updateItem(u -> update(u, key()).conditionExpression("attribute_exists(a)"));
                    } catch (ConditionalCheckFailedException e) {
                        // no "a": nothing changes
                    }
                }
                case CONDITIONAL_PUT -> {
                    try {
                        db.putItem(p -> p.tableName(TABLE).item(putItem(key())).conditionExpression("attribute_not_exists(pk)"));
                    } catch (ConditionalCheckFailedException e) {
                        // the item exists: nothing changes
                    }
                }
                case BAD_PUT -> {
                    Map<String, AttributeValue> bad = putItem(key());
                    bad.put(salt % 2 == 0 ? "ls" : "gb", n(salt));
                    assertThatThrownBy(() -> db.putItem(p -> p.tableName(TABLE).item(bad)))
                        .isInstanceOf(ValidationException.class).hasMessageContaining("Type mismatch for Index Key");
                }
                case TRANSACTION -> {
                    UpdateItemRequest u = update(UpdateItemRequest.builder(), otherKey()).build();
                    db.transactWriteItems(r -> r.transactItems(
                        TransactWriteItem.builder().put(Put.builder().tableName(TABLE).item(putItem(key())).build()).build(),
                        TransactWriteItem.builder().update(Update.builder().tableName(TABLE).key(u.key())
                            .updateExpression(u.updateExpression()).expressionAttributeNames(u.expressionAttributeNames())
                            .expressionAttributeValues(u.expressionAttributeValues()).build()).build()));
                }
                default -> db.batchWriteItem(b -> b.requestItems(Map.of(TABLE, List.of(
                    WriteRequest.builder().putRequest(PutRequest.builder().item(putItem(key())).build()).build(),
                    WriteRequest.builder().deleteRequest(DeleteRequest.builder().key(otherKey()).build()).build()))));
            }
        }

        @Override
        public String toString() {
            return kind + " p" + partition + "/" + sort + " " + Arrays.toString(choices) + " salt " + salt;
        }
    }

    private Path freshDir() {
        try {
            return Files.createTempDirectory(root, "db");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    @DisplayName("Indexes (LSI/GSI, KEYS_ONLY/INCLUDE/ALL, N/S/B keys) equal the ones recomputed from the table after every write and after reopening")
    void indexesMatchTheTable() {
        qt().withExamples(60).forAll(
                lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(1, 16),
                integers().between(1, 4))
            .checkAssert((codes, limit) -> {
                Path dir = freshDir();
                // steps whose code is a multiple of 7 are followed by a checkpoint
                List<Step> steps = codes.stream().map(Step::of).toList();
                try (Database db = Database.open(dir)) {
                    createModelTable(db, TABLE);
                    for (int i = 0; i < steps.size(); i++) {
                        steps.get(i).apply(db);
                        checkAll(db, limit, "after " + steps.subList(0, i + 1));
                        if (codes.get(i) % 7 == 0) {
                            // some runs recover from a checkpoint plus the log after it
                            db.checkpoint();
                        }
                    }
                }
                try (Database db = Database.open(dir)) {
                    checkAll(db, limit, "after reopening, " + steps);
                    // the reopened indexes keep following writes
                    Step.of(codes.get(0) ^ 0x5555).apply(db);
                    checkAll(db, limit, "after reopening and one more write, " + steps);
                }
            });
        assertThat(indexedEntriesSeen.get()).as("index entries compared over all examples").isGreaterThan(100);
    }

    private void checkAll(Database db, int limit, String context) {
        List<Map<String, AttributeValue>> table = Reference.scanTableInOrder(db, TABLE);
        TableDescription described = db.describeTable(r -> r.tableName(TABLE)).table();
        for (Reference.Index index : INDEXES) {
            Map<AttributeValue, List<Map<String, AttributeValue>>> expected = Reference.expected(table, KEYS, index);
            long entries = expected.values().stream().mapToLong(List::size).sum();
            indexedEntriesSeen.addAndGet(entries);
            Reference.assertIndexEquals(db, TABLE, KEYS, index, expected, limit, context);
            Long itemCount = index.local()
                ? described.localSecondaryIndexes().stream().filter(i -> i.indexName().equals(index.name())).findFirst().orElseThrow().itemCount()
                : described.globalSecondaryIndexes().stream().filter(i -> i.indexName().equals(index.name())).findFirst().orElseThrow().itemCount();
            assertThat(itemCount).as("DescribeTable itemCount of %s %s", index.name(), context).isEqualTo(entries);
        }
    }

    /**
     * The index a table implies, recomputed from a Scan of the table, and the checks that read an
     * index completely (Scan and Query with small Limits) and compare it. Shared by the index tests.
     */
    static final class Reference {
        private Reference() {
        }

        /** The table's key attribute names; {@code range} null for a hash-only table. */
        record TableKeys(String hash, String range) {
            List<String> names() {
                return range == null ? List.of(hash) : List.of(hash, range);
            }
        }

        /** An index declaration as the reference needs it. */
        record Index(String name, boolean local, String hash, ScalarAttributeType hashType, String range,
                     ScalarAttributeType rangeType, ProjectionType projectionType, List<String> nonKey) {
            List<KeySchemaElement> keySchema() {
                return range == null ? List.of(hashKey(hash)) : List.of(hashKey(hash), rangeKey(range));
            }

            Projection projection() {
                return Projection.builder().projectionType(projectionType)
                    .nonKeyAttributes(projectionType == ProjectionType.INCLUDE ? nonKey : null).build();
            }

            List<String> keyNames() {
                return range == null ? List.of(hash) : List.of(hash, range);
            }
        }

        /** Every item of the table in the table's own key order (one Scan, following LastEvaluatedKey). */
        static List<Map<String, AttributeValue>> scanTableInOrder(Database db, String table) {
            List<Map<String, AttributeValue>> all = new ArrayList<>();
            Map<String, AttributeValue> start = null;
            do {
                Map<String, AttributeValue> esk = start;
                ScanResult r = db.scan(q -> q.tableName(table).exclusiveStartKey(esk));
                all.addAll(r.items());
                start = r.lastEvaluatedKey();
            } while (start != null);
            return all;
        }

        /** Whether a value may be an index key of this type (right type, not empty, not oversized). */
        static boolean validKey(AttributeValue v, ScalarAttributeType type, boolean hash) {
            if (v == null || !v.type().name().equals(type.name())) {
                return false;
            }
            int len = switch (type) {
                case S -> v.s().getBytes(StandardCharsets.UTF_8).length;
                case B -> v.b().length;
                default -> 1;
            };
            return len >= 1 && len <= (hash ? 2048 : 1024);
        }

        /** The entry of {@code item} in the index: its projection. */
        static Map<String, AttributeValue> project(Map<String, AttributeValue> item, TableKeys keys, Index index) {
            if (index.projectionType() == ProjectionType.ALL) {
                return new HashMap<>(item);
            }
            Set<String> names = new LinkedHashSet<>(keys.names());
            names.addAll(index.keyNames());
            if (index.projectionType() == ProjectionType.INCLUDE) {
                names.addAll(index.nonKey());
            }
            Map<String, AttributeValue> out = new HashMap<>();
            for (String name : names) {
                if (item.containsKey(name)) {
                    out.put(name, item.get(name));
                }
            }
            return out;
        }

        /** Total order of key values of one type: numbers by value, strings by UTF-8 bytes, binary unsigned. */
        static int compareKey(AttributeValue x, AttributeValue y) {
            return switch (x.type()) {
                case N -> new BigDecimal(x.n()).compareTo(new BigDecimal(y.n()));
                case S -> Arrays.compareUnsigned(x.s().getBytes(StandardCharsets.UTF_8), y.s().getBytes(StandardCharsets.UTF_8));
                default -> Arrays.compareUnsigned(x.b(), y.b());
            };
        }

        /**
         * The index recomputed from the table (items in the table's key order): per index partition
         * key value, the entries in the documented order (index sort key, ties by the table's key order).
         */
        static Map<AttributeValue, List<Map<String, AttributeValue>>> expected(List<Map<String, AttributeValue>> tableInOrder,
                                                                                TableKeys keys, Index index) {
            record Entry(Map<String, AttributeValue> item, int rank) {
            }
            Map<AttributeValue, List<Entry>> parts = new HashMap<>();
            for (int rank = 0; rank < tableInOrder.size(); rank++) {
                Map<String, AttributeValue> it = tableInOrder.get(rank);
                if (!validKey(it.get(index.hash()), index.hashType(), true)) {
                    continue;
                }
                if (index.range() != null && !validKey(it.get(index.range()), index.rangeType(), false)) {
                    continue;
                }
                parts.computeIfAbsent(it.get(index.hash()), k -> new ArrayList<>()).add(new Entry(it, rank));
            }
            Map<AttributeValue, List<Map<String, AttributeValue>>> out = new HashMap<>();
            parts.forEach((h, entries) -> {
                Comparator<Entry> order = Comparator.comparingInt(Entry::rank);
                if (index.range() != null) {
                    order = Comparator.<Entry, AttributeValue>comparing(e -> e.item().get(index.range()), Reference::compareKey)
                        .thenComparingInt(Entry::rank);
                }
                entries.sort(order);
                out.put(h, entries.stream().map(e -> project(e.item(), keys, index)).toList());
            });
            return out;
        }

        /** The attributes every LastEvaluatedKey of the index must have: index keys plus table keys. */
        static Set<String> lekNames(TableKeys keys, Index index) {
            Set<String> names = new HashSet<>(keys.names());
            names.addAll(index.keyNames());
            return names;
        }

        /** The whole index through Scan with indexName and the given Limit, per partition in the order read. */
        static Map<AttributeValue, List<Map<String, AttributeValue>>> scanIndex(Database db, String table, TableKeys keys,
                                                                                 Index index, Integer limit, String context) {
            Map<AttributeValue, List<Map<String, AttributeValue>>> out = new HashMap<>();
            Map<String, AttributeValue> start = null;
            int pages = 0;
            do {
                Map<String, AttributeValue> esk = start;
                ScanResult r = db.scan(q -> q.tableName(table).indexName(index.name()).limit(limit).exclusiveStartKey(esk));
                if (limit != null) {
                    assertThat(r.scannedCount()).as(context).isLessThanOrEqualTo(limit);
                }
                for (Map<String, AttributeValue> it : r.items()) {
                    out.computeIfAbsent(it.get(index.hash()), k -> new ArrayList<>()).add(it);
                }
                start = r.lastEvaluatedKey();
                if (start != null) {
                    assertThat(start.keySet()).as("Scan LastEvaluatedKey of %s, %s", index.name(), context)
                        .isEqualTo(lekNames(keys, index));
                }
                assertThat(++pages).as("Scan of %s does not end, %s", index.name(), context).isLessThan(1_000_000);
            } while (start != null);
            return out;
        }

        /** One partition of the index through Query with the given Limit and direction. */
        static List<Map<String, AttributeValue>> queryIndex(Database db, String table, TableKeys keys, Index index,
                                                            AttributeValue partition, Integer limit, boolean forward,
                                                            String context) {
            List<Map<String, AttributeValue>> out = new ArrayList<>();
            Map<String, AttributeValue> start = null;
            int pages = 0;
            do {
                Map<String, AttributeValue> esk = start;
                QueryResult r = db.query(q -> q.tableName(table).indexName(index.name()).keyConditionExpression("#h = :h")
                    .expressionAttributeNames(Map.of("#h", index.hash())).expressionAttributeValues(Map.of(":h", partition))
                    .limit(limit).scanIndexForward(forward).exclusiveStartKey(esk));
                out.addAll(r.items());
                start = r.lastEvaluatedKey();
                if (start != null) {
                    assertThat(start.keySet()).as("Query LastEvaluatedKey of %s, %s", index.name(), context)
                        .isEqualTo(lekNames(keys, index));
                }
                assertThat(++pages).as("Query of %s does not end, %s", index.name(), context).isLessThan(1_000_000);
            } while (start != null);
            return out;
        }

        /**
         * Reads the index completely, by Scan and by Query of every expected partition (both
         * directions), with the given Limit, and compares it with the expected index.
         */
        static void assertIndexEquals(Database db, String table, TableKeys keys, Index index,
                                      Map<AttributeValue, List<Map<String, AttributeValue>>> expected, Integer limit,
                                      String context) {
            Map<AttributeValue, List<Map<String, AttributeValue>>> scanned = scanIndex(db, table, keys, index, limit, context);
            assertThat(scanned).as("index %s read by Scan (Limit %s) %s", index.name(), limit, context).isEqualTo(expected);
            for (Map.Entry<AttributeValue, List<Map<String, AttributeValue>>> e : expected.entrySet()) {
                assertThat(queryIndex(db, table, keys, index, e.getKey(), limit, true, context))
                    .as("index %s partition %s by Query (Limit %s) %s", index.name(), e.getKey(), limit, context)
                    .containsExactlyElementsOf(e.getValue());
                List<Map<String, AttributeValue>> reversed = new ArrayList<>(e.getValue());
                Collections.reverse(reversed);
                assertThat(queryIndex(db, table, keys, index, e.getKey(), limit, false, context))
                    .as("index %s partition %s by Query backwards (Limit %s) %s", index.name(), e.getKey(), limit, context)
                    .containsExactlyElementsOf(reversed);
            }
        }
    }
}
