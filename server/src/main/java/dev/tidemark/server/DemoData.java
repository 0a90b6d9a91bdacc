package dev.tidemark.server;

import dev.tidemark.engine.Database;
import dev.tidemark.engine.model.AttributeDefinition;
import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.engine.model.BillingMode;
import dev.tidemark.engine.model.GlobalSecondaryIndex;
import dev.tidemark.engine.model.KeySchemaElement;
import dev.tidemark.engine.model.KeyType;
import dev.tidemark.engine.model.LocalSecondaryIndex;
import dev.tidemark.engine.model.Projection;
import dev.tidemark.engine.model.PointInTimeRecoverySpecification;
import dev.tidemark.engine.model.ProjectionType;
import dev.tidemark.engine.model.PutRequest;
import dev.tidemark.engine.model.ScalarAttributeType;
import dev.tidemark.engine.model.StreamSpecification;
import dev.tidemark.engine.model.StreamViewType;
import dev.tidemark.engine.model.TimeToLiveSpecification;
import dev.tidemark.engine.model.WriteRequest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The demo data set {@code tidemark serve --demo} loads on first start: a small shop in five tables
 * with secondary indexes, a stream, point-in-time recovery and TTL, the same every time (a fixed random seed) except the carts'
 * expiry times, which count from the load, about 12,500 items in all.
 *
 * <ul>
 *   <li>{@code customers} — key {@code id}; GSI {@code byCountry} ({@code country}, {@code signupDate}).</li>
 *   <li>{@code products} — key {@code sku}; GSI {@code byCategory} ({@code category}, {@code price}).</li>
 *   <li>{@code orders} — key {@code customerId} + {@code orderId}; GSI {@code byStatus} ({@code status},
 *       {@code orderDate}); LSI {@code byDate} ({@code customerId}, {@code orderDate}).</li>
 *   <li>{@code order_lines} — key {@code orderId} + {@code line}: {@code sku}, {@code quantity},
 *       {@code unitPrice}, {@code amount}; an order's {@code total} is the sum of its lines' amounts.</li>
 *   <li>{@code carts} — key {@code cartId}: open shopping carts that expire through TTL (attribute
 *       {@code expiresAt}, epoch seconds, 1 to 48 hours after loading).</li>
 * </ul>
 * {@code orders} has a stream (NEW_AND_OLD_IMAGES) and point-in-time recovery.
 * Dates are ISO-8601 strings ({@code 2025-03-14}), money is a number with two decimals.
 */
public final class DemoData {
    /** The demo tables, in load order. */
    public static final List<String> TABLES = List.of("customers", "products", "orders", "order_lines", "carts");
    /** How many customers. */
    public static final int CUSTOMERS = 300;
    /** How many products. */
    public static final int PRODUCTS = 100;
    /** How many orders. */
    public static final int ORDERS = 3_000;
    /** How many open shopping carts. */
    public static final int CARTS = 200;

    private static final String[] COUNTRIES = {"DE", "FR", "NL", "US", "GB", "SE", "ES", "IT"};
    private static final String[] CITIES = {"Berlin", "Paris", "Amsterdam", "Boston", "London", "Malmo", "Madrid", "Milan"};
    private static final String[] SEGMENTS = {"consumer", "consumer", "consumer", "business", "education"};
    private static final String[] CATEGORIES = {"kitchen", "lighting", "furniture", "textiles", "garden"};
    private static final String[] NOUNS = {"kettle", "lamp", "desk", "chair", "mug", "rug", "shelf", "pot", "bench", "vase"};
    private static final String[] ADJECTIVES = {"oak", "steel", "linen", "walnut", "glass", "clay", "birch", "brass", "wool", "teak"};
    private static final String[] STATUSES = {"PLACED", "PAID", "SHIPPED", "DELIVERED", "DELIVERED", "DELIVERED", "CANCELLED"};
    private static final String[] CHANNELS = {"web", "web", "app", "store"};
    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 1);

    private DemoData() {
    }

    /** Whether the database has no tables at all (a first start). */
    public static boolean isEmpty(Database db) {
        return db.listTables(l -> { }).tableNames().isEmpty();
    }

    /**
     * Creates the four demo tables and loads them.
     *
     * @param db an open database without tables of these names
     * @return the number of items written
     */
    public static long load(Database db) {
        createTables(db);
        Random random = new Random(20250101L);
        Loader loader = new Loader(db);
        for (int i = 1; i <= CUSTOMERS; i++) {
            int c = random.nextInt(COUNTRIES.length);
            loader.put("customers", item("id", s(customerId(i)), "name", s("Customer " + i),
                    "email", s("customer" + i + "@example.com"), "country", s(COUNTRIES[c]), "city", s(CITIES[c]),
                    "segment", s(SEGMENTS[random.nextInt(SEGMENTS.length)]),
                    "signupDate", s(FIRST_DAY.minusDays(30 + random.nextInt(700)).toString())));
        }
        BigDecimal[] prices = new BigDecimal[PRODUCTS + 1];
        for (int i = 1; i <= PRODUCTS; i++) {
            prices[i] = BigDecimal.valueOf(299 + random.nextInt(30_000), 2);
            loader.put("products", item("sku", s(sku(i)),
                    "name", s(ADJECTIVES[random.nextInt(ADJECTIVES.length)] + " " + NOUNS[(i - 1) % NOUNS.length]),
                    "category", s(CATEGORIES[(i - 1) % CATEGORIES.length]), "price", n(prices[i]),
                    "inStock", AttributeValue.fromBool(random.nextInt(10) != 0)));
        }
        for (int o = 1; o <= ORDERS; o++) {
            String orderId = String.format("O%06d", o);
            int lines = 2 + random.nextInt(3);
            BigDecimal total = BigDecimal.ZERO;
            int quantityTotal = 0;
            for (int l = 1; l <= lines; l++) {
                int p = 1 + random.nextInt(PRODUCTS);
                int quantity = 1 + random.nextInt(4);
                BigDecimal amount = prices[p].multiply(BigDecimal.valueOf(quantity)).setScale(2, RoundingMode.UNNECESSARY);
                total = total.add(amount);
                quantityTotal += quantity;
                loader.put("order_lines", item("orderId", s(orderId), "line", AttributeValue.fromN(l), "sku", s(sku(p)),
                        "quantity", AttributeValue.fromN(quantity), "unitPrice", n(prices[p]), "amount", n(amount)));
            }
            loader.put("orders", item("customerId", s(customerId(1 + random.nextInt(CUSTOMERS))), "orderId", s(orderId),
                    "orderDate", s(FIRST_DAY.plusDays(random.nextInt(365)).toString()),
                    "status", s(STATUSES[random.nextInt(STATUSES.length)]), "channel", s(CHANNELS[random.nextInt(CHANNELS.length)]),
                    "items", AttributeValue.fromN(quantityTotal), "total", n(total)));
        }
        long now = java.time.Instant.now().getEpochSecond();
        for (int c = 1; c <= CARTS; c++) {
            loader.put("carts", item("cartId", s(String.format("K%04d", c)), "customerId", s(customerId(1 + random.nextInt(CUSTOMERS))),
                    "sku", s(sku(1 + random.nextInt(PRODUCTS))), "quantity", AttributeValue.fromN(1 + random.nextInt(3)),
                    "expiresAt", AttributeValue.fromN(now + 3600L * (1 + (c - 1) % 48))));
        }
        loader.flush();
        return loader.written;
    }

    private static void createTables(Database db) {
        Projection all = Projection.builder().projectionType(ProjectionType.ALL).build();
        db.createTable(t -> t.tableName("customers").billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(key("id", KeyType.HASH))
                .attributeDefinitions(def("id"), def("country"), def("signupDate"))
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("byCountry")
                        .keySchema(key("country", KeyType.HASH), key("signupDate", KeyType.RANGE)).projection(all).build()));
        db.createTable(t -> t.tableName("products").billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(key("sku", KeyType.HASH))
                .attributeDefinitions(def("sku"), def("category"),
                        AttributeDefinition.builder().attributeName("price").attributeType(ScalarAttributeType.N).build())
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("byCategory")
                        .keySchema(key("category", KeyType.HASH), key("price", KeyType.RANGE)).projection(all).build()));
        db.createTable(t -> t.tableName("orders").billingMode(BillingMode.PAY_PER_REQUEST)
                .streamSpecification(StreamSpecification.builder().streamEnabled(true)
                        .streamViewType(StreamViewType.NEW_AND_OLD_IMAGES).build())
                .keySchema(key("customerId", KeyType.HASH), key("orderId", KeyType.RANGE))
                .attributeDefinitions(def("customerId"), def("orderId"), def("status"), def("orderDate"))
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("byStatus")
                        .keySchema(key("status", KeyType.HASH), key("orderDate", KeyType.RANGE)).projection(all).build())
                .localSecondaryIndexes(LocalSecondaryIndex.builder().indexName("byDate")
                        .keySchema(key("customerId", KeyType.HASH), key("orderDate", KeyType.RANGE)).projection(all).build()));
        db.createTable(t -> t.tableName("order_lines").billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(key("orderId", KeyType.HASH), key("line", KeyType.RANGE))
                .attributeDefinitions(def("orderId"),
                        AttributeDefinition.builder().attributeName("line").attributeType(ScalarAttributeType.N).build()));
        db.updateContinuousBackups(r -> r.tableName("orders").pointInTimeRecoverySpecification(
                PointInTimeRecoverySpecification.builder().pointInTimeRecoveryEnabled(true).build()));
        db.createTable(t -> t.tableName("carts").billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(key("cartId", KeyType.HASH)).attributeDefinitions(def("cartId")));
        db.updateTimeToLive(r -> r.tableName("carts").timeToLiveSpecification(TimeToLiveSpecification.builder()
                .enabled(true).attributeName("expiresAt").build()));
    }

    private static String customerId(int i) {
        return String.format("C%04d", i);
    }

    private static String sku(int i) {
        return String.format("P%03d", i);
    }

    private static AttributeValue s(String v) {
        return AttributeValue.fromS(v);
    }

    private static AttributeValue n(BigDecimal v) {
        return AttributeValue.fromN(v);
    }

    private static Map<String, AttributeValue> item(Object... kv) {
        Map<String, AttributeValue> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], (AttributeValue) kv[i + 1]);
        }
        return m;
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }

    private static AttributeDefinition def(String name) {
        return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
    }

    /** Writes items 25 at a time per table with BatchWriteItem. */
    private static final class Loader {
        private final Database db;
        private final Map<String, List<WriteRequest>> pending = new LinkedHashMap<>();
        long written;

        Loader(Database db) {
            this.db = db;
        }

        void put(String table, Map<String, AttributeValue> item) {
            List<WriteRequest> list = pending.computeIfAbsent(table, t -> new ArrayList<>());
            list.add(WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build());
            if (list.size() == 25) {
                write(table, list);
                pending.remove(table);
            }
        }

        void flush() {
            for (Map.Entry<String, List<WriteRequest>> e : pending.entrySet()) {
                write(e.getKey(), e.getValue());
            }
            pending.clear();
        }

        private void write(String table, List<WriteRequest> list) {
            Map<String, List<WriteRequest>> request = Map.of(table, list);
            while (!request.isEmpty()) {
                Map<String, List<WriteRequest>> send = request;
                Map<String, List<WriteRequest>> unprocessed = db.batchWriteItem(b -> b.requestItems(send)).unprocessedItems();
                request = unprocessed == null ? Map.of() : unprocessed;
            }
            written += list.size();
        }
    }
}
