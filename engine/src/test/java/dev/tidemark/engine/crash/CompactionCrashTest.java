package dev.tidemark.engine.crash;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidemark.engine.Database;
import dev.tidemark.engine.DatabaseOptions;
import dev.tidemark.engine.ScanResult;
import dev.tidemark.engine.internal.log.CommitLog;
import dev.tidemark.engine.model.AttributeValue;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a child JVM ({@link CompactionWorkload}) that writes while compacting its log without
 * pause (cycles roll every 50 ms, relocation and cycle deletion run all the time) and checks after
 * every kill that the reopened database holds, per key, the last acknowledged write or the one in
 * flight, that every item's image is readable, and that the GSI equals the one recomputed from the
 * table. Cycles: {@code -Dtidemark.compaction.crash.cycles} (4 by default).
 */
class CompactionCrashTest {
    @TempDir
    Path dir;

    @AfterEach
    void restore() {
        CommitLog.rollCycleForTests(null, 0);
        CommitLog.timeSourceForTests(null);
    }

    /** A key's state: absent (version -1) or the version of its last put. */
    @Test
    void compactionNeverLosesAnAcknowledgedWrite() throws Exception {
        int cycles = Integer.getInteger("tidemark.compaction.crash.cycles", 4);
        Random rnd = new Random(Long.getLong("tidemark.crash.seed", System.nanoTime()));
        Map<String, Long> state = new HashMap<>();
        long base = 1_900_000_000_000L;
        String firstCycleFile = null;
        for (int cycle = 0; cycle < cycles; cycle++) {
            base += 3_600_000L * (cycle + 1);
            Process child = start(base, rnd.nextLong());
            BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            assertThat(in.readLine()).as("child start-up").isEqualTo("READY");
            int runMillis = 300 + rnd.nextInt(1500);
            // the kill comes a random time after the child has shown it writes (start-up speed varies a lot)
            Thread killer = new Thread(() -> {
                try {
                    Thread.sleep(runMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                child.toHandle().destroyForcibly();
            });
            Thread watchdog = new Thread(() -> {
                try {
                    Thread.sleep(120_000);
                    child.toHandle().destroyForcibly();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            watchdog.setDaemon(true);
            watchdog.start();
            Map<String, Long> acked = new HashMap<>(state);
            String[] pending = null;
            String line;
            long acks = 0;
            while ((line = in.readLine()) != null) {
                String[] f = line.split(" ");
                if (f.length != 4) {
                    continue;
                }
                if (f[0].equals("BEGIN")) {
                    pending = f;
                } else if (f[0].equals("ACK")) {
                    acked.put(f[2], f[1].equals("DEL") ? -1L : Long.parseLong(f[3]));
                    pending = null;
                    if (++acks == 20) {
                        killer.start();
                    }
                }
            }
            watchdog.interrupt();
            child.waitFor();
            if (killer.isAlive() || acks >= 20) {
                killer.join();
            }
            assertThat(acks).as("acknowledged writes in cycle %s", cycle).isPositive();
            String oldest = oldestCycleFile();
            if (firstCycleFile == null) {
                firstCycleFile = oldest;
            }
            CompactionWorkload.useFastLog(base + 3_000_000L);
            Map<String, Long> actual = new HashMap<>();
            try (Database db = Database.open(dir, DatabaseOptions.defaults())) {
                List<Map<String, AttributeValue>> items = scan(db, null);
                for (Map<String, AttributeValue> i : items) {
                    assertThat(i.get("pad").b().length).as("image of %s", i.get("k")).isGreaterThanOrEqualTo(500);
                    actual.put(i.get("k").s(), Long.parseLong(i.get("v").n()));
                }
                List<Map<String, AttributeValue>> gsi = scan(db, CompactionWorkload.GSI);
                assertThat(gsi).as("GSI entries").hasSize(items.size());
                assertThat(new HashMap<>(toMap(gsi))).as("GSI equals the table").isEqualTo(toMap(items));
            }
            for (int k = 0; k < CompactionWorkload.KEYS; k++) {
                String key = "key" + k;
                long expected = acked.getOrDefault(key, -1L);
                long got = actual.getOrDefault(key, -1L);
                if (pending != null && pending[2].equals(key) && got != expected) {
                    long inFlight = pending[1].equals("DEL") ? -1L : Long.parseLong(pending[3]);
                    assertThat(got).as("%s: acknowledged %s or in flight %s", key, expected, inFlight).isEqualTo(inFlight);
                } else {
                    assertThat(got).as("%s after kill %s", key, cycle).isEqualTo(expected);
                }
            }
            state = actual;
        }
        assertThat(oldestCycleFile()).as("the first cycle files were deleted by compaction").isGreaterThan(firstCycleFile);
    }

    private String oldestCycleFile() throws java.io.IOException {
        try (Stream<Path> files = Files.list(dir.resolve("log"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".cq4")).sorted().findFirst().orElseThrow();
        }
    }

    private static Map<String, Long> toMap(List<Map<String, AttributeValue>> items) {
        Map<String, Long> m = new HashMap<>();
        items.forEach(i -> m.put(i.get("k").s(), Long.parseLong(i.get("v").n())));
        return m;
    }

    private static List<Map<String, AttributeValue>> scan(Database db, String index) {
        List<Map<String, AttributeValue>> out = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            ScanResult r = db.scan(s -> s.tableName(CompactionWorkload.TABLE).indexName(index).exclusiveStartKey(from).limit(7));
            out.addAll(r.items());
            start = r.lastEvaluatedKey();
        } while (start != null && !start.isEmpty());
        return out;
    }

    private Process start(long base, long seed) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (arg.startsWith("--add-") || arg.startsWith("-Dchronicle")) {
                cmd.add(arg);
            }
        }
        cmd.add("-Xmx256m");
        cmd.add("-Dtidemark.compaction.graceMillis=50");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(CompactionWorkload.class.getName());
        cmd.add(dir.toString());
        cmd.add(Long.toString(base));
        cmd.add(Long.toString(seed));
        return new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.appendTo(dir.resolveSibling(dir.getFileName() + "-child.log").toFile())).start();
    }
}
