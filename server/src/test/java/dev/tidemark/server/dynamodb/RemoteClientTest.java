package dev.tidemark.server.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tidemark.client.Credentials;
import dev.tidemark.client.TidemarkClient;
import dev.tidemark.client.TidemarkRemoteException;
import dev.tidemark.engine.ConditionalCheckFailedException;
import dev.tidemark.engine.Database;
import dev.tidemark.engine.QueryResult;
import dev.tidemark.engine.ResourceInUseException;
import dev.tidemark.engine.ResourceNotFoundException;
import dev.tidemark.engine.TransactionCanceledException;
import dev.tidemark.engine.ValidationException;
import dev.tidemark.engine.model.AttributeDefinition;
import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.engine.model.BillingMode;
import dev.tidemark.engine.model.CancellationReason;
import dev.tidemark.engine.model.KeySchemaElement;
import dev.tidemark.engine.model.KeyType;
import dev.tidemark.engine.model.ReturnValue;
import dev.tidemark.engine.model.ReturnValuesOnConditionCheckFailure;
import dev.tidemark.engine.model.ScalarAttributeType;
import dev.tidemark.engine.model.TableDescription;
import dev.tidemark.engine.model.TransactWriteItem;
import dev.tidemark.engine.model.Put;
import dev.tidemark.engine.model.ConditionCheck;
import dev.tidemark.server.TidemarkServer;
import dev.tidemark.server.internal.UserStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The remote client ({@code TidemarkClient.connect}) against a real server: same results, same exception types. */
class RemoteClientTest {
    @TempDir
    Path dir;
    TidemarkServer server;
    Database db;

    @BeforeEach
    void start() throws Exception {
        Files.createDirectories(dir.resolve("db"));
        UserStore.create(dir.resolve("users.properties"), "alice", "s3cret");
        UserStore.put(dir.resolve("users.properties"), "bob", "b0b");
        server = TidemarkServer.start(dir.resolve("db"), "127.0.0.1", 0, dir.resolve("users.properties"),
                new PrintStream(new ByteArrayOutputStream()));
        db = TidemarkClient.connect(server.dynamoDbEndpoint(), Credentials.of("alice", "s3cret"));
    }

    @AfterEach
    void stop() {
        db.close();
        server.close();
    }

    private static AttributeValue s(String v) {
        return AttributeValue.fromS(v);
    }

    private void createTable() {
        db.createTable(t -> t.tableName("events")
                .keySchema(List.of(KeySchemaElement.builder().attributeName("feed").keyType(KeyType.HASH).build(),
                        KeySchemaElement.builder().attributeName("at").keyType(KeyType.RANGE).build()))
                .attributeDefinitions(List.of(
                        AttributeDefinition.builder().attributeName("feed").attributeType(ScalarAttributeType.S).build(),
                        AttributeDefinition.builder().attributeName("at").attributeType(ScalarAttributeType.N).build()))
                .billingMode(BillingMode.PAY_PER_REQUEST));
    }

    @Test
    void operationsGiveTheEngineResults() {
        createTable();
        TableDescription d = db.describeTable(r -> r.tableName("events")).table();
        assertThat(d.tableName()).isEqualTo("events");
        assertThat(d.creationDateTime()).isNotNull();
        assertThat(d.keySchema()).extracting(KeySchemaElement::keyType).containsExactly(KeyType.HASH, KeyType.RANGE);
        assertThat(db.listTables(r -> { }).tableNames()).containsExactly("events");

        for (int i = 0; i < 30; i++) {
            int at = i;
            db.putItem(p -> p.tableName("events").item(Map.of("feed", s("s1"), "at", AttributeValue.fromN(at),
                    "payload", AttributeValue.fromB(new byte[] {(byte) at}), "tags", AttributeValue.fromSs("x", "y" + at))));
        }
        Map<String, AttributeValue> key = Map.of("feed", s("s1"), "at", AttributeValue.fromN(7));
        assertThat(db.getItem(g -> g.tableName("events").key(key)).item().get("payload"))
                .isEqualTo(AttributeValue.fromB(new byte[] {7}));

        List<AttributeValue> seen = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            QueryResult page = db.query(q -> q.tableName("events").keyConditionExpression("feed = :s")
                    .expressionAttributeValues(Map.of(":s", s("s1"))).limit(8).exclusiveStartKey(from));
            page.items().forEach(it -> seen.add(it.get("at")));
            start = page.lastEvaluatedKey();
        } while (start != null && !start.isEmpty());
        assertThat(seen).hasSize(30).first().isEqualTo(AttributeValue.fromN(0));

        Map<String, AttributeValue> updated = db.updateItem(u -> u.tableName("events").key(key)
                .updateExpression("ADD hits :one").expressionAttributeValues(Map.of(":one", AttributeValue.fromN(1)))
                .returnValues(ReturnValue.ALL_NEW)).attributes();
        assertThat(updated.get("hits")).isEqualTo(AttributeValue.fromN(1));
        assertThat(updated.get("tags")).isEqualTo(AttributeValue.fromSs("x", "y7"));

        assertThat(db.scan(r -> r.tableName("events").filterExpression("attribute_exists(hits)")).count()).isEqualTo(1);
        db.deleteItem(r -> r.tableName("events").key(key));
        assertThat(db.getItem(g -> g.tableName("events").key(key)).item()).isNull();
    }

    @Test
    void streamsAndTimeToLiveOverTheWire() {
        db.createTable(t -> t.tableName("audit")
                .keySchema(List.of(KeySchemaElement.builder().attributeName("id").keyType(KeyType.HASH).build()))
                .attributeDefinitions(List.of(
                        AttributeDefinition.builder().attributeName("id").attributeType(ScalarAttributeType.S).build()))
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .streamSpecification(dev.tidemark.engine.model.StreamSpecification.builder().streamEnabled(true)
                        .streamViewType(dev.tidemark.engine.model.StreamViewType.NEW_IMAGE).build()));
        db.updateTimeToLive(r -> r.tableName("audit").timeToLiveSpecification(
                dev.tidemark.engine.model.TimeToLiveSpecification.builder().enabled(true).attributeName("ttl").build()));
        assertThat(db.describeTimeToLive(r -> r.tableName("audit")).timeToLiveDescription().attributeName())
                .isEqualTo("ttl");
        db.putItem(p -> p.tableName("audit").item(Map.of("id", s("a1"), "what", s("login"))));

        String arn = db.describeTable(r -> r.tableName("audit")).table().latestStreamArn();
        List<dev.tidemark.engine.model.Shard> shards = db.describeStream(r -> r.streamArn(arn)).streamDescription().shards();
        String iterator = db.getShardIterator(r -> r.streamArn(arn).shardId(shards.get(0).shardId())
                .shardIteratorType(dev.tidemark.engine.model.ShardIteratorType.TRIM_HORIZON)).shardIterator();
        List<dev.tidemark.engine.model.Record> records = db.getRecords(r -> r.shardIterator(iterator)).records();
        assertThat(records).hasSize(1);
        assertThat(records.get(0).eventName()).isEqualTo(dev.tidemark.engine.model.OperationType.INSERT);
        assertThat(records.get(0).dynamodb().newImage()).containsEntry("what", s("login"));
        assertThatThrownBy(() -> db.getRecords(r -> r.shardIterator("not-an-iterator")))
                .isInstanceOf(dev.tidemark.engine.TidemarkException.class)
                .isNotInstanceOf(dev.tidemark.client.TidemarkRemoteException.class);
        assertThatThrownBy(() -> db.subscribe(sub -> sub.tableName("audit").consumerName("c")
                .handler(batch -> { }))).isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("getRecords");
    }

    @Test
    void scalingPoliciesUseTidemarksOwnTargets() {
        db.createTable(t -> t.tableName("metered")
                .keySchema(List.of(KeySchemaElement.builder().attributeName("id").keyType(KeyType.HASH).build()))
                .attributeDefinitions(List.of(
                        AttributeDefinition.builder().attributeName("id").attributeType(ScalarAttributeType.S).build()))
                .billingMode(BillingMode.PROVISIONED)
                .provisionedThroughput(dev.tidemark.engine.model.ProvisionedThroughput.builder()
                        .readCapacityUnits(5L).writeCapacityUnits(5L).build()));
        dev.tidemark.engine.model.ScalingPolicy policy = dev.tidemark.engine.model.ScalingPolicy.builder()
                .tableName("metered").dimension(dev.tidemark.engine.model.ScalingDimension.READ)
                .minCapacity(5L).maxCapacity(50L).targetUtilization(70.0).build();
        db.putScalingPolicy(r -> r.policy(policy));
        assertThat(db.describeScalingPolicies(r -> r.tableName("metered")).policies()).containsExactly(policy);
        db.deleteScalingPolicy(r -> r.tableName("metered").dimension(dev.tidemark.engine.model.ScalingDimension.READ));
        assertThat(db.describeScalingPolicies(r -> r.tableName("metered")).policies()).isEmpty();
    }

    @Test
    void errorsAreTheEngineExceptionTypes() {
        assertThatThrownBy(() -> db.describeTable(r -> r.tableName("missing")))
                .isInstanceOf(ResourceNotFoundException.class).hasMessageContaining("missing");
        createTable();
        assertThatThrownBy(this::createTable).isInstanceOf(ResourceInUseException.class);
        assertThatThrownBy(() -> db.putItem(p -> p.tableName("events").item(Map.of("feed", s("s1")))))
                .isInstanceOf(ValidationException.class);

        Map<String, AttributeValue> item = Map.of("feed", s("s1"), "at", AttributeValue.fromN(1), "v", s("one"));
        db.putItem(p -> p.tableName("events").item(item));
        assertThatThrownBy(() -> db.putItem(p -> p.tableName("events").item(item)
                .conditionExpression("attribute_not_exists(feed)")
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)))
                .isInstanceOfSatisfying(ConditionalCheckFailedException.class,
                        e -> assertThat(e.item()).contains(item));

        assertThatThrownBy(() -> db.transactWriteItems(t -> t.transactItems(List.of(
                TransactWriteItem.builder().put(Put.builder().tableName("events")
                        .item(Map.of("feed", s("s2"), "at", AttributeValue.fromN(1))).build()).build(),
                TransactWriteItem.builder().conditionCheck(ConditionCheck.builder().tableName("events")
                        .key(Map.of("feed", s("s1"), "at", AttributeValue.fromN(1)))
                        .conditionExpression("v = :two").expressionAttributeValues(Map.of(":two", s("two"))).build())
                        .build()))))
                .isInstanceOfSatisfying(TransactionCanceledException.class, e -> assertThat(e.cancellationReasons())
                        .extracting(CancellationReason::code).containsExactly("None", "ConditionalCheckFailed"));
        assertThat(db.getItem(g -> g.tableName("events").key(Map.of("feed", s("s2"), "at", AttributeValue.fromN(1))))
                .item()).isNull();
    }

    @Test
    void usersAreCheckedAndAnUnreachableServerIsAnIoError() throws Exception {
        try (Database bob = TidemarkClient.connect(URI.create("tidemark://127.0.0.1:" + server.port()),
                Credentials.of("bob", "b0b"))) {
            assertThat(bob.listTables(r -> { }).tableNames()).isEmpty();
        }
        try (Database wrong = TidemarkClient.connect(server.dynamoDbEndpoint(), Credentials.of("bob", "alice"))) {
            assertThatThrownBy(() -> wrong.listTables(r -> { }))
                    .isInstanceOfSatisfying(TidemarkRemoteException.class, e -> {
                        assertThat(e.errorName()).isEqualTo("InvalidSignatureException");
                        assertThat(e.statusCode()).isEqualTo(400);
                    });
        }
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        try (Database nowhere = TidemarkClient.connect(URI.create("http://127.0.0.1:" + port),
                Credentials.of("bob", "b0b"))) {
            assertThatThrownBy(() -> nowhere.listTables(r -> { })).isInstanceOf(UncheckedIOException.class);
        }
        assertThatThrownBy(() -> TidemarkClient.connect(URI.create("ftp://x:1"), Credentials.of("a", "b")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
