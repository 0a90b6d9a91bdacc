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
}
