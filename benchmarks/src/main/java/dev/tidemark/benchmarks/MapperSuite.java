package dev.tidemark.benchmarks;

import dev.tidemark.engine.Database;
import dev.tidemark.engine.GetItemRequest;
import dev.tidemark.engine.PutItemRequest;
import dev.tidemark.engine.model.AttributeDefinition;
import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.engine.model.BillingMode;
import dev.tidemark.engine.model.KeySchemaElement;
import dev.tidemark.engine.model.KeyType;
import dev.tidemark.engine.model.ScalarAttributeType;
import dev.tidemark.mapper.EntityManager;
import dev.tidemark.mapper.Key;
import dev.tidemark.mapper.annotation.MappedTable;
import dev.tidemark.mapper.annotation.PartitionKey;
import java.io.PrintStream;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Mapper overhead: get and save of a 10-field entity through the {@link EntityManager} against the
 * same requests written by hand against the engine (building the item map from the object, and the
 * object from the returned map), in the same run on the same database. Prints
 * {@code RESULT suite=mapper phase=<get|save> tidemark_ops_s=.. tidemark_p50_us=.. tidemark_p99_us=..
 * anchor=engine-direct anchor_ops_s=.. ratio=<mapper/direct>}; a ratio of at least 0.67 means the
 * mapper costs at most 1.5 times the hand-written calls.
 */
public final class MapperSuite {
    /** The phases, in order. */
    public static final List<String> PHASES = List.of("get", "save");

    /** The 10-field entity. */
    @MappedTable("mapper_bench")
    public record Order(@PartitionKey String id, String customer, String status, long quantity, int priority,
                        double price, boolean paid, Instant created, String note, long version) {
    }

    private MapperSuite() {
    }

    /**
     * Runs the suite and prints its RESULT lines.
     *
     * @param items entities per phase
     * @param out where RESULT lines go
     * @param err where progress goes
     * @return 0 on success
     */
    public static int run(long items, PrintStream out, PrintStream err) {
        int n = (int) items;
        try (Database db = Database.openTemporary()) {
            EntityManager em = EntityManager.create(db);
            em.createTable(Order.class);
            db.createTable(t -> t.tableName("direct_bench")
                .keySchema(KeySchemaElement.builder().attributeName("id").keyType(KeyType.HASH).build())
                .attributeDefinitions(AttributeDefinition.builder().attributeName("id").attributeType(ScalarAttributeType.S).build())
                .billingMode(BillingMode.PAY_PER_REQUEST));
            Order[] orders = new Order[n];
            Random rnd = new Random(20261124);
            for (int i = 0; i < n; i++) {
                orders[i] = new Order("order-" + i, "customer-" + rnd.nextInt(1000), "OPEN", rnd.nextInt(100),
                    rnd.nextInt(5), rnd.nextInt(100_000) / 100.0, rnd.nextBoolean(),
                    Instant.ofEpochMilli(1_700_000_000_000L + rnd.nextInt(1_000_000_000)), "note " + i, 1);
            }
            // Two warm-up rounds, then the measured round; mapper and direct alternate per round.
            PhaseResult[] mapperSave = new PhaseResult[1];
            PhaseResult[] directSave = new PhaseResult[1];
            PhaseResult[] mapperGet = new PhaseResult[1];
            PhaseResult[] directGet = new PhaseResult[1];
            for (int round = 0; round < 3; round++) {
                err.printf("mapper suite: round %d of 3, %d entities%n", round + 1, n);
                directSave[0] = loop("save", n, i -> db.putItem(PutItemRequest.builder().tableName("direct_bench")
                    .item(toItem(orders[i])).build()));
                mapperSave[0] = loop("save", n, i -> em.save(orders[i]));
                directGet[0] = loop("get", n, i -> fromItem(db.getItem(GetItemRequest.builder().tableName("direct_bench")
                    .key(Map.of("id", AttributeValue.fromS(orders[i].id()))).build()).item()));
                mapperGet[0] = loop("get", n, i -> em.find(Order.class, Key.of(orders[i].id())).orElseThrow());
            }
            out.println(line("get", mapperGet[0], directGet[0]));
            out.println(line("save", mapperSave[0], directSave[0]));
            return 0;
        }
    }

    /** What a hand-written caller does to store an order. */
    static Map<String, AttributeValue> toItem(Order o) {
        Map<String, AttributeValue> m = new HashMap<>(16);
        m.put("id", AttributeValue.fromS(o.id()));
        m.put("customer", AttributeValue.fromS(o.customer()));
        m.put("status", AttributeValue.fromS(o.status()));
        m.put("quantity", AttributeValue.fromN(o.quantity()));
        m.put("priority", AttributeValue.fromN(o.priority()));
        m.put("price", AttributeValue.fromN(Double.toString(o.price())));
        m.put("paid", AttributeValue.fromBool(o.paid()));
        m.put("created", AttributeValue.fromS(o.created().toString()));
        m.put("note", AttributeValue.fromS(o.note()));
        m.put("version", AttributeValue.fromN(o.version()));
        return m;
    }

    /** What a hand-written caller does to read an order back. */
    static Order fromItem(Map<String, AttributeValue> m) {
        return new Order(m.get("id").s(), m.get("customer").s(), m.get("status").s(), Long.parseLong(m.get("quantity").n()),
            Integer.parseInt(m.get("priority").n()), Double.parseDouble(m.get("price").n()), m.get("paid").bool(),
            Instant.parse(m.get("created").s()), m.get("note").s(), Long.parseLong(m.get("version").n()));
    }

    private interface Op {
        Object run(int i);
    }

    private static PhaseResult loop(String phase, int n, Op op) {
        LatencyRecorder rec = new LatencyRecorder(n);
        Object sink = null;
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            sink = op.run(i);
            rec.record(System.nanoTime() - t0);
        }
        long elapsed = System.nanoTime() - start;
        if (sink == null && phase.equals("get")) {
            throw new IllegalStateException("nothing read");
        }
        return PhaseResult.of(phase, rec, elapsed);
    }

    static String line(String phase, PhaseResult mapper, PhaseResult direct) {
        return "RESULT suite=mapper phase=" + phase
            + " tidemark_ops_s=" + ResultLine.ops(mapper.opsPerSecond())
            + " tidemark_p50_us=" + ResultLine.micros(mapper.p50Nanos())
            + " tidemark_p99_us=" + ResultLine.micros(mapper.p99Nanos())
            + " anchor=engine-direct"
            + " anchor_ops_s=" + ResultLine.ops(direct.opsPerSecond())
            + " ratio=" + String.format(Locale.ROOT, "%.2f", mapper.opsPerSecond() / direct.opsPerSecond());
    }
}
