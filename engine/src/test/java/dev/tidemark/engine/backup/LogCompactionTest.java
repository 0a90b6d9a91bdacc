package dev.tidemark.engine.backup;

import static dev.tidemark.engine.backup.BackupFixtures.createSimple;
import static dev.tidemark.engine.backup.BackupFixtures.scanAll;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tidemark.engine.Database;
import dev.tidemark.engine.DatabaseOptions;
import dev.tidemark.engine.internal.log.CommitLog;
import dev.tidemark.engine.model.AttributeValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import net.openhft.chronicle.queue.rollcycles.TestRollCycles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Log compaction with one log cycle file per (test) second: churn over a small live set keeps the
 * database directory within a small multiple of the live data; held history stays readable.
 */
class LogCompactionTest {
    static final long BLOCK = 64 << 10;

    @TempDir
    Path dir;

    private TestClock clock;

    @BeforeEach
    void smallCycles() {
        clock = new TestClock(Instant.parse("2031-05-01T00:00:00Z"));
        CommitLog.rollCycleForTests(TestRollCycles.TEST_SECONDLY, BLOCK);
        System.setProperty("tidemark.compaction.graceMillis", "200");
    }

    @AfterEach
    void restore() {
        CommitLog.rollCycleForTests(null, 0);
        System.clearProperty("tidemark.compaction.graceMillis");
        clock.close();
    }

    private Database open() {
        return Database.open(dir, DatabaseOptions.builder().clock(clock).build());
    }

    static long bytes(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    /** Bytes the directory takes on the device (allocated blocks, as du reports; cycle files are sparse). */
    static long diskBytes(Path dir) throws IOException, InterruptedException {
        Process du = new ProcessBuilder("du", "-s", "-B1", dir.toString()).redirectErrorStream(true).start();
        String out = new String(du.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).trim();
        assertThat(du.waitFor()).as("du: %s", out).isZero();
        return Long.parseLong(out.split("\\s+")[0]);
    }

    static long cycleFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir.resolve("log"))) {
            return s.filter(p -> p.toString().endsWith(".cq4")).count();
        }
    }

    private static Map<String, AttributeValue> item(String k, int version, Random rnd) {
        byte[] pad = new byte[2000];
        rnd.nextBytes(pad);
        return Map.of("k", AttributeValue.fromS(k), "v", AttributeValue.fromN(version), "pad", AttributeValue.fromB(pad));
    }

    @Test
    void churnOverASmallLiveSetKeepsDiskBounded() throws Exception {
        Random rnd = new Random(11);
        TreeMap<String, Integer> model = new TreeMap<>();
        long peakFiles = 0;
        try (Database db = open()) {
            createSimple(db, "churn");
            for (int round = 0; round < 120; round++) {
                clock.advance(1000);
                for (int k = 0; k < 20; k++) {
                    String key = "key" + k;
                    if (rnd.nextInt(5) == 0) {
                        db.deleteItem(r -> r.tableName("churn").key(Map.of("k", AttributeValue.fromS(key))));
                        model.remove(key);
                    } else {
                        int v = round;
                        db.putItem(r -> r.tableName("churn").item(item(key, v, rnd)));
                        model.put(key, v);
                    }
                }
                if (round % 10 == 9) {
                    db.checkpoint();
                }
                peakFiles = Math.max(peakFiles, cycleFiles(dir));
            }
            // deletion waits until a cycle has been empty for a grace period (shortened to 200 ms here)
            Thread.sleep(300);
            clock.advance(1000);
            db.putItem(r -> r.tableName("churn").item(Map.of("k", AttributeValue.fromS("last"))));
            model.put("last", -1);
            db.checkpoint();
            long live = 20L * 2_100;
            long used = diskBytes(dir);
            System.out.println("compaction: files=" + cycleFiles(dir) + " peak=" + peakFiles +  " bytes=" + used + " apparent=" + bytes(dir) + " live=" + live);
            assertThat(cycleFiles(dir)).as("cycle files left").isLessThanOrEqualTo(3);
            assertThat(used).as("bytes of the database directory on disk").isLessThan(5 * live);
            assertThat(values(scanAll(db, "churn"))).isEqualTo(model);
        }
        try (Database db = open()) {
            assertThat(values(scanAll(db, "churn"))).isEqualTo(model);
        }
    }

    /**
     * Point-in-time recovery holds the log from its base on: compaction keeps every cycle after it,
     * so a restore to an early second still sees the history; once recovery is off, the same
     * cycles are reclaimed.
     */
    @Test
    void heldHistoryStaysReadableAndIsReclaimedOnceReleased() throws Exception {
        Random rnd = new Random(5);
        try (Database db = open()) {
            createSimple(db, "kept");
            db.updateContinuousBackups(r -> r.tableName("kept").pointInTimeRecoverySpecification(
                dev.tidemark.engine.model.PointInTimeRecoverySpecification.builder().pointInTimeRecoveryEnabled(true).build()));
            TreeMap<Long, Map<String, Integer>> history = new TreeMap<>();
            TreeMap<String, Integer> model = new TreeMap<>();
            for (int round = 0; round < 30; round++) {
                clock.advance(1000);
                for (int k = 0; k < 5; k++) {
                    String key = "key" + k;
                    int v = round;
                    db.putItem(r -> r.tableName("kept").item(item(key, v, rnd)));
                    model.put(key, v);
                }
                history.put(clock.millis(), new TreeMap<>(model));
                if (round % 10 == 9) {
                    db.checkpoint();
                }
            }
            Thread.sleep(300);
            clock.advance(1000);
            db.checkpoint();
            db.checkpoint();
            assertThat(cycleFiles(dir)).as("held cycles are kept").isGreaterThanOrEqualTo(30);
            Instant early = Instant.ofEpochMilli(history.firstKey()).plusSeconds(2);
            db.restoreTableToPointInTime(r -> r.sourceTableName("kept").targetTableName("early").restoreDateTime(early));
            assertThat(values(scanAll(db, "early"))).isEqualTo(history.floorEntry(early.toEpochMilli()).getValue());
            db.deleteTable(r -> r.tableName("early"));

            db.updateContinuousBackups(r -> r.tableName("kept").pointInTimeRecoverySpecification(
                dev.tidemark.engine.model.PointInTimeRecoverySpecification.builder().pointInTimeRecoveryEnabled(false).build()));
            clock.advance(1000);
            db.putItem(r -> r.tableName("kept").item(Map.of("k", AttributeValue.fromS("tick"))));
            db.checkpoint();
            Thread.sleep(300);
            db.checkpoint();
            assertThat(cycleFiles(dir)).as("released cycles are reclaimed").isLessThanOrEqualTo(3);
            model.put("tick", -1);
            assertThat(values(scanAll(db, "kept"))).isEqualTo(model);
        }
    }

    private static Map<String, Integer> values(List<Map<String, AttributeValue>> items) {
        TreeMap<String, Integer> out = new TreeMap<>();
        for (Map<String, AttributeValue> i : items) {
            out.put(i.get("k").s(), i.containsKey("v") ? Integer.parseInt(i.get("v").n()) : -1);
        }
        return out;
    }
}
