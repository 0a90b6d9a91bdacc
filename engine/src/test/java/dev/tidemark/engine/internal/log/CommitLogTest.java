package dev.tidemark.engine.internal.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.tidemark.engine.Durability;
import dev.tidemark.engine.InternalServerErrorException;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommitLogTest {

    @TempDir
    Path dir;

    static byte[] payload(long seed, int length) {
        byte[] b = new byte[length];
        new Random(seed).nextBytes(b);
        return b;
    }

    static List<LogRecord> replayAll(CommitLog log) {
        List<LogRecord> out = new ArrayList<>();
        log.replay(-1, out::add);
        return out;
    }

    @Test
    void emptyLog() {
        try (CommitLog log = CommitLog.open(dir.resolve("log"), Durability.PROCESS_CRASH)) {
            assertThat(log.lastSequence()).isZero();
            assertThat(log.lastIndex()).isEqualTo(-1);
            assertThat(replayAll(log)).isEmpty();
            log.sync();
            assertThat(log.directory()).isEqualTo(dir.resolve("log").toAbsolutePath());
        }
    }

    @Test
    void appendReadReplayRoundTripsRandomPayloads() {
        try (CommitLog log = CommitLog.open(dir.resolve("log"), Durability.PROCESS_CRASH)) {
            qt().withExamples(40).forAll(
                    lists().of(integers().between(0, 3000)).ofSizeBetween(1, 30),
                    longs().all())
                .checkAssert((lengths, seed) -> {
                    long before = log.lastIndex();
                    long seqBefore = log.lastSequence();
                    Random r = new Random(seed);
                    List<LogRecord> expected = new ArrayList<>();
                    for (int len : lengths) {
                        byte type = (byte) r.nextInt(CommitLog.TYPE_DROP_MARKER & 0xFF);
                        byte[] p = payload(r.nextLong(), len);
                        LogPosition pos = log.append(type, p);
                        assertThat(pos.sequence()).isEqualTo(seqBefore + expected.size() + 1);
                        assertThat(pos.index()).isGreaterThan(expected.isEmpty() ? before : expected.get(expected.size() - 1).index());
                        expected.add(new LogRecord(pos.index(), pos.sequence(), pos.timestamp(), type, p));
                    }
                    for (LogRecord e : expected) {
                        assertThat(log.read(e.index())).isEqualTo(e);
                    }
                    List<LogRecord> replayed = new ArrayList<>();
                    log.replay(before, replayed::add);
                    assertThat(replayed).isEqualTo(expected);
                    assertThat(log.lastSequence()).isEqualTo(expected.get(expected.size() - 1).sequence());
                    assertThat(log.lastIndex()).isEqualTo(expected.get(expected.size() - 1).index());
                });
        }
    }

    @Test
    void appendsASliceOfTheBuffer() {
        byte[] buf = "..hello world..".getBytes(StandardCharsets.UTF_8);
        try (CommitLog log = CommitLog.open(dir.resolve("log"), Durability.PROCESS_CRASH)) {
            LogPosition pos = log.append((byte) 3, buf, 2, 11);
            LogRecord r = log.read(pos.index());
            assertThat(new String(r.payload(), StandardCharsets.UTF_8)).isEqualTo("hello world");
            assertThat(r.type()).isEqualTo((byte) 3);
            assertThatThrownBy(() -> log.append((byte) 1, buf, 10, 10)).isInstanceOf(IndexOutOfBoundsException.class);
        }
    }

    @Test
    void sequenceContinuesAfterReopenAndTimestampsNeverDecrease() {
        Path d = dir.resolve("log");
        List<LogPosition> positions = new ArrayList<>();
        try (CommitLog log = CommitLog.open(d, Durability.PROCESS_CRASH)) {
            for (int i = 0; i < 10; i++) {
                positions.add(log.append((byte) 1, payload(i, 50)));
            }
        }
        try (CommitLog log = CommitLog.open(d, Durability.POWER_LOSS)) {
            assertThat(log.lastSequence()).isEqualTo(10);
            assertThat(log.lastIndex()).isEqualTo(positions.get(9).index());
            for (int i = 10; i < 15; i++) {
                positions.add(log.append((byte) 1, payload(i, 50)));
            }
            assertThat(positions.get(10).sequence()).isEqualTo(11);
        }
        try (CommitLog log = CommitLog.open(d, Durability.PROCESS_CRASH)) {
            List<LogRecord> all = replayAll(log);
            assertThat(all).extracting(LogRecord::sequence).containsExactly(
                    1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L, 15L);
            for (int i = 0; i < 15; i++) {
                assertThat(all.get(i).payload()).isEqualTo(payload(i, 50));
                assertThat(all.get(i).position()).isEqualTo(positions.get(i));
                if (i > 0) {
                    assertThat(all.get(i).timestamp()).isGreaterThanOrEqualTo(all.get(i - 1).timestamp());
                }
            }
            List<LogRecord> tail = new ArrayList<>();
            log.replay(positions.get(11).index(), tail::add);
            assertThat(tail).extracting(LogRecord::sequence).containsExactly(13L, 14L, 15L);
            List<LogRecord> none = new ArrayList<>();
            log.replay(log.lastIndex(), none::add);
            assertThat(none).isEmpty();
        }
    }

    @Test
    void rejectsReservedTypeUnknownIndexAndUseAfterClose() {
        CommitLog log = CommitLog.open(dir.resolve("log"), Durability.PROCESS_CRASH);
        LogPosition p = log.append((byte) 0, new byte[0]);
        assertThat(log.read(p.index()).payload()).isEmpty();
        assertThatThrownBy(() -> log.append(CommitLog.TYPE_DROP_MARKER, new byte[1]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> log.read(p.index() + 1)).isInstanceOf(IllegalArgumentException.class);
        log.close();
        assertThatThrownBy(() -> log.append((byte) 1, new byte[1])).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> log.read(p.index())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void secondOpenOfTheSameDirectoryFailsClearlyAndLockIsReleasedOnClose() {
        Path d = dir.resolve("log");
        try (CommitLog log = CommitLog.open(d, Durability.PROCESS_CRASH)) {
            log.append((byte) 1, new byte[3]);
            assertThatThrownBy(() -> CommitLog.open(d, Durability.PROCESS_CRASH))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("LOCK").hasMessageContaining(d.toAbsolutePath().toString());
        }
        try (CommitLog log = CommitLog.open(d, Durability.PROCESS_CRASH)) {
            assertThat(log.lastSequence()).isEqualTo(1);
            assertThat(log.sizeBytes()).isGreaterThan(0);
        }
    }

    @Test
    void readsFromManyThreadsWhileAppending() throws Exception {
        try (CommitLog log = CommitLog.open(dir.resolve("log"), Durability.PROCESS_CRASH)) {
            List<LogPosition> written = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                written.add(log.append((byte) 2, payload(i, i % 200)));
            }
            ExecutorService pool = Executors.newFixedThreadPool(3);
            try {
                List<Future<?>> fs = new ArrayList<>();
                fs.add(pool.submit(() -> {
                    for (int i = 500; i < 1500; i++) {
                        log.append((byte) 2, payload(i, i % 200));
                    }
                }));
                for (int t = 0; t < 2; t++) {
                    int seed = t;
                    fs.add(pool.submit(() -> {
                        Random r = new Random(seed);
                        for (int k = 0; k < 3000; k++) {
                            int i = r.nextInt(written.size());
                            LogRecord rec = log.read(written.get(i).index());
                            assertThat(rec.sequence()).isEqualTo(i + 1);
                            assertThat(rec.payload()).isEqualTo(payload(i, i % 200));
                        }
                    }));
                }
                for (Future<?> f : fs) {
                    f.get(60, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(log.lastSequence()).isEqualTo(1500);
        }
    }

    @Test
    void powerLossDurabilitySharesOneForceAmongConcurrentAppenders() throws Exception {
        try (CommitLog log = CommitLog.open(dir.resolve("log"), Durability.POWER_LOSS)) {
            log.append((byte) 1, new byte[8]);
            long forcesBefore = log.forceCount();
            CountDownLatch leaderInForce = new CountDownLatch(1);
            CountDownLatch othersAppended = new CountDownLatch(1);
            log.beforeForce = () -> {
                leaderInForce.countDown();
                try {
                    othersAppended.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            };
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                Future<LogPosition> leader = pool.submit(() -> log.append((byte) 1, new byte[8]));
                assertThat(leaderInForce.await(10, TimeUnit.SECONDS)).isTrue();
                log.beforeForce = () -> { };
                List<Future<LogPosition>> followers = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    followers.add(pool.submit(() -> log.append((byte) 1, new byte[8])));
                }
                // all three followers have appended once the sequence reaches 5
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (log.lastSequence() < 5 && System.nanoTime() < deadline) {
                    Thread.sleep(1);
                }
                assertThat(log.lastSequence()).isEqualTo(5);
                othersAppended.countDown();
                leader.get(10, TimeUnit.SECONDS);
                for (Future<LogPosition> f : followers) {
                    f.get(10, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }
            // the leader's force, then at most one more force covering all three followers
            assertThat(log.forceCount() - forcesBefore).isBetween(1L, 2L);
            assertThat(replayAll(log)).hasSize(5);
        }
    }

    @Test
    void failedForceIsReportedAndALaterAppendRetries() throws IOException {
        Path d = dir.resolve("log");
        LogPosition first;
        try (CommitLog log = CommitLog.open(d, Durability.PROCESS_CRASH)) {
            first = log.append((byte) 1, payload(1, 10));
        }
        try (CommitLog log = CommitLog.open(d, Durability.POWER_LOSS)) {
            // a real I/O error: a directory takes the cycle file's place, so it can be neither opened nor recreated
            Path cycleFile = log.locate(first.index()).file();
            Path moved = dir.resolve("moved.cq4");
            Files.move(cycleFile, moved);
            Files.createDirectory(cycleFile);
            assertThatThrownBy(() -> log.append((byte) 1, payload(2, 10)))
                    .isInstanceOf(InternalServerErrorException.class)
                    .hasMessageStartingWith("commit log append failed: ")
                    .hasMessageContaining(cycleFile.getFileName().toString());
            Files.delete(cycleFile);
            Files.move(moved, cycleFile);
            LogPosition later = log.append((byte) 1, payload(3, 10));
            assertThat(log.read(later.index()).payload()).isEqualTo(payload(3, 10));
            log.sync();
        }
        try (CommitLog log = CommitLog.open(d, Durability.PROCESS_CRASH)) {
            // the record whose force failed was not acknowledged; it may or may not survive, the later one must
            List<LogRecord> all = replayAll(log);
            assertThat(all.get(all.size() - 1).payload()).isEqualTo(payload(3, 10));
            assertThat(all).extracting(LogRecord::sequence).startsWith(1L).isSorted();
        }
    }

    /** Overwrites bytes of the record's payload in its cycle file, as a torn write or bit rot would. */
    static void damage(CommitLog.Location loc) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(loc.file().toFile(), "rw")) {
            long at = loc.offset() + RecordCodec.HEADER;
            f.seek(at);
            int b = f.read();
            f.seek(at);
            f.write(b ^ 0x5A);
        }
    }

    @Test
    void tornLastRecordIsDroppedAndNeverReappears() throws IOException {
        Path d = dir.resolve("log");
        List<LogPosition> pos = new ArrayList<>();
        CommitLog.Location last;
        try (CommitLog log = CommitLog.open(d, Durability.PROCESS_CRASH)) {
            for (int i = 0; i < 5; i++) {
                pos.add(log.append((byte) 1, payload(i, 40)));
            }
            last = log.locate(pos.get(4).index());
        }
        assertThat(last.file().getFileName().toString()).endsWith(".cq4");
        // the payload really sits at that offset in the file
        byte[] onDisk = new byte[40];
        try (RandomAccessFile f = new RandomAccessFile(last.file().toFile(), "r")) {
            f.seek(last.offset() + RecordCodec.HEADER);
            f.readFully(onDisk);
        }
        assertThat(onDisk).isEqualTo(payload(4, 40));
        damage(last);

        LogPosition again;
        try (CommitLog log = CommitLog.open(d, Durability.PROCESS_CRASH)) {
            assertThat(log.lastSequence()).isEqualTo(4);
            assertThat(log.lastIndex()).isEqualTo(pos.get(3).index());
            assertThat(replayAll(log)).extracting(LogRecord::sequence).containsExactly(1L, 2L, 3L, 4L);
            assertThatThrownBy(() -> log.read(pos.get(4).index())).isInstanceOf(IllegalArgumentException.class);
            again = log.append((byte) 2, payload(100, 40));
            assertThat(again.sequence()).isEqualTo(5);
            assertThat(again.index()).isGreaterThan(pos.get(4).index());
            log.append((byte) 2, payload(101, 40));
        }
        for (int round = 0; round < 2; round++) {
            try (CommitLog log = CommitLog.open(d, Durability.PROCESS_CRASH)) {
                List<LogRecord> all = replayAll(log);
                assertThat(all).extracting(LogRecord::sequence).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
                assertThat(all.get(4).payload()).isEqualTo(payload(100, 40));
                assertThat(all).noneMatch(r -> r.index() == pos.get(4).index());
                assertThat(log.read(again.index()).payload()).isEqualTo(payload(100, 40));
                List<LogRecord> afterDropped = new ArrayList<>();
                log.replay(pos.get(4).index(), afterDropped::add);
                assertThat(afterDropped).extracting(LogRecord::sequence).containsExactly(5L, 6L);
                List<LogRecord> afterThird = new ArrayList<>();
                log.replay(pos.get(3).index(), afterThird::add);
                assertThat(afterThird).extracting(LogRecord::sequence).containsExactly(5L, 6L);
            }
        }
    }

    @Test
    void corruptRecordInTheMiddleFailsOpenNamingFileAndIndex() throws IOException {
        Path d = dir.resolve("log");
        List<LogPosition> pos = new ArrayList<>();
        CommitLog.Location middle;
        try (CommitLog log = CommitLog.open(d, Durability.PROCESS_CRASH)) {
            for (int i = 0; i < 5; i++) {
                pos.add(log.append((byte) 1, payload(i, 40)));
            }
            middle = log.locate(pos.get(2).index());
        }
        damage(middle);
        for (int attempt = 0; attempt < 2; attempt++) { // the failed open released the LOCK
            assertThatThrownBy(() -> CommitLog.open(d, Durability.PROCESS_CRASH))
                    .isInstanceOf(CorruptLogException.class)
                    .hasMessageContaining(middle.file().toString())
                    .hasMessageContaining("0x" + Long.toHexString(pos.get(2).index()))
                    .hasMessageContaining("checksum")
                    .satisfies(e -> {
                        CorruptLogException c = (CorruptLogException) e;
                        assertThat(c.index()).isEqualTo(pos.get(2).index());
                        assertThat(c.file()).isEqualTo(middle.file());
                        assertThat(c.offset()).isEqualTo(middle.offset());
                    });
        }
    }

    @Test
    void readOfARecordDamagedAfterOpenThrowsCorruptLogException() throws IOException {
        try (CommitLog log = CommitLog.open(dir.resolve("log"), Durability.PROCESS_CRASH)) {
            LogPosition a = log.append((byte) 1, payload(1, 40));
            log.append((byte) 1, payload(2, 40));
            damage(log.locate(a.index()));
            assertThatThrownBy(() -> log.read(a.index())).isInstanceOf(CorruptLogException.class)
                    .hasMessageContaining("0x" + Long.toHexString(a.index()));
            assertThatThrownBy(() -> replayAll(log)).isInstanceOf(CorruptLogException.class);
        }
    }
}
