package dev.tidemark.engine;

import static dev.tidemark.engine.Fixtures.item;
import static dev.tidemark.engine.Fixtures.n;
import static dev.tidemark.engine.Fixtures.rangeTable;
import static dev.tidemark.engine.Fixtures.s;
import static dev.tidemark.engine.Fixtures.scanAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.engine.model.ScalarAttributeType;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Invalid requests (reference 5: ValidationException "changes nothing"): each is rejected with the
 * typed exception, and a full scan before and after shows the table unchanged.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest {
    private static final String T = "bad";
    private Database db;

    @BeforeAll
    void open() {
        db = Database.openTemporary();
        rangeTable(db, T, "pk", ScalarAttributeType.S, "sk", ScalarAttributeType.N);
        for (int i = 0; i < 5; i++) {
            int sk = i;
            db.putItem(p -> p.tableName(T).item(item("pk", s("a"), "sk", n(sk), "v", n(sk), "m",
                AttributeValue.fromM(Map.of("x", n(1))), "ss", AttributeValue.fromSs("q"))));
        }
    }

    @AfterAll
    void close() {
        db.close();
    }

    private void rejected(ThrowingCallable call, Class<? extends TidemarkException> type, String message) {
        List<Map<String, AttributeValue>> before = scanAll(db, T);
        assertThatThrownBy(call).isInstanceOf(type).hasMessageContaining(message);
        assertThat(scanAll(db, T)).isEqualTo(before);
    }

    private static Map<String, AttributeValue> key(long sk) {
        return item("pk", s("a"), "sk", n(sk));
    }

    private static AttributeValue deep(int levels) {
        AttributeValue v = s("leaf");
        for (int i = 0; i < levels; i++) {
            v = AttributeValue.fromL(v);
        }
        return v;
    }

    @Test
    @DisplayName("1.6/5 Oversize items are rejected on PutItem and UpdateItem; table unchanged")
    void oversizeItems() {
        rejected(() -> db.putItem(p -> p.tableName(T).item(item("pk", s("a"), "sk", n(0), "d", s("x".repeat(409_600))))),
            ValidationException.class, "Item size has exceeded the maximum allowed size");
        rejected(() -> db.updateItem(u -> u.tableName(T).key(key(1)).updateExpression("SET d = :d")
                .expressionAttributeValues(Map.of(":d", s("x".repeat(409_600))))),
            ValidationException.class, "Item size to update has exceeded the maximum allowed size");
    }

    @Test
    @DisplayName("1.8/5 Oversize keys are rejected on every operation; table unchanged")
    void oversizeKeys() {
        String bigHash = "h".repeat(2049);
        rejected(() -> db.putItem(p -> p.tableName(T).item(item("pk", s(bigHash), "sk", n(0)))),
            ValidationException.class, "Size of hashkey has exceeded the maximum size limit of2048 bytes");
        rejected(() -> db.updateItem(u -> u.tableName(T).key(item("pk", s(bigHash), "sk", n(0)))),
            ValidationException.class, "2048 bytes");
        rejected(() -> db.deleteItem(u -> u.tableName(T).key(item("pk", s(bigHash), "sk", n(0)))),
            ValidationException.class, "2048 bytes");
    }

    @Test
    @DisplayName("1.2/5 39-digit numbers are rejected in items, update values and key values; table unchanged")
    void thirtyNineDigits() {
        String d39 = "123456789012345678901234567890123456789";
        rejected(() -> db.putItem(p -> p.tableName(T).item(item("pk", s("a"), "sk", n(0), "v", n(d39)))),
            ValidationException.class, "Attempting to store more than 38 significant digits in a Number");
        rejected(() -> db.updateItem(u -> u.tableName(T).key(key(0)).updateExpression("SET v = :v")
                .expressionAttributeValues(Map.of(":v", n(d39)))),
            ValidationException.class, "38 significant digits");
        rejected(() -> db.deleteItem(u -> u.tableName(T).key(item("pk", s("a"), "sk", n(d39)))),
            ValidationException.class, "38 significant digits");
        rejected(() -> db.updateItem(u -> u.tableName(T).key(key(0)).updateExpression("SET v = :big + :one")
                .expressionAttributeValues(Map.of(":big", n("1e50"), ":one", n(1)))),
            ValidationException.class, "Number overflow");
    }

    @Test
    @DisplayName("4.3/5 Undefined and unused placeholders are rejected; table unchanged")
    void invalidPlaceholders() {
        rejected(() -> db.updateItem(u -> u.tableName(T).key(key(0)).updateExpression("SET v = :missing")
                .expressionAttributeValues(Map.of(":other", n(1)))),
            ValidationException.class, "");
        rejected(() -> db.updateItem(u -> u.tableName(T).key(key(0)).updateExpression("SET #x = :v")
                .expressionAttributeValues(Map.of(":v", n(1)))),
            ValidationException.class, "An expression attribute name used in the document path is not defined; attribute name: #x");
        rejected(() -> db.updateItem(u -> u.tableName(T).key(key(0)).updateExpression("SET v = :v")
                .expressionAttributeValues(Map.of(":v", n(1), ":unused", n(2)))),
            ValidationException.class, "Value provided in ExpressionAttributeValues unused in expressions: keys: {:unused}");
        rejected(() -> db.putItem(p -> p.tableName(T).item(item("pk", s("a"), "sk", n(0))).conditionExpression("attribute_exists(v)")
                .expressionAttributeNames(Map.of("#b", "b"))),
            ValidationException.class, "Value provided in ExpressionAttributeNames unused in expressions: keys: {#b}");
        rejected(() -> db.putItem(p -> p.tableName(T).item(item("pk", s("a"), "sk", n(0))).conditionExpression("v = :bad")
                .expressionAttributeValues(Map.of(":bad", n("dog")))),
            ValidationException.class, "numeric");
    }

    @Test
    @DisplayName("1.5/5 Too deep nesting in items and document paths is rejected; table unchanged")
    void deepNesting() {
        rejected(() -> db.putItem(p -> p.tableName(T).item(item("pk", s("a"), "sk", n(0), "d", deep(33)))),
            ValidationException.class, "");
        rejected(() -> db.updateItem(u -> u.tableName(T).key(key(0)).updateExpression("SET d = :d")
                .expressionAttributeValues(Map.of(":d", deep(33)))),
            ValidationException.class, "");
        String path = "m" + ".x".repeat(32);
        rejected(() -> db.updateItem(u -> u.tableName(T).key(key(0)).updateExpression("REMOVE " + path)),
            ValidationException.class, "The document path has too many nesting levels; nesting levels: 33");
    }

    @Test
    @DisplayName("4.1/5 Malformed expressions are ValidationExceptions; table unchanged")
    void malformedExpressions() {
        rejected(() -> db.updateItem(u -> u.tableName(T).key(key(0)).updateExpression("SET v =")),
            ValidationException.class, "Invalid UpdateExpression: Syntax error");
        rejected(() -> db.updateItem(u -> u.tableName(T).key(key(0)).updateExpression("SET v = :v")
                .conditionExpression("attribute_exists(v) AND").expressionAttributeValues(Map.of(":v", n(1)))),
            ValidationException.class, "Invalid ConditionExpression");
        rejected(() -> db.putItem(p -> p.tableName(T).item(key(0)).conditionExpression("nosuchfn(v)")),
            ValidationException.class, "Invalid function name; function: nosuchfn");
        rejected(() -> db.updateItem(u -> u.tableName(T).key(key(0)).updateExpression("SET size = :v")
                .expressionAttributeValues(Map.of(":v", n(1)))),
            ValidationException.class, "Attribute name is a reserved keyword; reserved keyword: size");
        rejected(() -> db.updateItem(u -> u.tableName(T).key(key(0)).updateExpression("SET v = :v, v = :v")
                .expressionAttributeValues(Map.of(":v", n(1)))),
            ValidationException.class, "Two document paths overlap with each other");
        rejected(() -> db.updateItem(u -> u.tableName(T).key(key(0)).updateExpression("ADD m :v")
                .expressionAttributeValues(Map.of(":v", n(1)))),
            ValidationException.class, "");
        rejected(() -> db.updateItem(u -> u.tableName(T).key(key(0)).updateExpression("SET nope.x = :v")
                .expressionAttributeValues(Map.of(":v", n(1)))),
            ValidationException.class, "The document path provided in the update expression is invalid for update");
        rejected(() -> db.query(q -> q.tableName(T).keyConditionExpression("pk = :p OR sk = :s")
                .expressionAttributeValues(Map.of(":p", s("a"), ":s", n(1)))),
            ValidationException.class, "");
        rejected(() -> db.scan(q -> q.tableName(T).filterExpression("v")),
            ValidationException.class, "Invalid FilterExpression");
        rejected(() -> db.getItem(g -> g.tableName(T).key(key(0)).projectionExpression("v,")),
            ValidationException.class, "Invalid ProjectionExpression");
    }

    @Test
    @DisplayName("1.8/5 Wrong key types are rejected on every operation; table unchanged")
    void wrongKeyTypes() {
        Map<String, AttributeValue> wrong = item("pk", s("a"), "sk", s("0"));
        rejected(() -> db.putItem(p -> p.tableName(T).item(wrong)),
            ValidationException.class, "One or more parameter values were invalid: Type mismatch for key sk expected: N actual: S");
        rejected(() -> db.updateItem(u -> u.tableName(T).key(wrong)), ValidationException.class,
            "The provided key element does not match the schema");
        rejected(() -> db.deleteItem(u -> u.tableName(T).key(wrong)), ValidationException.class,
            "The provided key element does not match the schema");
        rejected(() -> db.getItem(u -> u.tableName(T).key(wrong)), ValidationException.class,
            "The provided key element does not match the schema");
        rejected(() -> db.query(q -> q.tableName(T).keyConditionExpression("pk = :p AND sk > :s")
                .expressionAttributeValues(Map.of(":p", s("a"), ":s", s("1")))),
            ValidationException.class, "");
        rejected(() -> db.putItem(p -> p.tableName(T).item(item("pk", AttributeValue.fromSs("a"), "sk", n(0)))),
            ValidationException.class, "Type mismatch for key pk");
    }

    @Test
    @DisplayName("1.4/5 Empty sets anywhere (item, update value) are rejected; table unchanged")
    void emptySets() {
        rejected(() -> db.putItem(p -> p.tableName(T).item(item("pk", s("a"), "sk", n(0), "e", AttributeValue.fromNs(List.of())))),
            ValidationException.class, "An number set  may not be empty");
        rejected(() -> db.updateItem(u -> u.tableName(T).key(key(0)).updateExpression("ADD ss :e")
                .expressionAttributeValues(Map.of(":e", AttributeValue.fromSs(List.of())))),
            ValidationException.class, "An string set  may not be empty");
    }
}
