package dev.tidemark.engine;

import static dev.tidemark.engine.Fixtures.item;
import static dev.tidemark.engine.Fixtures.n;
import static dev.tidemark.engine.Fixtures.rangeTable;
import static dev.tidemark.engine.Fixtures.s;
import static dev.tidemark.engine.Fixtures.scanAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.engine.model.ReturnValue;
import dev.tidemark.engine.model.ReturnValuesOnConditionCheckFailure;
import dev.tidemark.engine.model.ScalarAttributeType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** PutItem, GetItem, UpdateItem, DeleteItem (reference 3.1–3.7, 1.8). */
class ItemOperationsTest {
    private static final String T = "items";
    private Database db;

    @BeforeEach
    void open() {
        db = Database.openTemporary();
        rangeTable(db, T, "pk", ScalarAttributeType.S, "sk", ScalarAttributeType.N);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static Map<String, AttributeValue> key(String pk, long sk) {
        return item("pk", s(pk), "sk", n(sk));
    }

    private Map<String, AttributeValue> get(Map<String, AttributeValue> key) {
        return db.getItem(g -> g.tableName(T).key(key)).item();
    }

    private void put(Map<String, AttributeValue> it) {
        db.putItem(p -> p.tableName(T).item(it));
    }

    @Test
    @DisplayName("3.2 PutItem fully replaces an existing item (no merge)")
    void putReplaces() {
        put(item("pk", s("a"), "sk", n(1), "x", s("old"), "y", n(1)));
        put(item("pk", s("a"), "sk", n(1), "z", s("new")));
        assertThat(get(key("a", 1))).isEqualTo(item("pk", s("a"), "sk", n(1), "z", s("new")));
    }

    @Test
    @DisplayName("3.2 PutItem ReturnValues ALL_OLD returns the replaced item, nothing when there was none")
    void putAllOld() {
        PutItemResult first = db.putItem(p -> p.tableName(T).item(item("pk", s("a"), "sk", n(1), "v", n(1)))
            .returnValues(ReturnValue.ALL_OLD));
        assertThat(first.attributes()).isNull();
        PutItemResult second = db.putItem(p -> p.tableName(T).item(item("pk", s("a"), "sk", n(1), "v", n(2)))
            .returnValues(ReturnValue.ALL_OLD));
        assertThat(second.attributes()).isEqualTo(item("pk", s("a"), "sk", n(1), "v", n(1)));
        PutItemResult none = db.putItem(p -> p.tableName(T).item(item("pk", s("a"), "sk", n(1), "v", n(3)))
            .returnValues(ReturnValue.NONE));
        assertThat(none.attributes()).isNull();
    }

    @Test
    @DisplayName("3.2/3.5 PutItem and DeleteItem: ReturnValues can only be ALL_OLD or NONE; nothing is written")
    void putDeleteReturnValuesRestricted() {
        put(item("pk", s("a"), "sk", n(1), "v", n(1)));
        for (ReturnValue rv : List.of(ReturnValue.ALL_NEW, ReturnValue.UPDATED_OLD, ReturnValue.UPDATED_NEW)) {
            assertThatThrownBy(() -> db.putItem(p -> p.tableName(T).item(item("pk", s("b"), "sk", n(1))).returnValues(rv)))
                .isInstanceOf(ValidationException.class).hasMessage("ReturnValues can only be ALL_OLD or NONE");
            assertThatThrownBy(() -> db.deleteItem(p -> p.tableName(T).key(key("a", 1)).returnValues(rv)))
                .isInstanceOf(ValidationException.class).hasMessage("ReturnValues can only be ALL_OLD or NONE");
        }
        assertThat(scanAll(db, T)).containsExactly(item("pk", s("a"), "sk", n(1), "v", n(1)));
    }

    @Test
    @DisplayName("3.2 attribute_not_exists(pk) is create-only-if-absent; failure changes nothing")
    void createIfAbsent() {
        db.putItem(p -> p.tableName(T).item(item("pk", s("a"), "sk", n(1), "v", s("first")))
            .conditionExpression("attribute_not_exists(pk)"));
        ConditionalCheckFailedException e = catchThrowableOfType(ConditionalCheckFailedException.class,
            () -> db.putItem(p -> p.tableName(T).item(item("pk", s("a"), "sk", n(1), "v", s("second")))
                .conditionExpression("attribute_not_exists(pk)")));
        assertThat(e).hasMessage("The conditional request failed");
        assertThat(e.item()).isEmpty();
        assertThat(get(key("a", 1))).containsEntry("v", s("first"));
        // a different sort key is a different item, so the idiom lets it through
        db.putItem(p -> p.tableName(T).item(item("pk", s("a"), "sk", n(2), "v", s("other")))
            .conditionExpression("attribute_not_exists(pk)"));
        assertThat(scanAll(db, T)).hasSize(2);
    }

    @Test
    @DisplayName("3.7 ReturnValuesOnConditionCheckFailure ALL_OLD puts the current item on the exception (Put, Update, Delete)")
    void allOldOnConditionFailure() {
        Map<String, AttributeValue> current = item("pk", s("a"), "sk", n(1), "v", n(5));
        put(current);
        Map<String, AttributeValue> values = Map.of(":v", n(6));
        ConditionalCheckFailedException p = catchThrowableOfType(ConditionalCheckFailedException.class,
            () -> db.putItem(r -> r.tableName(T).item(item("pk", s("a"), "sk", n(1)))
                .conditionExpression("v = :v").expressionAttributeValues(values)
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)));
        assertThat(p.item()).contains(current);
        ConditionalCheckFailedException u = catchThrowableOfType(ConditionalCheckFailedException.class,
            () -> db.updateItem(r -> r.tableName(T).key(key("a", 1)).updateExpression("SET w = :v")
                .conditionExpression("v = :v").expressionAttributeValues(values)
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)));
        assertThat(u.item()).contains(current);
        ConditionalCheckFailedException d = catchThrowableOfType(ConditionalCheckFailedException.class,
            () -> db.deleteItem(r -> r.tableName(T).key(key("a", 1))
                .conditionExpression("v = :v").expressionAttributeValues(values)
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)));
        assertThat(d.item()).contains(current);
        ConditionalCheckFailedException none = catchThrowableOfType(ConditionalCheckFailedException.class,
            () -> db.deleteItem(r -> r.tableName(T).key(key("a", 1))
                .conditionExpression("v = :v").expressionAttributeValues(values)));
        assertThat(none.item()).isEmpty();
        ConditionalCheckFailedException missing = catchThrowableOfType(ConditionalCheckFailedException.class,
            () -> db.deleteItem(r -> r.tableName(T).key(key("zz", 1)).conditionExpression("attribute_exists(pk)")
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)));
        assertThat(missing.item()).isEmpty();
        assertThat(scanAll(db, T)).containsExactly(current);
    }

    @Test
    @DisplayName("3.3 GetItem of a missing item has no item (not an empty map)")
    void getMissing() {
        GetItemResult r = db.getItem(g -> g.tableName(T).key(key("none", 1)));
        assertThat(r.hasItem()).isFalse();
        assertThat(r.item()).isNull();
        GetItemResult projected = db.getItem(g -> g.tableName(T).key(key("none", 1)).projectionExpression("v"));
        assertThat(projected.hasItem()).isFalse();
    }

    @Test
    @DisplayName("3.3/4.10 GetItem projection keeps nesting; keys only if listed; no match on an existing item gives {}")
    void getProjection() {
        put(item("pk", s("a"), "sk", n(1), "a", AttributeValue.fromM(Map.of(
            "b", AttributeValue.fromL(s("x"), s("y")), "c", n(3))), "top", s("t")));
        Map<String, AttributeValue> got = db.getItem(g -> g.tableName(T).key(key("a", 1))
            .projectionExpression("a.b[1], top")).item();
        assertThat(got).isEqualTo(item("a", AttributeValue.fromM(Map.of("b", AttributeValue.fromL(s("y")))), "top", s("t")));
        Map<String, AttributeValue> withKey = db.getItem(g -> g.tableName(T).key(key("a", 1))
            .projectionExpression("#p, a.c").expressionAttributeNames(Map.of("#p", "pk"))).item();
        assertThat(withKey).isEqualTo(item("pk", s("a"), "a", AttributeValue.fromM(Map.of("c", n(3)))));
        GetItemResult nothing = db.getItem(g -> g.tableName(T).key(key("a", 1)).projectionExpression("nope, a.zz"));
        assertThat(nothing.hasItem()).isTrue();
        assertThat(nothing.item()).isEmpty();
    }

    @Test
    @DisplayName("3.4 UpdateItem upserts: SET on a missing item creates it with the key")
    void updateUpsert() {
        UpdateItemResult r = db.updateItem(u -> u.tableName(T).key(key("a", 1)).updateExpression("SET v = :v, w = :w")
            .expressionAttributeValues(Map.of(":v", n("1e1"), ":w", s("x"))).returnValues(ReturnValue.ALL_NEW));
        Map<String, AttributeValue> expected = item("pk", s("a"), "sk", n(1), "v", n(10), "w", s("x"));
        assertThat(r.attributes()).isEqualTo(expected);
        assertThat(get(key("a", 1))).isEqualTo(expected);
    }

    @Test
    @DisplayName("3.4 UpdateItem without UpdateExpression creates an item holding just the key, keeps an existing one")
    void updateWithoutExpression() {
        db.updateItem(u -> u.tableName(T).key(key("a", 1)));
        assertThat(get(key("a", 1))).isEqualTo(key("a", 1));
        put(item("pk", s("b"), "sk", n(1), "v", n(1)));
        db.updateItem(u -> u.tableName(T).key(key("b", 1)));
        assertThat(get(key("b", 1))).isEqualTo(item("pk", s("b"), "sk", n(1), "v", n(1)));
    }

    @Test
    @DisplayName("3.4 UpdateItem of only REMOVE / DELETE on a missing item creates nothing; ALL_NEW returns nothing")
    void removeOnlyCreatesNothing() {
        UpdateItemResult r = db.updateItem(u -> u.tableName(T).key(key("a", 1)).updateExpression("REMOVE v, w")
            .returnValues(ReturnValue.ALL_NEW));
        assertThat(r.attributes()).isNull();
        db.updateItem(u -> u.tableName(T).key(key("a", 1)).updateExpression("DELETE ss :s")
            .expressionAttributeValues(Map.of(":s", AttributeValue.fromSs("x"))));
        assertThat(get(key("a", 1))).isNull();
        assertThat(scanAll(db, T)).isEmpty();
    }

    @Test
    @DisplayName("3.4 Empty UpdateExpression is rejected: The expression can not be empty")
    void emptyUpdateExpression() {
        assertThatThrownBy(() -> db.updateItem(u -> u.tableName(T).key(key("a", 1)).updateExpression("")))
            .isInstanceOf(ValidationException.class)
            .hasMessageContaining("Invalid UpdateExpression: The expression can not be empty;");
        assertThat(scanAll(db, T)).isEmpty();
    }

    @Test
    @DisplayName("3.4 UpdateItem condition is evaluated against the old item; a missing item has all attributes missing")
    void updateConditionOnOld() {
        assertThatThrownBy(() -> db.updateItem(u -> u.tableName(T).key(key("a", 1)).updateExpression("SET v = :one")
            .conditionExpression("attribute_exists(v)").expressionAttributeValues(Map.of(":one", n(1)))))
            .isInstanceOf(ConditionalCheckFailedException.class);
        assertThat(scanAll(db, T)).isEmpty();
        db.updateItem(u -> u.tableName(T).key(key("a", 1)).updateExpression("SET v = :one")
            .conditionExpression("attribute_not_exists(v)").expressionAttributeValues(Map.of(":one", n(1))));
        db.updateItem(u -> u.tableName(T).key(key("a", 1)).updateExpression("SET v = v + :one")
            .conditionExpression("v = :one").expressionAttributeValues(Map.of(":one", n(1))));
        assertThat(get(key("a", 1))).containsEntry("v", n(2));
    }

    @Test
    @DisplayName("3.6 ReturnValues ALL_OLD / ALL_NEW on UpdateItem return whole items; ALL_OLD nothing if absent before")
    void updateAllOldAllNew() {
        UpdateItemResult created = db.updateItem(u -> u.tableName(T).key(key("a", 1)).updateExpression("SET v = :v")
            .expressionAttributeValues(Map.of(":v", n(1))).returnValues(ReturnValue.ALL_OLD));
        assertThat(created.attributes()).isNull();
        UpdateItemResult old = db.updateItem(u -> u.tableName(T).key(key("a", 1)).updateExpression("SET w = :v")
            .expressionAttributeValues(Map.of(":v", n(2))).returnValues(ReturnValue.ALL_OLD));
        assertThat(old.attributes()).isEqualTo(item("pk", s("a"), "sk", n(1), "v", n(1)));
        UpdateItemResult none = db.updateItem(u -> u.tableName(T).key(key("a", 1)).updateExpression("SET w = :v")
            .expressionAttributeValues(Map.of(":v", n(3))));
        assertThat(none.attributes()).isNull();
    }

    @Test
    @DisplayName("3.6 UPDATED_OLD returns old values of touched attributes that existed; new attributes omitted")
    void updatedOld() {
        put(item("pk", s("a"), "sk", n(1), "x", n(1), "y", s("keep"), "z", s("gone"), "same", n(7)));
        UpdateItemResult r = db.updateItem(u -> u.tableName(T).key(key("a", 1))
            .updateExpression("SET x = :two, fresh = :two, same = :seven REMOVE z")
            .expressionAttributeValues(Map.of(":two", n(2), ":seven", n(7))).returnValues(ReturnValue.UPDATED_OLD));
        assertThat(r.attributes()).isEqualTo(item("x", n(1), "z", s("gone"), "same", n(7)));
    }

    @Test
    @DisplayName("3.6 UPDATED_NEW returns new values of set/added attributes; removed ones and keys omitted")
    void updatedNew() {
        put(item("pk", s("a"), "sk", n(1), "x", n(1), "z", s("gone"), "c", n(10)));
        UpdateItemResult r = db.updateItem(u -> u.tableName(T).key(key("a", 1))
            .updateExpression("SET x = :two, fresh = :s REMOVE z ADD c :two")
            .expressionAttributeValues(Map.of(":two", n(2), ":s", s("new"))).returnValues(ReturnValue.UPDATED_NEW));
        assertThat(r.attributes()).isEqualTo(item("x", n(2), "fresh", s("new"), "c", n(12)));
        UpdateItemResult created = db.updateItem(u -> u.tableName(T).key(key("b", 1))
            .updateExpression("SET v = :two").expressionAttributeValues(Map.of(":two", n(2)))
            .returnValues(ReturnValue.UPDATED_NEW));
        assertThat(created.attributes()).isEqualTo(item("v", n(2)));
    }

    @Test
    @DisplayName("3.6 Nested SET targets return only the nested path inside its parents")
    void updatedNested() {
        put(item("pk", s("a"), "sk", n(1), "a", AttributeValue.fromM(Map.of("b", n(1), "other", n(9)))));
        UpdateItemResult newer = db.updateItem(u -> u.tableName(T).key(key("a", 1)).updateExpression("SET a.b = :v")
            .expressionAttributeValues(Map.of(":v", n(2))).returnValues(ReturnValue.UPDATED_NEW));
        assertThat(newer.attributes()).isEqualTo(item("a", AttributeValue.fromM(Map.of("b", n(2)))));
        UpdateItemResult older = db.updateItem(u -> u.tableName(T).key(key("a", 1)).updateExpression("SET a.b = :v")
            .expressionAttributeValues(Map.of(":v", n(3))).returnValues(ReturnValue.UPDATED_OLD));
        assertThat(older.attributes()).isEqualTo(item("a", AttributeValue.fromM(Map.of("b", n(2)))));
    }

    @Test
    @DisplayName("1.8 UpdateItem cannot modify key attributes")
    void cannotUpdateKey() {
        put(item("pk", s("a"), "sk", n(1)));
        assertThatThrownBy(() -> db.updateItem(u -> u.tableName(T).key(key("a", 1)).updateExpression("SET pk = :v")
            .expressionAttributeValues(Map.of(":v", s("b")))))
            .isInstanceOf(ValidationException.class)
            .hasMessageContaining("Cannot update attribute pk. This attribute is part of the key");
        assertThatThrownBy(() -> db.updateItem(u -> u.tableName(T).key(key("a", 1)).updateExpression("REMOVE sk")))
            .isInstanceOf(ValidationException.class).hasMessageContaining("This attribute is part of the key");
        assertThat(scanAll(db, T)).containsExactly(item("pk", s("a"), "sk", n(1)));
    }

    @Test
    @DisplayName("1.6 UpdateItem growing an item past 400 KB is rejected and leaves it unchanged")
    void updateItemTooBig() {
        put(item("pk", s("a"), "sk", n(1), "d", s("x".repeat(300_000))));
        assertThatThrownBy(() -> db.updateItem(u -> u.tableName(T).key(key("a", 1)).updateExpression("SET e = :v")
            .expressionAttributeValues(Map.of(":v", s("y".repeat(200_000))))))
            .isInstanceOf(ValidationException.class)
            .hasMessageContaining("Item size to update has exceeded the maximum allowed size");
        assertThat(get(key("a", 1))).doesNotContainKey("e");
    }

    @Test
    @DisplayName("3.5 DeleteItem is idempotent: a missing item succeeds with no attributes; ALL_OLD returns the deleted item")
    void deleteIdempotent() {
        DeleteItemResult missing = db.deleteItem(d -> d.tableName(T).key(key("a", 1)).returnValues(ReturnValue.ALL_OLD));
        assertThat(missing.attributes()).isNull();
        put(item("pk", s("a"), "sk", n(1), "v", n(1)));
        DeleteItemResult del = db.deleteItem(d -> d.tableName(T).key(key("a", 1)).returnValues(ReturnValue.ALL_OLD));
        assertThat(del.attributes()).isEqualTo(item("pk", s("a"), "sk", n(1), "v", n(1)));
        DeleteItemResult again = db.deleteItem(d -> d.tableName(T).key(key("a", 1)));
        assertThat(again.attributes()).isNull();
        assertThat(scanAll(db, T)).isEmpty();
    }

    @Test
    @DisplayName("3.5 DeleteItem with a condition deletes only when it holds")
    void deleteConditional() {
        put(item("pk", s("a"), "sk", n(1), "v", n(1)));
        assertThatThrownBy(() -> db.deleteItem(d -> d.tableName(T).key(key("a", 1)).conditionExpression("v > :v")
            .expressionAttributeValues(Map.of(":v", n(1))))).isInstanceOf(ConditionalCheckFailedException.class);
        assertThat(get(key("a", 1))).isNotNull();
        db.deleteItem(d -> d.tableName(T).key(key("a", 1)).conditionExpression("v = :v")
            .expressionAttributeValues(Map.of(":v", n("1.0"))));
        assertThat(get(key("a", 1))).isNull();
    }

    @Test
    @DisplayName("3.1 ExpressionAttributeNames/Values without an expression are rejected; empty maps rejected")
    void placeholdersWithoutExpression() {
        assertThatThrownBy(() -> db.putItem(p -> p.tableName(T).item(key("a", 1)).expressionAttributeNames(Map.of("#a", "a"))))
            .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> db.putItem(p -> p.tableName(T).item(key("a", 1)).expressionAttributeValues(Map.of(":a", n(1)))))
            .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> db.putItem(p -> p.tableName(T).item(key("a", 1)).conditionExpression("attribute_not_exists(pk)")
            .expressionAttributeNames(Map.of()))).isInstanceOf(ValidationException.class)
            .hasMessageContaining("ExpressionAttributeNames must not be empty");
        assertThatThrownBy(() -> db.putItem(p -> p.tableName(T).item(key("a", 1)).conditionExpression("attribute_not_exists(pk)")
            .expressionAttributeValues(Map.of()))).isInstanceOf(ValidationException.class)
            .hasMessageContaining("ExpressionAttributeValues must not be empty");
        assertThat(scanAll(db, T)).isEmpty();
    }

    @Test
    @DisplayName("1.2 Conditions compare numbers by value (1e3 = 1000)")
    void conditionNumberByValue() {
        put(item("pk", s("a"), "sk", n(1), "v", n("1000")));
        db.putItem(p -> p.tableName(T).item(item("pk", s("a"), "sk", n(1), "v", n(2)))
            .conditionExpression("v = :v").expressionAttributeValues(Map.of(":v", n("1e3"))));
        assertThat(get(key("a", 1))).containsEntry("v", n(2));
    }
}
