package dev.tidemark.benchmarks;

import dev.tidemark.engine.Database;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Command-line entry of the harness. Standard output carries only {@code RESULT} lines; progress
 * and errors go to standard error.
 *
 * <pre>
 * engine [--quick] [--items N] [--only tidemark|anchor|accounting] [--scan-repeats R] [--seed S]
 * engine-extra [--quick] [--items N] [--report heap,reopen,large]
 * sql [--quick]
 * </pre>
 *
 * <p>{@code engine} runs {@link EngineSuite} on Tidemark ({@link Database#openTemporary()}), closes
 * it, then runs it on DynamoDB Local, and prints one line per phase, then the
 * {@code put_2gsi_overhead} line ({@link ResultLine#overhead}), then the Tidemark-only lines of
 * {@link AccountingSuite} (the cost of capacity accounting and of metrics; {@code --only
 * accounting} runs just those). {@code engine-extra} runs the
 * Tidemark-only reports of {@link ExtraReports}, each in a child JVM. The exit status is 0 only if
 * every requested measurement completed.
 */
public final class BenchmarkMain {
    /** Default N of the engine suite. */
    public static final long DEFAULT_ITEMS = 100_000;
    /** N of the engine suite with {@code --quick}. */
    public static final long QUICK_ITEMS = 10_000;

    private BenchmarkMain() {
    }

    /**
     * Runs the harness.
     *
     * @param args the mode and its options, as described above
     */
    public static void main(String[] args) {
        if (args.length == 0) {
            usage("no mode given");
        }
        String mode = args[0];
        Map<String, String> opts = parseOptions(args, 1);
        int status;
        switch (mode) {
            case "engine" -> status = engine(opts);
            case "mapper" -> status = MapperSuite.run(Long.parseLong(opts.getOrDefault("items",
                opts.containsKey("quick") ? "20000" : "100000")), System.out, System.err);
            case "engine-extra" -> status = ExtraReports.runAll(opts, System.out, System.err);
            case "sql" -> status = SqlSuite.run(opts, System.out, System.err);
            case ExtraReports.CHILD_MODE -> status = ExtraReports.child(args);
            default -> {
                usage("unknown mode " + mode);
                status = 2;
            }
        }
        System.out.flush();
        System.exit(status);
    }

    private static Map<String, String> parseOptions(String[] args, int from) {
        Map<String, String> opts = new LinkedHashMap<>();
        if (args[0].equals(ExtraReports.CHILD_MODE)) {
            return opts;
        }
        for (int i = from; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--quick" -> opts.put("quick", "true");
                case "--items", "--only", "--scan-repeats", "--seed", "--report" -> {
                    if (i + 1 >= args.length) {
                        usage(a + " needs a value");
                    }
                    opts.put(a.substring(2), args[++i]);
                }
                default -> usage("unknown option " + a);
            }
        }
        return opts;
    }

    private static void usage(String problem) {
        System.err.println("error: " + problem);
        System.err.println("usage: engine [--quick] [--items N] [--only tidemark|anchor|accounting] [--scan-repeats R] [--seed S]");
        System.err.println("       engine-extra [--quick] [--items N] [--report heap,reopen,large]");
        System.err.println("       sql [--quick]");
        System.exit(2);
    }

    private static int engine(Map<String, String> opts) {
        boolean quick = opts.containsKey("quick");
        long items = Long.parseLong(opts.getOrDefault("items", Long.toString(quick ? QUICK_ITEMS : DEFAULT_ITEMS)));
        int scanRepeats = Integer.parseInt(opts.getOrDefault("scan-repeats", quick ? "2" : "3"));
        long seed = Long.parseLong(opts.getOrDefault("seed", "20261124"));
        String only = opts.get("only");
        if (only != null && !only.equals("tidemark") && !only.equals("anchor") && !only.equals("accounting")) {
            usage("--only takes tidemark, anchor or accounting");
        }
        EngineSuite.Settings settings = new EngineSuite.Settings(items, scanRepeats, 1000, seed);
        PrintStream err = System.err;
        err.printf("engine suite: N=%d items of ~%d bytes, single-threaded client loop, max heap %d MiB, JVM args %s%n",
            items, Workload.DEFAULT_ITEM_BYTES, Runtime.getRuntime().maxMemory() >> 20,
            ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(s -> s.startsWith("-Xm")).toList());
        EngineSuite suite = new EngineSuite(settings, err);
        Workload workload = new Workload(Workload.DEFAULT_ITEM_BYTES, true);
        int status = 0;

        Map<String, PhaseResult> tidemark = new LinkedHashMap<>();
        if (only == null || only.equals("tidemark")) {
            try (TidemarkStore store = new TidemarkStore(Database.openTemporary(), workload, true)) {
                suite.run(store, tidemark);
            } catch (RuntimeException e) {
                err.println("tidemark side failed: " + e);
                e.printStackTrace(err);
                status = 1;
            }
        }
        Map<String, PhaseResult[]> accounting = new LinkedHashMap<>();
        if (!"anchor".equals(only)) {
            try {
                accounting = new AccountingSuite(items, seed, err).run();
            } catch (RuntimeException e) {
                err.println("tidemark accounting comparison failed: " + e);
                e.printStackTrace(err);
                status = 1;
            }
        }
        Map<String, PhaseResult> anchor = new LinkedHashMap<>();
        if (only == null || only.equals("anchor")) {
            try (DynamoDbLocalStore store = new DynamoDbLocalStore(workload)) {
                suite.run(store, anchor);
            } catch (RuntimeException e) {
                err.println("dynamodb-local side failed: " + e);
                e.printStackTrace(err);
                status = 1;
            }
        }
        List<String> lines = new ArrayList<>();
        for (String phase : EngineSuite.PHASES) {
            lines.add(ResultLine.engine(phase, tidemark.get(phase), anchor.get(phase)));
        }
        lines.add(ResultLine.overhead("put_2gsi_overhead",
            tidemark.get(EngineSuite.PUT_REFERENCE), tidemark.get("put_2gsi"),
            anchor.get(EngineSuite.PUT_REFERENCE), anchor.get("put_2gsi")));
        for (String phase : AccountingSuite.PHASES) {
            lines.add(AccountingSuite.line(phase, accounting.get(phase)));
        }
        lines.forEach(System.out::println);
        return status;
    }
}
