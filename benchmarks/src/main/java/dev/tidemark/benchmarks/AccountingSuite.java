package dev.tidemark.benchmarks;

import dev.tidemark.engine.Database;
import dev.tidemark.engine.DatabaseOptions;
import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.engine.model.ConsumedCapacity;
import dev.tidemark.engine.model.ReturnConsumedCapacity;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * What capacity accounting and metrics cost Tidemark (no anchor: DynamoDB Local has nothing to
 * compare). Four comparisons, each of two sides run interleaved in chunks of
 * {@link EngineSuite#INTERLEAVE_CHUNK} operations (the side that goes first alternating), so a
 * change of machine load or JIT state falls on both alike; each side's first tenth (at least
 * {@link EngineSuite#MIN_WARMUP} calls, at most half) is an untimed warm-up:
 * <ul>
 *   <li>{@code put_accounting}: PutItem of items {@code 0..N-1} on on-demand tables, without
 *       ({@code off}) and with ({@code on}) {@code ReturnConsumedCapacity=TOTAL} — each side its own
 *       table of the same database;</li>
 *   <li>{@code get_accounting}: N GetItem of random loaded items, without and with
 *       {@code ReturnConsumedCapacity=TOTAL}, on the same table;</li>
 *   <li>{@code put_metrics}, {@code get_metrics}: the same calls without accounting, on a database
 *       without ({@code off}) and one with ({@code on}) a Micrometer {@code SimpleMeterRegistry}.</li>
 * </ul>
 * Each prints {@code RESULT suite=engine phase=<name> tidemark_off_ops_s=<n> tidemark_on_ops_s=<n>
 * tidemark_off_p50_us=<x> tidemark_on_p50_us=<x> p50_ratio=<off p50 / on p50> ratio=<on/off ops>}: both
 * ratios are above 1 when "on" is faster; the accounting ratios must stay at or above 0.95. The
 * median ratio is the steadier one on a busy machine, where a side's throughput also carries the
 * time the thread was off the CPU.
 */
public final class AccountingSuite {
    /** The comparisons, in the order they run and print. */
    public static final List<String> PHASES = List.of("put_accounting", "get_accounting", "put_metrics", "get_metrics");
    private static final String OFF_TABLE = "acct_off";
    private static final String ON_TABLE = "acct_on";

    private final long n;
    private final long seed;
    private final PrintStream progress;

    /**
     * @param n items per side, at least 1000 and a multiple of 100
     * @param seed seed of the random key choices
     * @param progress where progress goes
     */
    public AccountingSuite(long n, long seed, PrintStream progress) {
        this.n = n;
        this.seed = seed;
        this.progress = progress;
    }

    /** One operation of one side. */
    private interface Op {
        void run(long i);
    }

    /**
     * Runs the comparisons.
     *
     * @return per comparison, {off, on}
     */
    public Map<String, PhaseResult[]> run() {
        Map<String, PhaseResult[]> out = new LinkedHashMap<>();
        Workload workload = new Workload(Workload.DEFAULT_ITEM_BYTES, false);
        try (TidemarkStore plain = new TidemarkStore(Database.openTemporary(), workload, true)) {
            Database db = plain.database();
            plain.createTable(OFF_TABLE, false);
            plain.createTable(ON_TABLE, false);
            out.put("put_accounting", compare("put_accounting", sequential(),
                i -> db.putItem(p -> p.tableName(OFF_TABLE).item(plain.item(i))),
                i -> units(db.putItem(p -> p.tableName(ON_TABLE).item(plain.item(i))
                    .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)).consumedCapacity())));
            out.put("get_accounting", compare("get_accounting", random(seed),
                i -> db.getItem(g -> g.tableName(OFF_TABLE).key(key(i))),
                i -> units(db.getItem(g -> g.tableName(OFF_TABLE).key(key(i))
                    .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)).consumedCapacity())));
            SimpleMeterRegistry registry = new SimpleMeterRegistry();
            try (TidemarkStore metered = new TidemarkStore(Database.openTemporary(DatabaseOptions.builder().meterRegistry(registry).build()),
                    workload, true)) {
                Database mdb = metered.database();
                metered.createTable(OFF_TABLE, false);
                plain.deleteTable(OFF_TABLE);
                plain.createTable(OFF_TABLE, false);
                out.put("put_metrics", compare("put_metrics", sequential(),
                    i -> db.putItem(p -> p.tableName(OFF_TABLE).item(plain.item(i))),
                    i -> mdb.putItem(p -> p.tableName(OFF_TABLE).item(metered.item(i)))));
                out.put("get_metrics", compare("get_metrics", random(seed + 1),
                    i -> db.getItem(g -> g.tableName(OFF_TABLE).key(key(i))),
                    i -> mdb.getItem(g -> g.tableName(OFF_TABLE).key(key(i)))));
            }
        }
        return out;
    }

    private static Map<String, AttributeValue> key(long i) {
        return Map.of(Workload.PK, AttributeValue.fromS(Workload.pk(i)), Workload.SK, AttributeValue.fromS(Workload.sk(i)));
    }

    private static void units(ConsumedCapacity c) {
        if (c == null || c.capacityUnits() == null || c.capacityUnits() <= 0) {
            throw new IllegalStateException("tidemark: no consumed capacity returned");
        }
    }

    /** Item numbers of the k-th operation. */
    private interface Keys {
        long key(long k);
    }

    private Keys sequential() {
        return k -> k;
    }

    private Keys random(long s) {
        long[] keys = new long[(int) n];
        SplittableRandom r = new SplittableRandom(s);
        for (int k = 0; k < n; k++) {
            keys[k] = r.nextLong(n);
        }
        return k -> keys[(int) k];
    }

    private PhaseResult[] compare(String phase, Keys keys, Op off, Op on) {
        long warm = EngineSuite.warmup(n);
        chunks(keys, 0, warm, off, on, null, null);
        LatencyRecorder offRec = new LatencyRecorder((int) (n - warm));
        LatencyRecorder onRec = new LatencyRecorder((int) (n - warm));
        long[] elapsed = chunks(keys, warm, n, off, on, offRec, onRec);
        PhaseResult[] r = {PhaseResult.of(phase + "_off", offRec, elapsed[0]), PhaseResult.of(phase + "_on", onRec, elapsed[1])};
        progress.printf("tidemark %-16s off %10s ops/s  on %10s ops/s  ratio %.3f%n", phase, ResultLine.ops(r[0].opsPerSecond()),
            ResultLine.ops(r[1].opsPerSecond()), r[1].opsPerSecond() / r[0].opsPerSecond());
        return r;
    }

    private static long[] chunks(Keys keys, long from, long to, Op off, Op on, LatencyRecorder offRec, LatencyRecorder onRec) {
        long[] elapsed = new long[2];
        boolean offFirst = true;
        for (long chunk = from; chunk < to; chunk += EngineSuite.INTERLEAVE_CHUNK) {
            long end = Math.min(to, chunk + EngineSuite.INTERLEAVE_CHUNK);
            if (offFirst) {
                elapsed[0] += chunk(keys, chunk, end, off, offRec);
                elapsed[1] += chunk(keys, chunk, end, on, onRec);
            } else {
                elapsed[1] += chunk(keys, chunk, end, on, onRec);
                elapsed[0] += chunk(keys, chunk, end, off, offRec);
            }
            offFirst = !offFirst;
        }
        return elapsed;
    }

    private static long chunk(Keys keys, long from, long to, Op op, LatencyRecorder rec) {
        long start = System.nanoTime();
        for (long k = from; k < to; k++) {
            long i = keys.key(k);
            if (rec == null) {
                op.run(i);
            } else {
                long t = System.nanoTime();
                op.run(i);
                rec.record(System.nanoTime() - t);
            }
        }
        return System.nanoTime() - start;
    }

    /**
     * The result line of one comparison.
     *
     * @param phase the comparison
     * @param sides {off, on}, or null when not run
     * @return the line
     */
    public static String line(String phase, PhaseResult[] sides) {
        String na = ResultLine.NOT_AVAILABLE;
        if (sides == null) {
            return ResultLine.report(phase, "tidemark_off_ops_s", na, "tidemark_on_ops_s", na, "tidemark_off_p50_us", na,
                "tidemark_on_p50_us", na, "p50_ratio", na, "ratio", na);
        }
        return ResultLine.report(phase, "tidemark_off_ops_s", ResultLine.ops(sides[0].opsPerSecond()),
            "tidemark_on_ops_s", ResultLine.ops(sides[1].opsPerSecond()),
            "tidemark_off_p50_us", ResultLine.micros(sides[0].p50Nanos()),
            "tidemark_on_p50_us", ResultLine.micros(sides[1].p50Nanos()),
            "p50_ratio", sides[1].p50Nanos() <= 0 ? na
                : String.format(java.util.Locale.ROOT, "%.2f", (double) sides[0].p50Nanos() / sides[1].p50Nanos()),
            "ratio", String.format(java.util.Locale.ROOT, "%.2f", sides[1].opsPerSecond() / sides[0].opsPerSecond()));
    }
}
