package dev.tidemark.engine;

import dev.tidemark.engine.internal.DatabaseEngine;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * An open Tidemark database: tables of items addressed by a partition key and an optional sort key,
 * with DynamoDB's operations and semantics.
 *
 * <p>Open one with {@link #open(Path)} (durable, in a directory), {@link #open(Path,
 * DatabaseOptions)} or {@link #openTemporary()} (a fresh temporary directory, deleted on close).
 * A directory can be open in one process at a time. Every method is thread-safe. Invalid requests
 * fail with a {@link TidemarkException} subclass named after DynamoDB's error and change nothing.
 *
 * <pre>{@code
 * try (Database db = Database.openTemporary()) {
 *     db.createTable(t -> t.tableName("users")
 *         .keySchema(KeySchemaElement.builder().attributeName("id").keyType(KeyType.HASH).build())
 *         .attributeDefinitions(AttributeDefinition.builder().attributeName("id")
 *             .attributeType(ScalarAttributeType.S).build())
 *         .billingMode(BillingMode.PAY_PER_REQUEST));
 *     db.putItem(p -> p.tableName("users").item(Map.of("id", AttributeValue.fromS("u1"))));
 *     GetItemResult r = db.getItem(g -> g.tableName("users").key(Map.of("id", AttributeValue.fromS("u1"))));
 * }
 * }</pre>
 */
public interface Database extends AutoCloseable {

    /**
     * Opens (or creates) a durable database in {@code directory} with default options.
     *
     * @param directory where the commit log and checkpoints live; created if missing
     * @return the open database
     */
    static Database open(Path directory) {
        return open(directory, DatabaseOptions.defaults());
    }

    /**
     * Opens (or creates) a durable database in {@code directory}.
     *
     * @param directory where the commit log and checkpoints live; created if missing
     * @param options durability, cache and checkpoint settings
     * @return the open database, recovered from its latest checkpoint and the log after it
     */
    static Database open(Path directory, DatabaseOptions options) {
        return DatabaseEngine.open(directory, options, false);
    }

    /**
     * Opens a database in a new temporary directory that is deleted when the database is closed.
     *
     * @return the open, empty database
     */
    static Database openTemporary() {
        return openTemporary(DatabaseOptions.defaults());
    }

    /**
     * Opens a database in a new temporary directory that is deleted when the database is closed.
     *
     * @param options durability, cache and checkpoint settings
     * @return the open, empty database
     */
    static Database openTemporary(DatabaseOptions options) {
        return DatabaseEngine.openTemporary(options);
    }

    /** The directory holding this database's files. */
    Path directory();

    /**
     * Creates a table; it is ACTIVE when this returns.
     *
     * @param request the request
     * @return the result
     */
    CreateTableResult createTable(CreateTableRequest request);

    /**
     * Creates a table; it is ACTIVE when this returns. The request is built by {@code request}.
     *
     * @param request fills in a request builder
     * @return the result
     */
    default CreateTableResult createTable(Consumer<CreateTableRequest.Builder> request) {
        CreateTableRequest.Builder b = CreateTableRequest.builder();
        request.accept(b);
        return createTable(b.build());
    }

    /**
     * Describes a table.
     *
     * @param request the request
     * @return the result
     */
    DescribeTableResult describeTable(DescribeTableRequest request);

    /**
     * Describes a table. The request is built by {@code request}.
     *
     * @param request fills in a request builder
     * @return the result
     */
    default DescribeTableResult describeTable(Consumer<DescribeTableRequest.Builder> request) {
        DescribeTableRequest.Builder b = DescribeTableRequest.builder();
        request.accept(b);
        return describeTable(b.build());
    }

    /**
     * A durable per-table setting owned by a feature built on the engine (the SQL layer keeps its column
     * declarations under {@code sql.columns}), or null when none is stored. Options live with the table's
     * metadata: they survive restarts and go away with the table.
     *
     * @param tableName the table
     * @param key the option's key, namespaced by its owner ({@code sql.columns})
     * @return a copy of the stored value, or null
     * @throws ResourceNotFoundException if the table does not exist
     * @throws UnsupportedOperationException on a remote client: table options live with the server's tables
     */
    byte[] tableOption(String tableName, String key);

    /**
     * Stores (or with a null value removes) a durable per-table setting; the change is logged like any
     * other table metadata change.
     *
     * @param tableName the table
     * @param key the option's key, namespaced by its owner
     * @param value the value (copied), or null to remove it
     * @throws ResourceNotFoundException if the table does not exist
     * @throws UnsupportedOperationException on a remote client: table options live with the server's tables
     */
    void setTableOption(String tableName, String key, byte[] value);

    /**
     * Lists table names, a page at a time.
     *
     * @param request the request
     * @return the result
     */
    ListTablesResult listTables(ListTablesRequest request);

    /**
     * Lists table names, a page at a time. The request is built by {@code request}.
     *
     * @param request fills in a request builder
     * @return the result
     */
    default ListTablesResult listTables(Consumer<ListTablesRequest.Builder> request) {
        ListTablesRequest.Builder b = ListTablesRequest.builder();
        request.accept(b);
        return listTables(b.build());
    }

    /**
     * Changes a table's billing mode or provisioned throughput, or adds, changes or removes a global
     * secondary index. An added index is CREATING while the table's items are indexed in the
     * background (writes go on and are indexed too), then ACTIVE.
     *
     * @param request the request
     * @return the result
     */
    UpdateTableResult updateTable(UpdateTableRequest request);

    /**
     * Changes a table's billing mode or provisioned throughput. The request is built by {@code request}.
     *
     * @param request fills in a request builder
     * @return the result
     */
    default UpdateTableResult updateTable(Consumer<UpdateTableRequest.Builder> request) {
        UpdateTableRequest.Builder b = UpdateTableRequest.builder();
        request.accept(b);
        return updateTable(b.build());
    }

    /**
     * Deletes a table and its items.
     *
     * @param request the request
     * @return the result
     */
    DeleteTableResult deleteTable(DeleteTableRequest request);

    /**
     * Deletes a table and its items. The request is built by {@code request}.
     *
     * @param request fills in a request builder
     * @return the result
     */
    default DeleteTableResult deleteTable(Consumer<DeleteTableRequest.Builder> request) {
        DeleteTableRequest.Builder b = DeleteTableRequest.builder();
        request.accept(b);
        return deleteTable(b.build());
    }

    /**
     * Creates or replaces an item, optionally under a condition.
     *
     * @param request the request
     * @return the result
     */
    PutItemResult putItem(PutItemRequest request);

    /**
     * Creates or replaces an item, optionally under a condition. The request is built by {@code request}.
     *
     * @param request fills in a request builder
     * @return the result
     */
    default PutItemResult putItem(Consumer<PutItemRequest.Builder> request) {
        PutItemRequest.Builder b = PutItemRequest.builder();
        request.accept(b);
        return putItem(b.build());
    }

    /**
     * Reads one item by its primary key.
     *
     * @param request the request
     * @return the result
     */
    GetItemResult getItem(GetItemRequest request);

    /**
     * Reads one item by its primary key. The request is built by {@code request}.
     *
     * @param request fills in a request builder
     * @return the result
     */
    default GetItemResult getItem(Consumer<GetItemRequest.Builder> request) {
        GetItemRequest.Builder b = GetItemRequest.builder();
        request.accept(b);
        return getItem(b.build());
    }

    /**
     * Edits (or creates) an item with an update expression, optionally under a condition.
     *
     * @param request the request
     * @return the result
     */
    UpdateItemResult updateItem(UpdateItemRequest request);

    /**
     * Edits (or creates) an item with an update expression, optionally under a condition. The request is built by {@code request}.
     *
     * @param request fills in a request builder
     * @return the result
     */
    default UpdateItemResult updateItem(Consumer<UpdateItemRequest.Builder> request) {
        UpdateItemRequest.Builder b = UpdateItemRequest.builder();
        request.accept(b);
        return updateItem(b.build());
    }

    /**
     * Deletes an item, optionally under a condition.
     *
     * @param request the request
     * @return the result
     */
    DeleteItemResult deleteItem(DeleteItemRequest request);

    /**
     * Deletes an item, optionally under a condition. The request is built by {@code request}.
     *
     * @param request fills in a request builder
     * @return the result
     */
    default DeleteItemResult deleteItem(Consumer<DeleteItemRequest.Builder> request) {
        DeleteItemRequest.Builder b = DeleteItemRequest.builder();
        request.accept(b);
        return deleteItem(b.build());
    }

    /**
     * Reads one partition of the table, or of a secondary index, in sort-key order, a page at a
     * time. Index entries reflect every write that has returned.
     *
     * @param request the request
     * @return the result
     */
    QueryResult query(QueryRequest request);

    /**
     * Reads one partition in sort-key order, a page at a time. The request is built by {@code request}.
     *
     * @param request fills in a request builder
     * @return the result
     */
    default QueryResult query(Consumer<QueryRequest.Builder> request) {
        QueryRequest.Builder b = QueryRequest.builder();
        request.accept(b);
        return query(b.build());
    }

    /**
     * Reads the whole table or secondary index (or one segment of it), a page at a time.
     *
     * @param request the request
     * @return the result
     */
    ScanResult scan(ScanRequest request);

    /**
     * Reads the whole table (or one segment of it), a page at a time. The request is built by {@code request}.
     *
     * @param request fills in a request builder
     * @return the result
     */
    default ScanResult scan(Consumer<ScanRequest.Builder> request) {
        ScanRequest.Builder b = ScanRequest.builder();
        request.accept(b);
        return scan(b.build());
    }

    /**
     * Reads up to 100 items from one or more tables.
     *
     * @param request the request
     * @return the result
     */
    BatchGetItemResult batchGetItem(BatchGetItemRequest request);

    /**
     * Reads up to 100 items from one or more tables. The request is built by {@code request}.
     *
     * @param request fills in a request builder
     * @return the result
     */
    default BatchGetItemResult batchGetItem(Consumer<BatchGetItemRequest.Builder> request) {
        BatchGetItemRequest.Builder b = BatchGetItemRequest.builder();
        request.accept(b);
        return batchGetItem(b.build());
    }

    /**
     * Puts or deletes up to 25 items in one or more tables.
     *
     * @param request the request
     * @return the result
     */
    BatchWriteItemResult batchWriteItem(BatchWriteItemRequest request);

    /**
     * Puts or deletes up to 25 items in one or more tables. The request is built by {@code request}.
     *
     * @param request fills in a request builder
     * @return the result
     */
    default BatchWriteItemResult batchWriteItem(Consumer<BatchWriteItemRequest.Builder> request) {
        BatchWriteItemRequest.Builder b = BatchWriteItemRequest.builder();
        request.accept(b);
        return batchWriteItem(b.build());
    }

    /**
     * Writes up to 100 items atomically and serializably: every action happens, or none does.
     *
     * @param request the request
     * @return the result
     * @throws TransactionCanceledException when a condition fails or an action is invalid for its item
     */
    TransactWriteItemsResult transactWriteItems(TransactWriteItemsRequest request);

    /**
     * Writes up to 100 items atomically and serializably: every action happens, or none does. The request is built by {@code request}.
     *
     * @param request fills in a request builder
     * @return the result
     */
    default TransactWriteItemsResult transactWriteItems(Consumer<TransactWriteItemsRequest.Builder> request) {
        TransactWriteItemsRequest.Builder b = TransactWriteItemsRequest.builder();
        request.accept(b);
        return transactWriteItems(b.build());
    }

    /**
     * Reads up to 100 items as one serializable snapshot.
     *
     * @param request the request
     * @return the result
     * @throws TransactionCanceledException when a condition fails or an action is invalid for its item
     */
    TransactGetItemsResult transactGetItems(TransactGetItemsRequest request);

    /**
     * Reads up to 100 items as one serializable snapshot. The request is built by {@code request}.
     *
     * @param request fills in a request builder
     * @return the result
     */
    default TransactGetItemsResult transactGetItems(Consumer<TransactGetItemsRequest.Builder> request) {
        TransactGetItemsRequest.Builder b = TransactGetItemsRequest.builder();
        request.accept(b);
        return transactGetItems(b.build());
    }

    /**
     * Writes a checkpoint now, so that the next open replays less of the log. Checkpoints are also
     * written in the background and on close.
     */
    void checkpoint();

    /** Writes a final checkpoint and releases the files; a temporary database is deleted. */
    @Override
    void close();

    // ---- streams and time to live

    /**
     * Lists the streams of the database or of one table (also disabled ones, for 24 hours).
     *
     * @param request the request
     * @return the result
     */
    ListStreamsResult listStreams(ListStreamsRequest request);

    /**
     * Lists the streams of the database or of one table (also disabled ones, for 24 hours). The request is built by {@code request}.
     *
     * @param request fills in a request builder
     * @return the result
     */
    default ListStreamsResult listStreams(Consumer<ListStreamsRequest.Builder> request) {
        ListStreamsRequest.Builder b = ListStreamsRequest.builder();
        request.accept(b);
        return listStreams(b.build());
    }

    /**
     * Describes a stream and its shard (Tidemark gives each stream one shard).
     *
     * @param request the request
     * @return the result
     */
    DescribeStreamResult describeStream(DescribeStreamRequest request);

    /**
     * Describes a stream and its shard (Tidemark gives each stream one shard). The request is built by {@code request}.
     *
     * @param request fills in a request builder
     * @return the result
     */
    default DescribeStreamResult describeStream(Consumer<DescribeStreamRequest.Builder> request) {
        DescribeStreamRequest.Builder b = DescribeStreamRequest.builder();
        request.accept(b);
        return describeStream(b.build());
    }

    /**
     * Returns an iterator into a stream's shard, valid for 15 minutes.
     *
     * @param request the request
     * @return the result
     */
    GetShardIteratorResult getShardIterator(GetShardIteratorRequest request);

    /**
     * Returns an iterator into a stream's shard, valid for 15 minutes. The request is built by {@code request}.
     *
     * @param request fills in a request builder
     * @return the result
     */
    default GetShardIteratorResult getShardIterator(Consumer<GetShardIteratorRequest.Builder> request) {
        GetShardIteratorRequest.Builder b = GetShardIteratorRequest.builder();
        request.accept(b);
        return getShardIterator(b.build());
    }

    /**
     * Reads up to 1,000 records (and 1 MB) from a shard iterator.
     *
     * @param request the request
     * @return the result
     */
    GetRecordsResult getRecords(GetRecordsRequest request);

    /**
     * Reads up to 1,000 records (and 1 MB) from a shard iterator. The request is built by {@code request}.
     *
     * @param request fills in a request builder
     * @return the result
     */
    default GetRecordsResult getRecords(Consumer<GetRecordsRequest.Builder> request) {
        GetRecordsRequest.Builder b = GetRecordsRequest.builder();
        request.accept(b);
        return getRecords(b.build());
    }

    /**
     * Turns time to live on or off for a table; expired items are then deleted in the background.
     *
     * @param request the request
     * @return the result
     */
    UpdateTimeToLiveResult updateTimeToLive(UpdateTimeToLiveRequest request);

    /**
     * Turns time to live on or off for a table; expired items are then deleted in the background. The request is built by {@code request}.
     *
     * @param request fills in a request builder
     * @return the result
     */
    default UpdateTimeToLiveResult updateTimeToLive(Consumer<UpdateTimeToLiveRequest.Builder> request) {
        UpdateTimeToLiveRequest.Builder b = UpdateTimeToLiveRequest.builder();
        request.accept(b);
        return updateTimeToLive(b.build());
    }

    /**
     * Returns a table's time-to-live setting.
     *
     * @param request the request
     * @return the result
     */
    DescribeTimeToLiveResult describeTimeToLive(DescribeTimeToLiveRequest request);

    /**
     * Returns a table's time-to-live setting. The request is built by {@code request}.
     *
     * @param request fills in a request builder
     * @return the result
     */
    default DescribeTimeToLiveResult describeTimeToLive(Consumer<DescribeTimeToLiveRequest.Builder> request) {
        DescribeTimeToLiveRequest.Builder b = DescribeTimeToLiveRequest.builder();
        request.accept(b);
        return describeTimeToLive(b.build());
    }

    /**
     * Delivers a table's stream records to a handler on a background thread, in batches, in
     * sequence order. The consumer's position is durable: a batch is acknowledged when the handler
     * returns normally, and the sequence number of its last record is then saved under the consumer
     * name in the database directory, so a later subscription with that name (also after a restart)
     * starts right after it. A handler that throws gets the same batch again after the back-off.
     * Only one subscription per consumer name may run at a time.
     *
     * @param subscription the table, consumer name, handler and options
     * @return the running subscription; close it to stop
     * @throws ResourceNotFoundException when the table does not exist
     * @throws ValidationException when the table has no enabled stream or an option is invalid
     * @throws ResourceInUseException when a subscription with this consumer name is running
     */
    Subscription subscribe(StreamSubscription subscription);

    /**
     * Delivers a table's stream records to a handler (see {@link #subscribe(StreamSubscription)}).
     *
     * @param subscription fills in a subscription builder
     * @return the running subscription
     */
    default Subscription subscribe(Consumer<StreamSubscription.Builder> subscription) {
        StreamSubscription.Builder b = StreamSubscription.builder();
        subscription.accept(b);
        return subscribe(b.build());
    }

    // ---- capacity: auto scaling

    /**
     * Sets or replaces the target-tracking auto scaling policy of a provisioned table or global
     * secondary index for its read or write capacity (Application Auto Scaling's
     * RegisterScalableTarget and PutScalingPolicy in one call). Capacity then follows consumption:
     * it rises when consumption stays above the target for 2 minutes, and falls when it stays well
     * below for 15 minutes, within [min, max] and DynamoDB's decrease limits. Time is the database
     * clock ({@link DatabaseOptions#clock()}). Stored with the table, so it survives restarts.
     *
     * @param request the policy (min 1 or more, max at least min, target 20 to 90 percent)
     * @return the policy now in force
     * @throws ValidationException for an on-demand table, a missing or local index, or bad bounds
     */
    PutScalingPolicyResult putScalingPolicy(PutScalingPolicyRequest request);

    /** {@link #putScalingPolicy(PutScalingPolicyRequest)} with a builder. */
    default PutScalingPolicyResult putScalingPolicy(Consumer<PutScalingPolicyRequest.Builder> request) {
        PutScalingPolicyRequest.Builder b = PutScalingPolicyRequest.builder();
        request.accept(b);
        return putScalingPolicy(b.build());
    }

    /**
     * Removes an auto scaling policy; the capacity stays at its current value.
     *
     * @throws ResourceNotFoundException when there is no such policy
     */
    DeleteScalingPolicyResult deleteScalingPolicy(DeleteScalingPolicyRequest request);

    /** {@link #deleteScalingPolicy(DeleteScalingPolicyRequest)} with a builder. */
    default DeleteScalingPolicyResult deleteScalingPolicy(Consumer<DeleteScalingPolicyRequest.Builder> request) {
        DeleteScalingPolicyRequest.Builder b = DeleteScalingPolicyRequest.builder();
        request.accept(b);
        return deleteScalingPolicy(b.build());
    }

    /** The auto scaling policies of a table and its global secondary indexes. */
    DescribeScalingPoliciesResult describeScalingPolicies(DescribeScalingPoliciesRequest request);

    /** {@link #describeScalingPolicies(DescribeScalingPoliciesRequest)} with a builder. */
    default DescribeScalingPoliciesResult describeScalingPolicies(Consumer<DescribeScalingPoliciesRequest.Builder> request) {
        DescribeScalingPoliciesRequest.Builder b = DescribeScalingPoliciesRequest.builder();
        request.accept(b);
        return describeScalingPolicies(b.build());
    }

    // ---- import

    /**
     * Creates a new table and loads it in the background from DynamoDB JSON or CSV files in a local
     * directory (the bucket of {@link dev.tidemark.engine.model.S3BucketSource}). The table exists when
     * this returns; follow the load with {@link #describeImport(DescribeImportRequest)}. Invalid
     * records are skipped, counted and listed with their reasons in the import's error file.
     *
     * @param request the request
     * @return the import, IN_PROGRESS
     * @throws ValidationException for invalid parameters or a missing source
     * @throws ResourceInUseException when the table exists
     * @throws ImportConflictException when the client token was used with other parameters
     */
    ImportTableResult importTable(ImportTableRequest request);

    /**
     * Starts an import. The request is built by {@code request}.
     *
     * @param request fills in a request builder
     * @return the result
     */
    default ImportTableResult importTable(Consumer<ImportTableRequest.Builder> request) {
        ImportTableRequest.Builder b = ImportTableRequest.builder();
        request.accept(b);
        return importTable(b.build());
    }

    /**
     * Describes an import: its status and counters.
     *
     * @param request the request
     * @return the result
     * @throws ImportNotFoundException when no import has that ARN
     */
    DescribeImportResult describeImport(DescribeImportRequest request);

    /**
     * Describes an import. The request is built by {@code request}.
     *
     * @param request fills in a request builder
     * @return the result
     */
    default DescribeImportResult describeImport(Consumer<DescribeImportRequest.Builder> request) {
        DescribeImportRequest.Builder b = DescribeImportRequest.builder();
        request.accept(b);
        return describeImport(b.build());
    }

    /**
     * Lists imports, newest first, a page at a time.
     *
     * @param request the request
     * @return the result
     */
    ListImportsResult listImports(ListImportsRequest request);

    /**
     * Lists imports. The request is built by {@code request}.
     *
     * @param request fills in a request builder
     * @return the result
     */
    default ListImportsResult listImports(Consumer<ListImportsRequest.Builder> request) {
        ListImportsRequest.Builder b = ListImportsRequest.builder();
        request.accept(b);
        return listImports(b.build());
    }

    // ---- backups, point-in-time recovery, export

    /**
     * Backs up a table: its items as of one log position, its key schema, indexes and capacity, in a self-contained file set that outlives the table. Writers are not blocked; the call returns when the backup is AVAILABLE.
     *
     * @param request the request
     * @return the result
     * @throws TableNotFoundException when the table does not exist
     * @throws BackupInUseException when another backup of the table is being taken
     */
    CreateBackupResult createBackup(CreateBackupRequest request);

    /**
     * Backs up a table: its items as of one log position, its key schema, indexes and capacity, in a self-contained file set that outlives the table. Writers are not blocked; the call returns when the backup is AVAILABLE. The request is built by {@code request}.
     *
     * @param request fills in a request builder
     * @return the result
     */
    default CreateBackupResult createBackup(Consumer<CreateBackupRequest.Builder> request) {
        CreateBackupRequest.Builder b = CreateBackupRequest.builder();
        request.accept(b);
        return createBackup(b.build());
    }

    /**
     * Describes a backup.
     *
     * @param request the request
     * @return the result
     * @throws BackupNotFoundException when there is no such backup
     */
    DescribeBackupResult describeBackup(DescribeBackupRequest request);

    /**
     * Describes a backup. The request is built by {@code request}.
     *
     * @param request fills in a request builder
     * @return the result
     */
    default DescribeBackupResult describeBackup(Consumer<DescribeBackupRequest.Builder> request) {
        DescribeBackupRequest.Builder b = DescribeBackupRequest.builder();
        request.accept(b);
        return describeBackup(b.build());
    }

    /**
     * Deletes a backup and its files.
     *
     * @param request the request
     * @return the result
     * @throws BackupNotFoundException when there is no such backup
     * @throws BackupInUseException when a restore from it is running
     */
    DeleteBackupResult deleteBackup(DeleteBackupRequest request);

    /**
     * Deletes a backup and its files. The request is built by {@code request}.
     *
     * @param request fills in a request builder
     * @return the result
     */
    default DeleteBackupResult deleteBackup(Consumer<DeleteBackupRequest.Builder> request) {
        DeleteBackupRequest.Builder b = DeleteBackupRequest.builder();
        request.accept(b);
        return deleteBackup(b.build());
    }

    /**
     * Lists backups, oldest first, filtered by table, creation time and type.
     *
     * @param request the request
     * @return the result
     */
    ListBackupsResult listBackups(ListBackupsRequest request);

    /**
     * Lists backups, oldest first, filtered by table, creation time and type. The request is built by {@code request}.
     *
     * @param request fills in a request builder
     * @return the result
     */
    default ListBackupsResult listBackups(Consumer<ListBackupsRequest.Builder> request) {
        ListBackupsRequest.Builder b = ListBackupsRequest.builder();
        request.accept(b);
        return listBackups(b.build());
    }

    /**
     * Creates a new table from a backup and loads its items and indexes before returning.
     *
     * @param request the request
     * @return the result
     * @throws BackupNotFoundException when there is no such backup
     * @throws TableAlreadyExistsException when the target table exists
     */
    RestoreTableFromBackupResult restoreTableFromBackup(RestoreTableFromBackupRequest request);

    /**
     * Creates a new table from a backup and loads its items and indexes before returning. The request is built by {@code request}.
     *
     * @param request fills in a request builder
     * @return the result
     */
    default RestoreTableFromBackupResult restoreTableFromBackup(Consumer<RestoreTableFromBackupRequest.Builder> request) {
        RestoreTableFromBackupRequest.Builder b = RestoreTableFromBackupRequest.builder();
        request.accept(b);
        return restoreTableFromBackup(b.build());
    }

    /**
     * Turns point-in-time recovery of a table on or off.
     *
     * @param request the request
     * @return the result
     * @throws TableNotFoundException when the table does not exist
     */
    UpdateContinuousBackupsResult updateContinuousBackups(UpdateContinuousBackupsRequest request);

    /**
     * Turns point-in-time recovery of a table on or off. The request is built by {@code request}.
     *
     * @param request fills in a request builder
     * @return the result
     */
    default UpdateContinuousBackupsResult updateContinuousBackups(Consumer<UpdateContinuousBackupsRequest.Builder> request) {
        UpdateContinuousBackupsRequest.Builder b = UpdateContinuousBackupsRequest.builder();
        request.accept(b);
        return updateContinuousBackups(b.build());
    }

    /**
     * Describes point-in-time recovery of a table and its restorable window.
     *
     * @param request the request
     * @return the result
     * @throws TableNotFoundException when the table does not exist
     */
    DescribeContinuousBackupsResult describeContinuousBackups(DescribeContinuousBackupsRequest request);

    /**
     * Describes point-in-time recovery of a table and its restorable window. The request is built by {@code request}.
     *
     * @param request fills in a request builder
     * @return the result
     */
    default DescribeContinuousBackupsResult describeContinuousBackups(Consumer<DescribeContinuousBackupsRequest.Builder> request) {
        DescribeContinuousBackupsRequest.Builder b = DescribeContinuousBackupsRequest.builder();
        request.accept(b);
        return describeContinuousBackups(b.build());
    }

    /**
     * Creates a new table holding a table's items as of a second in its recovery window; loads it before returning.
     *
     * @param request the request
     * @return the result
     * @throws PointInTimeRecoveryUnavailableException when recovery is off for the source
     * @throws InvalidRestoreTimeException when the time is outside the window
     */
    RestoreTableToPointInTimeResult restoreTableToPointInTime(RestoreTableToPointInTimeRequest request);

    /**
     * Creates a new table holding a table's items as of a second in its recovery window; loads it before returning. The request is built by {@code request}.
     *
     * @param request fills in a request builder
     * @return the result
     */
    default RestoreTableToPointInTimeResult restoreTableToPointInTime(Consumer<RestoreTableToPointInTimeRequest.Builder> request) {
        RestoreTableToPointInTimeRequest.Builder b = RestoreTableToPointInTimeRequest.builder();
        request.accept(b);
        return restoreTableToPointInTime(b.build());
    }

    /**
     * Starts exporting a table (as of a point in time, or the changes of a window) to a directory; runs in the background.
     *
     * @param request the request
     * @return the result
     * @throws PointInTimeRecoveryUnavailableException when recovery is off for the table
     * @throws InvalidExportTimeException when a time is outside the window
     * @throws ExportConflictException when the client token was used with other parameters
     */
    ExportTableToPointInTimeResult exportTableToPointInTime(ExportTableToPointInTimeRequest request);

    /**
     * Starts exporting a table (as of a point in time, or the changes of a window) to a directory; runs in the background. The request is built by {@code request}.
     *
     * @param request fills in a request builder
     * @return the result
     */
    default ExportTableToPointInTimeResult exportTableToPointInTime(Consumer<ExportTableToPointInTimeRequest.Builder> request) {
        ExportTableToPointInTimeRequest.Builder b = ExportTableToPointInTimeRequest.builder();
        request.accept(b);
        return exportTableToPointInTime(b.build());
    }

    /**
     * Describes an export.
     *
     * @param request the request
     * @return the result
     * @throws ExportNotFoundException when there is no such export
     */
    DescribeExportResult describeExport(DescribeExportRequest request);

    /**
     * Describes an export. The request is built by {@code request}.
     *
     * @param request fills in a request builder
     * @return the result
     */
    default DescribeExportResult describeExport(Consumer<DescribeExportRequest.Builder> request) {
        DescribeExportRequest.Builder b = DescribeExportRequest.builder();
        request.accept(b);
        return describeExport(b.build());
    }

    /**
     * Lists exports, oldest first.
     *
     * @param request the request
     * @return the result
     */
    ListExportsResult listExports(ListExportsRequest request);

    /**
     * Lists exports, oldest first. The request is built by {@code request}.
     *
     * @param request fills in a request builder
     * @return the result
     */
    default ListExportsResult listExports(Consumer<ListExportsRequest.Builder> request) {
        ListExportsRequest.Builder b = ListExportsRequest.builder();
        request.accept(b);
        return listExports(b.build());
    }
}
