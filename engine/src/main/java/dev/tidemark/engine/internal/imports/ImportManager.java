package dev.tidemark.engine.internal.imports;

import dev.tidemark.engine.CreateTableRequest;
import dev.tidemark.engine.Database;
import dev.tidemark.engine.DescribeImportRequest;
import dev.tidemark.engine.DescribeImportResult;
import dev.tidemark.engine.ImportConflictException;
import dev.tidemark.engine.ImportNotFoundException;
import dev.tidemark.engine.ImportTableRequest;
import dev.tidemark.engine.ImportTableResult;
import dev.tidemark.engine.ListImportsRequest;
import dev.tidemark.engine.ListImportsResult;
import dev.tidemark.engine.ValidationException;
import dev.tidemark.engine.model.ImportStatus;
import dev.tidemark.engine.model.ImportSummary;
import dev.tidemark.engine.model.S3BucketSource;
import dev.tidemark.engine.model.TableCreationParameters;
import dev.tidemark.engine.model.TableDescription;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * ImportTable, DescribeImport and ListImports for one database. Each import gets a directory
 * {@code <database>/imports/<import-id>/} holding {@code import.properties} (its description) and
 * {@code errors.jsonl} (the records it skipped, with their reasons). The table is created before
 * {@link #importTable} returns; the items are loaded by a background thread.
 */
public final class ImportManager implements AutoCloseable {
    /** The name of each import's error file. */
    public static final String ERROR_FILE = "errors.jsonl";
    private static final Logger LOG = LoggerFactory.getLogger(ImportManager.class);
    private static final Duration TOKEN_LIFETIME = Duration.ofHours(8);

    private final Database db;
    private final Path root;
    private final Clock clock;
    private final Map<String, ImportState> imports = new ConcurrentHashMap<>();
    private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "tidemark-import");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean closed;

    /**
     * Loads the imports recorded in {@code <databaseDirectory>/imports}; any that was still running
     * when the database last closed is marked FAILED.
     *
     * @param db the database the imports write to
     * @param databaseDirectory the database's directory
     * @param clock the source of start and end times
     */
    public ImportManager(Database db, Path databaseDirectory, Clock clock) {
        this.db = db;
        this.root = databaseDirectory.resolve("imports");
        this.clock = clock;
        if (Files.isDirectory(root)) {
            try (Stream<Path> dirs = Files.list(root)) {
                for (Path d : dirs.filter(Files::isDirectory).toList()) {
                    if (!Files.exists(d.resolve("import.properties"))) {
                        continue;
                    }
                    ImportState s = ImportState.load(d);
                    if (s.status == ImportStatus.IN_PROGRESS) {
                        s.status = ImportStatus.FAILED;
                        s.failureCode = "Interrupted";
                        s.failureMessage = "the database was closed before the import finished";
                        s.endTime = clock.instant();
                        s.save();
                    }
                    imports.put(s.id, s);
                }
            } catch (IOException | RuntimeException e) {
                LOG.warn("cannot read the imports in {}: {}", root, e.toString());
            }
        }
    }

    /** Validates the request, creates the table and starts loading it in the background. */
    public synchronized ImportTableResult importTable(ImportTableRequest request) {
        ensureOpen();
        ImportValidation.check(request);
        Instant now = clock.instant();
        String digest = digest(request);
        if (request.clientToken() != null) {
            for (ImportState s : imports.values()) {
                if (request.clientToken().equals(s.request.clientToken())
                        && s.startTime.plus(TOKEN_LIFETIME).isAfter(now)) {
                    if (s.requestDigest.equals(digest)) {
                        return ImportTableResult.builder().importTableDescription(s.describe()).build();
                    }
                    throw new ImportConflictException("There was a conflict when importing from the specified S3 source. "
                            + "This can occur when the current import conflicts with a previous import request that had "
                            + "the same client token.");
                }
            }
        }
        Path sourceRoot = Path.of(request.s3BucketSource().s3Bucket()).toAbsolutePath().normalize();
        List<Path> files = sourceFiles(sourceRoot, request.s3BucketSource());
        long total = 0;
        for (Path f : files) {
            try {
                total += Files.size(f);
            } catch (IOException e) {
                throw new ValidationException("cannot read the import source file " + f + ": " + e.getMessage());
            }
        }
        TableCreationParameters t = request.tableCreationParameters();
        TableDescription table = db.createTable(CreateTableRequest.builder().tableName(t.tableName())
                .keySchema(t.keySchema()).attributeDefinitions(t.attributeDefinitions()).billingMode(t.billingMode())
                .provisionedThroughput(t.provisionedThroughput()).globalSecondaryIndexes(t.globalSecondaryIndexes()).build())
                .tableDescription();
        String id = String.format("%013d-%08x", now.toEpochMilli(), ThreadLocalRandom.current().nextInt());
        Path dir = root.resolve(id);
        ImportState state = new ImportState(id, table.tableArn() + "/import/" + id, request, digest, dir, now);
        state.tableArn = table.tableArn();
        state.tableId = table.tableId();
        state.totalBytes = total;
        state.files = files;
        state.sourceRoot = Files.isDirectory(sourceRoot) ? sourceRoot : sourceRoot.getParent();
        try {
            Files.createDirectories(dir);
            Files.createFile(state.errorFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the import directory " + dir, e);
        }
        state.save();
        imports.put(id, state);
        workers.execute(() -> run(state));
        return ImportTableResult.builder().importTableDescription(state.describe()).build();
    }

    private void run(ImportState state) {
        try {
            new ImportJob(db, state).run();
            state.status = ImportStatus.COMPLETED;
        } catch (ImportJob.ImportFailure e) {
            fail(state, e.code, e.getMessage());
        } catch (RuntimeException e) {
            if (state.stopRequested || e instanceof IllegalStateException) { // the engine says it is closed
                fail(state, "Interrupted", "the database was closed before the import finished");
            } else {
                fail(state, e instanceof dev.tidemark.engine.TidemarkException te ? te.errorName() : "InternalError", e.toString());
            }
        }
        state.endTime = clock.instant();
        try {
            state.save();
        } catch (RuntimeException e) {
            LOG.warn("cannot save the state of import {}: {}", state.id, e.toString());
        }
    }

    private static void fail(ImportState state, String code, String message) {
        state.failureCode = code;
        state.failureMessage = message;
        state.status = ImportStatus.FAILED;
    }

    /** The state of one import. */
    public DescribeImportResult describeImport(DescribeImportRequest request) {
        ensureOpen();
        if (request.importArn() == null || request.importArn().isEmpty()) {
            throw new ValidationException("1 validation error detected: Value null at 'importArn' failed to satisfy "
                    + "constraint: Member must not be null");
        }
        String arn = request.importArn();
        String id = arn.substring(arn.lastIndexOf('/') + 1);
        ImportState s = imports.get(id);
        if (s == null || !s.arn.equals(arn)) {
            throw new ImportNotFoundException("Import not found: " + arn);
        }
        return DescribeImportResult.builder().importTableDescription(s.describe()).build();
    }

    /** Imports, newest first, a page at a time. */
    public ListImportsResult listImports(ListImportsRequest request) {
        ensureOpen();
        int size = request.pageSize() == null ? 25 : request.pageSize();
        if (size < 1 || size > 25) {
            throw new ValidationException("1 validation error detected: Value '" + size + "' at 'pageSize' failed to "
                    + "satisfy constraint: Member must have value between 1 and 25");
        }
        List<ImportState> all = new ArrayList<>(imports.values());
        all.sort(Comparator.comparing((ImportState s) -> s.id).reversed());
        List<ImportSummary> page = new ArrayList<>();
        String next = null;
        for (ImportState s : all) {
            if (request.nextToken() != null && s.id.compareTo(request.nextToken()) >= 0) {
                continue;
            }
            if (request.tableArn() != null && !request.tableArn().equals(s.tableArn)) {
                continue;
            }
            if (page.size() == size) {
                next = page.get(page.size() - 1).importArn().substring(page.get(page.size() - 1).importArn().lastIndexOf('/') + 1);
                break;
            }
            page.add(s.summary());
        }
        return ListImportsResult.builder().importSummaryList(page).nextToken(next).build();
    }

    /** Stops running imports (they end FAILED) and waits briefly for them. */
    @Override
    public void close() {
        closed = true;
        for (ImportState s : imports.values()) {
            s.stopRequested = true;
        }
        workers.shutdown();
        try {
            workers.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("the database is closed");
        }
    }

    /** The files of the source, in path order: a single file, or the files under a directory matching the prefix. */
    static List<Path> sourceFiles(Path source, S3BucketSource s3) {
        String prefix = s3.s3KeyPrefix() == null ? "" : s3.s3KeyPrefix();
        if (Files.isRegularFile(source)) {
            if (!source.getFileName().toString().startsWith(prefix)) {
                throw new ValidationException("The import source " + source + " does not match the key prefix " + prefix);
            }
            return List.of(source);
        }
        if (!Files.isDirectory(source)) {
            throw new ValidationException("The import source " + source + " (S3Bucket " + s3.s3Bucket()
                    + ") is not an existing directory or file");
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(source)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> source.relativize(p).toString().replace('\\', '/').startsWith(prefix))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new ValidationException("cannot list the import source " + source + ": " + e.getMessage());
        }
        if (files.isEmpty()) {
            throw new ValidationException("The import source " + source + " has no files"
                    + (prefix.isEmpty() ? "" : " with the key prefix " + prefix));
        }
        return files;
    }

    private static String digest(ImportTableRequest r) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(r.toBuilder().clientToken(null).build().toString()
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
