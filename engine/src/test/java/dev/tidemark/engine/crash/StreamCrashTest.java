package dev.tidemark.engine.crash;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidemark.engine.Database;
import dev.tidemark.engine.GetRecordsResult;
import dev.tidemark.engine.ScanResult;
import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.engine.model.OperationType;
import dev.tidemark.engine.model.Record;
import dev.tidemark.engine.model.ShardIteratorType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.math.BigInteger;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Streams through crashes: a child JVM writes with a stream on and is killed with SIGKILL; after
 * each reopen the stream, replayed from its start, must be an unbroken chain of changes (each
 * record's old image is the state the records before it left, so a lost or repeated record shows)
 * that ends in exactly the recovered table. A second test cuts the stream store's files after a
 * kill and checks that recovery regenerates the very same records from the commit log.
 */
class StreamCrashTest {
    @TempDir
    Path dir;

    private Process start(Path db, long seed, Long count) throws IOException {
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
        cmd.add(StreamCrashWorkload.class.getName());
        cmd.add(db.toString());
        cmd.add(Long.toString(seed));
        if (count != null) {
            cmd.add(Long.toString(count));
        }
        return new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static void waitFor(BufferedReader out, String line) throws IOException {
        for (String l = out.readLine(); l != null; l = out.readLine()) {
            if (l.equals(line)) {
                return;
            }
        }
        throw new AssertionError("the child ended before printing " + line);
    }

    private static void kill(Process child) throws InterruptedException {
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    static List<Record> allRecords(Database db) {
        String arn = db.describeTable(d -> d.tableName(StreamCrashWorkload.TABLE)).table().latestStreamArn();
        String shard = db.describeStream(d -> d.streamArn(arn)).streamDescription().shards().get(0).shardId();
        String it = db.getShardIterator(g -> g.streamArn(arn).shardId(shard).shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
        List<Record> out = new ArrayList<>();
        while (true) {
            String cur = it;
            GetRecordsResult r = db.getRecords(g -> g.shardIterator(cur));
            if (r.records().isEmpty()) {
                return out;
            }
            out.addAll(r.records());
            it = r.nextShardIterator();
        }
    }

    private static Map<String, Map<String, AttributeValue>> table(Database db) {
        Map<String, Map<String, AttributeValue>> out = new HashMap<>();
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> esk = start;
            ScanResult r = db.scan(s -> s.tableName(StreamCrashWorkload.TABLE).exclusiveStartKey(esk));
            r.items().forEach(i -> out.put(i.get("id").s(), i));
            start = r.lastEvaluatedKey();
        } while (start != null && !start.isEmpty());
        return out;
    }

    /** Replays the records as a chain of changes, checking each against the state before it. */
    private static Map<String, Map<String, AttributeValue>> replay(List<Record> records) {
        Map<String, Map<String, AttributeValue>> state = new HashMap<>();
        BigInteger last = BigInteger.valueOf(-1);
        for (Record r : records) {
            BigInteger seq = new BigInteger(r.dynamodb().sequenceNumber());
            assertThat(seq).as("sequence numbers increase").isGreaterThan(last);
            last = seq;
            String key = r.dynamodb().keys().get("id").s();
            Map<String, AttributeValue> before = state.get(key);
            assertThat(r.dynamodb().oldImage()).as("old image of %s at %s", key, seq).isEqualTo(before);
            assertThat(r.eventName()).isEqualTo(before == null ? OperationType.INSERT
                : r.dynamodb().newImage() == null ? OperationType.REMOVE : OperationType.MODIFY);
            assertThat(r.dynamodb().newImage()).as("a record changes something").isNotEqualTo(before);
            if (r.dynamodb().newImage() == null) {
                state.remove(key);
            } else {
                state.put(key, r.dynamodb().newImage());
            }
        }
        return state;
    }

    @Test
    @DisplayName("7.2 After SIGKILL the stream holds exactly the logged writes: no record lost, none repeated")
    void streamSurvivesSigkill() throws Exception {
        int cycles = Integer.getInteger("tidemark.crash.cycles", 4);
        Random rnd = new Random();
        int previous = 0;
        for (int cycle = 0; cycle < cycles; cycle++) {
            Process child = start(dir, rnd.nextLong(), null);
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                waitFor(out, "READY");
                Thread.sleep(100 + rnd.nextInt(600));
                kill(child);
            }
            try (Database db = Database.open(dir)) {
                List<Record> records = allRecords(db);
                assertThat(replay(records)).as("cycle %d: the stream replays to the recovered table", cycle).isEqualTo(table(db));
                assertThat(records.size()).as("cycle %d wrote", cycle).isGreaterThan(previous);
                previous = records.size();
            }
        }
    }

    @Test
    @DisplayName("Recovery regenerates stream records lost from the stream store (torn or missing tail) identically from the log")
    void regeneratedRecordsAreIdentical() throws Exception {
        Path a = dir.resolve("a");
        Process child = start(a, 42, 300L);
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            waitFor(out, "DONE");
            kill(child);
        }
        List<Record> original;
        Map<String, Map<String, AttributeValue>> tableA;
        Path pristine = dir.resolve("pristine");
        copy(a, pristine);
        try (Database db = Database.open(a)) {
            original = allRecords(db);
            tableA = table(db);
        }
        // several cuts, most of them inside a record, some inside the frames of one batch
        for (int cut = 1; cut <= 4; cut++) {
            Path b = dir.resolve("b" + cut);
            copy(pristine, b);
            Path segment;
            try (Stream<Path> files = Files.list(b.resolve("streams"))) {
                segment = files.filter(p -> p.getFileName().toString().startsWith("segment-")).max(Comparator.naturalOrder()).orElseThrow();
            }
            long size = Files.size(segment);
            try (FileChannel ch = FileChannel.open(segment, StandardOpenOption.WRITE)) {
                ch.truncate(size * cut / 5 + 7 * cut);
            }
            try (Database db = Database.open(b)) {
                List<Record> regenerated = allRecords(db);
                assertThat(regenerated).as("cut %d", cut).hasSameSizeAs(original);
                for (int i = 0; i < original.size(); i++) {
                    Record o = original.get(i);
                    Record r = regenerated.get(i);
                    assertThat(r.toBuilder().dynamodb(r.dynamodb().toBuilder().approximateCreationDateTime(null).build()).build())
                        .as("cut %d, record %d", cut, i)
                        .isEqualTo(o.toBuilder().dynamodb(o.dynamodb().toBuilder().approximateCreationDateTime(null).build()).build());
                }
                assertThat(replay(regenerated)).isEqualTo(table(db)).isEqualTo(tableA);
            }
        }
        assertThat(original).hasSizeGreaterThan(300);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().equals("LOCK")) {
                    Files.copy(p, target);
                }
            }
        }
    }
}
