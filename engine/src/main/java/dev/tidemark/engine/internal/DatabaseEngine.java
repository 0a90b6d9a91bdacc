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
import dev.tidemark.engine.internal.store.Store;
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
    private volatile long lastCheckpointNanos = System.nanoTime();
    private volatile boolean closed;

    private DatabaseEngine(Path directory, DatabaseOptions options, boolean deleteOnClose) {
        this.directory = directory;
        this.options = options;
        this.deleteOnClose = deleteOnClose;
        this.store = Store.open(directory, options);
        KeyLocks locks = new KeyLocks();
        this.backfill = new IndexBackfill(store, locks);
        IndexBackfill.completeInterrupted(store);
        this.catalog = new Catalog(store, backfill);
        this.items = new ItemOperations(store, catalog, locks);
        this.reads = new ReadOperations(store, catalog);
        this.transactions = new Transactions(store, catalog, locks);
        this.background = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "tidemark-checkpointer");
            t.setDaemon(true);
            return t;
        });
        background.scheduleWithFixedDelay(this::maybeCheckpoint, 1, 1, TimeUnit.SECONDS);
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
        return catalog.deleteTable(request);
    }

    @Override
    public PutItemResult putItem(PutItemRequest request) {
        ensureOpen();
        return items.putItem(request);
    }

    @Override
    public GetItemResult getItem(GetItemRequest request) {
        ensureOpen();
        return items.getItem(request);
    }

    @Override
    public UpdateItemResult updateItem(UpdateItemRequest request) {
        ensureOpen();
        return items.updateItem(request);
    }

    @Override
    public DeleteItemResult deleteItem(DeleteItemRequest request) {
        ensureOpen();
        return items.deleteItem(request);
    }

    @Override
    public QueryResult query(QueryRequest request) {
        ensureOpen();
        return reads.query(request);
    }

    @Override
    public ScanResult scan(ScanRequest request) {
        ensureOpen();
        return reads.scan(request);
    }

    @Override
    public BatchGetItemResult batchGetItem(BatchGetItemRequest request) {
        ensureOpen();
        return items.batchGetItem(request);
    }

    @Override
    public BatchWriteItemResult batchWriteItem(BatchWriteItemRequest request) {
        ensureOpen();
        return items.batchWriteItem(request);
    }

    @Override
    public TransactWriteItemsResult transactWriteItems(TransactWriteItemsRequest request) {
        ensureOpen();
        return transactions.write(request);
    }

    @Override
    public TransactGetItemsResult transactGetItems(TransactGetItemsRequest request) {
        ensureOpen();
        return transactions.read(request);
    }

    @Override
    public void checkpoint() {
        ensureOpen();
        store.checkpoint();
        lastCheckpointNanos = System.nanoTime();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        backfill.close();
        background.shutdownNow();
        try {
            background.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        store.close();
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
}
