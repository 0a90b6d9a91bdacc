package dev.tidemark.client.wire;

import dev.tidemark.engine.BatchGetItemRequest;
import dev.tidemark.engine.BatchGetItemResult;
import dev.tidemark.engine.BatchWriteItemRequest;
import dev.tidemark.engine.BatchWriteItemResult;
import dev.tidemark.engine.CreateTableRequest;
import dev.tidemark.engine.CreateTableResult;
import dev.tidemark.engine.Database;
import dev.tidemark.engine.UpdateTimeToLiveRequest;
import dev.tidemark.engine.UpdateTimeToLiveResult;
import dev.tidemark.engine.DescribeTimeToLiveRequest;
import dev.tidemark.engine.DescribeTimeToLiveResult;
import dev.tidemark.engine.ImportTableRequest;
import dev.tidemark.engine.ImportTableResult;
import dev.tidemark.engine.DescribeImportRequest;
import dev.tidemark.engine.DescribeImportResult;
import dev.tidemark.engine.ListImportsRequest;
import dev.tidemark.engine.ListImportsResult;
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
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The operations of the DynamoDB API that Tidemark serves, each with its engine request and result
 * types and the {@link Database} method that runs it.
 */
public enum Operation {
    CreateTable(CreateTableRequest.class, CreateTableResult.class, (db, r) -> db.createTable((CreateTableRequest) r)),
    DescribeTable(DescribeTableRequest.class, DescribeTableResult.class, (db, r) -> db.describeTable((DescribeTableRequest) r)),
    ListTables(ListTablesRequest.class, ListTablesResult.class, (db, r) -> db.listTables((ListTablesRequest) r)),
    UpdateTable(UpdateTableRequest.class, UpdateTableResult.class, (db, r) -> db.updateTable((UpdateTableRequest) r)),
    DeleteTable(DeleteTableRequest.class, DeleteTableResult.class, (db, r) -> db.deleteTable((DeleteTableRequest) r)),
    PutItem(PutItemRequest.class, PutItemResult.class, (db, r) -> db.putItem((PutItemRequest) r)),
    GetItem(GetItemRequest.class, GetItemResult.class, (db, r) -> db.getItem((GetItemRequest) r)),
    UpdateItem(UpdateItemRequest.class, UpdateItemResult.class, (db, r) -> db.updateItem((UpdateItemRequest) r)),
    DeleteItem(DeleteItemRequest.class, DeleteItemResult.class, (db, r) -> db.deleteItem((DeleteItemRequest) r)),
    Query(QueryRequest.class, QueryResult.class, (db, r) -> db.query((QueryRequest) r)),
    Scan(ScanRequest.class, ScanResult.class, (db, r) -> db.scan((ScanRequest) r)),
    BatchGetItem(BatchGetItemRequest.class, BatchGetItemResult.class, (db, r) -> db.batchGetItem((BatchGetItemRequest) r)),
    BatchWriteItem(BatchWriteItemRequest.class, BatchWriteItemResult.class, (db, r) -> db.batchWriteItem((BatchWriteItemRequest) r)),
    TransactWriteItems(TransactWriteItemsRequest.class, TransactWriteItemsResult.class, (db, r) -> db.transactWriteItems((TransactWriteItemsRequest) r)),
    TransactGetItems(TransactGetItemsRequest.class, TransactGetItemsResult.class, (db, r) -> db.transactGetItems((TransactGetItemsRequest) r)),
    UpdateTimeToLive(UpdateTimeToLiveRequest.class, UpdateTimeToLiveResult.class, (db, r) -> db.updateTimeToLive((UpdateTimeToLiveRequest) r)),
    DescribeTimeToLive(DescribeTimeToLiveRequest.class, DescribeTimeToLiveResult.class, (db, r) -> db.describeTimeToLive((DescribeTimeToLiveRequest) r)),
    ImportTable(ImportTableRequest.class, ImportTableResult.class, (db, r) -> db.importTable((ImportTableRequest) r)),
    DescribeImport(DescribeImportRequest.class, DescribeImportResult.class, (db, r) -> db.describeImport((DescribeImportRequest) r)),
    ListImports(ListImportsRequest.class, ListImportsResult.class, (db, r) -> db.listImports((ListImportsRequest) r));

    /** The prefix of the {@code X-Amz-Target} header: {@code DynamoDB_20120810.PutItem}. */
    public static final String TARGET_PREFIX = "DynamoDB_20120810.";
    /** The content type of requests and responses. */
    public static final String CONTENT_TYPE = "application/x-amz-json-1.0";

    private final Class<?> requestType;
    private final Class<?> resultType;
    private final BiFunction<Database, Object, Object> call;

    Operation(Class<?> requestType, Class<?> resultType, BiFunction<Database, Object, Object> call) {
        this.requestType = requestType;
        this.resultType = resultType;
        this.call = call;
    }

    /** The engine request class. */
    public Class<?> requestType() {
        return requestType;
    }

    /** The engine result class. */
    public Class<?> resultType() {
        return resultType;
    }

    /** The {@code X-Amz-Target} header value naming this operation. */
    public String target() {
        return TARGET_PREFIX + name();
    }

    /** Runs {@code request} (of {@link #requestType()}) on {@code db}. */
    public Object invoke(Database db, Object request) {
        return call.apply(db, request);
    }

    /** The operation with this DynamoDB name, if Tidemark serves it. */
    public static Optional<Operation> named(String name) {
        for (Operation o : values()) {
            if (o.name().equals(name)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }
}
