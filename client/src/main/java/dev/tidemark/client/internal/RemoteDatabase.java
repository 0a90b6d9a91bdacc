package dev.tidemark.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tidemark.client.Credentials;
import dev.tidemark.client.TidemarkRemoteException;
import dev.tidemark.client.wire.Operation;
import dev.tidemark.client.wire.SigV4;
import dev.tidemark.client.wire.WireCodec;
import dev.tidemark.client.wire.WireErrors;
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
import dev.tidemark.engine.StreamSubscription;
import dev.tidemark.engine.Subscription;
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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A {@link Database} whose every call is one signed POST to a Tidemark server's DynamoDB API. */
public final class RemoteDatabase implements Database {
    private final URI endpoint;
    private final Credentials credentials;
    private final String region;
    private final Duration timeout;
    private final HttpClient http;
    private volatile boolean closed;

    /** A database at {@code endpoint} (ending in {@code /}). */
    public RemoteDatabase(URI endpoint, Credentials credentials, String region, Duration timeout) {
        this.endpoint = endpoint;
        this.credentials = credentials;
        this.region = region;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** The server's address. */
    public URI endpoint() {
        return endpoint;
    }

    private <R> R call(Operation op, Object request, Class<R> resultType) {
        if (closed) {
            throw new IllegalStateException("this remote database is closed");
        }
        byte[] body;
        try {
            body = WireCodec.JSON.writeValueAsBytes(WireCodec.write(request));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", Operation.CONTENT_TYPE);
        headers.put("X-Amz-Target", op.target());
        Map<String, String> signed = SigV4.sign("POST", endpoint, headers, body, credentials.accessKeyId(),
                credentials.secret(), region, "dynamodb", Instant.now());
        HttpRequest.Builder b = HttpRequest.newBuilder(endpoint).timeout(timeout)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(b::header);
        signed.forEach(b::header);
        HttpResponse<byte[]> response;
        try {
            response = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("Tidemark server " + endpoint + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + endpoint, e);
        }
        JsonNode json;
        try {
            json = WireCodec.JSON.readTree(response.body());
        } catch (IOException e) {
            throw new TidemarkRemoteException("SerializationException", "the server at " + endpoint
                    + " answered HTTP " + response.statusCode() + " with a body that is not JSON", response.statusCode());
        }
        if (response.statusCode() != 200) {
            if (json == null || !json.isObject()) {
                throw new TidemarkRemoteException("UnknownError", "HTTP " + response.statusCode() + " from " + endpoint,
                        response.statusCode());
            }
            throw WireErrors.decode(json, response.statusCode());
        }
        return WireCodec.read(json, resultType);
    }

    @Override
    public Path directory() {
        return null;
    }

    @Override
    public CreateTableResult createTable(CreateTableRequest request) {
        return call(Operation.CreateTable, request, CreateTableResult.class);
    }

    @Override
    public DescribeTableResult describeTable(DescribeTableRequest request) {
        return call(Operation.DescribeTable, request, DescribeTableResult.class);
    }

    @Override
    public ListTablesResult listTables(ListTablesRequest request) {
        return call(Operation.ListTables, request, ListTablesResult.class);
    }

    @Override
    public UpdateTableResult updateTable(UpdateTableRequest request) {
        return call(Operation.UpdateTable, request, UpdateTableResult.class);
    }

    @Override
    public DeleteTableResult deleteTable(DeleteTableRequest request) {
        return call(Operation.DeleteTable, request, DeleteTableResult.class);
    }

    @Override
    public PutItemResult putItem(PutItemRequest request) {
        return call(Operation.PutItem, request, PutItemResult.class);
    }

    @Override
    public GetItemResult getItem(GetItemRequest request) {
        return call(Operation.GetItem, request, GetItemResult.class);
    }

    @Override
    public UpdateItemResult updateItem(UpdateItemRequest request) {
        return call(Operation.UpdateItem, request, UpdateItemResult.class);
    }

    @Override
    public DeleteItemResult deleteItem(DeleteItemRequest request) {
        return call(Operation.DeleteItem, request, DeleteItemResult.class);
    }

    @Override
    public QueryResult query(QueryRequest request) {
        return call(Operation.Query, request, QueryResult.class);
    }

    @Override
    public ScanResult scan(ScanRequest request) {
        return call(Operation.Scan, request, ScanResult.class);
    }

    @Override
    public BatchGetItemResult batchGetItem(BatchGetItemRequest request) {
        return call(Operation.BatchGetItem, request, BatchGetItemResult.class);
    }

    @Override
    public BatchWriteItemResult batchWriteItem(BatchWriteItemRequest request) {
        return call(Operation.BatchWriteItem, request, BatchWriteItemResult.class);
    }

    @Override
    public TransactWriteItemsResult transactWriteItems(TransactWriteItemsRequest request) {
        return call(Operation.TransactWriteItems, request, TransactWriteItemsResult.class);
    }

    @Override
    public TransactGetItemsResult transactGetItems(TransactGetItemsRequest request) {
        return call(Operation.TransactGetItems, request, TransactGetItemsResult.class);
    }

    @Override
    public ListStreamsResult listStreams(ListStreamsRequest request) {
        return call(Operation.ListStreams, request, ListStreamsResult.class);
    }

    @Override
    public DescribeStreamResult describeStream(DescribeStreamRequest request) {
        return call(Operation.DescribeStream, request, DescribeStreamResult.class);
    }

    @Override
    public GetShardIteratorResult getShardIterator(GetShardIteratorRequest request) {
        return call(Operation.GetShardIterator, request, GetShardIteratorResult.class);
    }

    @Override
    public GetRecordsResult getRecords(GetRecordsRequest request) {
        return call(Operation.GetRecords, request, GetRecordsResult.class);
    }

    @Override
    public UpdateTimeToLiveResult updateTimeToLive(UpdateTimeToLiveRequest request) {
        return call(Operation.UpdateTimeToLive, request, UpdateTimeToLiveResult.class);
    }

    @Override
    public DescribeTimeToLiveResult describeTimeToLive(DescribeTimeToLiveRequest request) {
        return call(Operation.DescribeTimeToLive, request, DescribeTimeToLiveResult.class);
    }

    @Override
    public ImportTableResult importTable(ImportTableRequest request) {
        return call(Operation.ImportTable, request, ImportTableResult.class);
    }

    @Override
    public DescribeImportResult describeImport(DescribeImportRequest request) {
        return call(Operation.DescribeImport, request, DescribeImportResult.class);
    }

    @Override
    public ListImportsResult listImports(ListImportsRequest request) {
        return call(Operation.ListImports, request, ListImportsResult.class);
    }

    @Override
    public PutScalingPolicyResult putScalingPolicy(PutScalingPolicyRequest request) {
        return call(Operation.PutScalingPolicy, request, PutScalingPolicyResult.class);
    }

    @Override
    public DeleteScalingPolicyResult deleteScalingPolicy(DeleteScalingPolicyRequest request) {
        return call(Operation.DeleteScalingPolicy, request, DeleteScalingPolicyResult.class);
    }

    @Override
    public DescribeScalingPoliciesResult describeScalingPolicies(DescribeScalingPoliciesRequest request) {
        return call(Operation.DescribeScalingPolicies, request, DescribeScalingPoliciesResult.class);
    }

    @Override
    public CreateBackupResult createBackup(CreateBackupRequest request) {
        return call(Operation.CreateBackup, request, CreateBackupResult.class);
    }

    @Override
    public DescribeBackupResult describeBackup(DescribeBackupRequest request) {
        return call(Operation.DescribeBackup, request, DescribeBackupResult.class);
    }

    @Override
    public DeleteBackupResult deleteBackup(DeleteBackupRequest request) {
        return call(Operation.DeleteBackup, request, DeleteBackupResult.class);
    }

    @Override
    public ListBackupsResult listBackups(ListBackupsRequest request) {
        return call(Operation.ListBackups, request, ListBackupsResult.class);
    }

    @Override
    public RestoreTableFromBackupResult restoreTableFromBackup(RestoreTableFromBackupRequest request) {
        return call(Operation.RestoreTableFromBackup, request, RestoreTableFromBackupResult.class);
    }

    @Override
    public UpdateContinuousBackupsResult updateContinuousBackups(UpdateContinuousBackupsRequest request) {
        return call(Operation.UpdateContinuousBackups, request, UpdateContinuousBackupsResult.class);
    }

    @Override
    public DescribeContinuousBackupsResult describeContinuousBackups(DescribeContinuousBackupsRequest request) {
        return call(Operation.DescribeContinuousBackups, request, DescribeContinuousBackupsResult.class);
    }

    @Override
    public RestoreTableToPointInTimeResult restoreTableToPointInTime(RestoreTableToPointInTimeRequest request) {
        return call(Operation.RestoreTableToPointInTime, request, RestoreTableToPointInTimeResult.class);
    }

    @Override
    public ExportTableToPointInTimeResult exportTableToPointInTime(ExportTableToPointInTimeRequest request) {
        return call(Operation.ExportTableToPointInTime, request, ExportTableToPointInTimeResult.class);
    }

    @Override
    public DescribeExportResult describeExport(DescribeExportRequest request) {
        return call(Operation.DescribeExport, request, DescribeExportResult.class);
    }

    @Override
    public ListExportsResult listExports(ListExportsRequest request) {
        return call(Operation.ListExports, request, ListExportsResult.class);
    }

    /**
     * Not available remotely: a subscription keeps its consumer's checkpoint in the server's database
     * directory and calls a handler in the same JVM. Read the stream with {@link #getShardIterator} and
     * {@link #getRecords} instead.
     */
    @Override
    public Subscription subscribe(StreamSubscription subscription) {
        throw new UnsupportedOperationException("subscribe is not available on a remote Tidemark database ("
                + endpoint + "): read the stream with getShardIterator and getRecords");
    }

    /** Not available remotely: table options belong to the server's embedded database. */
    @Override
    public byte[] tableOption(String tableName, String key) {
        throw new UnsupportedOperationException("table options are kept only by an embedded database, not through the"
                + " remote client (" + endpoint + ")");
    }

    /** Not available remotely: table options belong to the server's embedded database. */
    @Override
    public void setTableOption(String tableName, String key, byte[] value) {
        throw new UnsupportedOperationException("table options are kept only by an embedded database, not through the"
                + " remote client (" + endpoint + ")");
    }

    @Override
    public void checkpoint() {
        throw new UnsupportedOperationException("checkpoint is not available on a remote Tidemark database: the"
                + " server at " + endpoint + " checkpoints by itself");
    }

    @Override
    public void close() {
        closed = true;
    }

    @Override
    public String toString() {
        return "RemoteDatabase[" + endpoint + ", user " + credentials.accessKeyId() + "]";
    }
}
