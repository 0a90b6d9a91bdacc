package dev.tidemark.engine.internal;

import dev.tidemark.engine.BatchGetItemRequest;
import dev.tidemark.engine.BatchGetItemResult;
import dev.tidemark.engine.BatchWriteItemRequest;
import dev.tidemark.engine.BatchWriteItemResult;
import dev.tidemark.engine.CreateTableRequest;
import dev.tidemark.engine.CreateTableResult;
import dev.tidemark.engine.Database;
import dev.tidemark.engine.DatabaseOptions;
import dev.tidemark.engine.DeleteItemRequest;
import dev.tidemark.engine.DeleteItemResult;
import dev.tidemark.engine.DeleteTableRequest;
import dev.tidemark.engine.DeleteTableResult;
import dev.tidemark.engine.DescribeTableRequest;
import dev.tidemark.engine.DescribeTableResult;
import dev.tidemark.engine.GetItemRequest;
import dev.tidemark.engine.GetItemResult;
import dev.tidemark.engine.ListTablesRequest;
import dev.tidemark.engine.ListTablesResult;
import dev.tidemark.engine.PutItemRequest;
import dev.tidemark.engine.PutItemResult;
import dev.tidemark.engine.QueryRequest;
import dev.tidemark.engine.QueryResult;
import dev.tidemark.engine.ScanRequest;
import dev.tidemark.engine.ScanResult;
import dev.tidemark.engine.TransactGetItemsRequest;
import dev.tidemark.engine.TransactGetItemsResult;
import dev.tidemark.engine.TransactWriteItemsRequest;
import dev.tidemark.engine.TransactWriteItemsResult;
import dev.tidemark.engine.UpdateItemRequest;
import dev.tidemark.engine.UpdateItemResult;
import dev.tidemark.engine.UpdateTableRequest;
import dev.tidemark.engine.UpdateTableResult;
import dev.tidemark.engine.DeleteScalingPolicyRequest;
import dev.tidemark.engine.DeleteScalingPolicyResult;
import dev.tidemark.engine.DescribeScalingPoliciesRequest;
import dev.tidemark.engine.DescribeScalingPoliciesResult;
import dev.tidemark.engine.PutScalingPolicyRequest;
import dev.tidemark.engine.PutScalingPolicyResult;
import dev.tidemark.engine.internal.capacity.AutoScaler;
import dev.tidemark.engine.internal.capacity.CapacityManager;
import dev.tidemark.engine.internal.metrics.EngineMetrics;
import dev.tidemark.engine.internal.store.IndexMeta;
import dev.tidemark.engine.DescribeImportRequest;
import dev.tidemark.engine.DescribeImportResult;
import dev.tidemark.engine.ImportTableRequest;
import dev.tidemark.engine.ImportTableResult;
import dev.tidemark.engine.ListImportsRequest;
import dev.tidemark.engine.ListImportsResult;
import dev.tidemark.engine.internal.imports.ImportManager;
import dev.tidemark.engine.CreateBackupRequest;
import dev.tidemark.engine.CreateBackupResult;
import dev.tidemark.engine.DescribeBackupRequest;
import dev.tidemark.engine.DescribeBackupResult;
import dev.tidemark.engine.DeleteBackupRequest;
import dev.tidemark.engine.DeleteBackupResult;
import dev.tidemark.engine.ListBackupsRequest;
import dev.tidemark.engine.ListBackupsResult;
import dev.tidemark.engine.RestoreTableFromBackupRequest;
import dev.tidemark.engine.RestoreTableFromBackupResult;
import dev.tidemark.engine.UpdateContinuousBackupsRequest;
import dev.tidemark.engine.UpdateContinuousBackupsResult;
import dev.tidemark.engine.DescribeContinuousBackupsRequest;
import dev.tidemark.engine.DescribeContinuousBackupsResult;
import dev.tidemark.engine.RestoreTableToPointInTimeRequest;
import dev.tidemark.engine.RestoreTableToPointInTimeResult;
import dev.tidemark.engine.ExportTableToPointInTimeRequest;
import dev.tidemark.engine.ExportTableToPointInTimeResult;
import dev.tidemark.engine.DescribeExportRequest;
import dev.tidemark.engine.DescribeExportResult;
import dev.tidemark.engine.ListExportsRequest;
import dev.tidemark.engine.ListExportsResult;
import dev.tidemark.engine.internal.backup.BackupService;
import dev.tidemark.engine.internal.backup.ExportService;
import dev.tidemark.engine.internal.backup.KeyLocking;
import dev.tidemark.engine.internal.backup.PitrService;
import dev.tidemark.engine.internal.compaction.LogCompactor;
import dev.tidemark.engine.internal.store.Store;
import dev.tidemark.engine.internal.store.TableState;
import dev.tidemark.engine.internal.stream.StreamCapture;
import dev.tidemark.engine.internal.stream.StreamReads;
import dev.tidemark.engine.internal.stream.StreamSettings;
import dev.tidemark.engine.internal.stream.StreamStore;
import dev.tidemark.engine.internal.stream.Subscriptions;
import dev.tidemark.engine.internal.ttl.TimeToLive;
import dev.tidemark.engine.internal.ttl.TtlSweeper;
import dev.tidemark.engine.ListStreamsRequest;
import dev.tidemark.engine.ListStreamsResult;
import dev.tidemark.engine.DescribeStreamRequest;
import dev.tidemark.engine.DescribeStreamResult;
import dev.tidemark.engine.GetShardIteratorRequest;
import dev.tidemark.engine.GetShardIteratorResult;
import dev.tidemark.engine.GetRecordsRequest;
import dev.tidemark.engine.GetRecordsResult;
import dev.tidemark.engine.UpdateTimeToLiveRequest;
import dev.tidemark.engine.UpdateTimeToLiveResult;
import dev.tidemark.engine.DescribeTimeToLiveRequest;
import dev.tidemark.engine.DescribeTimeToLiveResult;
import dev.tidemark.engine.StreamSubscription;
import dev.tidemark.engine.Subscription;
import dev.tidemark.engine.Durability;
import java.util.List;
import dev.tidemark.engine.model.GlobalSecondaryIndexUpdate;
import dev.tidemark.engine.model.ProvisionedThroughput;
import dev.tidemark.engine.model.ScalingDimension;
import dev.tidemark.engine.model.UpdateGlobalSecondaryIndexAction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine behind {@link Database}: owns the {@link Store}, the key locks and the background
 * checkpointer, and hands each request to the class that carries it out.
 */
public final class DatabaseEngine implements Database {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseEngine.class);

    private final Path directory;
    private final boolean deleteOnClose;
    private final DatabaseOptions options;
    private final Store store;
    private final Catalog catalog;
    private final ItemOperations items;
    private final ReadOperations reads;
    private final Transactions transactions;
    private final IndexBackfill backfill;
    private final ScheduledExecutorService background;
    private final StreamStore streamStore;
    private final KeyLocks locks;
    private StreamReads streamReads;
    private Subscriptions subscriptions;
    private TimeToLive timeToLive;
    private TtlSweeper sweeper;
    private ScheduledExecutorService ttlThread;
    private final EngineMetrics metrics;
    private final CapacityManager capacity;
    private final AutoScaler autoScaler;
    private final BackupService backups;
    private final PitrService pitr;
    private final ExportService exports;
    private final LogCompactor compactor;
    private volatile long lastCheckpointNanos = System.nanoTime();
    private volatile boolean closed;
    /** How often (wall-clock seconds) the background task evaluates auto scaling policies. */
    private static final long AUTO_SCALING_PERIOD_SECONDS = 10;

    private DatabaseEngine(Path directory, DatabaseOptions options, boolean deleteOnClose) {
        this.directory = directory;
        this.options = options;
        this.deleteOnClose = deleteOnClose;
        // ---- streams: the stream store is opened first, so that recovery regenerates lost records
        this.streamStore = StreamStore.open(directory.resolve("streams"), options.durability() == Durability.POWER_LOSS);
        try {
            this.store = Store.open(directory, options, new StreamCapture(streamStore, options.clock()));
        } catch (RuntimeException e) {
            streamStore.close();
            throw e;
        }
        KeyLocks locks = new KeyLocks();
        this.locks = locks;
        this.backfill = new IndexBackfill(store, locks);
        IndexBackfill.completeInterrupted(store);
        this.catalog = new Catalog(store, backfill, options.clock());
        this.metrics = EngineMetrics.create(options.meterRegistry(), store);
        this.capacity = new CapacityManager(options.clock(), metrics);
        this.autoScaler = new AutoScaler(capacity, store::tables, this::setCapacity);
        this.items = new ItemOperations(store, catalog, locks, capacity);
        this.reads = new ReadOperations(store, catalog, capacity);
        this.transactions = new Transactions(store, catalog, locks, capacity);
        // ---- backups, point-in-time recovery, export, log compaction
        KeyLocking locking = new KeyLocking() {
            @Override
            public <T> T withKeys(int tableId, List<byte[]> keys, Supplier<T> body) {
                int[] stripes = new int[keys.size()];
                for (int i = 0; i < stripes.length; i++) {
                    stripes[i] = locks.stripe(tableId, keys.get(i));
                }
                int[] held = locks.lockAll(stripes);
                try {
                    return body.get();
                } finally {
                    locks.unlockAll(held);
                }
            }
        };
        this.backups = new BackupService(this, store, directory, options.clock(), locking);
        this.pitr = new PitrService(this, store, directory, options.clock(), locking);
        this.exports = new ExportService(store, pitr, options.clock(), directory);
        this.compactor = new LogCompactor(store, locking);
        this.background = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "tidemark-checkpointer");
            t.setDaemon(true);
            return t;
        });
        background.scheduleWithFixedDelay(this::maybeCheckpoint, 1, 1, TimeUnit.SECONDS);
        background.scheduleWithFixedDelay(this::autoScale, AUTO_SCALING_PERIOD_SECONDS, AUTO_SCALING_PERIOD_SECONDS, TimeUnit.SECONDS);
        // ---- streams and time to live
        for (TableState t : store.tables()) {
            if (StreamSettings.current(t.meta()) != null) {
                store.orderCommits();
            }
        }
        this.streamReads = new StreamReads(store, streamStore, options.clock());
        this.subscriptions = new Subscriptions(store, streamStore, streamReads, options.clock(), directory.resolve("streams").resolve("consumers"));
        this.timeToLive = new TimeToLive(store, catalog::table, options.clock());
        this.sweeper = new TtlSweeper(store, options.clock(), this::deleteExpired);
        this.ttlThread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "tidemark-ttl");
            t.setDaemon(true);
            return t;
        });
        long sweepMillis = options.ttlSweepInterval().toMillis();
        ttlThread.scheduleWithFixedDelay(this::backgroundSweep, sweepMillis, Math.max(1, sweepMillis), TimeUnit.MILLISECONDS);
    }

    /**
     * Opens a database in a directory.
     *
     * @param directory the database directory, created if missing
     * @param options settings
     * @param deleteOnClose whether to delete the directory on close
     * @return the open database
     */
    public static Database open(Path directory, DatabaseOptions options, boolean deleteOnClose) {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(options, "options");
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create database directory " + directory, e);
        }
        return new DatabaseEngine(directory, options, deleteOnClose);
    }

    /**
     * Opens a database in a new temporary directory deleted on close.
     *
     * @param options settings
     * @return the open database
     */
    public static Database openTemporary(DatabaseOptions options) {
        try {
            return open(Files.createTempDirectory("tidemark-"), options, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory", e);
        }
    }

    private void maybeCheckpoint() {
        try {
            pitr.maintain();
            backups.maintain();
            long records = store.recordsSinceCheckpoint();
            if (records == 0) {
                return;
            }
            Duration since = Duration.ofNanos(System.nanoTime() - lastCheckpointNanos);
            if (records >= options.checkpointEveryRecords() || since.compareTo(options.checkpointInterval()) >= 0) {
                checkpoint();
            }
        } catch (RuntimeException e) {
            LOG.warn("background checkpoint failed: {}", e.toString());
        }
    }

    @Override
    public Path directory() {
        return directory;
    }

    @Override
    public CreateTableResult createTable(CreateTableRequest request) {
        ensureOpen();
        return catalog.createTable(request);
    }

    @Override
    public DescribeTableResult describeTable(DescribeTableRequest request) {
        ensureOpen();
        return catalog.describeTable(request);
    }

    @Override
    public byte[] tableOption(String tableName, String key) {
        ensureOpen();
        return catalog.tableOption(tableName, key);
    }

    @Override
    public void setTableOption(String tableName, String key, byte[] value) {
        ensureOpen();
        catalog.setTableOption(tableName, key, value);
    }

    @Override
    public ListTablesResult listTables(ListTablesRequest request) {
        ensureOpen();
        return catalog.listTables(request);
    }

    @Override
    public UpdateTableResult updateTable(UpdateTableRequest request) {
        ensureOpen();
        return catalog.updateTable(request);
    }

    @Override
    public DeleteTableResult deleteTable(DeleteTableRequest request) {
        ensureOpen();
        TableState t = store.table(request.tableName() == null ? "" : request.tableName());
        String kept = backups.keepDeletedTable(request.tableName());
        DeleteTableResult result;
        try {
            result = catalog.deleteTable(request);
        } catch (RuntimeException e) {
            if (kept != null) {
                backups.discard(kept);
            }
            throw e;
        }
        pitr.forgetDeleted();
        if (t != null) {
            capacity.forget(t);
        }
        return result;
    }

    @Override
    public PutItemResult putItem(PutItemRequest request) {
        ensureOpen();
        if (!metrics.enabled()) {
            return items.putItem(request);
        }
        long start = System.nanoTime();
        try {
            return items.putItem(request);
        } finally {
            metrics.timed("PutItem", request.tableName(), System.nanoTime() - start);
        }
    }

    @Override
    public GetItemResult getItem(GetItemRequest request) {
        ensureOpen();
        if (!metrics.enabled()) {
            return items.getItem(request);
        }
        long start = System.nanoTime();
        try {
            return items.getItem(request);
        } finally {
            metrics.timed("GetItem", request.tableName(), System.nanoTime() - start);
        }
    }

    @Override
    public UpdateItemResult updateItem(UpdateItemRequest request) {
        ensureOpen();
        if (!metrics.enabled()) {
            return items.updateItem(request);
        }
        long start = System.nanoTime();
        try {
            return items.updateItem(request);
        } finally {
            metrics.timed("UpdateItem", request.tableName(), System.nanoTime() - start);
        }
    }

    @Override
    public DeleteItemResult deleteItem(DeleteItemRequest request) {
        ensureOpen();
        if (!metrics.enabled()) {
            return items.deleteItem(request);
        }
        long start = System.nanoTime();
        try {
            return items.deleteItem(request);
        } finally {
            metrics.timed("DeleteItem", request.tableName(), System.nanoTime() - start);
        }
    }

    @Override
    public QueryResult query(QueryRequest request) {
        ensureOpen();
        if (!metrics.enabled()) {
            return reads.query(request);
        }
        long start = System.nanoTime();
        try {
            return reads.query(request);
        } finally {
            metrics.timed("Query", request.tableName(), System.nanoTime() - start);
        }
    }

    @Override
    public ScanResult scan(ScanRequest request) {
        ensureOpen();
        if (!metrics.enabled()) {
            return reads.scan(request);
        }
        long start = System.nanoTime();
        try {
            return reads.scan(request);
        } finally {
            metrics.timed("Scan", request.tableName(), System.nanoTime() - start);
        }
    }

    @Override
    public BatchGetItemResult batchGetItem(BatchGetItemRequest request) {
        ensureOpen();
        if (!metrics.enabled()) {
            return items.batchGetItem(request);
        }
        long start = System.nanoTime();
        try {
            return items.batchGetItem(request);
        } finally {
            metrics.timed("BatchGetItem", null, System.nanoTime() - start);
        }
    }

    @Override
    public BatchWriteItemResult batchWriteItem(BatchWriteItemRequest request) {
        ensureOpen();
        if (!metrics.enabled()) {
            return items.batchWriteItem(request);
        }
        long start = System.nanoTime();
        try {
            return items.batchWriteItem(request);
        } finally {
            metrics.timed("BatchWriteItem", null, System.nanoTime() - start);
        }
    }

    @Override
    public TransactWriteItemsResult transactWriteItems(TransactWriteItemsRequest request) {
        ensureOpen();
        if (!metrics.enabled()) {
            return transactions.write(request);
        }
        long start = System.nanoTime();
        try {
            return transactions.write(request);
        } finally {
            metrics.timed("TransactWriteItems", null, System.nanoTime() - start);
        }
    }

    @Override
    public TransactGetItemsResult transactGetItems(TransactGetItemsRequest request) {
        ensureOpen();
        if (!metrics.enabled()) {
            return transactions.read(request);
        }
        long start = System.nanoTime();
        try {
            return transactions.read(request);
        } finally {
            metrics.timed("TransactGetItems", null, System.nanoTime() - start);
        }
    }

    @Override
    public void checkpoint() {
        ensureOpen();
        store.checkpoint();
        lastCheckpointNanos = System.nanoTime();
        try {
            compactor.compact();
        } catch (IOException | RuntimeException e) {
            LOG.warn("log compaction failed, nothing was lost: {}", e.toString());
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        subscriptions.close();
        ttlThread.shutdownNow();
        try {
            ttlThread.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeImports();
        backfill.close();
        exports.close();
        background.shutdownNow();
        try {
            background.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            store.close();
        } finally {
            streamStore.close();
        }
        if (deleteOnClose) {
            deleteRecursively(directory);
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("the database in " + directory + " is closed");
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    LOG.warn("cannot delete {}: {}", p, e.toString());
                }
            });
        } catch (IOException e) {
            LOG.warn("cannot delete temporary database {}: {}", dir, e.toString());
        }
    }

    // ---- streams and time to live

    @Override
    public ListStreamsResult listStreams(ListStreamsRequest request) {
        ensureOpen();
        return streamReads.listStreams(request);
    }

    @Override
    public DescribeStreamResult describeStream(DescribeStreamRequest request) {
        ensureOpen();
        return streamReads.describeStream(request);
    }

    @Override
    public GetShardIteratorResult getShardIterator(GetShardIteratorRequest request) {
        ensureOpen();
        return streamReads.getShardIterator(request);
    }

    @Override
    public GetRecordsResult getRecords(GetRecordsRequest request) {
        ensureOpen();
        return streamReads.getRecords(request);
    }

    @Override
    public UpdateTimeToLiveResult updateTimeToLive(UpdateTimeToLiveRequest request) {
        ensureOpen();
        return timeToLive.update(request);
    }

    @Override
    public DescribeTimeToLiveResult describeTimeToLive(DescribeTimeToLiveRequest request) {
        ensureOpen();
        return timeToLive.describe(request);
    }

    @Override
    public Subscription subscribe(StreamSubscription subscription) {
        ensureOpen();
        return subscriptions.subscribe(subscription);
    }

    /**
     * Runs one time-to-live sweep now, as the background sweeper does every
     * {@link DatabaseOptions#ttlSweepInterval()}; returns the number of items deleted.
     */
    public int sweepExpiredItems() {
        ensureOpen();
        synchronized (sweeper) {
            return sweeper.sweep();
        }
    }

    private void backgroundSweep() {
        try {
            if (!closed) {
                synchronized (sweeper) {
                    sweeper.sweep();
                }
                streamStore.trim(options.clock().millis() - StreamSettings.RETENTION_MILLIS);
            }
        } catch (RuntimeException e) {
            LOG.warn("time-to-live sweep failed: {}", e.toString());
        }
    }

    /** The sweeper's delete: under the key's lock, only if the item is still expired; no client request. */
    private boolean deleteExpired(TableState t, byte[] key, java.util.function.Predicate<java.util.Map<String, dev.tidemark.engine.model.AttributeValue>> stillExpired) {
        int stripe = locks.stripe(t.meta().id(), key);
        locks.lock(stripe);
        try {
            if (t.dropped()) {
                return false;
            }
            java.util.Map<String, dev.tidemark.engine.model.AttributeValue> item = store.read(t, key);
            if (item == null || !stillExpired.test(item)) {
                return false;
            }
            store.commitService(List.of(new Store.Change(t, key, null, 0)));
            return true;
        } finally {
            locks.unlock(stripe);
        }
    }

    // ---- capacity: auto scaling

    @Override
    public PutScalingPolicyResult putScalingPolicy(PutScalingPolicyRequest request) {
        ensureOpen();
        return catalog.putScalingPolicy(request);
    }

    @Override
    public DeleteScalingPolicyResult deleteScalingPolicy(DeleteScalingPolicyRequest request) {
        ensureOpen();
        return catalog.deleteScalingPolicy(request);
    }

    @Override
    public DescribeScalingPoliciesResult describeScalingPolicies(DescribeScalingPoliciesRequest request) {
        ensureOpen();
        return catalog.describeScalingPolicies(request);
    }

    /**
     * Runs one evaluation of every auto scaling policy now, against the database clock (the
     * background task does this every few seconds). For tests that drive a controlled clock.
     *
     * @return the number of capacity changes made
     */
    public int runAutoScaling() {
        ensureOpen();
        return autoScaler.evaluate();
    }

    /** The capacity manager (tests and diagnostics: bucket levels). */
    public CapacityManager capacity() {
        return capacity;
    }

    private void autoScale() {
        try {
            autoScaler.evaluate();
        } catch (RuntimeException e) {
            LOG.warn("auto scaling evaluation failed: {}", e.toString());
        }
    }

    /** Changes provisioned capacity for auto scaling through UpdateTable, with its validation and limits. */
    private void setCapacity(TableState t, IndexMeta index, ScalingDimension dimension, long units) {
        boolean write = dimension == ScalingDimension.WRITE;
        long read = index == null ? t.meta().readCapacity() : index.readCapacity();
        long wr = index == null ? t.meta().writeCapacity() : index.writeCapacity();
        ProvisionedThroughput pt = ProvisionedThroughput.builder()
            .readCapacityUnits(write ? read : units).writeCapacityUnits(write ? units : wr).build();
        UpdateTableRequest.Builder b = UpdateTableRequest.builder().tableName(t.meta().name());
        if (index == null) {
            b.provisionedThroughput(pt);
        } else {
            b.globalSecondaryIndexUpdates(java.util.List.of(GlobalSecondaryIndexUpdate.builder()
                .update(UpdateGlobalSecondaryIndexAction.builder().indexName(index.name()).provisionedThroughput(pt).build()).build()));
        }
        catalog.updateTable(b.build());
    }

    // ---- import

    private ImportManager imports;

    private synchronized ImportManager imports() {
        ensureOpen();
        if (imports == null) {
            imports = new ImportManager(this, directory, options.clock());
        }
        return imports;
    }

    private void closeImports() {
        if (imports != null) {
            imports.close();
        }
    }

    @Override
    public ImportTableResult importTable(ImportTableRequest request) {
        return imports().importTable(request);
    }

    @Override
    public DescribeImportResult describeImport(DescribeImportRequest request) {
        return imports().describeImport(request);
    }

    @Override
    public ListImportsResult listImports(ListImportsRequest request) {
        return imports().listImports(request);
    }

    // ---- backups, point-in-time recovery, export

    @Override
    public CreateBackupResult createBackup(CreateBackupRequest request) {
        ensureOpen();
        return backups.createBackup(request);
    }

    @Override
    public DescribeBackupResult describeBackup(DescribeBackupRequest request) {
        ensureOpen();
        return backups.describeBackup(request);
    }

    @Override
    public DeleteBackupResult deleteBackup(DeleteBackupRequest request) {
        ensureOpen();
        return backups.deleteBackup(request);
    }

    @Override
    public ListBackupsResult listBackups(ListBackupsRequest request) {
        ensureOpen();
        return backups.listBackups(request);
    }

    @Override
    public RestoreTableFromBackupResult restoreTableFromBackup(RestoreTableFromBackupRequest request) {
        ensureOpen();
        return backups.restoreTableFromBackup(request);
    }

    @Override
    public UpdateContinuousBackupsResult updateContinuousBackups(UpdateContinuousBackupsRequest request) {
        ensureOpen();
        return pitr.updateContinuousBackups(request);
    }

    @Override
    public DescribeContinuousBackupsResult describeContinuousBackups(DescribeContinuousBackupsRequest request) {
        ensureOpen();
        return pitr.describeContinuousBackups(request);
    }

    @Override
    public RestoreTableToPointInTimeResult restoreTableToPointInTime(RestoreTableToPointInTimeRequest request) {
        ensureOpen();
        return pitr.restoreTableToPointInTime(request);
    }

    @Override
    public ExportTableToPointInTimeResult exportTableToPointInTime(ExportTableToPointInTimeRequest request) {
        ensureOpen();
        return exports.exportTableToPointInTime(request);
    }

    @Override
    public DescribeExportResult describeExport(DescribeExportRequest request) {
        ensureOpen();
        return exports.describeExport(request);
    }

    @Override
    public ListExportsResult listExports(ListExportsRequest request) {
        ensureOpen();
        return exports.listExports(request);
    }
}
