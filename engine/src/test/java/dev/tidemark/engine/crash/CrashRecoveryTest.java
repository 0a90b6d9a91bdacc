package dev.tidemark.engine.crash;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidemark.engine.Database;
import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.engine.model.IndexStatus;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a writing child JVM with SIGKILL at random moments and checks, after every kill, that the
 * reopened database holds every acknowledged write and nothing half-applied: per key, the state is
 * the last acknowledged one, or that plus the one operation in flight; a batch or a transaction in
 * flight landed on all of its keys or on none; and every secondary index of the table (an LSI and a
 * GSI), read completely through Scan and Query with small Limits, equals the index recomputed from
 * the recovered table (the second cycle also adds a GSI whose backfill is held until the kill; it must be
 * ACTIVE and complete after recovery). Cycles: {@code -Dtidemark.crash.cycles} (20 by default; the
 * {@code soak} profile runs 1,000).
 */
class CrashRecoveryTest {
    private static final int THREADS = 3;

    /** State of one key: absent, or its v and c. */
    record State(boolean exists, long v, long c) {
        static final State ABSENT = new State(false, 0, 0);
    }

    /** An operation that began; {@code keys} it touches. */
    record Op(long id, String kind, List<String> keys) {
    }

    @TempDir
    Path dir;

    /** Index entries compared with the recomputed indexes, per index, across cycles. */
    private final Map<String, Long> indexEntriesChecked = new HashMap<>();

    /** Acknowledged operations per kind, across cycles. */
    private final Map<String, Long> acksByKind = new HashMap<>();

    @Test
    void everyAcknowledgedWriteSurvivesSigkill() throws Exception {
        int cycles = Integer.getInteger("tidemark.crash.cycles", 20);
        Random rnd = new Random(Long.getLong("tidemark.crash.seed", System.nanoTime()));
        Map<String, State> state = new HashMap<>();
        long totalAcks = 0;
        for (int cycle = 0; cycle < cycles; cycle++) {
            long firstOp = (cycle + 1L) * 100_000_000L;
            // the second cycle adds a GSI whose backfill is held, so the kill finds it CREATING
            Process child = start(firstOp, rnd.nextLong(), cycle == 1);
            Map<Integer, Op> pending = new HashMap<>();
            Map<String, State> acked = new HashMap<>(state);
            long acks = runAndKill(child, 150 + rnd.nextInt(900), pending, acked);
            totalAcks += acks;
            Map<String, State> actual = read(cycle);
            verify(cycle, acked, pending, actual);
            state = actual;
        }
        assertThat(totalAcks).as("acknowledged operations across all cycles").isGreaterThan(cycles);
        assertThat(acksByKind).as("every kind of operation was acknowledged at least once")
            .containsKeys("PUT", "UPD", "DEL", "BAT", "TXN");
        assertThat(indexEntriesChecked).as("index entries checked against the recovered table")
            .containsKeys(CrashWorkload.LSI, CrashWorkload.GSI).allSatisfy((index, count) -> assertThat(count).isPositive());
        if (cycles > 1) {
            assertThat(indexEntriesChecked).as("the GSI added while writes went on was checked").containsKey(CrashWorkload.LATE_GSI);
        }
    }

    private Process start(long firstOp, long seed, boolean addIndex) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (arg.startsWith("--add-") || arg.startsWith("-Dchronicle")) {
                cmd.add(arg);
            }
        }
        cmd.add("-Xmx256m");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(CrashWorkload.class.getName());
        cmd.add(dir.toString());
        cmd.add(Integer.toString(THREADS));
        cmd.add(Long.toString(firstOp));
        cmd.add(Long.toString(seed));
        if (addIndex) {
            cmd.add("addIndex");
        }
        return new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Reads the child's output until the kill; applies acknowledged operations to {@code acked}. */
    private long runAndKill(Process child, int runMillis, Map<Integer, Op> pending, Map<String, State> acked)
        throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String first = in.readLine();
        assertThat(first).as("child start-up").isEqualTo("READY");
        Thread killer = new Thread(() -> {
            try {
                Thread.sleep(runMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            child.toHandle().destroyForcibly(); // SIGKILL; unlike Process.destroyForcibly it leaves our end of the pipe open
        });
        killer.start();
        long acks = 0;
        String line;
        while ((line = in.readLine()) != null) {
            String[] f = line.split(" ");
            if (f.length < 3) {
                continue;
            }
            int thread = Integer.parseInt(f[1]);
            long id = Long.parseLong(f[2]);
            if (f[0].equals("B") && f.length == 5) {
                pending.put(thread, new Op(id, f[3], List.of(f[4].split(","))));
            } else if (f[0].equals("A")) {
                Op op = pending.remove(thread);
                if (op == null || op.id() != id) {
                    continue;
                }
                boolean ccf = f.length > 3 && f[3].equals("ccf");
                if (!ccf) {
                    for (String k : op.keys()) {
                        acked.put(k, apply(op, acked.getOrDefault(k, State.ABSENT)));
                    }
                } else {
                    assertThat(acked.getOrDefault(op.keys().get(0), State.ABSENT).exists())
                        .as("condition attribute_exists failed, so the acknowledged state has no item").isFalse();
                }
                acks++;
                acksByKind.merge(op.kind(), 1L, Long::sum);
            }
        }
        killer.join();
        child.waitFor(30, TimeUnit.SECONDS);
        // A "B" line cut by the kill may be missing: its op never got an ack, and is not in pending,
        // so a landed effect of it would show up as a mismatch. The child prints B before calling the
        // engine, so a write can only land after its complete B line was flushed.
        return acks;
    }

    private static State apply(Op op, State s) {
        return switch (op.kind()) {
            case "PUT", "BAT", "TXN" -> new State(true, op.id(), 0);
            case "UPD" -> s.exists() ? new State(true, op.id(), s.c() + 1) : s;
            case "DEL" -> State.ABSENT;
            default -> throw new IllegalStateException(op.kind());
        };
    }

    private Map<String, State> read(int cycle) {
        Map<String, State> actual = new HashMap<>();
        try (Database db = Database.open(dir)) {
            List<Map<String, AttributeValue>> items = new ArrayList<>();
            Map<String, AttributeValue> start = null;
            do {
                Map<String, AttributeValue> from = start;
                var page = db.scan(s -> s.tableName(CrashWorkload.TABLE).exclusiveStartKey(from));
                items.addAll(page.items());
                start = page.lastEvaluatedKey();
            } while (start != null);
            for (Map<String, AttributeValue> item : items) {
                AttributeValue c = item.get("c");
                long v = Long.parseLong(item.get("v").n());
                String g = CrashWorkload.g(v);
                assertThat(item.get("g")).as("cycle %d: g of %s follows its v", cycle, item)
                    .isEqualTo(g == null ? null : AttributeValue.fromS(g));
                actual.put(CrashWorkload.keyName(item), new State(true, v, c == null ? 0 : Long.parseLong(c.n())));
            }
            verifyIndex(db, cycle, items, CrashWorkload.LSI, "pk", "v", List.of());
            verifyIndex(db, cycle, items, CrashWorkload.GSI, "g", "v", List.of("c"));
            var gsis = db.describeTable(r -> r.tableName(CrashWorkload.TABLE)).table().globalSecondaryIndexes();
            assertThat(gsis).as("cycle %d: every GSI is ACTIVE after recovery", cycle)
                .allSatisfy(g -> assertThat(g.indexStatus()).isEqualTo(IndexStatus.ACTIVE));
            if (gsis.stream().anyMatch(g -> g.indexName().equals(CrashWorkload.LATE_GSI))) {
                verifyIndex(db, cycle, items, CrashWorkload.LATE_GSI, "pad", null, List.of());
            } else {
                assertThat(cycle).as("the GSI added in cycle 1 exists from then on").isLessThan(1);
            }
        }
        return actual;
    }

    /**
     * Checks one index (sort key v, projecting the table keys, its keys and {@code included}) against
     * the one recomputed from the table's items, given in the table's key order: by Scan with a small
     * Limit and by Query of every partition, backwards too. Ties on v come in the table's key order.
     */
    private void verifyIndex(Database db, int cycle, List<Map<String, AttributeValue>> tableInOrder, String index,
                             String hash, String range, List<String> included) {
        Map<AttributeValue, List<Map<String, AttributeValue>>> expected = new HashMap<>();
        List<Map<String, AttributeValue>> sorted = new ArrayList<>(tableInOrder);
        if (range != null) {
            // stable sort: ties keep the table's key order
            sorted.sort(Comparator.comparing(i -> new BigDecimal(i.get(range).n())));
        }
        for (Map<String, AttributeValue> item : sorted) {
            if (!item.containsKey(hash) || (range != null && !item.containsKey(range))) {
                continue;
            }
            Map<String, AttributeValue> entry = new HashMap<>();
            for (String name : range == null ? List.of("pk", "sk", hash) : List.of("pk", "sk", range, hash)) {
                entry.put(name, item.get(name));
            }
            for (String name : included) {
                if (item.containsKey(name)) {
                    entry.put(name, item.get(name));
                }
            }
            expected.computeIfAbsent(item.get(hash), k -> new ArrayList<>()).add(entry);
        }
        Map<AttributeValue, List<Map<String, AttributeValue>>> scanned = new HashMap<>();
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            var page = db.scan(s -> s.tableName(CrashWorkload.TABLE).indexName(index).limit(37).exclusiveStartKey(from));
            for (Map<String, AttributeValue> entry : page.items()) {
                scanned.computeIfAbsent(entry.get(hash), k -> new ArrayList<>()).add(entry);
            }
            start = page.lastEvaluatedKey();
        } while (start != null);
        indexEntriesChecked.merge(index, (long) expected.values().stream().mapToInt(List::size).sum(), Long::sum);
        assertThat(scanned).as("cycle %d: index %s by Scan equals the one recomputed from the table", cycle, index)
            .isEqualTo(expected);
        for (Map.Entry<AttributeValue, List<Map<String, AttributeValue>>> partition : expected.entrySet()) {
            for (boolean forward : new boolean[] {true, false}) {
                List<Map<String, AttributeValue>> queried = new ArrayList<>();
                start = null;
                do {
                    Map<String, AttributeValue> from = start;
                    var page = db.query(q -> q.tableName(CrashWorkload.TABLE).indexName(index)
                        .keyConditionExpression("#h = :h").expressionAttributeNames(Map.of("#h", hash))
                        .expressionAttributeValues(Map.of(":h", partition.getKey())).limit(25).scanIndexForward(forward)
                        .exclusiveStartKey(from));
                    queried.addAll(page.items());
                    start = page.lastEvaluatedKey();
                } while (start != null);
                List<Map<String, AttributeValue>> want = new ArrayList<>(partition.getValue());
                if (!forward) {
                    Collections.reverse(want);
                }
                assertThat(queried).as("cycle %d: index %s partition %s by Query (forward %s)", cycle, index,
                    partition.getKey(), forward).isEqualTo(want);
            }
        }
    }

    private static void verify(int cycle, Map<String, State> acked, Map<Integer, Op> pending, Map<String, State> actual) {
        Map<String, Op> inFlight = new HashMap<>();
        for (Op op : pending.values()) {
            for (String k : op.keys()) {
                inFlight.put(k, op);
            }
        }
        java.util.Set<String> keys = new java.util.HashSet<>(acked.keySet());
        keys.addAll(actual.keySet());
        for (String k : keys) {
            State a = actual.getOrDefault(k, State.ABSENT);
            State e = acked.getOrDefault(k, State.ABSENT);
            Op op = inFlight.get(k);
            boolean ok = a.equals(e) || (op != null && a.equals(apply(op, e)));
            assertThat(ok).as("cycle %d key %s: actual %s, acknowledged %s, in flight %s", cycle, k, a, e, op).isTrue();
        }
        for (Op op : pending.values()) {
            if (op.kind().equals("BAT") || op.kind().equals("TXN")) {
                long landed = op.keys().stream().filter(k -> {
                    State a = actual.getOrDefault(k, State.ABSENT);
                    return a.exists() && a.v() == op.id();
                }).count();
                assertThat(landed).as("cycle %d: %s %d landed on all keys or none", cycle, op.kind(), op.id())
                    .isIn(0L, (long) op.keys().size());
            }
        }
        Objects.requireNonNull(actual);
    }
}
