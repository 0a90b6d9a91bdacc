package dev.tidemark.server.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tidemark.client.wire.SigV4;
import dev.tidemark.client.wire.WireCodec;
import dev.tidemark.server.TidemarkServer;
import dev.tidemark.server.internal.UserStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wire protocol itself, with hand-made signed requests: error names, bodies and status codes. */
class ProtocolTest {
    @TempDir
    Path dir;
    TidemarkServer server;
    URI endpoint;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeEach
    void start() throws Exception {
        Files.createDirectories(dir.resolve("db"));
        UserStore.create(dir.resolve("users.properties"), "alice", "s3cret");
        server = TidemarkServer.start(dir.resolve("db"), "127.0.0.1", 0, dir.resolve("users.properties"),
                new PrintStream(new ByteArrayOutputStream()));
        endpoint = URI.create(server.dynamoDbEndpoint() + "/");
        Answer created = call("CreateTable", "{\"TableName\":\"things\",\"KeySchema\":[{\"AttributeName\":\"k\",\"KeyType\":\"HASH\"}],"
                + "\"AttributeDefinitions\":[{\"AttributeName\":\"k\",\"AttributeType\":\"S\"}],"
                + "\"BillingMode\":\"PAY_PER_REQUEST\"}");
        assertThat(created.status()).as(created.body().toString()).isEqualTo(200);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    record Answer(int status, JsonNode body) {
        String type() {
            return body.path("__type").asText();
        }
    }

    Answer call(String op, String json) throws Exception {
        String target = java.util.Arrays.stream(dev.tidemark.client.wire.Operation.values())
                .filter(o -> o.name().equals(op)).map(dev.tidemark.client.wire.Operation::target).findFirst()
                .orElse("DynamoDB_20120810." + op);
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        return send(target, body, body, Instant.now());
    }

    Answer send(String op, byte[] signedBody, byte[] sentBody, Instant when) throws Exception {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/x-amz-json-1.0");
        headers.put("X-Amz-Target", op.contains(".") ? op : "DynamoDB_20120810." + op);
        Map<String, String> signed = SigV4.sign("POST", endpoint, headers, signedBody, "alice", "s3cret", "us-east-1",
                "dynamodb", when);
        HttpRequest.Builder b = HttpRequest.newBuilder(endpoint).POST(HttpRequest.BodyPublishers.ofByteArray(sentBody));
        headers.forEach(b::header);
        signed.forEach(b::header);
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/x-amz-json-1.0");
        return new Answer(r.statusCode(), WireCodec.JSON.readTree(r.body()));
    }

    @Test
    void successfulWritesAnswerAnEmptyObject() throws Exception {
        Answer a = call("PutItem", "{\"TableName\":\"things\",\"Item\":{\"k\":{\"S\":\"a\"},\"n\":{\"N\":\"1.50\"}}}");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.body().toString()).isEqualTo("{}");
        Answer g = call("GetItem", "{\"TableName\":\"things\",\"Key\":{\"k\":{\"S\":\"a\"}}}");
        assertThat(g.body().path("Item").path("n").path("N").asText()).isEqualTo("1.5");
        Answer q = call("Query", "{\"TableName\":\"things\",\"KeyConditionExpression\":\"k = :k\","
                + "\"ExpressionAttributeValues\":{\":k\":{\"S\":\"a\"}}}");
        assertThat(q.body().path("Count").asInt()).isEqualTo(1);
        assertThat(q.body().path("ScannedCount").asInt()).isEqualTo(1);
    }

    @Test
    void missingRequiredMembersAreValidationExceptionsForEveryOperation() throws Exception {
        for (dev.tidemark.client.wire.Operation op : dev.tidemark.client.wire.Operation.values()) {
            Answer a = call(op.name(), "{}");
            if (op.name().startsWith("List")) {
                // ListTables, ListStreams, ListImports: every member is optional
                assertThat(a.status()).isEqualTo(200);
                continue;
            }
            assertThat(a.status()).as(op + ": " + a.body()).isEqualTo(400);
            assertThat(a.type()).as(op + ": " + a.body()).endsWith("#ValidationException");
        }
        assertThat(call("ListTables", "{}").body().path("TableNames").toString()).isEqualTo("[\"things\"]");
    }

    @Test
    void unknownOperationsAreNamed() throws Exception {
        Answer a = call("ExecuteStatement", "{\"Statement\":\"SELECT * FROM t\"}");
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.type()).isEqualTo("com.amazonaws.dynamodb.v20120810#UnknownOperationException");
        assertThat(a.body().path("message").asText()).contains("ExecuteStatement");
        Answer streamsPrefix = send("DynamoDB_20120810.GetRecords", "{}".getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8), Instant.now());
        assertThat(streamsPrefix.type()).endsWith("#UnknownOperationException");
    }

    @Test
    void wrongJsonTypesAreSerializationExceptionsAndChangeNothing() throws Exception {
        Answer a = call("PutItem", "{\"TableName\":\"things\",\"Item\":{\"k\":{\"S\":\"a\"},\"n\":{\"N\":3}}}");
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.type()).endsWith("#SerializationException");
        Answer notJson = call("PutItem", "{\"TableName\":");
        assertThat(notJson.type()).endsWith("#SerializationException");
        assertThat(call("Scan", "{\"TableName\":\"things\"}").body().path("Count").asInt()).isZero();
    }

    @Test
    void malformedValuesAndUnsupportedParametersAreValidationExceptions() throws Exception {
        Answer empty = call("PutItem", "{\"TableName\":\"things\",\"Item\":{\"k\":{}}}");
        assertThat(empty.type()).endsWith("#ValidationException");
        assertThat(empty.body().path("message").asText()).contains("Supplied AttributeValue is empty");
        Answer two = call("PutItem", "{\"TableName\":\"things\",\"Item\":{\"k\":{\"S\":\"a\",\"N\":\"1\"}}}");
        assertThat(two.body().path("message").asText()).contains("more than one datatypes");
        Answer legacy = call("GetItem", "{\"TableName\":\"things\",\"Key\":{\"k\":{\"S\":\"a\"}},\"AttributesToGet\":[\"k\"]}");
        assertThat(legacy.type()).endsWith("#ValidationException");
        assertThat(legacy.body().path("message").asText()).contains("AttributesToGet");
        Answer badEnum = call("PutItem", "{\"TableName\":\"things\",\"Item\":{\"k\":{\"S\":\"a\"}},\"ReturnValues\":\"SOME\"}");
        assertThat(badEnum.type()).endsWith("#ValidationException");
        Answer harmless = call("PutItem", "{\"TableName\":\"things\",\"Item\":{\"k\":{\"S\":\"a\"}},"
                + "\"ReturnConsumedCapacity\":\"NONE\"}");
        assertThat(harmless.status()).isEqualTo(200);
        assertThat(call("Scan", "{\"TableName\":\"things\"}").body().path("Count").asInt()).isEqualTo(1);
    }

    @Test
    void signaturesMustMatchTheBodyAndTheClock() throws Exception {
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        Answer tampered = send("ListTables", body, "{\"Limit\":1}".getBytes(StandardCharsets.UTF_8), Instant.now());
        assertThat(tampered.type()).endsWith("#InvalidSignatureException");
        Answer old = send("ListTables", body, body, Instant.now().minus(Duration.ofMinutes(20)));
        assertThat(old.type()).endsWith("#InvalidSignatureException");
        assertThat(old.body().path("message").asText()).startsWith("Signature expired");
        Answer future = send("ListTables", body, body, Instant.now().plus(Duration.ofMinutes(20)));
        assertThat(future.body().path("message").asText()).startsWith("Signature not yet current");
        Answer fine = send("ListTables", body, body, Instant.now().minus(Duration.ofMinutes(5)));
        assertThat(fine.status()).isEqualTo(200);
        assertThat(fine.body().path("TableNames").toString()).isEqualTo("[\"things\"]");
    }
}
