package dev.tidemark.server.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tidemark.server.TidemarkServer;
import dev.tidemark.server.internal.UserStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableResponse;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** The DynamoDB API through the real AWS SDK for Java v2, against a server started here. */
class AwsSdkTest {
    @TempDir
    Path dir;
    TidemarkServer server;
    DynamoDbClient dynamo;

    @BeforeEach
    void start() throws Exception {
        Files.createDirectories(dir.resolve("db"));
        UserStore.create(dir.resolve("users.properties"), "alice", "s3cret");
        server = TidemarkServer.start(dir.resolve("db"), "127.0.0.1", 0, dir.resolve("users.properties"),
                new PrintStream(new ByteArrayOutputStream()));
        dynamo = client("alice", "s3cret");
    }

    @AfterEach
    void stop() {
        dynamo.close();
        server.close();
    }

    private DynamoDbClient client(String user, String password) {
        return DynamoDbClient.builder().endpointOverride(server.dynamoDbEndpoint()).region(Region.EU_WEST_1)
                .httpClient(UrlConnectionHttpClient.create())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(user, password)))
                .overrideConfiguration(c -> c.retryStrategy(r -> r.maxAttempts(1)))
                .build();
    }

    private static AttributeValue s(String v) {
        return AttributeValue.fromS(v);
    }

    private static AttributeValue n(long v) {
        return AttributeValue.fromN(Long.toString(v));
    }

    private void createOrders() {
        dynamo.createTable(t -> t.tableName("orders")
                .keySchema(KeySchemaElement.builder().attributeName("customer").keyType(KeyType.HASH).build(),
                        KeySchemaElement.builder().attributeName("seq").keyType(KeyType.RANGE).build())
                .attributeDefinitions(
                        AttributeDefinition.builder().attributeName("customer").attributeType(ScalarAttributeType.S).build(),
                        AttributeDefinition.builder().attributeName("seq").attributeType(ScalarAttributeType.N).build(),
                        AttributeDefinition.builder().attributeName("status").attributeType(ScalarAttributeType.S).build())
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("byStatus")
                        .keySchema(KeySchemaElement.builder().attributeName("status").keyType(KeyType.HASH).build())
                        .projection(Projection.builder().projectionType(ProjectionType.ALL).build()).build())
                .billingMode(BillingMode.PAY_PER_REQUEST));
    }

    @Test
    void tablesAreCreatedDescribedListedAndDeleted() {
        createOrders();
        DescribeTableResponse d = dynamo.describeTable(r -> r.tableName("orders"));
        assertThat(d.table().tableName()).isEqualTo("orders");
        assertThat(d.table().tableStatus()).isEqualTo(TableStatus.ACTIVE);
        assertThat(d.table().keySchema()).extracting(KeySchemaElement::attributeName).containsExactly("customer", "seq");
        assertThat(d.table().globalSecondaryIndexes()).extracting(i -> i.indexName()).containsExactly("byStatus");
        assertThat(d.table().creationDateTime()).isNotNull();
        assertThat(dynamo.listTables().tableNames()).containsExactly("orders");
        assertThatThrownBy(this::createOrders).isInstanceOf(ResourceInUseException.class);
        dynamo.deleteTable(r -> r.tableName("orders"));
        assertThat(dynamo.listTables().tableNames()).isEmpty();
        assertThatThrownBy(() -> dynamo.describeTable(r -> r.tableName("orders")))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageContaining("orders");
    }

    @Test
    void updateTableAddsAnIndexThatQueriesUse() {
        createOrders();
        dynamo.putItem(p -> p.tableName("orders").item(Map.of("customer", s("ann"), "seq", n(1), "region", s("eu"))));
        dynamo.updateTable(u -> u.tableName("orders")
                .attributeDefinitions(AttributeDefinition.builder().attributeName("region")
                        .attributeType(ScalarAttributeType.S).build())
                .globalSecondaryIndexUpdates(g -> g.create(c -> c.indexName("byRegion")
                        .keySchema(KeySchemaElement.builder().attributeName("region").keyType(KeyType.HASH).build())
                        .projection(Projection.builder().projectionType(ProjectionType.KEYS_ONLY).build()))));
        assertThat(dynamo.describeTable(r -> r.tableName("orders")).table().globalSecondaryIndexes())
                .extracting(i -> i.indexName()).contains("byRegion");
        // the index is built in the background: wait (generously) until it is ACTIVE
        for (int i = 0; i < 1000 && dynamo.describeTable(r -> r.tableName("orders")).table().globalSecondaryIndexes()
                .stream().anyMatch(g -> g.indexStatus() != software.amazon.awssdk.services.dynamodb.model.IndexStatus.ACTIVE); i++) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
        QueryResponse q = dynamo.query(r -> r.tableName("orders").indexName("byRegion").keyConditionExpression("#r = :r")
                .expressionAttributeNames(Map.of("#r", "region")).expressionAttributeValues(Map.of(":r", s("eu"))));
        assertThat(q.items()).containsExactly(Map.of("customer", s("ann"), "seq", n(1), "region", s("eu")));
        assertThat(dynamo.scan(r -> r.tableName("orders").segment(0).totalSegments(2)).scannedCount()
                + dynamo.scan(r -> r.tableName("orders").segment(1).totalSegments(2)).scannedCount()).isEqualTo(1);
    }

    @Test
    void importTableReadsOnlyUnderTheImportSourcesDirectory() throws Exception {
        Path source = dir.resolve("db").resolve("import-sources").resolve("pets-export");
        Files.createDirectories(source);
        Files.writeString(source.resolve("part-1.json"), "{\"Item\":{\"id\":{\"S\":\"rex\"},\"legs\":{\"N\":\"4\"}}}\n"
                + "{\"Item\":{\"id\":{\"S\":\"tweety\"},\"legs\":{\"N\":\"2\"}}}\n");
        software.amazon.awssdk.services.dynamodb.model.TableCreationParameters table =
                software.amazon.awssdk.services.dynamodb.model.TableCreationParameters.builder().tableName("pets")
                        .keySchema(KeySchemaElement.builder().attributeName("id").keyType(KeyType.HASH).build())
                        .attributeDefinitions(AttributeDefinition.builder().attributeName("id")
                                .attributeType(ScalarAttributeType.S).build())
                        .billingMode(BillingMode.PAY_PER_REQUEST).build();
        String arn = dynamo.importTable(r -> r.s3BucketSource(b -> b.s3Bucket("pets-export"))
                .inputFormat(software.amazon.awssdk.services.dynamodb.model.InputFormat.DYNAMODB_JSON)
                .tableCreationParameters(table)).importTableDescription().importArn();
        software.amazon.awssdk.services.dynamodb.model.ImportStatus status = null;
        for (int i = 0; i < 1000; i++) {
            status = dynamo.describeImport(r -> r.importArn(arn)).importTableDescription().importStatus();
            if (status != software.amazon.awssdk.services.dynamodb.model.ImportStatus.IN_PROGRESS) {
                break;
            }
            Thread.sleep(10);
        }
        assertThat(status).isEqualTo(software.amazon.awssdk.services.dynamodb.model.ImportStatus.COMPLETED);
        assertThat(dynamo.scan(r -> r.tableName("pets")).count()).isEqualTo(2);
        assertThat(dynamo.listImports(r -> { }).importSummaryList()).extracting(x -> x.importArn()).contains(arn);

        for (String outside : new String[] {dir.toAbsolutePath().toString(), "../..", "pets-export/../../.."}) {
            assertThatThrownBy(() -> dynamo.importTable(r -> r.s3BucketSource(b -> b.s3Bucket(outside))
                    .inputFormat(software.amazon.awssdk.services.dynamodb.model.InputFormat.CSV)
                    .tableCreationParameters(table.toBuilder().tableName("stolen").build())))
                    .isInstanceOfSatisfying(DynamoDbException.class, e -> {
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
                        assertThat(e.getMessage()).contains("import-sources");
                    });
        }
        assertThat(dynamo.listTables().tableNames()).doesNotContain("stolen");
    }

    @Test
    void backupsRestoreAndExportsStayInTheirDirectory() throws Exception {
        createOrders();
        dynamo.putItem(p -> p.tableName("orders").item(Map.of("customer", s("ann"), "seq", n(1), "status", s("NEW"))));
        String backup = dynamo.createBackup(r -> r.tableName("orders").backupName("nightly")).backupDetails().backupArn();
        assertThat(dynamo.listBackups(r -> r.tableName("orders")).backupSummaries())
                .extracting(b -> b.backupArn()).containsExactly(backup);
        dynamo.restoreTableFromBackup(r -> r.backupArn(backup).targetTableName("orders_copy"));
        assertThat(dynamo.scan(r -> r.tableName("orders_copy")).items())
                .containsExactly(Map.of("customer", s("ann"), "seq", n(1), "status", s("NEW")));
        assertThatThrownBy(() -> dynamo.describeBackup(r -> r.backupArn(backup + "0")))
                .isInstanceOfSatisfying(DynamoDbException.class,
                        e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("BackupNotFoundException"));

        dynamo.updateContinuousBackups(r -> r.tableName("orders")
                .pointInTimeRecoverySpecification(p -> p.pointInTimeRecoveryEnabled(true)));
        String tableArn = dynamo.describeTable(r -> r.tableName("orders")).table().tableArn();
        for (String outside : new String[] {dir.toAbsolutePath().toString(), "../../outside"}) {
            assertThatThrownBy(() -> dynamo.exportTableToPointInTime(r -> r.tableArn(tableArn).s3Bucket(outside)))
                    .isInstanceOfSatisfying(DynamoDbException.class, e -> {
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
                        assertThat(e.getMessage()).contains("export-targets");
                    });
        }
        assertThat(dir.resolve("outside")).doesNotExist();
        // the recovery window opens at the next whole second after recovery is enabled: retry until it has
        String export = null;
        for (int i = 0; i < 500 && export == null; i++) {
            try {
                export = dynamo.exportTableToPointInTime(r -> r.tableArn(tableArn).s3Bucket("nightly"))
                        .exportDescription().exportArn();
            } catch (software.amazon.awssdk.services.dynamodb.model.InvalidExportTimeException e) {
                Thread.sleep(10);
            }
        }
        String exportArn = export;
        assertThat(exportArn).isNotNull();
        software.amazon.awssdk.services.dynamodb.model.ExportStatus status = null;
        for (int i = 0; i < 1000; i++) {
            status = dynamo.describeExport(r -> r.exportArn(exportArn)).exportDescription().exportStatus();
            if (status != software.amazon.awssdk.services.dynamodb.model.ExportStatus.IN_PROGRESS) {
                break;
            }
            Thread.sleep(10);
        }
        assertThat(status).isEqualTo(software.amazon.awssdk.services.dynamodb.model.ExportStatus.COMPLETED);
        assertThat(dir.resolve("db").resolve("export-targets").resolve("nightly").resolve("AWSDynamoDB")).isDirectory();
    }

    @Test
    void timeToLiveIsSetAndDescribed() {
        createOrders();
        assertThat(dynamo.describeTimeToLive(r -> r.tableName("orders")).timeToLiveDescription().timeToLiveStatus())
                .isEqualTo(software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus.DISABLED);
        assertThat(dynamo.updateTimeToLive(r -> r.tableName("orders")
                .timeToLiveSpecification(t -> t.enabled(true).attributeName("expires"))).timeToLiveSpecification()
                .attributeName()).isEqualTo("expires");
        assertThat(dynamo.describeTimeToLive(r -> r.tableName("orders")).timeToLiveDescription().attributeName())
                .isEqualTo("expires");
    }

    @Test
    void streamsAreReadWithTheStreamsClient() {
        dynamo.createTable(t -> t.tableName("events")
                .keySchema(KeySchemaElement.builder().attributeName("id").keyType(KeyType.HASH).build())
                .attributeDefinitions(AttributeDefinition.builder().attributeName("id")
                        .attributeType(ScalarAttributeType.S).build())
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .streamSpecification(st -> st.streamEnabled(true)
                        .streamViewType(software.amazon.awssdk.services.dynamodb.model.StreamViewType.NEW_AND_OLD_IMAGES)));
        String arn = dynamo.describeTable(r -> r.tableName("events")).table().latestStreamArn();
        assertThat(arn).isNotBlank();
        dynamo.putItem(p -> p.tableName("events").item(Map.of("id", s("e1"), "v", n(1))));
        dynamo.updateItem(u -> u.tableName("events").key(Map.of("id", s("e1"))).updateExpression("SET v = :two")
                .expressionAttributeValues(Map.of(":two", n(2))));
        dynamo.deleteItem(d -> d.tableName("events").key(Map.of("id", s("e1"))));

        try (software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient streams =
                     software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient.builder()
                             .endpointOverride(server.dynamoDbEndpoint()).region(Region.EU_WEST_1)
                             .httpClient(UrlConnectionHttpClient.create())
                             .credentialsProvider(StaticCredentialsProvider.create(
                                     AwsBasicCredentials.create("alice", "s3cret")))
                             .build()) {
            assertThat(streams.listStreams(r -> r.tableName("events")).streams())
                    .extracting(st -> st.streamArn()).containsExactly(arn);
            List<software.amazon.awssdk.services.dynamodb.model.Shard> shards =
                    streams.describeStream(r -> r.streamArn(arn)).streamDescription().shards();
            assertThat(shards).isNotEmpty();
            List<software.amazon.awssdk.services.dynamodb.model.Record> records = new ArrayList<>();
            for (software.amazon.awssdk.services.dynamodb.model.Shard shard : shards) {
                String iterator = streams.getShardIterator(r -> r.streamArn(arn).shardId(shard.shardId())
                        .shardIteratorType(software.amazon.awssdk.services.dynamodb.model.ShardIteratorType.TRIM_HORIZON))
                        .shardIterator();
                for (int i = 0; i < 10 && iterator != null; i++) {
                    String it = iterator;
                    software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse page =
                            streams.getRecords(r -> r.shardIterator(it));
                    records.addAll(page.records());
                    if (page.records().isEmpty()) {
                        break;
                    }
                    iterator = page.nextShardIterator();
                }
            }
            assertThat(records).extracting(r -> r.eventNameAsString()).containsExactly("INSERT", "MODIFY", "REMOVE");
            assertThat(records.get(1).dynamodb().oldImage()).isEqualTo(Map.of("id", s("e1"), "v", n(1)));
            assertThat(records.get(1).dynamodb().newImage()).isEqualTo(Map.of("id", s("e1"), "v", n(2)));
            assertThat(records.get(0).eventSource()).isEqualTo("aws:dynamodb");
            assertThat(records.get(0).dynamodb().sequenceNumber()).isNotBlank();
        }
    }

    @Test
    void itemsArePutReadUpdatedAndDeleted() {
        createOrders();
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("customer", s("ann"));
        item.put("seq", n(1));
        item.put("status", s("NEW"));
        item.put("tags", AttributeValue.fromSs(List.of("a", "b")));
        item.put("blob", AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] {1, 2, 3})));
        item.put("lines", AttributeValue.fromL(List.of(AttributeValue.fromM(Map.of("qty", n(2))),
                AttributeValue.fromNul(true), AttributeValue.fromBool(true))));
        assertThat(dynamo.putItem(p -> p.tableName("orders").item(item)).attributes()).isEmpty();
        software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity consumed = dynamo.putItem(p -> p
                .tableName("orders").item(item)
                .returnConsumedCapacity(software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity.INDEXES))
                .consumedCapacity();
        assertThat(consumed.tableName()).isEqualTo("orders");
        assertThat(consumed.capacityUnits()).isGreaterThan(0.0);
        assertThat(consumed.table().capacityUnits()).isGreaterThan(0.0);

        Map<String, AttributeValue> key = Map.of("customer", s("ann"), "seq", n(1));
        Map<String, AttributeValue> read = dynamo.getItem(g -> g.tableName("orders").key(key).consistentRead(true)).item();
        assertThat(read).isEqualTo(item);

        Map<String, AttributeValue> updated = dynamo.updateItem(u -> u.tableName("orders").key(key)
                .updateExpression("SET #s = :paid ADD visits :one")
                .expressionAttributeNames(Map.of("#s", "status"))
                .expressionAttributeValues(Map.of(":paid", s("PAID"), ":one", n(1)))
                .returnValues(ReturnValue.UPDATED_NEW)).attributes();
        assertThat(updated).isEqualTo(Map.of("status", s("PAID"), "visits", n(1)));

        assertThat(dynamo.getItem(g -> g.tableName("orders").key(key).projectionExpression("visits, tags")).item())
                .isEqualTo(Map.of("visits", n(1), "tags", AttributeValue.fromSs(List.of("a", "b"))));

        Map<String, AttributeValue> old = dynamo.deleteItem(d -> d.tableName("orders").key(key)
                .returnValues(ReturnValue.ALL_OLD)).attributes();
        assertThat(old.get("status")).isEqualTo(s("PAID"));
        assertThat(dynamo.getItem(g -> g.tableName("orders").key(key)).hasItem()).isFalse();
    }

    @Test
    void queriesPageWithTheLastEvaluatedKey() {
        createOrders();
        for (int i = 1; i <= 25; i++) {
            int seq = i;
            dynamo.putItem(p -> p.tableName("orders").item(Map.of("customer", s("ann"), "seq", n(seq),
                    "status", s(seq % 2 == 0 ? "EVEN" : "ODD"))));
        }
        dynamo.putItem(p -> p.tableName("orders").item(Map.of("customer", s("bob"), "seq", n(1))));
        List<Long> seen = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        int pages = 0;
        do {
            QueryRequest.Builder q = QueryRequest.builder().tableName("orders")
                    .keyConditionExpression("customer = :c AND seq > :min")
                    .expressionAttributeValues(Map.of(":c", s("ann"), ":min", n(3)))
                    .scanIndexForward(false).limit(10);
            if (start != null) {
                q.exclusiveStartKey(start);
            }
            QueryResponse page = dynamo.query(q.build());
            page.items().forEach(it -> seen.add(Long.parseLong(it.get("seq").n())));
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
            pages++;
        } while (start != null);
        assertThat(seen).hasSize(22).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(seen.get(0)).isEqualTo(25L);
        assertThat(pages).isBetween(3, 4);

        QueryResponse even = dynamo.query(q -> q.tableName("orders").indexName("byStatus")
                .keyConditionExpression("#s = :s").expressionAttributeNames(Map.of("#s", "status"))
                .expressionAttributeValues(Map.of(":s", s("EVEN"))));
        assertThat(even.count()).isEqualTo(12);
        assertThat(dynamo.scan(s -> s.tableName("orders").filterExpression("seq > :n")
                .expressionAttributeValues(Map.of(":n", n(20)))).count()).isEqualTo(5);
        assertThat(dynamo.scanPaginator(s -> s.tableName("orders").limit(7)).items().stream().count()).isEqualTo(26);
    }

    @Test
    void batchesWriteAndRead() {
        createOrders();
        List<WriteRequest> writes = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            writes.add(WriteRequest.builder().putRequest(PutRequest.builder()
                    .item(Map.of("customer", s("c" + i), "seq", n(i), "note", s("n" + i))).build()).build());
        }
        BatchWriteItemResponse w = dynamo.batchWriteItem(b -> b.requestItems(Map.of("orders", writes)));
        assertThat(w.unprocessedItems()).isEmpty();
        BatchGetItemResponse g = dynamo.batchGetItem(b -> b.requestItems(Map.of("orders", KeysAndAttributes.builder()
                .keys(Map.of("customer", s("c3"), "seq", n(3)), Map.of("customer", s("c7"), "seq", n(7)),
                        Map.of("customer", s("nobody"), "seq", n(0)))
                .projectionExpression("note").build())));
        assertThat(g.responses().get("orders")).extracting(it -> it.get("note").s()).containsExactlyInAnyOrder("n3", "n7");
        assertThat(g.unprocessedKeys()).isEmpty();
    }

    @Test
    void transactionsCommitOrCancelWithReasons() {
        createOrders();
        dynamo.transactWriteItems(t -> t.transactItems(
                TransactWriteItem.builder().put(p -> p.tableName("orders")
                        .item(Map.of("customer", s("ann"), "seq", n(1), "amount", n(10)))).build(),
                TransactWriteItem.builder().put(p -> p.tableName("orders")
                        .item(Map.of("customer", s("ann"), "seq", n(2), "amount", n(20)))).build()));
        assertThat(dynamo.transactGetItems(t -> t.transactItems(
                        i -> i.get(g -> g.tableName("orders").key(Map.of("customer", s("ann"), "seq", n(1)))),
                        i -> i.get(g -> g.tableName("orders").key(Map.of("customer", s("ann"), "seq", n(2))))))
                .responses()).extracting(r -> r.item().get("amount").n()).containsExactly("10", "20");

        assertThatThrownBy(() -> dynamo.transactWriteItems(t -> t.transactItems(
                TransactWriteItem.builder().update(u -> u.tableName("orders")
                        .key(Map.of("customer", s("ann"), "seq", n(1)))
                        .updateExpression("SET amount = :t").expressionAttributeValues(Map.of(":t", n(99)))).build(),
                TransactWriteItem.builder().conditionCheck(c -> c.tableName("orders")
                        .key(Map.of("customer", s("ann"), "seq", n(2)))
                        .conditionExpression("amount > :big").expressionAttributeValues(Map.of(":big", n(100)))
                        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)).build())))
                .isInstanceOfSatisfying(TransactionCanceledException.class, e -> {
                    assertThat(e.cancellationReasons()).extracting(CancellationReason::code)
                            .containsExactly("None", "ConditionalCheckFailed");
                    assertThat(e.cancellationReasons().get(1).item().get("amount")).isEqualTo(n(20));
                });
        assertThat(dynamo.getItem(g -> g.tableName("orders").key(Map.of("customer", s("ann"), "seq", n(1))))
                .item().get("amount")).isEqualTo(n(10));
    }

    @Test
    void aFailedConditionIsConditionalCheckFailedExceptionWithTheOldItem() {
        createOrders();
        Map<String, AttributeValue> item = Map.of("customer", s("ann"), "seq", n(1), "status", s("NEW"));
        dynamo.putItem(p -> p.tableName("orders").item(item));
        assertThatThrownBy(() -> dynamo.putItem(p -> p.tableName("orders").item(item)
                .conditionExpression("attribute_not_exists(customer)")
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)))
                .isInstanceOfSatisfying(ConditionalCheckFailedException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ConditionalCheckFailedException");
                    assertThat(e.item()).isEqualTo(item);
                });
    }

    @Test
    void invalidRequestsAreValidationExceptionsAndChangeNothing() {
        createOrders();
        assertThatThrownBy(() -> dynamo.putItem(p -> p.tableName("orders").item(Map.of("customer", s("ann")))))
                .isInstanceOfSatisfying(DynamoDbException.class, e -> {
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.getMessage()).contains("seq");
                });
        assertThatThrownBy(() -> dynamo.updateItem(u -> u.tableName("orders")
                .key(Map.of("customer", s("ann"), "seq", n(1))).updateExpression("SET a = :missing")))
                .isInstanceOfSatisfying(DynamoDbException.class,
                        e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException"));
        assertThat(dynamo.scan(s -> s.tableName("orders")).count()).isZero();
    }

    @Test
    void wrongCredentialsAreRejected() {
        try (DynamoDbClient wrongPassword = client("alice", "guess");
             DynamoDbClient unknownUser = client("mallory", "s3cret")) {
            assertThatThrownBy(wrongPassword::listTables).isInstanceOfSatisfying(DynamoDbException.class,
                    e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidSignatureException"));
            assertThatThrownBy(unknownUser::listTables).isInstanceOfSatisfying(DynamoDbException.class,
                    e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("UnrecognizedClientException"));
        }
    }

    @Test
    void rawProtocolErrors() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> unsigned = http.send(HttpRequest.newBuilder(server.dynamoDbEndpoint())
                .header("X-Amz-Target", "DynamoDB_20120810.ListTables")
                .header("Content-Type", "application/x-amz-json-1.0")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(unsigned.statusCode()).isEqualTo(400);
        assertThat(unsigned.headers().firstValue("Content-Type")).hasValueSatisfying(
                v -> assertThat(v).startsWith("application/x-amz-json-1.0"));
        assertThat(unsigned.body()).contains("\"__type\":\"com.amazonaws.dynamodb.v20120810#MissingAuthenticationTokenException\"");
        // without X-Amz-Target the request is remote JDBC's: basic authentication is asked for
        HttpResponse<String> jdbc = http.send(HttpRequest.newBuilder(URI.create(server.dynamoDbEndpoint() + "/"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(jdbc.statusCode()).isEqualTo(401);
    }
}
