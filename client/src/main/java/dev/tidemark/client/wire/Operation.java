package dev.tidemark.client.wire;

import dev.tidemark.engine.BatchGetItemRequest;
import dev.tidemark.engine.BatchGetItemResult;
import dev.tidemark.engine.BatchWriteItemRequest;
import dev.tidemark.engine.BatchWriteItemResult;
import dev.tidemark.engine.CreateTableRequest;
import dev.tidemark.engine.CreateTableResult;
import dev.tidemark.engine.Database;
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
import dev.tidemark.engine.ImportTableRequest;
import dev.tidemark.engine.ImportTableResult;
import dev.tidemark.engine.DescribeImportRequest;
import dev.tidemark.engine.DescribeImportResult;
import dev.tidemark.engine.ListImportsRequest;
import dev.tidemark.engine.ListImportsResult;
import dev.tidemark.engine.PutScalingPolicyRequest;
import dev.tidemark.engine.PutScalingPolicyResult;
import dev.tidemark.engine.DeleteScalingPolicyRequest;
import dev.tidemark.engine.DeleteScalingPolicyResult;
import dev.tidemark.engine.DescribeScalingPoliciesRequest;
import dev.tidemark.engine.DescribeScalingPoliciesResult;
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
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The operations of the DynamoDB API (and of the DynamoDB Streams API, target prefix
 * {@code DynamoDBStreams_20120810.}, and Tidemark's scaling policies, {@code Tidemark_20261124.}) that
 * Tidemark serves, each with its engine request and result
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
    ListStreams(Operation.STREAMS_PREFIX, ListStreamsRequest.class, ListStreamsResult.class, (db, r) -> db.listStreams((ListStreamsRequest) r)),
    DescribeStream(Operation.STREAMS_PREFIX, DescribeStreamRequest.class, DescribeStreamResult.class, (db, r) -> db.describeStream((DescribeStreamRequest) r)),
    GetShardIterator(Operation.STREAMS_PREFIX, GetShardIteratorRequest.class, GetShardIteratorResult.class, (db, r) -> db.getShardIterator((GetShardIteratorRequest) r)),
    GetRecords(Operation.STREAMS_PREFIX, GetRecordsRequest.class, GetRecordsResult.class, (db, r) -> db.getRecords((GetRecordsRequest) r)),
    ImportTable(ImportTableRequest.class, ImportTableResult.class, (db, r) -> db.importTable((ImportTableRequest) r)),
    DescribeImport(DescribeImportRequest.class, DescribeImportResult.class, (db, r) -> db.describeImport((DescribeImportRequest) r)),
    ListImports(ListImportsRequest.class, ListImportsResult.class, (db, r) -> db.listImports((ListImportsRequest) r)),
    CreateBackup(CreateBackupRequest.class, CreateBackupResult.class, (db, r) -> db.createBackup((CreateBackupRequest) r)),
    DescribeBackup(DescribeBackupRequest.class, DescribeBackupResult.class, (db, r) -> db.describeBackup((DescribeBackupRequest) r)),
    DeleteBackup(DeleteBackupRequest.class, DeleteBackupResult.class, (db, r) -> db.deleteBackup((DeleteBackupRequest) r)),
    ListBackups(ListBackupsRequest.class, ListBackupsResult.class, (db, r) -> db.listBackups((ListBackupsRequest) r)),
    RestoreTableFromBackup(RestoreTableFromBackupRequest.class, RestoreTableFromBackupResult.class, (db, r) -> db.restoreTableFromBackup((RestoreTableFromBackupRequest) r)),
    UpdateContinuousBackups(UpdateContinuousBackupsRequest.class, UpdateContinuousBackupsResult.class, (db, r) -> db.updateContinuousBackups((UpdateContinuousBackupsRequest) r)),
    DescribeContinuousBackups(DescribeContinuousBackupsRequest.class, DescribeContinuousBackupsResult.class, (db, r) -> db.describeContinuousBackups((DescribeContinuousBackupsRequest) r)),
    RestoreTableToPointInTime(RestoreTableToPointInTimeRequest.class, RestoreTableToPointInTimeResult.class, (db, r) -> db.restoreTableToPointInTime((RestoreTableToPointInTimeRequest) r)),
    ExportTableToPointInTime(ExportTableToPointInTimeRequest.class, ExportTableToPointInTimeResult.class, (db, r) -> db.exportTableToPointInTime((ExportTableToPointInTimeRequest) r)),
    DescribeExport(DescribeExportRequest.class, DescribeExportResult.class, (db, r) -> db.describeExport((DescribeExportRequest) r)),
    ListExports(ListExportsRequest.class, ListExportsResult.class, (db, r) -> db.listExports((ListExportsRequest) r)),
    PutScalingPolicy(Operation.TIDEMARK_PREFIX, PutScalingPolicyRequest.class, PutScalingPolicyResult.class, (db, r) -> db.putScalingPolicy((PutScalingPolicyRequest) r)),
    DeleteScalingPolicy(Operation.TIDEMARK_PREFIX, DeleteScalingPolicyRequest.class, DeleteScalingPolicyResult.class, (db, r) -> db.deleteScalingPolicy((DeleteScalingPolicyRequest) r)),
    DescribeScalingPolicies(Operation.TIDEMARK_PREFIX, DescribeScalingPoliciesRequest.class, DescribeScalingPoliciesResult.class, (db, r) -> db.describeScalingPolicies((DescribeScalingPoliciesRequest) r));

    /** The prefix of the {@code X-Amz-Target} header: {@code DynamoDB_20120810.PutItem}. */
    public static final String TARGET_PREFIX = "DynamoDB_20120810.";
    /** The prefix of the DynamoDB Streams API's operations: {@code DynamoDBStreams_20120810.GetRecords}. */
    public static final String STREAMS_PREFIX = "DynamoDBStreams_20120810.";
    /**
     * The prefix of Tidemark's own operations, which have no DynamoDB counterpart on this protocol
     * (scaling policies: AWS has them in Application Auto Scaling, with other shapes):
     * {@code Tidemark_20261124.PutScalingPolicy}.
     */
    public static final String TIDEMARK_PREFIX = "Tidemark_20261124.";
    /** The content type of requests and responses. */
    public static final String CONTENT_TYPE = "application/x-amz-json-1.0";

    private final String prefix;
    private final Class<?> requestType;
    private final Class<?> resultType;
    private final BiFunction<Database, Object, Object> call;

    Operation(Class<?> requestType, Class<?> resultType, BiFunction<Database, Object, Object> call) {
        this("DynamoDB_20120810.", requestType, resultType, call);
    }

    Operation(String prefix, Class<?> requestType, Class<?> resultType, BiFunction<Database, Object, Object> call) {
        this.prefix = prefix;
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
        return prefix + name();
    }

    /** Runs {@code request} (of {@link #requestType()}) on {@code db}. */
    public Object invoke(Database db, Object request) {
        return call.apply(db, request);
    }

    /**
     * The operation an {@code X-Amz-Target} names ({@code DynamoDB_20120810.PutItem},
     * {@code DynamoDBStreams_20120810.GetRecords}), if Tidemark serves it.
     */
    public static Optional<Operation> forTarget(String target) {
        for (Operation o : values()) {
            if (o.target().equals(target)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }
}
