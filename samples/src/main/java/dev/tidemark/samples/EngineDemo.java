package dev.tidemark.samples;

import dev.tidemark.engine.ConditionalCheckFailedException;
import dev.tidemark.engine.Database;
import dev.tidemark.engine.QueryResult;
import dev.tidemark.engine.ScanResult;
import dev.tidemark.engine.model.AttributeDefinition;
import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.engine.model.BillingMode;
import dev.tidemark.engine.model.KeySchemaElement;
import dev.tidemark.engine.model.KeyType;
import dev.tidemark.engine.model.PutRequest;
import dev.tidemark.engine.model.ReturnValue;
import dev.tidemark.engine.model.ScalarAttributeType;
import dev.tidemark.engine.model.Select;
import dev.tidemark.engine.model.WriteRequest;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The embedded quick start: opens (or creates) a durable database, loads a sample {@code orders}
 * table on first run, then reads and writes it the way an application would — a key lookup, a
 * query of one customer's orders newest first, a prefix query, a conditional update and a filtered
 * scan — printing each request and what came back.
 *
 * <p>Run it with {@code ./tidemark demo [directory]} (default directory {@code ./tidemark-data}).
 */
public final class EngineDemo {
    static final String TABLE = "orders";
    static final int CUSTOMERS = 100;
    static final int ORDERS = 2_000;
    private static final String[] STATUSES = {"PLACED", "PAID", "SHIPPED", "DELIVERED"};
    private static final String[] PRODUCTS = {"kettle", "lamp", "desk", "chair", "mug", "rug", "shelf"};

    private EngineDemo() {
    }

    /**
     * Runs the demo.
     *
     * @param args optional database directory
     */
    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0] : "tidemark-data").toAbsolutePath();
        run(dir, System.out);
    }

    /** Runs the demo against {@code dir}, printing to {@code out}. */
    static void run(Path dir, PrintStream out) {
        out.println("Tidemark embedded demo");
        out.println("  database directory: " + dir);
        try (Database db = Database.open(dir)) {
            if (!db.listTables(l -> { }).tableNames().contains(TABLE)) {
                load(db, out);
            } else {
                out.println("  reopened existing table '" + TABLE + "' with "
                    + db.describeTable(d -> d.tableName(TABLE)).table().itemCount() + " items");
            }
            String customer = customer(42);

            out.println();
            out.println("GetItem  " + customer + "'s oldest order that is still PLACED");
            QueryResult placed = db.query(q -> q.tableName(TABLE).keyConditionExpression("customer = :c")
                .filterExpression("#s = :placed").expressionAttributeNames(Map.of("#s", "status"))
                .expressionAttributeValues(Map.of(":c", s(customer), ":placed", s("PLACED"))));
            Map<String, AttributeValue> first = placed.items().get(0);
            Map<String, AttributeValue> key = Map.of("customer", first.get("customer"), "placed", first.get("placed"));
            out.println("  -> " + brief(db.getItem(g -> g.tableName(TABLE).key(key)).item()));

            out.println();
            out.println("Query    the 5 latest orders of " + customer + " (ScanIndexForward=false, Limit=5)");
            QueryResult latest = db.query(q -> q.tableName(TABLE).keyConditionExpression("customer = :c")
                .expressionAttributeValues(Map.of(":c", s(customer))).scanIndexForward(false).limit(5));
            latest.items().forEach(i -> out.println("  -> " + brief(i)));

            out.println();
            out.println("Query    " + customer + "'s orders placed in May 2026 (begins_with on the sort key)");
            QueryResult march = db.query(q -> q.tableName(TABLE)
                .keyConditionExpression("customer = :c AND begins_with(placed, :m)")
                .expressionAttributeValues(Map.of(":c", s(customer), ":m", s("2026-05"))));
            out.println("  -> " + march.count() + " orders");

            out.println();
            out.println("UpdateItem  ship that order if it is not shipped yet (a conditional write)");
            try {
                Map<String, AttributeValue> updated = db.updateItem(u -> u.tableName(TABLE).key(key)
                    .updateExpression("SET #s = :shipped, shippedOn = :today ADD revisions :one")
                    .conditionExpression("#s IN (:placed, :paid)")
                    .expressionAttributeNames(Map.of("#s", "status"))
                    .expressionAttributeValues(Map.of(":shipped", s("SHIPPED"), ":today", s(LocalDate.now().toString()),
                        ":one", AttributeValue.fromN(1), ":placed", s("PLACED"), ":paid", s("PAID")))
                    .returnValues(ReturnValue.UPDATED_NEW)).attributes();
                out.println("  -> updated: " + updated);
            } catch (ConditionalCheckFailedException e) {
                out.println("  -> " + e.errorName() + ": " + e.getMessage() + " (already shipped on an earlier run)");
            }
            try {
                db.updateItem(u -> u.tableName(TABLE).key(key)
                    .updateExpression("SET #s = :shipped")
                    .conditionExpression("#s IN (:placed, :paid)")
                    .expressionAttributeNames(Map.of("#s", "status"))
                    .expressionAttributeValues(Map.of(":shipped", s("SHIPPED"), ":placed", s("PLACED"), ":paid", s("PAID"))));
                out.println("  -> second attempt unexpectedly succeeded");
            } catch (ConditionalCheckFailedException e) {
                out.println("  -> second attempt: " + e.errorName() + ": " + e.getMessage());
            }

            out.println();
            out.println("Scan     count orders over 500.00 (FilterExpression, Select=COUNT, paged)");
            int big = 0;
            int scanned = 0;
            Map<String, AttributeValue> start = null;
            do {
                Map<String, AttributeValue> from = start;
                ScanResult page = db.scan(sc -> sc.tableName(TABLE).filterExpression("#total > :t")
                    .expressionAttributeNames(Map.of("#total", "total")) // TOTAL is a reserved word
                    .expressionAttributeValues(Map.of(":t", AttributeValue.fromN("500.00"))).select(Select.COUNT)
                    .exclusiveStartKey(from).limit(500));
                big += page.count();
                scanned += page.scannedCount();
                start = page.lastEvaluatedKey();
            } while (start != null);
            out.println("  -> " + big + " of " + scanned + " orders");

            out.println();
            out.println("Use this database from Java (module tidemark-engine):");
            out.println("  try (Database db = Database.open(Path.of(\"" + dir + "\"))) {");
            out.println("      db.getItem(g -> g.tableName(\"orders\").key(Map.of(");
            out.println("          \"customer\", AttributeValue.fromS(\"" + customer + "\"),");
            out.println("          \"placed\", AttributeValue.fromS(\"" + key.get("placed").s() + "\"))));");
            out.println("  }");
            out.println("Everything above is in the commit log under " + dir.resolve("log")
                + "; run the demo again to see it reopened.");
        }
    }

    private static void load(Database db, PrintStream out) {
        db.createTable(t -> t.tableName(TABLE)
            .keySchema(KeySchemaElement.builder().attributeName("customer").keyType(KeyType.HASH).build(),
                KeySchemaElement.builder().attributeName("placed").keyType(KeyType.RANGE).build())
            .attributeDefinitions(
                AttributeDefinition.builder().attributeName("customer").attributeType(ScalarAttributeType.S).build(),
                AttributeDefinition.builder().attributeName("placed").attributeType(ScalarAttributeType.S).build())
            .billingMode(BillingMode.PAY_PER_REQUEST));
        out.println("  created table '" + TABLE + "' (partition key customer, sort key placed)");
        Random rnd = new Random(7);
        List<WriteRequest> batch = new ArrayList<>();
        for (int i = 0; i < ORDERS; i++) {
            LocalDate day = LocalDate.of(2026, 1, 1).plusDays(rnd.nextInt(300));
            String placed = day + "T" + String.format("%02d:%02d", rnd.nextInt(24), rnd.nextInt(60)) + "#" + String.format("%05d", i);
            List<AttributeValue> lines = new ArrayList<>();
            int n = 1 + rnd.nextInt(3);
            long cents = 0;
            for (int l = 0; l < n; l++) {
                long price = 500 + rnd.nextInt(40_000);
                cents += price;
                lines.add(AttributeValue.fromM(Map.of("product", s(PRODUCTS[rnd.nextInt(PRODUCTS.length)]),
                    "price", AttributeValue.fromN(java.math.BigDecimal.valueOf(price, 2)))));
            }
            batch.add(WriteRequest.builder().putRequest(PutRequest.builder().item(Map.of(
                "customer", s(customer(rnd.nextInt(CUSTOMERS))),
                "placed", s(placed),
                "status", s(STATUSES[rnd.nextInt(STATUSES.length)]),
                "total", AttributeValue.fromN(java.math.BigDecimal.valueOf(cents, 2)),
                "lines", AttributeValue.fromL(lines))).build()).build());
            if (batch.size() == 25) {
                List<WriteRequest> writes = List.copyOf(batch);
                db.batchWriteItem(b -> b.requestItems(Map.of(TABLE, writes)));
                batch.clear();
            }
        }
        out.println("  loaded " + ORDERS + " sample orders of " + CUSTOMERS + " customers with BatchWriteItem");
    }

    static String customer(int i) {
        return String.format("c-%03d", i);
    }

    private static AttributeValue s(String v) {
        return AttributeValue.fromS(v);
    }

    private static String brief(Map<String, AttributeValue> item) {
        return item.get("placed").s() + "  " + item.get("status").s() + "  total " + item.get("total").n()
            + "  (" + item.get("lines").l().size() + " lines)";
    }
}
