package dev.tidemark.engine.backup;

import static dev.tidemark.engine.backup.BackupFixtures.createIndexed;
import static dev.tidemark.engine.backup.BackupFixtures.createSimple;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tidemark.engine.Database;
import dev.tidemark.engine.DatabaseOptions;
import dev.tidemark.engine.ExportConflictException;
import dev.tidemark.engine.ExportNotFoundException;
import dev.tidemark.engine.InvalidExportTimeException;
import dev.tidemark.engine.PointInTimeRecoveryUnavailableException;
import dev.tidemark.engine.ValidationException;
import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.engine.model.ExportDescription;
import dev.tidemark.engine.model.ExportFormat;
import dev.tidemark.engine.model.ExportStatus;
import dev.tidemark.engine.model.ExportType;
import dev.tidemark.engine.model.ExportViewType;
import dev.tidemark.engine.model.IncrementalExportSpecification;
import dev.tidemark.engine.model.PointInTimeRecoverySpecification;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ExportTableToPointInTime to a directory: files, manifests, full and incremental contents, errors. */
class ExportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @TempDir
    Path bucket;

    private TestClock clock;

    @BeforeEach
    void clock() {
        clock = new TestClock(Instant.parse("2031-07-01T08:00:00Z"));
    }

    @AfterEach
    void release() {
        clock.close();
    }

    /** DynamoDB JSON back to attribute values (the test's own reader, through Jackson). */
    static AttributeValue value(JsonNode n) {
        Map.Entry<String, JsonNode> e = n.fields().next();
        JsonNode v = e.getValue();
        return switch (e.getKey()) {
            case "S" -> AttributeValue.fromS(v.textValue());
            case "N" -> AttributeValue.fromN(v.textValue());
            case "B" -> AttributeValue.fromB(Base64.getDecoder().decode(v.textValue()));
            case "BOOL" -> AttributeValue.fromBool(v.booleanValue());
            case "NULL" -> AttributeValue.nul();
            case "M" -> AttributeValue.fromM(item(v));
            case "L" -> {
                List<AttributeValue> l = new ArrayList<>();
                v.forEach(x -> l.add(value(x)));
                yield AttributeValue.fromL(l);
            }
            case "SS" -> {
                List<String> l = new ArrayList<>();
                v.forEach(x -> l.add(x.textValue()));
                yield AttributeValue.fromSs(l);
            }
            case "NS" -> {
                List<String> l = new ArrayList<>();
                v.forEach(x -> l.add(x.textValue()));
                yield AttributeValue.fromNs(l);
            }
            case "BS" -> {
                List<byte[]> l = new ArrayList<>();
                v.forEach(x -> l.add(Base64.getDecoder().decode(x.textValue())));
                yield AttributeValue.fromBs(l);
            }
            default -> throw new AssertionError("unknown type " + e.getKey());
        };
    }

    static Map<String, AttributeValue> item(JsonNode n) {
        Map<String, AttributeValue> m = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            m.put(e.getKey(), value(e.getValue()));
        }
        return m;
    }

    private ExportDescription await(Database db, String arn) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            ExportDescription d = db.describeExport(r -> r.exportArn(arn)).exportDescription();
            if (d.exportStatus() != ExportStatus.IN_PROGRESS) {
                return d;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("export " + arn + " did not finish");
    }

    /** Reads an export's manifests and data lines, checking the checksums the manifests name. */
    private List<JsonNode> lines(ExportDescription d) throws Exception {
        Path summaryFile = bucket.resolve(d.exportManifest());
        JsonNode summary = JSON.readTree(summaryFile.toFile());
        assertThat(summary.get("version").textValue()).isEqualTo("2020-06-30");
        assertThat(summary.get("exportArn").textValue()).isEqualTo(d.exportArn());
        assertThat(summary.get("outputFormat").textValue()).isEqualTo("DYNAMODB_JSON");
        assertThat(Files.readString(summaryFile.resolveSibling("manifest-summary.checksum")))
            .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(Files.readAllBytes(summaryFile))));
        assertThat(summaryFile.resolveSibling("_started")).exists();
        List<JsonNode> out = new ArrayList<>();
        long count = 0;
        for (String line : Files.readAllLines(bucket.resolve(summary.get("manifestFilesS3Key").textValue()))) {
            JsonNode f = JSON.readTree(line);
            Path data = bucket.resolve(f.get("dataFileS3Key").textValue());
            assertThat(data.getFileName().toString()).endsWith(".json.gz");
            byte[] md5 = MessageDigest.getInstance("MD5").digest(Files.readAllBytes(data));
            assertThat(f.get("md5Checksum").textValue()).isEqualTo(Base64.getEncoder().encodeToString(md5));
            assertThat(f.get("etag").textValue()).isEqualTo(HexFormat.of().formatHex(md5));
            long inFile = 0;
            try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(data)),
                StandardCharsets.UTF_8))) {
                for (String l = r.readLine(); l != null; l = r.readLine()) {
                    out.add(JSON.readTree(l));
                    inFile++;
                }
            }
            assertThat(inFile).isEqualTo(f.get("itemCount").asLong());
            count += inFile;
        }
        assertThat(summary.get("itemCount").asLong()).isEqualTo(count).isEqualTo(d.itemCount());
        return out;
    }

    private static Map<String, AttributeValue> randomItem(String key, Random rnd) {
        Map<String, AttributeValue> m = new HashMap<>();
        m.put("k", AttributeValue.fromS(key));
        m.put("n", AttributeValue.fromN(rnd.nextInt(1000) - 500 + "." + (1 + rnd.nextInt(9))));
        m.put("s", AttributeValue.fromS("text \"quoted\" \\ " + (char) (0x4e00 + rnd.nextInt(50)) + "\n" + rnd.nextInt()));
        m.put("b", AttributeValue.fromB(new byte[] {(byte) rnd.nextInt(), 0, (byte) 255}));
        m.put("flag", AttributeValue.fromBool(rnd.nextBoolean()));
        m.put("none", AttributeValue.nul());
        m.put("ss", AttributeValue.fromSs("a" + rnd.nextInt(5), "b"));
        m.put("ns", AttributeValue.fromNs("1", String.valueOf(2 + rnd.nextInt(9))));
        m.put("bs", AttributeValue.fromBs(List.of(new byte[] {1}, new byte[] {2, (byte) rnd.nextInt(100)})));
        m.put("m", AttributeValue.fromM(Map.of("l", AttributeValue.fromL(AttributeValue.fromN(rnd.nextInt(9)), AttributeValue.fromS("x")))));
        return m;
    }

    @Test
    void fullAndIncrementalExportsParseBackToTheModel() throws Exception {
        Random rnd = new Random(3);
        String fullArn;
        String incArn;
        Instant fullTime;
        try (Database db = Database.open(dir, DatabaseOptions.builder().clock(clock).build())) {
            createSimple(db, "events");
            TreeMap<String, Map<String, AttributeValue>> model = new TreeMap<>();
            db.updateContinuousBackups(r -> r.tableName("events").pointInTimeRecoverySpecification(
                PointInTimeRecoverySpecification.builder().pointInTimeRecoveryEnabled(true).build()));
            TreeMap<Long, Map<String, Map<String, AttributeValue>>> history = new TreeMap<>();
            List<long[]> writes = new ArrayList<>();
            List<String> writeKeys = new ArrayList<>();
            history.put(clock.millis(), new TreeMap<>(model));
            for (int i = 0; i < 120; i++) {
                clock.advance(rnd.nextInt(700));
                String key = "key" + rnd.nextInt(30);
                if (rnd.nextInt(4) == 0) {
                    db.deleteItem(r -> r.tableName("events").key(Map.of("k", AttributeValue.fromS(key))));
                    if (model.remove(key) == null) {
                        continue; // deleting a missing item writes nothing
                    }
                } else {
                    Map<String, AttributeValue> it = randomItem(key, rnd);
                    db.putItem(r -> r.tableName("events").item(it));
                    model.put(key, it);
                }
                writes.add(new long[] {clock.millis()});
                writeKeys.add(key);
                history.put(clock.millis(), new TreeMap<>(model));
            }
            clock.advance(1000);
            long start = history.firstKey();
            long end = clock.millis();
            Instant full = Instant.ofEpochMilli(start + (end - start) / 2);
            Instant from = Instant.ofEpochMilli(start + (end - start) / 4);
            Instant to = Instant.ofEpochMilli(start + 3 * (end - start) / 4);
            String tableArn = "arn:aws:dynamodb:tidemark:000000000000:table/events";

            ExportDescription started = db.exportTableToPointInTime(r -> r.tableArn(tableArn).s3Bucket(bucket.toString())
                .s3Prefix("exports/daily").exportTime(full).clientToken("tok-1")).exportDescription();
            assertThat(started.exportArn()).startsWith(tableArn + "/export/");
            assertThat(started.exportType()).isEqualTo(ExportType.FULL_EXPORT);
            ExportDescription done = await(db, started.exportArn());
            assertThat(done.exportStatus()).isEqualTo(ExportStatus.COMPLETED);
            assertThat(done.exportManifest()).startsWith("exports/daily/AWSDynamoDB/");
            Map<String, Map<String, AttributeValue>> expected = history.floorEntry(full.toEpochMilli()).getValue();
            Map<String, Map<String, AttributeValue>> exported = new TreeMap<>();
            for (JsonNode line : lines(done)) {
                Map<String, AttributeValue> it = item(line.get("Item"));
                exported.put(it.get("k").s(), it);
            }
            assertThat(exported).isEqualTo(expected);
            // same token, same parameters: the same export; other parameters: a conflict
            assertThat(db.exportTableToPointInTime(r -> r.tableArn(tableArn).s3Bucket(bucket.toString())
                .s3Prefix("exports/daily").exportTime(full).clientToken("tok-1")).exportDescription().exportArn())
                .isEqualTo(started.exportArn());
            assertThatThrownBy(() -> db.exportTableToPointInTime(r -> r.tableArn(tableArn).s3Bucket(bucket.toString())
                .exportTime(full).clientToken("tok-1"))).isInstanceOf(ExportConflictException.class);

            ExportDescription inc = await(db, db.exportTableToPointInTime(r -> r.tableArn(tableArn).s3Bucket(bucket.toString())
                .exportType(ExportType.INCREMENTAL_EXPORT).incrementalExportSpecification(IncrementalExportSpecification.builder()
                    .exportFromTime(from).exportToTime(to).build())).exportDescription().exportArn());
            assertThat(inc.exportStatus()).isEqualTo(ExportStatus.COMPLETED);
            assertThat(inc.incrementalExportSpecification().exportViewType()).isEqualTo(ExportViewType.NEW_AND_OLD_IMAGES);
            Map<String, Map<String, AttributeValue>> before = history.floorEntry(from.toEpochMilli() - 1).getValue();
            Map<String, Map<String, AttributeValue>> after = history.floorEntry(to.toEpochMilli() - 1).getValue();
            TreeMap<String, Long> changed = new TreeMap<>();
            for (int i = 0; i < writes.size(); i++) {
                long ts = writes.get(i)[0];
                if (ts >= from.toEpochMilli() && ts < to.toEpochMilli()) {
                    changed.put(writeKeys.get(i), ts);
                }
            }
            assertThat(changed).isNotEmpty();
            Map<String, JsonNode> byKey = new TreeMap<>();
            for (JsonNode line : lines(inc)) {
                byKey.put(line.get("Keys").get("k").get("S").textValue(), line);
            }
            assertThat(byKey.keySet()).isEqualTo(changed.keySet());
            for (Map.Entry<String, JsonNode> e : byKey.entrySet()) {
                JsonNode line = e.getValue();
                assertThat(line.get("Metadata").get("WriteTimestampMicros").get("N").asLong()).isEqualTo(changed.get(e.getKey()) * 1000);
                assertThat(line.has("NewImage") ? item(line.get("NewImage")) : null).as("new image of %s", e.getKey())
                    .isEqualTo(after.get(e.getKey()));
                assertThat(line.has("OldImage") ? item(line.get("OldImage")) : null).as("old image of %s", e.getKey())
                    .isEqualTo(before.get(e.getKey()));
            }
            assertThat(db.listExports(r -> r.tableArn(tableArn)).exportSummaries()).extracting(s -> s.exportArn())
                .containsExactly(done.exportArn(), inc.exportArn());
            fullArn = done.exportArn();
            incArn = inc.exportArn();
            fullTime = full;
        }
        // export records survive a restart, and so does the client token
        try (Database db = Database.open(dir, DatabaseOptions.builder().clock(clock).build())) {
            assertThat(db.listExports(r -> { }).exportSummaries()).extracting(s -> s.exportArn()).containsExactly(fullArn, incArn);
            ExportDescription d = db.describeExport(r -> r.exportArn(fullArn)).exportDescription();
            assertThat(d.exportStatus()).isEqualTo(ExportStatus.COMPLETED);
            assertThat(d.itemCount()).isPositive();
            assertThat(db.exportTableToPointInTime(r -> r.tableArn("arn:aws:dynamodb:tidemark:000000000000:table/events")
                .s3Bucket(bucket.toString()).s3Prefix("exports/daily").exportTime(fullTime).clientToken("tok-1"))
                .exportDescription().exportArn()).isEqualTo(fullArn);
        }
    }

    /** An export's data files are valid ImportTable input: importing them gives the same table. */
    @Test
    void exportedDataImportsBackToTheSameTable() throws Exception {
        Random rnd = new Random(9);
        try (Database db = Database.open(dir, DatabaseOptions.builder().clock(clock).build())) {
            createSimple(db, "source");
            db.updateContinuousBackups(r -> r.tableName("source").pointInTimeRecoverySpecification(
                PointInTimeRecoverySpecification.builder().pointInTimeRecoveryEnabled(true).build()));
            for (int i = 0; i < 40; i++) {
                Map<String, AttributeValue> it = randomItem("key" + i, rnd);
                db.putItem(r -> r.tableName("source").item(it));
            }
            clock.advance(1000);
            ExportDescription d = await(db, db.exportTableToPointInTime(r -> r.tableArn("arn:aws:dynamodb:tidemark:000000000000:table/source")
                .s3Bucket(bucket.toString()).s3Prefix("x")).exportDescription().exportArn());
            assertThat(d.exportStatus()).isEqualTo(ExportStatus.COMPLETED);
            String dataPrefix = d.exportManifest().replace("manifest-summary.json", "data/");
            String importArn = db.importTable(r -> r.s3BucketSource(s -> s.s3Bucket(bucket.toString()).s3KeyPrefix(dataPrefix))
                .inputFormat(dev.tidemark.engine.model.InputFormat.DYNAMODB_JSON)
                .inputCompressionType(dev.tidemark.engine.model.InputCompressionType.GZIP)
                .tableCreationParameters(t -> t.tableName("copy").billingMode(dev.tidemark.engine.model.BillingMode.PAY_PER_REQUEST)
                    .keySchema(BackupFixtures.key("k", dev.tidemark.engine.model.KeyType.HASH))
                    .attributeDefinitions(BackupFixtures.def("k", dev.tidemark.engine.model.ScalarAttributeType.S))))
                .importTableDescription().importArn();
            dev.tidemark.engine.model.ImportStatus status = null;
            for (int i = 0; i < 600; i++) {
                status = db.describeImport(r -> r.importArn(importArn)).importTableDescription().importStatus();
                if (status != dev.tidemark.engine.model.ImportStatus.IN_PROGRESS) {
                    break;
                }
                Thread.sleep(20);
            }
            assertThat(status).isEqualTo(dev.tidemark.engine.model.ImportStatus.COMPLETED);
            Map<String, Map<String, AttributeValue>> copy = new TreeMap<>();
            BackupFixtures.scanAll(db, "copy").forEach(i -> copy.put(i.get("k").s(), i));
            Map<String, Map<String, AttributeValue>> source = new TreeMap<>();
            BackupFixtures.scanAll(db, "source").forEach(i -> source.put(i.get("k").s(), i));
            assertThat(copy).hasSize(40).isEqualTo(source);
        }
    }

    @Test
    void errors() {
        try (Database db = Database.open(dir, DatabaseOptions.builder().clock(clock).build())) {
            createIndexed(db, "plain");
            String arn = "arn:aws:dynamodb:tidemark:000000000000:table/plain";
            assertThatThrownBy(() -> db.exportTableToPointInTime(r -> r.tableArn(arn).s3Bucket(bucket.toString())))
                .isInstanceOf(PointInTimeRecoveryUnavailableException.class);
            db.updateContinuousBackups(r -> r.tableName("plain").pointInTimeRecoverySpecification(
                PointInTimeRecoverySpecification.builder().pointInTimeRecoveryEnabled(true).build()));
            clock.advance(5000);
            assertThatThrownBy(() -> db.exportTableToPointInTime(r -> r.tableArn(arn).s3Bucket(bucket.toString())
                .exportTime(clock.instant().minusSeconds(60)))).isInstanceOf(InvalidExportTimeException.class);
            assertThatThrownBy(() -> db.exportTableToPointInTime(r -> r.tableArn(arn).s3Bucket(bucket.toString())
                .exportTime(clock.instant().plusSeconds(60)))).isInstanceOf(InvalidExportTimeException.class);
            assertThatThrownBy(() -> db.exportTableToPointInTime(r -> r.tableArn(arn).s3Bucket(bucket.toString())
                .exportFormat(ExportFormat.ION))).isInstanceOf(ValidationException.class).hasMessageContaining("ION");
            assertThatThrownBy(() -> db.exportTableToPointInTime(r -> r.tableArn(arn).s3Bucket(bucket.toString())
                .exportType(ExportType.INCREMENTAL_EXPORT))).isInstanceOf(ValidationException.class);
            assertThatThrownBy(() -> db.exportTableToPointInTime(r -> r.tableArn(arn + "x").s3Bucket(bucket.toString())))
                .isInstanceOf(dev.tidemark.engine.TableNotFoundException.class);
            assertThatThrownBy(() -> db.describeExport(r -> r.exportArn(arn + "/export/nope"))).isInstanceOf(ExportNotFoundException.class);
            assertThat(db.listExports(r -> { }).exportSummaries()).isEmpty();
        }
    }
}
