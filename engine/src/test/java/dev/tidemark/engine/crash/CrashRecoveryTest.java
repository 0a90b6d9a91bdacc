package dev.tidemark.engine.crash;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidemark.engine.Database;
import dev.tidemark.engine.model.AttributeValue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * flight landed on all of its keys or on none. Cycles: {@code -Dtidemark.crash.cycles} (20 by default; the
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
            Process child = start(firstOp, rnd.nextLong());
            Map<Integer, Op> pending = new HashMap<>();
            Map<String, State> acked = new HashMap<>(state);
            long acks = runAndKill(child, 150 + rnd.nextInt(900), pending, acked);
            totalAcks += acks;
            Map<String, State> actual = read();
            verify(cycle, acked, pending, actual);
            state = actual;
        }
        assertThat(totalAcks).as("acknowledged operations across all cycles").isGreaterThan(cycles);
        assertThat(acksByKind).as("every kind of operation was acknowledged at least once")
            .containsKeys("PUT", "UPD", "DEL", "BAT", "TXN");
    }

    private Process start(long firstOp, long seed) throws IOException {
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

    private Map<String, State> read() {
        Map<String, State> actual = new HashMap<>();
        try (Database db = Database.open(dir)) {
            Map<String, AttributeValue> start = null;
            do {
                Map<String, AttributeValue> from = start;
                var page = db.scan(s -> s.tableName(CrashWorkload.TABLE).exclusiveStartKey(from));
                for (Map<String, AttributeValue> item : page.items()) {
                    AttributeValue c = item.get("c");
                    actual.put(item.get("pk").s(), new State(true, Long.parseLong(item.get("v").n()),
                        c == null ? 0 : Long.parseLong(c.n())));
                }
                start = page.lastEvaluatedKey();
            } while (start != null);
        }
        return actual;
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
