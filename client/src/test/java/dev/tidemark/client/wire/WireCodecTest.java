package dev.tidemark.client.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tidemark.client.TidemarkRemoteException;
import dev.tidemark.engine.ConditionalCheckFailedException;
import dev.tidemark.engine.CreateTableRequest;
import dev.tidemark.engine.DescribeTableResult;
import dev.tidemark.engine.QueryResult;
import dev.tidemark.engine.TidemarkException;
import dev.tidemark.engine.TransactWriteItemsRequest;
import dev.tidemark.engine.TransactionCanceledException;
import dev.tidemark.engine.ValidationException;
import dev.tidemark.engine.model.AttributeDefinition;
import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.engine.model.BillingMode;
import dev.tidemark.engine.model.CancellationReason;
import dev.tidemark.engine.model.GlobalSecondaryIndex;
import dev.tidemark.engine.model.KeySchemaElement;
import dev.tidemark.engine.model.KeyType;
import dev.tidemark.engine.model.Projection;
import dev.tidemark.engine.model.ProjectionType;
import dev.tidemark.engine.model.Put;
import dev.tidemark.engine.model.ReturnValuesOnConditionCheckFailure;
import dev.tidemark.engine.model.ScalarAttributeType;
import dev.tidemark.engine.model.TableDescription;
import dev.tidemark.engine.model.TableStatus;
import dev.tidemark.engine.model.TransactWriteItem;
import dev.tidemark.engine.model.Update;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The wire format: shapes survive a trip through JSON text; malformed JSON gets DynamoDB's error names. */
class WireCodecTest {

    static JsonNode text(Object o) throws Exception {
        return WireCodec.JSON.readTree(WireCodec.JSON.writeValueAsString(o));
    }

    static AttributeValue random(Random r, int depth) {
        int kind = r.nextInt(depth > 0 ? 10 : 8);
        switch (kind) {
            case 0: return AttributeValue.fromS(word(r));
            case 1: return AttributeValue.fromN(Long.toString(r.nextLong()));
            case 2: {
                byte[] b = new byte[r.nextInt(6)];
                r.nextBytes(b);
                return AttributeValue.fromB(b);
            }
            case 3: return AttributeValue.fromBool(r.nextBoolean());
            case 4: return AttributeValue.nul();
            case 5: {
                Set<String> ss = new LinkedHashSet<>();
                for (int i = 0, n = 1 + r.nextInt(3); i < n; i++) {
                    ss.add(word(r));
                }
                return AttributeValue.fromSs(ss);
            }
            case 6: {
                Set<String> ns = new LinkedHashSet<>();
                for (int i = 0, n = 1 + r.nextInt(3); i < n; i++) {
                    ns.add(Integer.toString(r.nextInt(1000)));
                }
                return AttributeValue.fromNs(ns);
            }
            case 7: {
                List<byte[]> bs = new ArrayList<>();
                for (int i = 0, n = 1 + r.nextInt(3); i < n; i++) {
                    bs.add(new byte[] {(byte) i, (byte) r.nextInt()});
                }
                return AttributeValue.fromBs(bs);
            }
            case 8: {
                Map<String, AttributeValue> m = new LinkedHashMap<>();
                for (int i = 0, n = r.nextInt(4); i < n; i++) {
                    m.put(word(r), random(r, depth - 1));
                }
                return AttributeValue.fromM(m);
            }
            default: {
                List<AttributeValue> l = new ArrayList<>();
                for (int i = 0, n = r.nextInt(4); i < n; i++) {
                    l.add(random(r, depth - 1));
                }
                return AttributeValue.fromL(l);
            }
        }
    }

    static String word(Random r) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0, n = 1 + r.nextInt(6); i < n; i++) {
            sb.append((char) (r.nextBoolean() ? 'a' + r.nextInt(26) : 0x3b1 + r.nextInt(20)));
        }
        return sb.toString();
    }

    @Test
    void attributeValuesSurviveJsonText() {
        qt().forAll(longs().all()).checkAssert(seed -> {
            AttributeValue v = random(new Random(seed), 3);
            try {
                assertThat(WireCodec.readAttributeValue(text(WireCodec.attributeValue(v)), "v")).isEqualTo(v);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void requestsAndResultsSurviveJsonText() throws Exception {
        CreateTableRequest create = CreateTableRequest.builder().tableName("orders")
                .keySchema(List.of(KeySchemaElement.builder().attributeName("c").keyType(KeyType.HASH).build()))
                .attributeDefinitions(List.of(AttributeDefinition.builder().attributeName("c")
                        .attributeType(ScalarAttributeType.S).build()))
                .globalSecondaryIndexes(List.of(GlobalSecondaryIndex.builder().indexName("g")
                        .keySchema(List.of(KeySchemaElement.builder().attributeName("c").keyType(KeyType.HASH).build()))
                        .projection(Projection.builder().projectionType(ProjectionType.INCLUDE)
                                .nonKeyAttributes(List.of("x", "y")).build()).build()))
                .billingMode(BillingMode.PAY_PER_REQUEST).build();
        JsonNode json = text(WireCodec.write(create));
        assertThat(json.path("KeySchema").get(0).path("KeyType").asText()).isEqualTo("HASH");
        assertThat(json.path("GlobalSecondaryIndexes").get(0).path("Projection").path("NonKeyAttributes").size()).isEqualTo(2);
        assertThat(WireCodec.read(json, CreateTableRequest.class)).isEqualTo(create);

        TransactWriteItemsRequest tx = TransactWriteItemsRequest.builder().clientRequestToken("tok").transactItems(List.of(
                TransactWriteItem.builder().put(Put.builder().tableName("t").item(Map.of("k", AttributeValue.fromS("a")))
                        .conditionExpression("attribute_not_exists(k)")
                        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD).build()).build(),
                TransactWriteItem.builder().update(Update.builder().tableName("t").key(Map.of("k", AttributeValue.fromS("b")))
                        .updateExpression("ADD n :one").expressionAttributeValues(Map.of(":one", AttributeValue.fromN(1)))
                        .build()).build())).build();
        assertThat(WireCodec.read(text(WireCodec.write(tx)), TransactWriteItemsRequest.class)).isEqualTo(tx);

        Instant created = Instant.ofEpochSecond(1_700_000_000L, 123_000_000L);
        DescribeTableResult d = DescribeTableResult.builder().table(TableDescription.builder().tableName("t")
                .tableStatus(TableStatus.ACTIVE).creationDateTime(created).itemCount(3L).build()).build();
        JsonNode dj = text(WireCodec.write(d));
        assertThat(dj.path("Table").path("CreationDateTime").decimalValue()).isEqualByComparingTo("1700000000.123");
        assertThat(WireCodec.read(dj, DescribeTableResult.class)).isEqualTo(d);

        QueryResult q = QueryResult.builder().items(List.of(Map.of("k", AttributeValue.fromS("a")))).count(1).scannedCount(4)
                .build();
        JsonNode qj = text(WireCodec.write(q));
        assertThat(qj.path("ScannedCount").asInt()).isEqualTo(4);
        assertThat(qj.has("LastEvaluatedKey")).isFalse();
        assertThat(WireCodec.read(qj, QueryResult.class)).isEqualTo(q);
    }

    @Test
    void wrongJsonTypesAreSerializationExceptions() throws Exception {
        assertThatThrownBy(() -> WireCodec.read(WireCodec.JSON.readTree("{\"TableName\": 5}"), CreateTableRequest.class))
                .isInstanceOfSatisfying(TidemarkRemoteException.class,
                        e -> assertThat(e.errorName()).isEqualTo("SerializationException"));
        assertThatThrownBy(() -> WireCodec.readAttributeValue(WireCodec.JSON.readTree("{\"N\": 3}"), "v"))
                .isInstanceOfSatisfying(TidemarkRemoteException.class,
                        e -> assertThat(e.errorName()).isEqualTo("SerializationException"));
        assertThatThrownBy(() -> WireCodec.readAttributeValue(WireCodec.JSON.readTree("{\"SS\": [\"a\", 1]}"), "v"))
                .isInstanceOf(TidemarkRemoteException.class);
        assertThatThrownBy(() -> WireCodec.readAttributeValue(WireCodec.JSON.readTree("{\"NULL\": false}"), "v"))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> WireCodec.read(WireCodec.JSON.readTree("{\"TableName\":\"t\",\"SSESpecification\":"
                + "{\"Enabled\":true}}"), CreateTableRequest.class))
                .isInstanceOf(ValidationException.class).hasMessageContaining("SSESpecification");
        CreateTableRequest withStream = WireCodec.read(WireCodec.JSON.readTree("{\"TableName\":\"t\",\"StreamSpecification\":"
                + "{\"StreamEnabled\":true,\"StreamViewType\":\"NEW_IMAGE\"}}"), CreateTableRequest.class);
        assertThat(withStream.streamSpecification().streamEnabled()).isTrue();
    }

    @Test
    void errorsRoundTripToTheEngineTypes() throws Exception {
        Map<String, AttributeValue> item = Map.of("k", AttributeValue.fromS("a"));
        TidemarkException c = WireErrors.decode(text(WireErrors.body(new ConditionalCheckFailedException(item))), 400);
        assertThat(c).isInstanceOfSatisfying(ConditionalCheckFailedException.class, e -> assertThat(e.item()).contains(item));
        JsonNode cancelled = text(WireErrors.body(new TransactionCanceledException(List.of(
                CancellationReason.builder().code("None").build(),
                CancellationReason.builder().code("ConditionalCheckFailed").message("The conditional request failed")
                        .item(item).build()))));
        assertThat(cancelled.path("__type").asText()).isEqualTo("com.amazonaws.dynamodb.v20120810#TransactionCanceledException");
        assertThat(WireErrors.decode(cancelled, 400)).isInstanceOfSatisfying(TransactionCanceledException.class,
                e -> assertThat(e.cancellationReasons()).extracting(CancellationReason::code)
                        .containsExactly("None", "ConditionalCheckFailed"));
        assertThat(WireErrors.decode(text(WireErrors.body("UnknownOperationException", "no")), 400))
                .isInstanceOfSatisfying(TidemarkRemoteException.class, e -> {
                    assertThat(e.errorName()).isEqualTo("UnknownOperationException");
                    assertThat(e.getMessage()).isEqualTo("no");
                });
        assertThat(WireErrors.status("InternalServerError")).isEqualTo(500);
        assertThat(WireErrors.status("ValidationException")).isEqualTo(400);
    }
}
