package dev.tidemark.engine.internal.backup;

import dev.tidemark.engine.DescribeExportRequest;
import dev.tidemark.engine.DescribeExportResult;
import dev.tidemark.engine.ExportConflictException;
import dev.tidemark.engine.ExportNotFoundException;
import dev.tidemark.engine.ExportTableToPointInTimeRequest;
import dev.tidemark.engine.ExportTableToPointInTimeResult;
import dev.tidemark.engine.InvalidExportTimeException;
import dev.tidemark.engine.ListExportsRequest;
import dev.tidemark.engine.ListExportsResult;
import dev.tidemark.engine.ValidationException;
import dev.tidemark.engine.internal.log.LogRetention;
import dev.tidemark.engine.internal.store.Store;
import dev.tidemark.engine.internal.store.TableMeta;
import dev.tidemark.engine.internal.store.TableState;
import dev.tidemark.engine.internal.value.ItemCodec;
import dev.tidemark.engine.internal.value.KeyCodec;
import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.engine.model.ExportDescription;
import dev.tidemark.engine.model.ExportFormat;
import dev.tidemark.engine.model.ExportStatus;
import dev.tidemark.engine.model.ExportSummary;
import dev.tidemark.engine.model.ExportType;
import dev.tidemark.engine.model.ExportViewType;
import dev.tidemark.engine.model.IncrementalExportSpecification;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * ExportTableToPointInTime, DescribeExport, ListExports (reference 10.3). The bucket is a local
 * directory: an export writes {@code <S3Bucket>/<S3Prefix>/AWSDynamoDB/<ExportId>/} with
 * {@code _started}, {@code data/<uuid>.json.gz} (DynamoDB JSON lines, gzip), {@code manifest-files.json}
 * and {@code manifest-summary.json} plus their {@code .checksum} files (hex MD5). Exports run on
 * one background thread, IN_PROGRESS until COMPLETED or FAILED, holding the log while they read
 * it. Export descriptions are kept in {@code <db>/exports/} ({@link ExportRecords}) and survive a
 * restart; an export cut short by one is reported FAILED.
 */
public final class ExportService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ExportService.class);
    /** Items per data file. */
    static final int ITEMS_PER_FILE = 10_000;
    private static final Duration TOKEN_VALIDITY = Duration.ofHours(8);

    private final Store store;
    private final PitrService pitr;
    private final Clock clock;
    private final ExecutorService worker;
    private final Map<String, ExportDescription> exports = new ConcurrentHashMap<>();
    private final List<String> order = java.util.Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();
    private final ExportRecords records;
    /** Order of exports, kept in their records. */
    private final java.util.concurrent.atomic.AtomicLong sequence = new java.util.concurrent.atomic.AtomicLong();

    private record Token(String exportArn, String parameters, long createdMillis) {
    }

    /**
     * Creates the service.
     *
     * @param store the storage
     * @param pitr point-in-time recovery (exports read the table's history through it)
     * @param clock the database clock
     * @param dbDir the database directory (export records live in {@code exports/})
     */
    public ExportService(Store store, PitrService pitr, Clock clock, Path dbDir) {
        this.store = store;
        this.pitr = pitr;
        this.clock = clock;
        this.records = new ExportRecords(dbDir);
        try {
            for (ExportRecords.Entry e : records.load(clock.instant())) {
                ExportDescription d = e.description();
                sequence.set(Math.max(sequence.get(), e.sequence()));
                exports.put(d.exportArn(), d);
                order.add(d.exportArn());
                if (d.clientToken() != null) {
                    tokens.put(d.clientToken(), new Token(d.exportArn(), e.parameters(), d.startTime().toEpochMilli()));
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read export records: " + e.getMessage(), e);
        }
        this.worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "tidemark-export");
            t.setDaemon(true);
            return t;
        });
    }

    /** ExportTableToPointInTime. */
    public synchronized ExportTableToPointInTimeResult exportTableToPointInTime(ExportTableToPointInTimeRequest r) {
        if (r.tableArn() == null) {
            throw new ValidationException("1 validation error detected: Value null at 'tableArn' failed to satisfy constraint: Member must not be null");
        }
        if (r.s3Bucket() == null || r.s3Bucket().isEmpty()) {
            throw new ValidationException("1 validation error detected: Value null at 's3Bucket' failed to satisfy constraint: Member must not be null");
        }
        if (r.exportFormat() == ExportFormat.ION) {
            throw new ValidationException("ExportFormat ION is not supported by Tidemark; use DYNAMODB_JSON");
        }
        ExportType type = r.exportType() == null ? ExportType.FULL_EXPORT : r.exportType();
        IncrementalExportSpecification inc = r.incrementalExportSpecification();
        if (type == ExportType.FULL_EXPORT && inc != null) {
            throw new ValidationException("IncrementalExportSpecification can only be given with ExportType INCREMENTAL_EXPORT");
        }
        if (type == ExportType.INCREMENTAL_EXPORT) {
            if (r.exportTime() != null) {
                throw new ValidationException("ExportTime cannot be given with ExportType INCREMENTAL_EXPORT");
            }
            if (inc == null || inc.exportFromTime() == null || inc.exportToTime() == null) {
                throw new ValidationException("IncrementalExportSpecification with ExportFromTime and ExportToTime is required for INCREMENTAL_EXPORT");
            }
            if (!inc.exportFromTime().isBefore(inc.exportToTime())) {
                throw new ValidationException("ExportFromTime must be before ExportToTime");
            }
        }
        String params = String.join("|", r.tableArn(), String.valueOf(r.exportTime()), r.s3Bucket(), String.valueOf(r.s3Prefix()),
            String.valueOf(type), inc == null ? "" : inc.exportFromTime() + "|" + inc.exportToTime() + "|" + inc.exportViewType());
        long now = clock.millis();
        if (r.clientToken() != null) {
            Token tok = tokens.get(r.clientToken());
            if (tok != null && now - tok.createdMillis() < TOKEN_VALIDITY.toMillis()) {
                if (!params.equals(tok.parameters())) {
                    throw new ExportConflictException("Export with the same ClientToken but different parameters already exists: "
                        + tok.exportArn());
                }
                return ExportTableToPointInTimeResult.builder().exportDescription(exports.get(tok.exportArn())).build();
            }
        }
        TableState t = pitr.source(null, r.tableArn());
        PitrSettings s = pitr.requireEnabled(t);
        Instant[] w = pitr.window(s);
        Instant exportTime = null;
        if (type == ExportType.FULL_EXPORT) {
            exportTime = r.exportTime() == null ? clock.instant() : r.exportTime();
            if (exportTime.isBefore(w[0]) || exportTime.isAfter(clock.instant())) {
                throw new InvalidExportTimeException("Export time " + exportTime + " is outside the point-in-time recovery window ["
                    + w[0] + ", " + w[1] + "] of table " + t.meta().name());
            }
        } else if (inc.exportFromTime().isBefore(w[0]) || inc.exportToTime().isAfter(clock.instant())) {
            throw new InvalidExportTimeException("Export window [" + inc.exportFromTime() + ", " + inc.exportToTime()
                + ") is outside the point-in-time recovery window [" + w[0] + ", " + w[1] + "] of table " + t.meta().name());
        }
        String id = String.format("%013d-%08x", now, java.util.concurrent.ThreadLocalRandom.current().nextInt());
        String tableArn = BackupService.ARN_PREFIX + t.meta().name();
        String arn = tableArn + "/export/" + id;
        IncrementalExportSpecification spec = inc == null ? null : inc.toBuilder()
            .exportViewType(inc.exportViewType() == null ? ExportViewType.NEW_AND_OLD_IMAGES : inc.exportViewType()).build();
        String prefix = r.s3Prefix() == null || r.s3Prefix().isEmpty() ? "" : r.s3Prefix().replaceAll("/+$", "") + "/";
        ExportDescription d = ExportDescription.builder().exportArn(arn).exportStatus(ExportStatus.IN_PROGRESS)
            .startTime(Instant.ofEpochMilli(now)).tableArn(tableArn).tableId(t.meta().uuid()).exportTime(exportTime)
            .clientToken(r.clientToken()).s3Bucket(r.s3Bucket()).s3Prefix(r.s3Prefix()).exportFormat(ExportFormat.DYNAMODB_JSON)
            .exportType(type).incrementalExportSpecification(spec)
            .exportManifest(prefix + "AWSDynamoDB/" + id + "/manifest-summary.json").build();
        long seq = sequence.incrementAndGet();
        try {
            records.save(d, params, seq);
        } catch (IOException e) {
            throw new dev.tidemark.engine.InternalServerErrorException("cannot record export: " + e.getMessage(), e);
        }
        exports.put(arn, d);
        order.add(arn);
        if (r.clientToken() != null) {
            tokens.put(r.clientToken(), new Token(arn, params, now));
        }
        LogRetention.Hold hold = store.retention().hold("export " + id, () -> Long.MIN_VALUE);
        Path root = Paths.get(r.s3Bucket()).resolve(prefix + "AWSDynamoDB/" + id);
        worker.submit(() -> {
            ExportDescription end;
            try {
                end = run(d, t, root, prefix + "AWSDynamoDB/" + id + "/");
            } catch (Exception | Error e) {
                LOG.warn("export {} failed: {}", arn, e.toString());
                end = d.toBuilder().exportStatus(ExportStatus.FAILED).endTime(clock.instant())
                    .failureCode(e.getClass().getSimpleName()).failureMessage(String.valueOf(e.getMessage())).build();
            } finally {
                hold.close();
            }
            try {
                records.save(end, params, seq);
            } catch (IOException e) {
                LOG.warn("cannot record the end of export {}: {}", arn, e.toString());
            }
            exports.put(arn, end);
        });
        return ExportTableToPointInTimeResult.builder().exportDescription(d).build();
    }

    private ExportDescription run(ExportDescription d, TableState t, Path root, String keyPrefix) throws IOException {
        Files.createDirectories(root.resolve("data"));
        Files.write(root.resolve("_started"), new byte[0]);
        TableMeta meta = t.meta();
        List<String> lines = new ArrayList<>();
        long[] billed = {0};
        if (d.exportType() == ExportType.FULL_EXPORT) {
            TreeMap<byte[], ImageFiles.Item> items = pitr.imageAt(t, d.exportTime().toEpochMilli(), null);
            for (ImageFiles.Item item : items.values()) {
                StringBuilder b = new StringBuilder("{\"Item\":");
                DynamoJson.item(b, ItemCodec.decode(item.body(), 0, item.body().length));
                lines.add(b.append('}').toString());
                billed[0] += item.size();
            }
        } else {
            long from = d.incrementalExportSpecification().exportFromTime().toEpochMilli();
            long to = d.incrementalExportSpecification().exportToTime().toEpochMilli();
            boolean old = d.incrementalExportSpecification().exportViewType() == ExportViewType.NEW_AND_OLD_IMAGES;
            TreeMap<byte[], ImageFiles.Item[]> changed = new TreeMap<>(Arrays::compareUnsigned);
            Map<byte[], Long> lastWrite = new TreeMap<>(Arrays::compareUnsigned);
            TreeMap<byte[], ImageFiles.Item> end = pitr.imageAt(t, to - 1, (ts, key, before, after) -> {
                if (ts >= from) {
                    changed.computeIfAbsent(key, k -> new ImageFiles.Item[] {before});
                    lastWrite.put(key, ts);
                }
            });
            KeyCodec codec = new KeyCodec(meta.hashType(), meta.rangeType());
            for (Map.Entry<byte[], ImageFiles.Item[]> e : changed.entrySet()) {
                ImageFiles.Item before = e.getValue()[0];
                ImageFiles.Item after = end.get(e.getKey());
                AttributeValue[] key = codec.decode(e.getKey());
                Map<String, AttributeValue> keys = new LinkedHashMap<>();
                keys.put(meta.hashName(), key[0]);
                if (meta.rangeName() != null) {
                    keys.put(meta.rangeName(), key[1]);
                }
                StringBuilder b = new StringBuilder("{\"Metadata\":{\"WriteTimestampMicros\":{\"N\":\"")
                    .append(lastWrite.get(e.getKey()) * 1000).append("\"}},\"Keys\":");
                DynamoJson.item(b, keys);
                if (after != null) {
                    b.append(",\"NewImage\":");
                    DynamoJson.item(b, ItemCodec.decode(after.body(), 0, after.body().length));
                    billed[0] += after.size();
                }
                if (old && before != null) {
                    b.append(",\"OldImage\":");
                    DynamoJson.item(b, ItemCodec.decode(before.body(), 0, before.body().length));
                    billed[0] += before.size();
                }
                lines.add(b.append('}').toString());
            }
        }
        StringBuilder manifestFiles = new StringBuilder();
        int files = Math.max(1, (lines.size() + ITEMS_PER_FILE - 1) / ITEMS_PER_FILE);
        for (int f = 0; f < files; f++) {
            List<String> part = lines.subList(f * ITEMS_PER_FILE, Math.min(lines.size(), (f + 1) * ITEMS_PER_FILE));
            String name = "data/" + UUID.randomUUID().toString().replace("-", "") + ".json.gz";
            Path file = root.resolve(name);
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file));
                 Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8)) {
                for (String line : part) {
                    w.write(line);
                    w.write('\n');
                }
            }
            byte[] md5 = md5(Files.readAllBytes(file));
            manifestFiles.append("{\"itemCount\":").append(part.size())
                .append(",\"md5Checksum\":").append(DynamoJson.quoted(Base64.getEncoder().encodeToString(md5)))
                .append(",\"etag\":").append(DynamoJson.quoted(HexFormat.of().formatHex(md5)))
                .append(",\"dataFileS3Key\":").append(DynamoJson.quoted(keyPrefix + name)).append("}\n");
        }
        writeWithChecksum(root, "manifest-files", manifestFiles.toString());
        Instant endTime = clock.instant();
        ExportDescription done = d.toBuilder().exportStatus(ExportStatus.COMPLETED).endTime(endTime)
            .itemCount((long) lines.size()).billedSizeBytes(billed[0]).build();
        String summary = "{\"version\":\"2020-06-30\""
            + ",\"exportArn\":" + DynamoJson.quoted(d.exportArn())
            + ",\"startTime\":" + DynamoJson.quoted(d.startTime().toString())
            + ",\"endTime\":" + DynamoJson.quoted(endTime.toString())
            + ",\"tableArn\":" + DynamoJson.quoted(d.tableArn())
            + ",\"tableId\":" + DynamoJson.quoted(d.tableId())
            + ",\"exportTime\":" + DynamoJson.quoted(d.exportTime() == null ? null : d.exportTime().toString())
            + ",\"exportFromTime\":" + DynamoJson.quoted(d.incrementalExportSpecification() == null ? null
                : d.incrementalExportSpecification().exportFromTime().toString())
            + ",\"exportToTime\":" + DynamoJson.quoted(d.incrementalExportSpecification() == null ? null
                : d.incrementalExportSpecification().exportToTime().toString())
            + ",\"s3Bucket\":" + DynamoJson.quoted(d.s3Bucket())
            + ",\"s3Prefix\":" + DynamoJson.quoted(d.s3Prefix())
            + ",\"s3SseAlgorithm\":null,\"s3SseKmsKeyId\":null"
            + ",\"manifestFilesS3Key\":" + DynamoJson.quoted(keyPrefix + "manifest-files.json")
            + ",\"billedSizeBytes\":" + billed[0]
            + ",\"itemCount\":" + lines.size()
            + ",\"outputFormat\":\"DYNAMODB_JSON\""
            + ",\"exportType\":" + DynamoJson.quoted(d.exportType().name()) + "}\n";
        writeWithChecksum(root, "manifest-summary", summary);
        return done;
    }

    private static void writeWithChecksum(Path root, String name, String content) throws IOException {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        Files.write(root.resolve(name + ".json"), bytes);
        Files.writeString(root.resolve(name + ".checksum"), HexFormat.of().formatHex(md5(bytes)));
    }

    private static byte[] md5(byte[] bytes) {
        try {
            return MessageDigest.getInstance("MD5").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** DescribeExport. */
    public DescribeExportResult describeExport(DescribeExportRequest r) {
        if (r.exportArn() == null) {
            throw new ValidationException("1 validation error detected: Value null at 'exportArn' failed to satisfy constraint: Member must not be null");
        }
        ExportDescription d = exports.get(r.exportArn());
        if (d == null) {
            throw new ExportNotFoundException("Export not found: " + r.exportArn());
        }
        return DescribeExportResult.builder().exportDescription(d).build();
    }

    /** ListExports: oldest first; NextToken is the last listed export's ARN. */
    public ListExportsResult listExports(ListExportsRequest r) {
        int max = r.maxResults() == null ? 25 : r.maxResults();
        if (max < 1 || max > 25) {
            throw new ValidationException("1 validation error detected: Value '" + max
                + "' at 'maxResults' failed to satisfy constraint: Member must have value between 1 and 25");
        }
        List<String> all;
        synchronized (order) {
            all = new ArrayList<>(order);
        }
        if (r.nextToken() != null && !all.contains(r.nextToken())) {
            throw new ValidationException("Invalid NextToken: " + r.nextToken());
        }
        boolean started = r.nextToken() == null;
        List<ExportSummary> page = new ArrayList<>();
        String next = null;
        for (String arn : all) {
            if (!started) {
                started = arn.equals(r.nextToken());
                continue;
            }
            ExportDescription d = exports.get(arn);
            if (r.tableArn() != null && !Objects.equals(r.tableArn(), d.tableArn())) {
                continue;
            }
            if (page.size() == max) {
                next = page.get(page.size() - 1).exportArn();
                break;
            }
            page.add(ExportSummary.builder().exportArn(arn).exportStatus(d.exportStatus()).exportType(d.exportType()).build());
        }
        return ListExportsResult.builder().exportSummaries(page).nextToken(next).build();
    }

    /** Stops the background thread, waiting briefly for a running export. */
    @Override
    public void close() {
        worker.shutdown();
        try {
            if (!worker.awaitTermination(30, TimeUnit.SECONDS)) {
                worker.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
