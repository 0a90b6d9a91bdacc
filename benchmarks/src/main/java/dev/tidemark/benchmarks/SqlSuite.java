package dev.tidemark.benchmarks;

import dev.tidemark.engine.Database;
import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.engine.model.PutRequest;
import dev.tidemark.engine.model.WriteRequest;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The SQL suite: the same JDBC workload against Tidemark ({@code jdbc:tidemark:mem:}, the embedded
 * driver over a temporary database) and against H2 in memory, in one JVM, one after the other. Lines:
 *
 * <pre>
 * RESULT suite=sql phase=&lt;phase&gt; tidemark_ops_s=&lt;n&gt; tidemark_p50_us=&lt;n&gt; tidemark_p99_us=&lt;n&gt; anchor=h2 anchor_ops_s=&lt;n&gt; ratio=&lt;tidemark/anchor&gt;
 * </pre>
 *
 * Phases: {@code point_select} (prepared select by primary key), {@code partition_query} (prepared
 * select of one partition of 100 rows), {@code insert} (prepared single-row INSERT, auto-commit),
 * {@code group_by} (COUNT/SUM grouped over 1,000,000 rows; 100,000 with {@code --quick}; one op is one
 * whole query) and {@code plan} (preparing a statement never seen before). Tables are created with SQL
 * DDL on both sides; bulk rows are loaded through the engine's BatchWriteItem on Tidemark and a JDBC
 * batch on H2 (loading is not measured).
 */
public final class SqlSuite {
    /** The phases in output order. */
    public static final List<String> PHASES = List.of("point_select", "partition_query", "insert", "group_by", "plan");

    private record Settings(int keys, int partitions, int pointOps, int partitionOps, int insertOps, int bigRows,
            int groupRuns, int planOps) {
    }

    private final Settings s;
    private final PrintStream err;

    private SqlSuite(Settings s, PrintStream err) {
        this.s = s;
        this.err = err;
    }

    /**
     * Runs the suite and prints one RESULT line per phase.
     *
     * @param opts {@code quick} for the short run
     * @param out where RESULT lines go
     * @param err where progress goes
     * @return 0 if every measurement completed
     */
    public static int run(Map<String, String> opts, PrintStream out, PrintStream err) {
        boolean quick = opts.containsKey("quick");
        Settings settings = quick ? new Settings(10_000, 100, 20_000, 2_000, 5_000, 100_000, 3, 200)
                : new Settings(100_000, 500, 100_000, 10_000, 20_000, 1_000_000, 5, 500);
        SqlSuite suite = new SqlSuite(settings, err);
        err.printf("sql suite: %s, max heap %d MiB%n", settings, Runtime.getRuntime().maxMemory() >> 20);
        int status = 0;
        Map<String, PhaseResult> tidemark = new LinkedHashMap<>();
        Map<String, PhaseResult> h2 = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:tidemark:mem:sql-bench")) {
            suite.runAll(c, true, tidemark);
        } catch (SQLException | RuntimeException e) {
            err.println("tidemark side failed: " + e);
            e.printStackTrace(err);
            status = 1;
        }
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:sql-bench")) {
            suite.runAll(c, false, h2);
        } catch (SQLException | RuntimeException e) {
            err.println("h2 side failed: " + e);
            e.printStackTrace(err);
            status = 1;
        }
        for (String phase : PHASES) {
            out.println(line(phase, tidemark.get(phase), h2.get(phase)));
        }
        return status;
    }

    static String line(String phase, PhaseResult t, PhaseResult a) {
        String na = ResultLine.NOT_AVAILABLE;
        String ratio = t != null && a != null && a.opsPerSecond() > 0
                ? String.format(Locale.ROOT, "%.2f", t.opsPerSecond() / a.opsPerSecond()) : na;
        return "RESULT suite=sql phase=" + phase
                + " tidemark_ops_s=" + (t == null ? na : ResultLine.ops(t.opsPerSecond()))
                + " tidemark_p50_us=" + (t == null ? na : ResultLine.micros(t.p50Nanos()))
                + " tidemark_p99_us=" + (t == null ? na : ResultLine.micros(t.p99Nanos()))
                + " anchor=h2"
                + " anchor_ops_s=" + (a == null ? na : ResultLine.ops(a.opsPerSecond()))
                + " ratio=" + ratio;
    }

    /** Measures {@code ops} calls of {@code op}, the first tenth being a warm-up that is not recorded. */
    private interface Op {
        void run(int i) throws SQLException;
    }

    private PhaseResult measure(String phase, String side, int ops, Op op) throws SQLException {
        int warm = Math.max(1, ops / 10);
        for (int i = 0; i < warm; i++) {
            op.run(i);
        }
        LatencyRecorder rec = new LatencyRecorder(ops);
        long start = System.nanoTime();
        for (int i = 0; i < ops; i++) {
            long t0 = System.nanoTime();
            op.run(warm + i);
            rec.record(System.nanoTime() - t0);
        }
        long elapsed = System.nanoTime() - start;
        PhaseResult r = PhaseResult.of(phase, rec, elapsed);
        err.printf("  %s %s: %d ops, %.0f ops/s, p50 %.1f us%n", side, phase, ops, r.opsPerSecond(), r.p50Nanos() / 1000.0);
        return r;
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private static String key(int i) {
        return String.format("k%08d", i);
    }

    private void runAll(Connection c, boolean tidemark, Map<String, PhaseResult> results) throws SQLException {
        String side = tidemark ? "tidemark" : "h2";
        err.println(side + ": loading");
        exec(c, "create table kvs (id varchar(20), v varchar(100), n bigint, primary key (id))");
        exec(c, "create table events (p varchar(20), s bigint, x bigint, primary key (p, s))");
        exec(c, "create table inserted (id varchar(20), v varchar(100), n bigint, primary key (id))");
        exec(c, "create table big (id bigint, g varchar(20), amount bigint, primary key (id))");
        Random r = new Random(20261124);
        List<Map<String, AttributeValue>> kv = new ArrayList<>();
        for (int i = 0; i < s.keys(); i++) {
            kv.add(Map.of("id", AttributeValue.fromS(key(i)), "v", AttributeValue.fromS("value " + i + " " + "x".repeat(40)),
                    "n", AttributeValue.fromN(i)));
        }
        load(c, tidemark, "kvs", List.of("id", "v", "n"), kv);
        List<Map<String, AttributeValue>> events = new ArrayList<>();
        for (int p = 0; p < s.partitions(); p++) {
            for (int e = 0; e < 100; e++) {
                events.add(Map.of("p", AttributeValue.fromS("p" + p), "s", AttributeValue.fromN(e),
                        "x", AttributeValue.fromN(r.nextInt(1000))));
            }
        }
        load(c, tidemark, "events", List.of("p", "s", "x"), events);
        List<Map<String, AttributeValue>> big = new ArrayList<>(s.bigRows());
        for (int i = 0; i < s.bigRows(); i++) {
            big.add(Map.of("id", AttributeValue.fromN(i), "g", AttributeValue.fromS("g" + (i % 16)),
                    "amount", AttributeValue.fromN(r.nextInt(1000))));
        }
        load(c, tidemark, "big", List.of("id", "g", "amount"), big);
        big = null;

        try (PreparedStatement ps = c.prepareStatement("select v, n from kvs where id = ?")) {
            Random pr = new Random(1);
            results.put("point_select", measure("point_select", side, s.pointOps(), i -> {
                ps.setString(1, key(pr.nextInt(s.keys())));
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalStateException("point select found nothing");
                    }
                }
            }));
        }
        try (PreparedStatement ps = c.prepareStatement("select s, x from events where p = ?")) {
            Random pr = new Random(2);
            results.put("partition_query", measure("partition_query", side, s.partitionOps(), i -> {
                ps.setString(1, "p" + pr.nextInt(s.partitions()));
                int n = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        n++;
                    }
                }
                if (n != 100) {
                    throw new IllegalStateException("partition query read " + n + " rows, not 100");
                }
            }));
        }
        try (PreparedStatement ps = c.prepareStatement("insert into inserted (id, v, n) values (?, ?, ?)")) {
            results.put("insert", measure("insert", side, s.insertOps(), i -> {
                ps.setString(1, key(i));
                ps.setString(2, "inserted " + i);
                ps.setLong(3, i);
                if (ps.executeUpdate() != 1) {
                    throw new IllegalStateException("insert did not write one row");
                }
            }));
        }
        // the always-true parameter changes every run, so that no side can hand back a cached result
        try (PreparedStatement ps = c.prepareStatement("select g, count(*), sum(amount) from big where amount > ? group by g")) {
            results.put("group_by", measure("group_by", side, s.groupRuns(), i -> {
                ps.setLong(1, -1 - i);
                long total = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        total += rs.getLong(2);
                    }
                }
                if (total != s.bigRows()) {
                    throw new IllegalStateException("group by counted " + total + " rows");
                }
            }));
        }
        results.put("plan", measure("plan", side, s.planOps(), i -> {
            try (PreparedStatement ps = c.prepareStatement("select v from kvs where id = ? and n > " + i + " and v <> 'p" + i + "'")) {
                ps.setString(1, key(i));
            }
        }));
    }

    /** Loads rows: through BatchWriteItem on Tidemark, a JDBC batch on H2. */
    private void load(Connection c, boolean tidemark, String table, List<String> cols,
            List<Map<String, AttributeValue>> rows) throws SQLException {
        if (tidemark) {
            Database db = c.unwrap(dev.tidemark.calcite.TidemarkSchema.class).database();
            List<WriteRequest> batch = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                batch.add(WriteRequest.builder().putRequest(PutRequest.builder().item(rows.get(i)).build()).build());
                if (batch.size() == 25 || i == rows.size() - 1) {
                    List<WriteRequest> w = List.copyOf(batch);
                    db.batchWriteItem(b -> b.requestItems(Map.of(table, w)));
                    batch.clear();
                }
            }
            return;
        }
        String sql = "insert into " + table + " (" + String.join(", ", cols) + ") values ("
                + String.join(", ", cols.stream().map(x -> "?").toList()) + ")";
        c.setAutoCommit(false);
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < rows.size(); i++) {
                for (int j = 0; j < cols.size(); j++) {
                    AttributeValue v = rows.get(i).get(cols.get(j));
                    if (v.type() == AttributeValue.Type.N) {
                        ps.setBigDecimal(j + 1, v.nAsBigDecimal());
                    } else {
                        ps.setString(j + 1, v.s());
                    }
                }
                ps.addBatch();
                if (i % 1000 == 999) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
        c.commit();
        c.setAutoCommit(true);
    }
}
