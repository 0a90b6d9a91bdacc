package dev.tidemark.benchmarks;

import dev.tidemark.engine.Database;
import dev.tidemark.engine.DatabaseOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Tidemark-only reports, each measured in a fresh child JVM started with the project's JVM flags
 * (the filtered {@code jvm.args} resource) and its own {@code -Xmx}:
 *
 * <ul>
 *   <li>{@code heap_per_item}: used heap (after {@code System.gc()}) before and after loading the
 *       items into a temporary database, divided by the item count;</li>
 *   <li>{@code reopen}: one child loads the items into a directory and closes it; a second child
 *       (cold heap, warm OS page cache) times {@code Database.open(dir)} until a read succeeds, and
 *       then the close;</li>
 *   <li>{@code large_dataset}: 2,000,000 items of 1 KiB loaded under {@code -Xmx512m}, then random
 *       GetItem calls and one full Scan.</li>
 * </ul>
 *
 * <p>Items are loaded with BatchWriteItem (25 a call) to keep the reports short. Directories are
 * made under {@code -Dtidemark.bench.dir} (default: the temp directory) and deleted afterwards.
 */
public final class ExtraReports {
    /** The internal mode the parent passes to a child JVM. */
    public static final String CHILD_MODE = "extra-child";
    /** Items of the heap and reopen reports. */
    public static final long ITEMS = 1_000_000;
    /** Items of the large-dataset report. */
    public static final long LARGE_ITEMS = 2_000_000;
    /** Item size of the large-dataset report. */
    public static final int LARGE_ITEM_BYTES = 1024;
    /** Heap cap of the large-dataset report. */
    public static final String LARGE_HEAP = "512m";

    private ExtraReports() {
    }

    /**
     * Runs the requested reports, each in child JVMs whose {@code RESULT} lines go to {@code out}.
     *
     * @param opts {@code quick} (a tenth of the items), {@code items} (overrides the heap/reopen
     *     count; large uses twice as many), {@code report} (comma-separated subset of
     *     {@code heap,reopen,large})
     * @param out where the children's standard output goes (it is inherited)
     * @param err progress messages
     * @return 0 if every child succeeded, 1 otherwise
     */
    public static int runAll(Map<String, String> opts, PrintStream out, PrintStream err) {
        boolean quick = opts.containsKey("quick");
        long items = Long.parseLong(opts.getOrDefault("items", Long.toString(quick ? ITEMS / 10 : ITEMS)));
        long largeItems = opts.containsKey("items") ? items * 2 : (quick ? LARGE_ITEMS / 10 : LARGE_ITEMS);
        List<String> reports = Arrays.asList(opts.getOrDefault("report", "heap,reopen,large").split(","));
        Path base = Paths.get(System.getProperty("tidemark.bench.dir", System.getProperty("java.io.tmpdir")));
        int status = 0;
        out.flush();
        try {
            Files.createDirectories(base);
            if (reports.contains("heap")) {
                err.println("heap_per_item: loading " + items + " items in a child JVM (-Xmx4g)");
                status |= runChild("4g", "heap", Long.toString(items));
            }
            if (reports.contains("reopen")) {
                Path dir = Files.createTempDirectory(base, "tidemark-reopen-");
                try {
                    err.println("reopen: loading " + items + " items into " + dir);
                    status |= runChild("2g", "load", dir.toString(), Long.toString(items));
                    if (status == 0) {
                        err.println("reopen: reopening in a fresh child JVM");
                        status |= runChild("2g", "reopen", dir.toString(), Long.toString(items));
                    } else {
                        err.println("reopen: skipped, the load failed");
                    }
                } finally {
                    deleteRecursively(dir);
                }
            }
            if (reports.contains("large")) {
                Path dir = Files.createTempDirectory(base, "tidemark-large-");
                try {
                    err.println("large_dataset: " + largeItems + " items of " + LARGE_ITEM_BYTES
                        + " bytes under -Xmx" + LARGE_HEAP + " in " + dir);
                    status |= runChild(LARGE_HEAP, "large", dir.toString(), Long.toString(largeItems));
                } finally {
                    deleteRecursively(dir);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return status == 0 ? 0 : 1;
    }

    /**
     * The JVM flags the build filtered from the parent POM's {@code tidemark.jvm.flags}.
     *
     * @return the flags, one element each
     */
    public static List<String> projectJvmFlags() {
        try (InputStream in = ExtraReports.class.getResourceAsStream("jvm.args")) {
            if (in == null) {
                throw new IllegalStateException("jvm.args resource missing: build the module with Maven");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
            if (text.contains("${")) {
                throw new IllegalStateException("jvm.args was not filtered: build the module with Maven");
            }
            return text.isEmpty() ? List.of() : List.of(text.split("\\s+"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int runChild(String heap, String... childArgs) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(projectJvmFlags());
        cmd.add("-Xmx" + heap);
        cmd.add("-Xms" + (heap.equals(LARGE_HEAP) ? heap : "256m"));
        // Logging levels and the data directory set on the parent's command line apply to children too.
        for (String name : System.getProperties().stringPropertyNames()) {
            if (name.startsWith("org.slf4j.") || name.startsWith("tidemark.")) {
                cmd.add("-D" + name + "=" + System.getProperty(name));
            }
        }
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(BenchmarkMain.class.getName());
        cmd.add(CHILD_MODE);
        cmd.add(heap);
        cmd.addAll(List.of(childArgs));
        Process p = new ProcessBuilder(cmd).inheritIO().start();
        try {
            return p.waitFor() == 0 ? 0 : 1;
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    /**
     * Entry of a child JVM: {@code extra-child <heap> heap <items>}, {@code ... load <dir> <items>},
     * {@code ... reopen <dir> <items>} or {@code ... large <dir> <items>}.
     *
     * @param args the arguments, starting with {@link #CHILD_MODE}
     * @return the exit status
     */
    public static int child(String[] args) {
        String heap = args[1];
        String report = args[2];
        try {
            switch (report) {
                case "heap" -> heapPerItem(Long.parseLong(args[3]));
                case "load" -> load(Paths.get(args[3]), Long.parseLong(args[4]));
                case "reopen" -> reopen(Paths.get(args[3]), Long.parseLong(args[4]));
                case "large" -> large(heap, Paths.get(args[3]), Long.parseLong(args[4]));
                default -> throw new IllegalArgumentException("unknown report " + report);
            }
            return 0;
        } catch (RuntimeException e) {
            System.err.println(report + " failed: " + e);
            e.printStackTrace(System.err);
            return 1;
        }
    }

    private static void loadItems(TidemarkStore store, long items) {
        long b = 0;
        for (; b + EngineSuite.BATCH_SIZE <= items; b += EngineSuite.BATCH_SIZE) {
            store.batchPut(b, EngineSuite.BATCH_SIZE);
        }
        if (b < items) {
            store.batchPut(b, (int) (items - b));
        }
    }

    private static long usedHeapAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    private static void heapPerItem(long items) {
        Workload workload = new Workload(Workload.DEFAULT_ITEM_BYTES);
        // The item cache is a bounded constant (DatabaseOptions.itemCacheBytes); switch it off so the
        // figure is what every item costs: its key, its directory entry and the skip list's nodes.
        Database db = Database.openTemporary(DatabaseOptions.builder().itemCacheBytes(0).build());
        try (TidemarkStore store = new TidemarkStore(db, workload, true)) {
            store.createTable();
            long before = usedHeapAfterGc();
            loadItems(store, items);
            long after = usedHeapAfterGc();
            store.get(items - 1);
            System.out.println(ResultLine.report("heap_per_item",
                "bytes_per_item", Math.round((double) (after - before) / items), "items", items, "item_cache", "off"));
        }
    }

    private static void load(Path dir, long items) {
        Workload workload = new Workload(Workload.DEFAULT_ITEM_BYTES);
        long start = System.nanoTime();
        try (TidemarkStore store = new TidemarkStore(Database.open(dir), workload, true)) {
            store.createTable();
            loadItems(store, items);
        }
        System.err.println("reopen: loaded and closed in " + ResultLine.seconds(System.nanoTime() - start) + " s");
    }

    private static void reopen(Path dir, long items) {
        Workload workload = new Workload(Workload.DEFAULT_ITEM_BYTES);
        long start = System.nanoTime();
        Database db = Database.open(dir);
        TidemarkStore store = new TidemarkStore(db, workload, true);
        store.get(items - 1);
        long opened = System.nanoTime();
        store.close();
        long closed = System.nanoTime();
        System.out.println(ResultLine.report("reopen", "items", items,
            "seconds", ResultLine.seconds(closed - start),
            "open_seconds", ResultLine.seconds(opened - start),
            "close_seconds", ResultLine.seconds(closed - opened)));
    }

    private static void large(String heap, Path dir, long items) {
        Workload workload = new Workload(LARGE_ITEM_BYTES);
        try (TidemarkStore store = new TidemarkStore(Database.open(dir), workload, true)) {
            store.createTable();
            long start = System.nanoTime();
            loadItems(store, items);
            long loadNanos = System.nanoTime() - start;
            System.err.println("large_dataset: loaded in " + ResultLine.seconds(loadNanos) + " s");

            long gets = Math.min(items, 100_000);
            SplittableRandom random = new SplittableRandom(20261124);
            for (long k = 0; k < gets / 10; k++) {
                store.get(random.nextLong(items));
            }
            LatencyRecorder rec = new LatencyRecorder((int) gets);
            start = System.nanoTime();
            for (long k = 0; k < gets; k++) {
                long i = random.nextLong(items);
                long t = System.nanoTime();
                store.get(i);
                rec.record(System.nanoTime() - t);
            }
            PhaseResult get = PhaseResult.of("get", rec, System.nanoTime() - start);

            start = System.nanoTime();
            Object from = null;
            long scanned = 0;
            do {
                Store.ScanPage page = store.scanPage(from, 1000);
                scanned += page.items();
                from = page.lastEvaluatedKey();
            } while (from != null);
            long scanNanos = System.nanoTime() - start;
            if (scanned != items) {
                throw new IllegalStateException("full scan returned " + scanned + " items, expected " + items);
            }
            System.out.println(ResultLine.report("large_dataset", "items", items, "item_bytes", LARGE_ITEM_BYTES,
                "heap", heap,
                "load_items_s", ResultLine.ops(items * 1e9 / loadNanos),
                "get_ops_s", ResultLine.ops(get.opsPerSecond()),
                "get_p50_us", ResultLine.micros(get.p50Nanos()),
                "get_p99_us", ResultLine.micros(get.p99Nanos()),
                "scan_items_s", ResultLine.ops(scanned * 1e9 / scanNanos)));
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
