package dev.tidemark.benchmarks;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.LongConsumer;

/**
 * Runs the engine workload's phases, in order, against one {@link Store}, from a single thread.
 *
 * <p>Every phase starts with a warm-up slice (a tenth of its operations, at least one) that runs
 * but is not recorded; then each measured operation is timed with {@link System#nanoTime()} and
 * the phase's throughput is measured operations over the wall-clock time of the measured loop.
 * One operation is one API call, except that a Query that returns a partition in several pages
 * counts as one operation, and a BatchWriteItem that must be retried counts once with its retries.
 *
 * <ol>
 *   <li>{@code put}: PutItem of items {@code 0..N-1} (the first tenth is the warm-up);</li>
 *   <li>{@code get}: N GetItem of uniformly random existing items;</li>
 *   <li>{@code query}: N/10 Query calls, each reading one random whole partition of 100 items;</li>
 *   <li>{@code update}: N conditional UpdateItem increments of random existing items;</li>
 *   <li>{@code scan}: full-table Scans in pages of {@link Settings#scanPageLimit()} items; the first
 *       full scan is the warm-up, then {@link Settings#scanRepeats()} measured ones; one operation is
 *       one page (one Scan call);</li>
 *   <li>{@code batch_write}: N/25 BatchWriteItem calls of 25 new items ({@code N..2N-1});</li>
 *   <li>{@code transact_write}: N/10 TransactWriteItems calls, each incrementing the counters of
 *       {@link #TRANSACTION_SIZE} distinct random items of {@code 0..N-1} with conditional Updates;</li>
 *   <li>{@code put_2gsi}: PutItem of items {@code 0..N-1} into a new table with two GSIs,
 *       {@link Workload#INDEXED_TABLE}, interleaved chunk by chunk with the same puts into a new
 *       plain table {@link Workload#PLAIN_TABLE}, the reference {@link #PUT_REFERENCE}; the two
 *       use the same code path at the same time, so they differ only in the indexes. Creating
 *       and deleting the tables is not timed;</li>
 *   <li>{@code gsi_query}: N/10 Query calls on the GSI {@link Workload#BY_CATEGORY} of that table,
 *       each one page ({@code Limit} {@link #GSI_QUERY_LIMIT}) of one random category, which holds
 *       all of the category's items (at most {@link Workload#CATEGORY_SPREAD}).</li>
 * </ol>
 *
 * <p>The two index phases come last, so the tables they add cannot affect the phases before them;
 * {@code gsi_query} reads the table {@code put_2gsi} loaded.
 */
public final class EngineSuite {
    /** The phases, in the order they run and are printed. */
    public static final List<String> PHASES = List.of("put", "get", "query", "update", "scan", "batch_write",
        "transact_write", "put_2gsi", "gsi_query");
    /**
     * The key, in the results of {@link #run(Store, Map)}, of the plain-table reference that
     * {@code put_2gsi} measures first; it is not a phase of its own and prints no phase line.
     */
    public static final String PUT_REFERENCE = "put_plain";
    /** Items per chunk of the interleaved loads of {@code put_2gsi}. */
    public static final int INTERLEAVE_CHUNK = 500;
    /** {@code Limit} of each {@code gsi_query} call. */
    public static final int GSI_QUERY_LIMIT = 20;
    /** Items per BatchWriteItem call. */
    public static final int BATCH_SIZE = 25;
    /** Actions (each an Update of a different item) per TransactWriteItems call. */
    public static final int TRANSACTION_SIZE = 4;

    /**
     * Workload size and repetition settings.
     *
     * @param items N, the number of items loaded by the put phase
     * @param scanRepeats measured full scans
     * @param scanPageLimit Limit of each Scan call
     * @param seed seed of the random key choices (the same for both systems)
     */
    public record Settings(long items, int scanRepeats, int scanPageLimit, long seed) {
        /**
         * Checks the settings.
         *
         * @param items N, at least 1000 and a multiple of 100
         * @param scanRepeats at least 1
         * @param scanPageLimit at least 1
         * @param seed any value
         */
        public Settings {
            if (items < 1000 || items % Workload.PARTITION_SIZE != 0) {
                throw new IllegalArgumentException("items must be a multiple of 100, at least 1000: " + items);
            }
            if (scanRepeats < 1 || scanPageLimit < 1) {
                throw new IllegalArgumentException("scanRepeats and scanPageLimit must be positive");
            }
        }
    }

    private final Settings settings;
    private final PrintStream progress;
    private final boolean settleBetweenPhases;

    /**
     * A suite with the given settings.
     *
     * @param settings the sizes
     * @param progress where progress messages go (standard error, so standard output holds only results)
     */
    public EngineSuite(Settings settings, PrintStream progress) {
        this(settings, progress, true);
    }

    /**
     * A suite; tests skip the garbage collection and pause before each phase.
     *
     * @param settings the sizes
     * @param progress where progress messages go
     * @param settleBetweenPhases whether to run {@code System.gc()} and pause 200 ms before each phase
     */
    EngineSuite(Settings settings, PrintStream progress, boolean settleBetweenPhases) {
        this.settings = settings;
        this.progress = progress;
        this.settleBetweenPhases = settleBetweenPhases;
    }

    /**
     * The warm-up slice of a phase of {@code ops} operations.
     *
     * @param ops the phase's operations
     * @return a tenth of them, at least one
     */
    /**
     * The fewest untimed calls before a phase is timed (at most half the phase's own count): about
     * what HotSpot needs to compile a call path with C2, so neither side is timed while its JIT is
     * still at work. Otherwise the warm-up is a tenth of the phase.
     */
    static final long MIN_WARMUP = 10_000;

    static long warmup(long ops) {
        return Math.max(1, Math.max(ops / 10, Math.min(ops / 2, MIN_WARMUP)));
    }

    /**
     * Creates the table and runs all phases. A failing phase stops the run: the results of the
     * phases before it are in {@code into}, and the exception propagates.
     *
     * @param store the system under test, freshly started
     * @param into receives each phase's result as soon as it is measured, keyed by phase name, and
     *     the {@link #PUT_REFERENCE} measured within {@code put_2gsi}
     */
    public void run(Store store, Map<String, PhaseResult> into) {
        store.createTable();
        long n = settings.items();
        for (String phase : PHASES) {
            if (settleBetweenPhases) {
                settle();
            }
            long started = System.nanoTime();
            PhaseResult r = switch (phase) {
                case "put" -> put(store, n);
                case "get" -> get(store, n);
                case "query" -> query(store, n);
                case "update" -> update(store, n);
                case "scan" -> scan(store, n);
                case "batch_write" -> batchWrite(store, n);
                case "transact_write" -> transactWrite(store, n);
                case "put_2gsi" -> {
                    PhaseResult[] both = putIndexedAndReference(store, n);
                    into.put(PUT_REFERENCE, both[0]);
                    report(store, both[0], started);
                    yield both[1];
                }
                case "gsi_query" -> gsiQuery(store, n);
                default -> throw new IllegalStateException(phase);
            };
            into.put(phase, r);
            report(store, r, started);
        }
    }

    private void report(Store store, PhaseResult r, long started) {
        progress.printf("%s %-16s %10s ops/s  p50 %8s us  p99 %8s us  (%d ops, phase took %s s)%n",
            store.name(), r.phase(), ResultLine.ops(r.opsPerSecond()), ResultLine.micros(r.p50Nanos()),
            ResultLine.micros(r.p99Nanos()), r.operations(), ResultLine.seconds(System.nanoTime() - started));
    }

    /**
     * Runs all phases and returns the results.
     *
     * @param store the system under test
     * @return the results by phase, in phase order, with {@link #PUT_REFERENCE} before {@code put_2gsi}
     */
    public Map<String, PhaseResult> run(Store store) {
        Map<String, PhaseResult> results = new LinkedHashMap<>();
        run(store, results);
        return results;
    }

    private static void settle() {
        System.gc();
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static PhaseResult put(Store store, long n) {
        long warm = warmup(n);
        for (long i = 0; i < warm; i++) {
            store.put(i);
        }
        LatencyRecorder rec = new LatencyRecorder((int) (n - warm));
        long start = System.nanoTime();
        for (long i = warm; i < n; i++) {
            long t = System.nanoTime();
            store.put(i);
            rec.record(System.nanoTime() - t);
        }
        return PhaseResult.of("put", rec, System.nanoTime() - start);
    }

    private PhaseResult get(Store store, long n) {
        return randomKeys("get", settings.seed(), n, store::get);
    }

    /** n operations on uniformly random item numbers, after an unrecorded warm-up slice. */
    private PhaseResult randomKeys(String phase, long seed, long n, LongConsumer op) {
        SplittableRandom random = new SplittableRandom(seed);
        long warm = warmup(n);
        for (long k = 0; k < warm; k++) {
            op.accept(random.nextLong(n));
        }
        LatencyRecorder rec = new LatencyRecorder((int) n);
        long start = System.nanoTime();
        for (long k = 0; k < n; k++) {
            long i = random.nextLong(n);
            long t = System.nanoTime();
            op.accept(i);
            rec.record(System.nanoTime() - t);
        }
        return PhaseResult.of(phase, rec, System.nanoTime() - start);
    }

    private PhaseResult query(Store store, long n) {
        SplittableRandom random = new SplittableRandom(settings.seed() + 1);
        long partitions = n / Workload.PARTITION_SIZE;
        long queries = n / 10;
        long warm = warmup(queries);
        for (long k = 0; k < warm; k++) {
            checkPartition(store, random.nextLong(partitions));
        }
        LatencyRecorder rec = new LatencyRecorder((int) queries);
        long start = System.nanoTime();
        for (long k = 0; k < queries; k++) {
            long p = random.nextLong(partitions);
            long t = System.nanoTime();
            int items = store.queryPartition(p);
            rec.record(System.nanoTime() - t);
            checkPartitionSize(store, p, items);
        }
        return PhaseResult.of("query", rec, System.nanoTime() - start);
    }

    private static void checkPartition(Store store, long p) {
        checkPartitionSize(store, p, store.queryPartition(p));
    }

    private static void checkPartitionSize(Store store, long p, int items) {
        if (items != Workload.PARTITION_SIZE) {
            throw new IllegalStateException(store.name() + ": partition " + p + " returned " + items + " items");
        }
    }

    private PhaseResult update(Store store, long n) {
        return randomKeys("update", settings.seed() + 2, n, store::increment);
    }

    private PhaseResult scan(Store store, long n) {
        fullScan(store, n, null);
        int repeats = settings.scanRepeats();
        LatencyRecorder rec = new LatencyRecorder((int) (repeats * (n / settings.scanPageLimit() + 2)));
        long start = System.nanoTime();
        for (int r = 0; r < repeats; r++) {
            fullScan(store, n, rec);
        }
        return PhaseResult.of("scan", rec, System.nanoTime() - start);
    }

    private void fullScan(Store store, long n, LatencyRecorder rec) {
        Object from = null;
        long items = 0;
        do {
            long t = System.nanoTime();
            Store.ScanPage page = store.scanPage(from, settings.scanPageLimit());
            if (rec != null) {
                rec.record(System.nanoTime() - t);
            }
            items += page.items();
            from = page.lastEvaluatedKey();
        } while (from != null);
        if (items != n) {
            throw new IllegalStateException(store.name() + ": full scan returned " + items + " items, expected " + n);
        }
    }

    private static PhaseResult batchWrite(Store store, long n) {
        long batches = n / BATCH_SIZE;
        long warm = warmup(batches);
        for (long b = 0; b < warm; b++) {
            store.batchPut(n + b * BATCH_SIZE, BATCH_SIZE);
        }
        LatencyRecorder rec = new LatencyRecorder((int) (batches - warm));
        long start = System.nanoTime();
        for (long b = warm; b < batches; b++) {
            long t = System.nanoTime();
            store.batchPut(n + b * BATCH_SIZE, BATCH_SIZE);
            rec.record(System.nanoTime() - t);
        }
        return PhaseResult.of("batch_write", rec, System.nanoTime() - start);
    }

    /**
     * N/10 transactions (after an unrecorded tenth of that), each incrementing
     * {@link #TRANSACTION_SIZE} distinct random items of the loaded set {@code 0..N-1}. The items
     * are chosen outside the timed call; a cancelled transaction aborts the run.
     */
    private PhaseResult transactWrite(Store store, long n) {
        SplittableRandom random = new SplittableRandom(settings.seed() + 3);
        long transactions = n / 10;
        long warm = warmup(transactions);
        long[] items = new long[TRANSACTION_SIZE];
        for (long k = 0; k < warm; k++) {
            distinctItems(random, n, items);
            store.transactIncrement(items);
        }
        LatencyRecorder rec = new LatencyRecorder((int) transactions);
        long start = System.nanoTime();
        for (long k = 0; k < transactions; k++) {
            distinctItems(random, n, items);
            long t = System.nanoTime();
            store.transactIncrement(items);
            rec.record(System.nanoTime() - t);
        }
        return PhaseResult.of("transact_write", rec, System.nanoTime() - start);
    }

    /**
     * PutItem of items {@code 0..N-1} into two new tables (created first, not timed): the plain
     * reference {@link Workload#PLAIN_TABLE} and {@link Workload#INDEXED_TABLE} with its two GSIs.
     * The two loads are interleaved in chunks of {@link #INTERLEAVE_CHUNK} items, the table that
     * goes first alternating from chunk to chunk, so a change of machine load or JIT state during
     * the phase falls on both alike. The first tenth of each is the warm-up. Each side's elapsed
     * time is the sum of its chunks' wall-clock times. The reference table is deleted at the end.
     *
     * @return the reference's result, then the indexed table's
     */
    private static PhaseResult[] putIndexedAndReference(Store store, long n) {
        store.createTable(Workload.PLAIN_TABLE, false);
        store.createTable(Workload.INDEXED_TABLE, true);
        long warm = warmup(n);
        putChunks(store, 0, warm, null, null);
        LatencyRecorder plain = new LatencyRecorder((int) (n - warm));
        LatencyRecorder indexed = new LatencyRecorder((int) (n - warm));
        long[] elapsed = putChunks(store, warm, n, plain, indexed);
        store.deleteTable(Workload.PLAIN_TABLE);
        return new PhaseResult[] {PhaseResult.of(PUT_REFERENCE, plain, elapsed[0]),
            PhaseResult.of("put_2gsi", indexed, elapsed[1])};
    }

    /** Puts items {@code from..to-1} into both tables chunk by chunk; returns the two sides' summed times. */
    private static long[] putChunks(Store store, long from, long to, LatencyRecorder plain, LatencyRecorder indexed) {
        long[] elapsed = new long[2];
        boolean plainFirst = true;
        for (long chunk = from; chunk < to; chunk += INTERLEAVE_CHUNK) {
            long end = Math.min(to, chunk + INTERLEAVE_CHUNK);
            if (plainFirst) {
                elapsed[0] += putChunk(store, Workload.PLAIN_TABLE, chunk, end, plain);
                elapsed[1] += putChunk(store, Workload.INDEXED_TABLE, chunk, end, indexed);
            } else {
                elapsed[1] += putChunk(store, Workload.INDEXED_TABLE, chunk, end, indexed);
                elapsed[0] += putChunk(store, Workload.PLAIN_TABLE, chunk, end, plain);
            }
            plainFirst = !plainFirst;
        }
        return elapsed;
    }

    private static long putChunk(Store store, String table, long from, long to, LatencyRecorder rec) {
        long start = System.nanoTime();
        for (long i = from; i < to; i++) {
            if (rec == null) {
                store.putInto(table, i);
            } else {
                long t = System.nanoTime();
                store.putInto(table, i);
                rec.record(System.nanoTime() - t);
            }
        }
        return System.nanoTime() - start;
    }

    /**
     * N/10 single-page Queries (after an unrecorded tenth of that) on {@link Workload#BY_CATEGORY},
     * each of a uniformly random category; each must return all of the category's items.
     */
    private PhaseResult gsiQuery(Store store, long n) {
        SplittableRandom random = new SplittableRandom(settings.seed() + 4);
        long categories = Workload.categories(n);
        long queries = n / 10;
        long warm = warmup(queries);
        for (long k = 0; k < warm; k++) {
            long c = random.nextLong(categories);
            checkCategory(store, c, n, store.queryCategory(c, GSI_QUERY_LIMIT));
        }
        LatencyRecorder rec = new LatencyRecorder((int) queries);
        long start = System.nanoTime();
        for (long k = 0; k < queries; k++) {
            long c = random.nextLong(categories);
            long t = System.nanoTime();
            int items = store.queryCategory(c, GSI_QUERY_LIMIT);
            rec.record(System.nanoTime() - t);
            checkCategory(store, c, n, items);
        }
        return PhaseResult.of("gsi_query", rec, System.nanoTime() - start);
    }

    private static void checkCategory(Store store, long c, long n, int items) {
        int expected = Math.min(GSI_QUERY_LIMIT, Workload.categorySize(c, n));
        if (items != expected) {
            throw new IllegalStateException(store.name() + ": category " + c + " returned " + items
                + " items from " + Workload.BY_CATEGORY + ", expected " + expected);
        }
    }

    /** Fills {@code into} with distinct uniformly random item numbers below {@code n}. */
    static void distinctItems(SplittableRandom random, long n, long[] into) {
        for (int a = 0; a < into.length; a++) {
            long i;
            boolean repeated;
            do {
                i = random.nextLong(n);
                repeated = false;
                for (int b = 0; b < a; b++) {
                    if (into[b] == i) {
                        repeated = true;
                        break;
                    }
                }
            } while (repeated);
            into[a] = i;
        }
    }
}
