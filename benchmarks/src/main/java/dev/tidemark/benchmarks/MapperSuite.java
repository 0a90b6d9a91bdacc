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
import dev.tidemark.mapper.internal.GeneratedSchemas;
import dev.tidemark.mapper.annotation.PartitionKey;
import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
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
 * anchor=engine-direct anchor_ops_s=.. ratio=<mapper/direct> anchor_p50_us=.. p50_ratio=<direct p50/mapper p50>};
 * {@code p50_ratio} is the same comparison by median latency, steadier than throughput on a busy
 * machine. A ratio of at least 0.67 means the
 * mapper costs at most 1.5 times the hand-written calls. The entity's schema is generated at compile
 * time by the mapper's annotation processor; phases {@code get_reflective} and {@code save_reflective}
 * measure the same calls through the reflective schema, against the same hand-written figures.
 */
public final class MapperSuite {
    /** The phases, in order. */
    public static final List<String> PHASES = List.of("get", "save", "get_reflective", "save_reflective");

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
            // The entity is compiled with the mapper's annotation processor: its generated schema must be in use.
            GeneratedSchemas.Kind kind = GeneratedSchemas.kind(em, Order.class);
            err.println("mapper suite: " + kind.name().toLowerCase(Locale.ROOT) + " schema for " + Order.class.getSimpleName());
            if (kind != GeneratedSchemas.Kind.GENERATED) {
                throw new IllegalStateException("the mapper suite's entity has no generated schema; "
                    + "compile the benchmarks with the tidemark-mapper-processor on the class path");
            }
            em.createTable(Order.class);
            // For comparison: the same entity through the schema built by reflection.
            EntityManager reflective = EntityManager.builder(db).generatedSchemas(false).build();
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
            // Two warm-up rounds, then five measured ones; each variant reports the round with its median
            // ratio. Within a round the variants take turns in blocks of BLOCK entities, so a GC pause or a
            // stretch off the CPU on a busy machine does not land on one variant only.
            Op directSave = i -> db.putItem(PutItemRequest.builder().tableName("direct_bench").item(toItem(orders[i])).build());
            Op mapperSave = i -> em.save(orders[i]);
            // The reflective variant stores its own items (other ids in the same table): had it reused the
            // generated variant's items it would find them warm in the caches.
            Order[] reflectiveOrders = new Order[n];
            for (int i = 0; i < n; i++) {
                Order o = orders[i];
                reflectiveOrders[i] = new Order("r" + o.id(), o.customer(), o.status(), o.quantity(), o.priority(),
                    o.price(), o.paid(), o.created(), o.note(), o.version());
            }
            Op reflectiveSave = i -> reflective.save(reflectiveOrders[i]);
            Op directGet = i -> fromItem(db.getItem(GetItemRequest.builder().tableName("direct_bench")
                .key(Map.of("id", AttributeValue.fromS(orders[i].id()))).build()).item());
            Op mapperGet = i -> em.find(Order.class, Key.of(orders[i].id())).orElseThrow();
            Op reflectiveGet = i -> reflective.find(Order.class, Key.of(reflectiveOrders[i].id())).orElseThrow();
            List<Timed[]> saves = new ArrayList<>();
            List<Timed[]> gets = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                err.printf("mapper suite: round %d of %d, %d entities%n", round + 1, ROUNDS, n);
                System.gc();
                Timed[] s = interleaved("save", n, directSave, mapperSave, reflectiveSave);
                System.gc();
                Timed[] g = interleaved("get", n, directGet, mapperGet, reflectiveGet);
                err.printf(Locale.ROOT, "  ops/s save: direct %.0f generated %.0f reflective %.0f; get: direct %.0f generated %.0f"
                    + " reflective %.0f%n", s[0].ops(), s[1].ops(), s[2].ops(), g[0].ops(), g[1].ops(), g[2].ops());
                if (round >= WARM_UP) {
                    saves.add(s);
                    gets.add(g);
                }
            }
            out.println(medianLine("get", gets, 1));
            out.println(medianLine("save", saves, 1));
            out.println(medianLine("get_reflective", gets, 2));
            out.println(medianLine("save_reflective", saves, 2));
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

    private static final int BLOCK = 500;
    private static final int WARM_UP = 2;
    private static final int ROUNDS = 7;

    /**
     * The line of the measured round with the median ratio of variant {@code v} to the hand-written
     * calls (variant 0) of the same round: both sides of a round ran interleaved under the same
     * conditions, and the median round is neither the one a long pause hit nor a lucky one.
     */
    private static String medianLine(String phase, List<Timed[]> rounds, int v) {
        List<Timed[]> sorted = new ArrayList<>(rounds);
        sorted.sort(java.util.Comparator.comparingDouble(r -> r[v].ops() / r[0].ops()));
        Timed[] median = sorted.get(sorted.size() / 2);
        return line(phase, median[v].result(), median[0].result());
    }

    /** One variant's operations and time within a round. */
    private static final class Timed {
        final String phase;
        final Op op;
        final LatencyRecorder rec;
        long elapsed;
        Object sink;

        Timed(String phase, Op op, int n) {
            this.phase = phase;
            this.op = op;
            this.rec = new LatencyRecorder(n);
        }

        void run(int from, int to) {
            long start = System.nanoTime();
            for (int i = from; i < to; i++) {
                long t0 = System.nanoTime();
                sink = op.run(i);
                rec.record(System.nanoTime() - t0);
            }
            elapsed += System.nanoTime() - start;
            if (sink == null && phase.equals("get")) {
                throw new IllegalStateException("nothing read");
            }
        }

        PhaseResult result() {
            return PhaseResult.of(phase, rec, elapsed);
        }

        double ops() {
            return result().opsPerSecond();
        }
    }

    private static Timed[] interleaved(String phase, int n, Op... ops) {
        Timed[] timed = new Timed[ops.length];
        for (int v = 0; v < ops.length; v++) {
            timed[v] = new Timed(phase, ops[v], n);
        }
        // The variant that goes first changes from block to block, so none always runs right after a GC
        // triggered by another.
        for (int from = 0, block = 0; from < n; from += BLOCK, block++) {
            int to = Math.min(n, from + BLOCK);
            for (int v = 0; v < timed.length; v++) {
                timed[(block + v) % timed.length].run(from, to);
            }
        }
        return timed;
    }

    static String line(String phase, PhaseResult mapper, PhaseResult direct) {
        return "RESULT suite=mapper phase=" + phase
            + " tidemark_ops_s=" + ResultLine.ops(mapper.opsPerSecond())
            + " tidemark_p50_us=" + ResultLine.micros(mapper.p50Nanos())
            + " tidemark_p99_us=" + ResultLine.micros(mapper.p99Nanos())
            + " anchor=engine-direct"
            + " anchor_ops_s=" + ResultLine.ops(direct.opsPerSecond())
            + " ratio=" + String.format(Locale.ROOT, "%.2f", mapper.opsPerSecond() / direct.opsPerSecond())
            + " anchor_p50_us=" + ResultLine.micros(direct.p50Nanos())
            + " p50_ratio=" + String.format(Locale.ROOT, "%.2f", (double) direct.p50Nanos() / Math.max(1, mapper.p50Nanos()));
    }
}
