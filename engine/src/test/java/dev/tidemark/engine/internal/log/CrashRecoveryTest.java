package dev.tidemark.engine.internal.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tidemark.engine.Durability;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kills a child process that appends to the log and checks that every acknowledged record survives. */
class CrashRecoveryTest {
    private static final int CYCLES = Integer.getInteger("tidemark.crash.cycles", 3);

    @TempDir
    Path dir;

    /** A running child and the highest sequence it reported as acknowledged. */
    private static final class Child {
        final Process process;
        final AtomicLong acked = new AtomicLong();
        final AtomicLong opened = new AtomicLong(-1);
        final Thread reader;

        Child(Process process) {
            this.process = process;
            this.reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = r.readLine()) != null) {
                        if (line.startsWith("ACK ")) {
                            acked.set(Long.parseLong(line.substring(4)));
                        } else if (line.startsWith("OPEN ")) {
                            opened.set(Long.parseLong(line.substring(5)));
                        }
                    }
                } catch (IOException ignored) {
                    // the child died
                }
            });
            reader.setDaemon(true);
            reader.start();
        }
    }

    private Child start(Path logDir, Durability durability, String... extra) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!a.startsWith("-agentlib:jdwp") && !a.startsWith("-Xrunjdwp")) {
                cmd.add(a);
            }
        }
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(CrashChild.class.getName());
        cmd.add(logDir.toString());
        cmd.add(durability.name());
        cmd.addAll(List.of(extra));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.redirectError(dir.resolve("child-stderr.txt").toFile());
        return new Child(pb.start());
    }

    private String stderr() throws IOException {
        File f = dir.resolve("child-stderr.txt").toFile();
        return f.exists() ? Files.readString(f.toPath()) : "";
    }

    private static void awaitAcks(Child c, long atLeast) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (c.acked.get() < atLeast && c.process.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(2);
        }
    }

    private static long verify(Path logDir, long acknowledged) {
        long t0 = System.nanoTime();
        try (CommitLog log = CommitLog.open(logDir, Durability.PROCESS_CRASH)) {
            long openMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            assertThat(log.lastSequence()).isGreaterThanOrEqualTo(acknowledged);
            long[] expected = {1};
            log.replay(-1, r -> {
                assertThat(r.sequence()).isEqualTo(expected[0]);
                assertThat(r.payload()).isEqualTo(CrashChild.payloadFor(r.sequence()));
                expected[0]++;
            });
            assertThat(expected[0] - 1).isEqualTo(log.lastSequence());
            return openMs;
        }
    }

    @Test
    void everyAcknowledgedRecordSurvivesSigkill() throws Exception {
        Path logDir = dir.resolve("log");
        Random random = new Random(42);
        long acknowledged = 0;
        for (int cycle = 0; cycle < CYCLES; cycle++) {
            Durability durability = cycle % 2 == 0 ? Durability.PROCESS_CRASH : Durability.POWER_LOSS;
            Child child = start(logDir, durability);
            awaitAcks(child, acknowledged + 20 + random.nextInt(400));
            assertThat(child.process.isAlive()).as("child alive; stderr: %s", stderr()).isTrue();
            // the child reopened the log where the previous one was killed: nothing acknowledged is lost
            assertThat(child.opened.get()).isGreaterThanOrEqualTo(acknowledged);
            if (cycle == 0) {
                assertThat(child.opened.get()).isZero();
            }
            if (cycle == 0) {
                assertThatThrownBy(() -> CommitLog.open(logDir, Durability.PROCESS_CRASH))
                        .isInstanceOf(IllegalStateException.class).hasMessageContaining("another process");
            }
            child.process.destroyForcibly();
            assertThat(child.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            child.reader.join(10_000);
            acknowledged = child.acked.get();
            long openMs = verify(logDir, acknowledged);
            System.out.println("crash cycle " + cycle + ": " + acknowledged + " acknowledged, reopen took " + openMs + " ms");
        }
    }

    @Test
    void processDyingInsideADocumentLeavesNoTraceAndTheLogReopensQuickly() throws Exception {
        Path logDir = dir.resolve("log");
        Child child = start(logDir, Durability.PROCESS_CRASH, "25");
        assertThat(child.process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        child.reader.join(10_000);
        assertThat(child.process.exitValue()).as("stderr: %s", stderr()).isEqualTo(3);
        assertThat(child.acked.get()).isEqualTo(25);
        long t0 = System.nanoTime();
        try (CommitLog log = CommitLog.open(logDir, Durability.PROCESS_CRASH)) {
            LogPosition p = log.append((byte) 7, CrashChild.payloadFor(26));
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            System.out.println("reopen + first append after a crash inside a document: " + ms + " ms");
            assertThat(ms).isLessThan(5_000); // Chronicle's lock wait is bounded by CHRONICLE_TIMEOUT_MS
            assertThat(p.sequence()).isEqualTo(26);
        }
        verify(logDir, 26);
    }
}
