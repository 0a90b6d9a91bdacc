package dev.tidemark.engine.internal.imports;

import dev.tidemark.engine.ImportTableRequest;
import dev.tidemark.engine.model.AttributeDefinition;
import dev.tidemark.engine.model.BillingMode;
import dev.tidemark.engine.model.CsvOptions;
import dev.tidemark.engine.model.GlobalSecondaryIndex;
import dev.tidemark.engine.model.ImportStatus;
import dev.tidemark.engine.model.ImportSummary;
import dev.tidemark.engine.model.ImportTableDescription;
import dev.tidemark.engine.model.InputCompressionType;
import dev.tidemark.engine.model.InputFormat;
import dev.tidemark.engine.model.InputFormatOptions;
import dev.tidemark.engine.model.KeySchemaElement;
import dev.tidemark.engine.model.KeyType;
import dev.tidemark.engine.model.Projection;
import dev.tidemark.engine.model.ProjectionType;
import dev.tidemark.engine.model.S3BucketSource;
import dev.tidemark.engine.model.ScalarAttributeType;
import dev.tidemark.engine.model.TableCreationParameters;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One import: its request, where it keeps its files, its status and live counters. Saved as
 * {@code import.properties} in the import's directory when it starts and when it ends, so
 * DescribeImport and ListImports still know it after the database is reopened.
 */
final class ImportState {
    final String id;
    final String arn;
    final ImportTableRequest request;
    final String requestDigest;
    final Path directory;
    final Path errorFile;
    final Instant startTime;
    final AtomicLong processedBytes = new AtomicLong();
    final AtomicLong processedItems = new AtomicLong();
    final AtomicLong importedItems = new AtomicLong();
    final AtomicLong errors = new AtomicLong();
    volatile String tableArn;
    volatile String tableId;
    volatile long totalBytes;
    volatile ImportStatus status = ImportStatus.IN_PROGRESS;
    volatile Instant endTime;
    volatile String failureCode;
    volatile String failureMessage;
    volatile boolean stopRequested;
    /** The source files in the order they are read; empty for an import loaded from disk. */
    List<Path> files = List.of();
    /** The source root files are named relative to. */
    Path sourceRoot;

    ImportState(String id, String arn, ImportTableRequest request, String requestDigest, Path directory, Instant startTime) {
        this.id = id;
        this.arn = arn;
        this.request = request;
        this.requestDigest = requestDigest;
        this.directory = directory;
        this.errorFile = directory.resolve(ImportManager.ERROR_FILE);
        this.startTime = startTime;
    }

    String relativeName(Path file) {
        if (sourceRoot == null || file.equals(sourceRoot)) {
            return file.getFileName().toString();
        }
        return sourceRoot.relativize(file).toString().replace('\\', '/');
    }

    ImportTableDescription describe() {
        return ImportTableDescription.builder().importArn(arn).importStatus(status).tableArn(tableArn).tableId(tableId)
                .clientToken(request.clientToken()).s3BucketSource(request.s3BucketSource()).errorCount(errors.get())
                .errorFile(errorFile.toAbsolutePath().toString()).inputFormat(request.inputFormat())
                .inputFormatOptions(request.inputFormatOptions())
                .inputCompressionType(request.inputCompressionType() == null ? InputCompressionType.NONE : request.inputCompressionType())
                .tableCreationParameters(request.tableCreationParameters()).startTime(startTime).endTime(endTime)
                .processedSizeBytes(processedBytes.get()).totalSizeBytes(totalBytes)
                .processedItemCount(processedItems.get()).importedItemCount(importedItems.get())
                .failureCode(failureCode).failureMessage(failureMessage).build();
    }

    ImportSummary summary() {
        return ImportSummary.builder().importArn(arn).importStatus(status).tableArn(tableArn)
                .s3BucketSource(request.s3BucketSource()).inputFormat(request.inputFormat()).startTime(startTime)
                .endTime(endTime).build();
    }

    /** Writes {@code import.properties} atomically. */
    void save() {
        Properties p = new Properties();
        put(p, "id", id);
        put(p, "arn", arn);
        put(p, "digest", requestDigest);
        put(p, "status", status.name());
        put(p, "tableArn", tableArn);
        put(p, "tableId", tableId);
        put(p, "startTime", startTime.toString());
        put(p, "endTime", endTime == null ? null : endTime.toString());
        put(p, "failureCode", failureCode);
        put(p, "failureMessage", failureMessage);
        put(p, "processedBytes", Long.toString(processedBytes.get()));
        put(p, "totalBytes", Long.toString(totalBytes));
        put(p, "processedItems", Long.toString(processedItems.get()));
        put(p, "importedItems", Long.toString(importedItems.get()));
        put(p, "errors", Long.toString(errors.get()));
        ImportTableRequest r = request;
        put(p, "clientToken", r.clientToken());
        put(p, "bucket", r.s3BucketSource().s3Bucket());
        put(p, "prefix", r.s3BucketSource().s3KeyPrefix());
        put(p, "owner", r.s3BucketSource().s3BucketOwner());
        put(p, "format", r.inputFormat().name());
        put(p, "compression", r.inputCompressionType() == null ? null : r.inputCompressionType().name());
        CsvOptions csv = r.inputFormatOptions() == null ? null : r.inputFormatOptions().csv();
        if (csv != null) {
            put(p, "csv", "true");
            put(p, "csv.delimiter", csv.delimiter());
            putList(p, "csv.header", csv.headerList());
        }
        TableCreationParameters t = r.tableCreationParameters();
        put(p, "table", t.tableName());
        put(p, "billingMode", t.billingMode() == null ? null : t.billingMode().name());
        putKeys(p, "key", t.keySchema());
        List<String> defs = new ArrayList<>();
        for (AttributeDefinition d : t.attributeDefinitions() == null ? List.<AttributeDefinition>of() : t.attributeDefinitions()) {
            defs.add(d.attributeName() + "\u0001" + d.attributeType());
        }
        putList(p, "attr", defs);
        List<GlobalSecondaryIndex> gsis = t.globalSecondaryIndexes() == null ? List.of() : t.globalSecondaryIndexes();
        put(p, "gsi.count", Integer.toString(gsis.size()));
        for (int i = 0; i < gsis.size(); i++) {
            GlobalSecondaryIndex g = gsis.get(i);
            put(p, "gsi." + i + ".name", g.indexName());
            putKeys(p, "gsi." + i + ".key", g.keySchema());
            if (g.projection() != null) {
                put(p, "gsi." + i + ".projection", g.projection().projectionType() == null ? null : g.projection().projectionType().name());
                putList(p, "gsi." + i + ".include", g.projection().nonKeyAttributes());
            }
        }
        Path tmp = directory.resolve("import.properties.tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            p.store(w, "Tidemark import " + id);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Files.move(tmp, directory.resolve("import.properties"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads an import saved by {@link #save()}; one that was IN_PROGRESS did not finish and is FAILED. */
    static ImportState load(Path directory) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(directory.resolve("import.properties"), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        ImportTableRequest.Builder r = ImportTableRequest.builder().clientToken(p.getProperty("clientToken"))
                .s3BucketSource(S3BucketSource.builder().s3Bucket(p.getProperty("bucket")).s3KeyPrefix(p.getProperty("prefix"))
                        .s3BucketOwner(p.getProperty("owner")).build())
                .inputFormat(InputFormat.valueOf(p.getProperty("format")));
        if (p.getProperty("compression") != null) {
            r.inputCompressionType(InputCompressionType.valueOf(p.getProperty("compression")));
        }
        if (p.getProperty("csv") != null) {
            r.inputFormatOptions(InputFormatOptions.builder().csv(CsvOptions.builder().delimiter(p.getProperty("csv.delimiter"))
                    .headerList(getList(p, "csv.header")).build()).build());
        }
        List<AttributeDefinition> defs = new ArrayList<>();
        List<String> attrs = getList(p, "attr");
        for (String a : attrs == null ? List.<String>of() : attrs) {
            int cut = a.indexOf('\u0001');
            defs.add(AttributeDefinition.builder().attributeName(a.substring(0, cut))
                    .attributeType(ScalarAttributeType.valueOf(a.substring(cut + 1))).build());
        }
        List<GlobalSecondaryIndex> gsis = new ArrayList<>();
        int count = Integer.parseInt(p.getProperty("gsi.count", "0"));
        for (int i = 0; i < count; i++) {
            String proj = p.getProperty("gsi." + i + ".projection");
            gsis.add(GlobalSecondaryIndex.builder().indexName(p.getProperty("gsi." + i + ".name"))
                    .keySchema(getKeys(p, "gsi." + i + ".key"))
                    .projection(Projection.builder().projectionType(proj == null ? null : ProjectionType.valueOf(proj))
                            .nonKeyAttributes(getList(p, "gsi." + i + ".include")).build()).build());
        }
        String billing = p.getProperty("billingMode");
        r.tableCreationParameters(TableCreationParameters.builder().tableName(p.getProperty("table"))
                .billingMode(billing == null ? null : BillingMode.valueOf(billing)).keySchema(getKeys(p, "key"))
                .attributeDefinitions(defs).globalSecondaryIndexes(gsis.isEmpty() ? null : gsis).build());
        ImportState s = new ImportState(p.getProperty("id"), p.getProperty("arn"), r.build(), p.getProperty("digest"), directory,
                Instant.parse(p.getProperty("startTime")));
        s.tableArn = p.getProperty("tableArn");
        s.tableId = p.getProperty("tableId");
        s.status = ImportStatus.valueOf(p.getProperty("status"));
        s.endTime = p.getProperty("endTime") == null ? null : Instant.parse(p.getProperty("endTime"));
        s.failureCode = p.getProperty("failureCode");
        s.failureMessage = p.getProperty("failureMessage");
        s.processedBytes.set(Long.parseLong(p.getProperty("processedBytes", "0")));
        s.totalBytes = Long.parseLong(p.getProperty("totalBytes", "0"));
        s.processedItems.set(Long.parseLong(p.getProperty("processedItems", "0")));
        s.importedItems.set(Long.parseLong(p.getProperty("importedItems", "0")));
        s.errors.set(Long.parseLong(p.getProperty("errors", "0")));
        return s;
    }

    private static void put(Properties p, String key, String value) {
        if (value != null) {
            p.setProperty(key, value);
        }
    }

    private static void putList(Properties p, String key, List<String> values) {
        if (values != null) {
            p.setProperty(key + ".count", Integer.toString(values.size()));
            for (int i = 0; i < values.size(); i++) {
                p.setProperty(key + "." + i, values.get(i));
            }
        }
    }

    private static List<String> getList(Properties p, String key) {
        String count = p.getProperty(key + ".count");
        if (count == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Integer.parseInt(count); i++) {
            out.add(p.getProperty(key + "." + i));
        }
        return out;
    }

    private static void putKeys(Properties p, String key, List<KeySchemaElement> keys) {
        List<String> out = new ArrayList<>();
        for (KeySchemaElement k : keys == null ? List.<KeySchemaElement>of() : keys) {
            out.add(k.attributeName() + "\u0001" + k.keyType());
        }
        putList(p, key, out);
    }

    private static List<KeySchemaElement> getKeys(Properties p, String key) {
        List<KeySchemaElement> out = new ArrayList<>();
        List<String> values = getList(p, key);
        for (String v : values == null ? List.<String>of() : values) {
            int cut = v.indexOf('\u0001');
            out.add(KeySchemaElement.builder().attributeName(v.substring(0, cut)).keyType(KeyType.valueOf(v.substring(cut + 1))).build());
        }
        return out;
    }
}
