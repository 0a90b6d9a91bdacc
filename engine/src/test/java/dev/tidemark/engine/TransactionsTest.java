package dev.tidemark.engine;

import static dev.tidemark.engine.Fixtures.ascii;
import static dev.tidemark.engine.Fixtures.hashTable;
import static dev.tidemark.engine.Fixtures.item;
import static dev.tidemark.engine.Fixtures.n;
import static dev.tidemark.engine.Fixtures.rangeTable;
import static dev.tidemark.engine.Fixtures.s;
import static dev.tidemark.engine.Fixtures.scanAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.engine.model.CancellationReason;
import dev.tidemark.engine.model.ConditionCheck;
import dev.tidemark.engine.model.Delete;
import dev.tidemark.engine.model.Get;
import dev.tidemark.engine.model.ItemResponse;
import dev.tidemark.engine.model.Put;
import dev.tidemark.engine.model.ReturnValuesOnConditionCheckFailure;
import dev.tidemark.engine.model.ScalarAttributeType;
import dev.tidemark.engine.model.TransactGetItem;
import dev.tidemark.engine.model.TransactWriteItem;
import dev.tidemark.engine.model.Update;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TransactWriteItems and TransactGetItems (reference 3.13, 3.14, 3.15, 5). */
class TransactionsTest {
    private static final String CANCELLED = "Transaction cancelled, please refer cancellation reasons for specific reasons ";

    private Database db;

    @BeforeEach
    void open() {
        db = Database.openTemporary();
        hashTable(db, "acct", "id", ScalarAttributeType.S);
        rangeTable(db, "log", "pk", ScalarAttributeType.S, "sk", ScalarAttributeType.N);
    }

    @AfterEach
    void close() {
        db.close();
    }

    // ------------------------------------------------------------------------------ action shorthands

    private static Map<String, AttributeValue> acct(String id) {
        return item("id", s(id));
    }

    private static TransactWriteItem put(String table, Map<String, AttributeValue> it) {
        return TransactWriteItem.builder().put(Put.builder().tableName(table).item(it).build()).build();
    }

    private static TransactWriteItem putIfAbsent(String table, Map<String, AttributeValue> it, boolean allOld) {
        return TransactWriteItem.builder().put(Put.builder().tableName(table).item(it)
            .conditionExpression("attribute_not_exists(id)")
            .returnValuesOnConditionCheckFailure(allOld ? ReturnValuesOnConditionCheckFailure.ALL_OLD : null)
            .build()).build();
    }

    private static TransactWriteItem update(String id, String expr, Map<String, AttributeValue> values) {
        return TransactWriteItem.builder().update(Update.builder().tableName("acct").key(acct(id))
            .updateExpression(expr).expressionAttributeValues(values).build()).build();
    }

    private static TransactWriteItem delete(String id) {
        return TransactWriteItem.builder().delete(Delete.builder().tableName("acct").key(acct(id)).build()).build();
    }

    private static TransactWriteItem check(String id, String condition, Map<String, AttributeValue> values, boolean allOld) {
        return TransactWriteItem.builder().conditionCheck(ConditionCheck.builder().tableName("acct").key(acct(id))
            .conditionExpression(condition).expressionAttributeValues(values)
            .returnValuesOnConditionCheckFailure(allOld ? ReturnValuesOnConditionCheckFailure.ALL_OLD : null)
            .build()).build();
    }

    private static TransactGetItem get(String table, Map<String, AttributeValue> key) {
        return TransactGetItem.builder().get(Get.builder().tableName(table).key(key).build()).build();
    }

    private void write(TransactWriteItem... actions) {
        db.transactWriteItems(r -> r.transactItems(actions));
    }

    private Map<String, AttributeValue> read(String id) {
        return db.getItem(g -> g.tableName("acct").key(acct(id))).item();
    }

    private void seed(String id, long balance) {
        db.putItem(p -> p.tableName("acct").item(item("id", s(id), "bal", n(balance))));
    }

    private TransactionCanceledException cancel(TransactWriteItem... actions) {
        TransactionCanceledException e = catchThrowableOfType(() -> write(actions), TransactionCanceledException.class);
        assertThat(e).as("the transaction must be cancelled").isNotNull();
        return e;
    }

    private static List<String> codes(TransactionCanceledException e) {
        return e.cancellationReasons().stream().map(CancellationReason::code).toList();
    }

    // ------------------------------------------------------------------------------ TransactWriteItems

    @Test
    @DisplayName("3.13 Put, Update, Delete and ConditionCheck in one transaction all take effect, across tables")
    void allFourKinds() {
        seed("a", 10);
        seed("b", 20);
        seed("c", 30);
        write(
            put("acct", item("id", s("new"), "bal", n(5))),
            update("a", "SET bal = bal + :d", Map.of(":d", n(7))),
            delete("b"),
            check("c", "bal = :v", Map.of(":v", n(30)), false),
            put("log", item("pk", s("x"), "sk", n(1), "note", s("moved"))));

        assertThat(read("new")).isEqualTo(item("id", s("new"), "bal", n(5)));
        assertThat(read("a")).isEqualTo(item("id", s("a"), "bal", n(17)));
        assertThat(read("b")).isNull();
        assertThat(read("c")).isEqualTo(item("id", s("c"), "bal", n(30)));
        assertThat(db.getItem(g -> g.tableName("log").key(item("pk", s("x"), "sk", n(1)))).item())
            .containsEntry("note", s("moved"));
    }

    @Test
    @DisplayName("3.13 One failed condition cancels every action: nothing is written, reasons in action order with None for the fine ones")
    void oneFailedConditionCancelsAll() {
        seed("a", 10);
        seed("b", 20);
        seed("c", 30);
        TransactionCanceledException e = cancel(
            put("acct", item("id", s("new"), "bal", n(5))),
            update("a", "SET bal = bal + :d", Map.of(":d", n(7))),
            delete("b"),
            check("c", "bal > :v", Map.of(":v", n(1000)), false));

        assertThat(codes(e)).containsExactly("None", "None", "None", "ConditionalCheckFailed");
        assertThat(e.cancellationReasons().get(3).message()).isEqualTo("The conditional request failed");
        assertThat(e.cancellationReasons().get(0).message()).isNull();
        assertThat(e.getMessage()).isEqualTo(CANCELLED + "[None, None, None, ConditionalCheckFailed]");
        assertThat(read("new")).isNull();
        assertThat(read("a")).isEqualTo(item("id", s("a"), "bal", n(10)));
        assertThat(read("b")).isEqualTo(item("id", s("b"), "bal", n(20)));
        assertThat(read("c")).isEqualTo(item("id", s("c"), "bal", n(30)));
    }

    @Test
    @DisplayName("3.13 Exception message lists the codes: 'Transaction cancelled, please refer cancellation reasons for specific reasons [None, ConditionalCheckFailed]'")
    void messageFormat() {
        seed("a", 1);
        TransactionCanceledException e = cancel(
            put("acct", item("id", s("b"), "bal", n(2))),
            putIfAbsent("acct", item("id", s("a"), "bal", n(3)), false));
        assertThat(e.getMessage())
            .isEqualTo("Transaction cancelled, please refer cancellation reasons for specific reasons [None, ConditionalCheckFailed]");
        assertThat(e.cancellationReasons()).hasSize(2);
        assertThat(read("b")).isNull();
    }

    @Test
    @DisplayName("3.13 Every failed condition is reported (no short-circuit), with ALL_OLD items only where asked")
    void everyFailedConditionReported() {
        seed("a", 10);
        seed("b", 20);
        seed("c", 30);
        TransactionCanceledException e = cancel(
            check("a", "bal > :v", Map.of(":v", n(100)), true),
            put("acct", item("id", s("fresh"), "bal", n(1))),
            putIfAbsent("acct", item("id", s("b"), "bal", n(0)), false),
            check("c", "bal = :v", Map.of(":v", n(30)), true),
            check("missing", "attribute_exists(id)", null, true));

        assertThat(codes(e)).containsExactly("ConditionalCheckFailed", "None",
            "ConditionalCheckFailed", "None", "ConditionalCheckFailed");
        assertThat(e.cancellationReasons().get(0).item()).isEqualTo(item("id", s("a"), "bal", n(10)));
        assertThat(e.cancellationReasons().get(2).item()).as("ALL_OLD not asked").isNull();
        assertThat(e.cancellationReasons().get(3).item()).as("condition held").isNull();
        assertThat(e.cancellationReasons().get(4).item()).as("no current item").isNull();
        assertThat(read("fresh")).isNull();
        assertThat(read("b")).isEqualTo(item("id", s("b"), "bal", n(20)));
    }

    @Test
    @DisplayName("3.13 A failed Update or Delete condition returns the current item with ALL_OLD")
    void allOldOnUpdateAndDelete() {
        seed("a", 10);
        seed("b", 20);
        TransactionCanceledException e = cancel(
            TransactWriteItem.builder().update(Update.builder().tableName("acct").key(acct("a"))
                .updateExpression("SET bal = :z").conditionExpression("bal < :z")
                .expressionAttributeValues(Map.of(":z", n(0)))
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD).build()).build(),
            TransactWriteItem.builder().delete(Delete.builder().tableName("acct").key(acct("b"))
                .conditionExpression("attribute_not_exists(id)")
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD).build()).build());
        assertThat(codes(e)).containsExactly("ConditionalCheckFailed", "ConditionalCheckFailed");
        assertThat(e.cancellationReasons().get(0).item()).isEqualTo(item("id", s("a"), "bal", n(10)));
        assertThat(e.cancellationReasons().get(1).item()).isEqualTo(item("id", s("b"), "bal", n(20)));
        assertThat(read("a")).isEqualTo(item("id", s("a"), "bal", n(10)));
        assertThat(read("b")).isNotNull();
    }

    @Test
    @DisplayName("3.13 An Update action on a missing item creates it from its key")
    void updateCreatesItem() {
        write(update("born", "SET bal = :v, tags = :t", Map.of(":v", n(3), ":t", s("x"))),
            update("counter", "ADD hits :one", Map.of(":one", n(1))));
        assertThat(read("born")).isEqualTo(item("id", s("born"), "bal", n(3), "tags", s("x")));
        assertThat(read("counter")).isEqualTo(item("id", s("counter"), "hits", n(1)));
    }

    @Test
    @DisplayName("3.13 A Delete of a missing item and a ConditionCheck that holds change nothing and do not fail")
    void deleteMissingIsFine() {
        seed("a", 1);
        write(delete("ghost"), check("a", "attribute_exists(id)", null, false));
        assertThat(read("ghost")).isNull();
        assertThat(read("a")).isEqualTo(item("id", s("a"), "bal", n(1)));
    }

    @Test
    @DisplayName("3.13 The same item twice (even as a ConditionCheck) -> ValidationException, nothing written")
    void sameItemTwice() {
        seed("a", 1);
        assertThatThrownBy(() -> write(
            put("acct", item("id", s("x"), "bal", n(1))),
            update("a", "SET bal = :v", Map.of(":v", n(2))),
            check("a", "attribute_exists(id)", null, false)))
            .isExactlyInstanceOf(ValidationException.class)
            .hasMessage("Transaction request cannot include multiple operations on one item");
        assertThatThrownBy(() -> write(
            put("acct", item("id", s("a"), "bal", n(5))),
            delete("a")))
            .isExactlyInstanceOf(ValidationException.class)
            .hasMessage("Transaction request cannot include multiple operations on one item");
        assertThat(read("x")).isNull();
        assertThat(read("a")).isEqualTo(item("id", s("a"), "bal", n(1)));
    }

    @Test
    @DisplayName("3.13 Same key values in two different tables are different items")
    void sameKeyDifferentTables() {
        hashTable(db, "acct2", "id", ScalarAttributeType.S);
        write(put("acct", item("id", s("k"), "bal", n(1))), put("acct2", item("id", s("k"), "bal", n(2))));
        assertThat(read("k")).containsEntry("bal", n(1));
        assertThat(db.getItem(g -> g.tableName("acct2").key(acct("k"))).item()).containsEntry("bal", n(2));
    }

    @Test
    @DisplayName("3.13 0 and 101 actions -> ValidationException; 100 actions are accepted")
    void actionCount() {
        assertThatThrownBy(() -> db.transactWriteItems(r -> r.transactItems(List.of())))
            .isExactlyInstanceOf(ValidationException.class).hasMessageContaining("transactItems");
        List<TransactWriteItem> many = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            many.add(put("acct", item("id", s("k" + i), "bal", n(i))));
        }
        assertThatThrownBy(() -> db.transactWriteItems(r -> r.transactItems(many)))
            .isExactlyInstanceOf(ValidationException.class).hasMessageContaining("100");
        assertThat(read("k0")).isNull();

        db.transactWriteItems(r -> r.transactItems(many.subList(0, 100)));
        assertThat(read("k99")).containsEntry("bal", n(99));
        assertThat(read("k100")).isNull();
    }

    @Test
    @DisplayName("3.13 An action with two operations (or none) -> ValidationException 'TransactItems can only contain one of ...'")
    void oneOperationPerAction() {
        TransactWriteItem two = TransactWriteItem.builder()
            .put(Put.builder().tableName("acct").item(item("id", s("p"))).build())
            .delete(Delete.builder().tableName("acct").key(acct("q")).build()).build();
        assertThatThrownBy(() -> write(put("acct", item("id", s("ok"))), two))
            .isExactlyInstanceOf(ValidationException.class)
            .hasMessage("TransactItems can only contain one of Check, Put, Update or Delete");
        assertThatThrownBy(() -> write(TransactWriteItem.builder().build()))
            .isExactlyInstanceOf(ValidationException.class)
            .hasMessage("TransactItems can only contain one of Check, Put, Update or Delete");
        assertThat(read("ok")).isNull();
        assertThat(read("p")).isNull();
    }

    @Test
    @DisplayName("3.13 ConditionCheck requires a ConditionExpression")
    void conditionCheckNeedsCondition() {
        assertThatThrownBy(() -> write(TransactWriteItem.builder()
            .conditionCheck(ConditionCheck.builder().tableName("acct").key(acct("a")).build()).build()))
            .isExactlyInstanceOf(ValidationException.class);
    }

    @Test
    @DisplayName("3.13 Per-item validation errors (wrong key type) cancel with ValidationError for the first, None for the rest, even failing conditions")
    void wrongKeyTypeIsValidationError() {
        seed("a", 1);
        TransactionCanceledException e = cancel(
            put("acct", item("id", s("new"))),
            TransactWriteItem.builder().delete(Delete.builder().tableName("acct").key(item("id", n(5))).build()).build(),
            put("acct", item("id", n(7))),
            putIfAbsent("acct", item("id", s("a")), false));
        assertThat(codes(e)).containsExactly("None", "ValidationError", "None", "None");
        assertThat(e.cancellationReasons().get(1).message()).isNotBlank();
        assertThat(e.getMessage()).isEqualTo(CANCELLED + "[None, ValidationError, None, None]");
        assertThat(read("new")).isNull();
    }

    @Test
    @DisplayName("3.13 An oversized Put item (> 400 KB) is a per-item ValidationError; nothing is written")
    void oversizedItemIsValidationError() {
        TransactionCanceledException e = cancel(
            put("acct", item("id", s("big"), "blob", s(ascii(400 * 1024)))),
            put("acct", item("id", s("small"), "bal", n(1))),
            put("acct", item("id", s("big2"), "blob", s(ascii(401 * 1024)))));
        assertThat(codes(e)).containsExactly("ValidationError", "None", "None");
        assertThat(read("small")).isNull();
        assertThat(read("big")).isNull();
    }

    @Test
    @DisplayName("3.13 An Update that would grow an item past 400 KB cancels the transaction with ValidationError")
    void updateTooBig() {
        db.putItem(p -> p.tableName("acct").item(item("id", s("u"), "blob", s(ascii(300 * 1024)))));
        TransactionCanceledException e = cancel(
            put("acct", item("id", s("side"))),
            update("u", "SET more = :m", Map.of(":m", s(ascii(200 * 1024)))));
        assertThat(codes(e)).containsExactly("None", "ValidationError");
        assertThat(read("side")).isNull();
        assertThat(read("u")).doesNotContainKey("more");
    }

    @Test
    @DisplayName("3.13 Request-level errors (syntax error, unused ExpressionAttributeValues) -> plain ValidationException, not a cancellation")
    void requestLevelErrors() {
        seed("a", 1);
        assertThatThrownBy(() -> write(put("acct", item("id", s("x"))),
            update("a", "SET bal = = :v", Map.of(":v", n(1)))))
            .isExactlyInstanceOf(ValidationException.class)
            .hasMessageContaining("Invalid UpdateExpression");
        assertThatThrownBy(() -> write(put("acct", item("id", s("x"))),
            check("a", "attribute_exists(id)", Map.of(":unused", n(1)), false)))
            .isExactlyInstanceOf(ValidationException.class)
            .hasMessageContaining("unused")
            .hasMessageContaining(":unused");
        assertThat(read("x")).isNull();
    }

    @Test
    @DisplayName("5 An unknown table -> ResourceNotFoundException for writes and reads; nothing written")
    void unknownTable() {
        assertThatThrownBy(() -> write(put("acct", item("id", s("x"))), put("nope", item("id", s("y")))))
            .isExactlyInstanceOf(ResourceNotFoundException.class);
        assertThat(read("x")).isNull();
        assertThatThrownBy(() -> db.transactGetItems(r -> r.transactItems(get("nope", acct("y")))))
            .isExactlyInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    @DisplayName("3.13 An Update that fails while being applied (arithmetic on a missing attribute) cancels with ValidationError; nothing written")
    void updateRuntimeErrorCancels() {
        seed("a", 1);
        db.putItem(p -> p.tableName("acct").item(item("id", s("nobal"))));
        TransactionCanceledException e = cancel(
            update("a", "SET bal = bal + :d", Map.of(":d", n(1))),
            update("nobal", "SET bal = bal + :d", Map.of(":d", n(1))));
        assertThat(codes(e)).containsExactly("None", "ValidationError");
        assertThat(e.cancellationReasons().get(1).message()).isNotBlank();
        assertThat(read("a")).containsEntry("bal", n(1));
        assertThat(read("nobal")).isEqualTo(item("id", s("nobal")));
    }

    @Test
    @DisplayName("3.13 A request-level error beats a per-item one: plain ValidationException even when an earlier action has a bad key")
    void requestLevelBeatsItemLevel() {
        assertThatThrownBy(() -> write(
            put("acct", item("id", n(1))),
            check("a", "bal >", Map.of(":v", n(1)), false)))
            .isExactlyInstanceOf(ValidationException.class);
    }

    @Test
    @DisplayName("3.13 Aggregate size limit 4 MB: ten 399 KB Puts are accepted, eleven 390 KB Puts -> ValidationException and nothing written")
    void fourMegabyteLimit() {
        List<TransactWriteItem> ten = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ten.add(put("acct", item("id", s("ok" + i), "blob", s(ascii(399 * 1024)))));
        }
        db.transactWriteItems(r -> r.transactItems(ten));
        assertThat(read("ok9")).isNotNull();

        List<TransactWriteItem> eleven = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            eleven.add(put("acct", item("id", s("big" + i), "blob", s(ascii(390 * 1024)))));
        }
        assertThatThrownBy(() -> db.transactWriteItems(r -> r.transactItems(eleven)))
            .isExactlyInstanceOf(ValidationException.class).hasMessageContaining("4 MB");
        assertThat(read("big0")).isNull();
    }

    @Test
    @DisplayName("3.13 Deleting more than 4 MB of existing items in one transaction is allowed (the limit is on the request)")
    void deletingBigItemsIsAllowed() {
        List<TransactWriteItem> deletes = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String id = "big" + i;
            db.putItem(p -> p.tableName("acct").item(item("id", s(id), "blob", s(ascii(390 * 1024)))));
            deletes.add(delete(id));
        }
        db.transactWriteItems(r -> r.transactItems(deletes));
        assertThat(scanAll(db, "acct")).isEmpty();
    }

    @Test
    @DisplayName("1.2/3.13 Number keys are compared by value: 1 and 1.0 are the same item in one transaction")
    void numericKeysSameItem() {
        hashTable(db, "nums", "id", ScalarAttributeType.N);
        assertThatThrownBy(() -> write(
            put("nums", item("id", n("1"), "x", s("a"))),
            TransactWriteItem.builder().delete(Delete.builder().tableName("nums").key(item("id", n("1.0"))).build()).build()))
            .isExactlyInstanceOf(ValidationException.class)
            .hasMessage("Transaction request cannot include multiple operations on one item");
        write(put("nums", item("id", n("10"), "x", s("a"))));
        List<ItemResponse> r = db.transactGetItems(g -> g.transactItems(get("nums", item("id", n("1E1"))))).responses();
        assertThat(r.get(0).item()).containsEntry("x", s("a"));
        assertThatThrownBy(() -> db.transactGetItems(g -> g.transactItems(
            get("nums", item("id", n("10"))), get("nums", item("id", n("10.00"))))))
            .isExactlyInstanceOf(ValidationException.class);
    }

    @Test
    @DisplayName("3.13 A key with an extra attribute is a per-item ValidationError")
    void keyWithExtraAttribute() {
        TransactionCanceledException e = cancel(
            put("acct", item("id", s("x"))),
            TransactWriteItem.builder().delete(Delete.builder().tableName("acct")
                .key(item("id", s("y"), "bal", n(1))).build()).build());
        assertThat(codes(e)).containsExactly("None", "ValidationError");
        assertThat(read("x")).isNull();
    }

    // ------------------------------------------------------------------------------ ClientRequestToken

    private TransactWriteItemsRequest counterRequest(String token) {
        return TransactWriteItemsRequest.builder()
            .transactItems(update("ctr", "ADD hits :one", Map.of(":one", n(1))),
                put("acct", item("id", s("side"), "bal", n(9))))
            .clientRequestToken(token).build();
    }

    @Test
    @DisplayName("3.13 A retry with the same ClientRequestToken and request succeeds without writing again")
    void idempotentRetry() {
        db.transactWriteItems(counterRequest("token-1"));
        db.transactWriteItems(counterRequest("token-1")); // an equal request, built anew
        TransactWriteItemsRequest same = counterRequest("token-1");
        db.transactWriteItems(same);
        db.transactWriteItems(same);
        assertThat(read("ctr")).containsEntry("hits", n(1));

        db.transactWriteItems(counterRequest("token-2"));
        assertThat(read("ctr")).as("a new token is a new transaction").containsEntry("hits", n(2));
        db.transactWriteItems(counterRequest(null));
        db.transactWriteItems(counterRequest(null));
        assertThat(read("ctr")).as("without a token every call writes").containsEntry("hits", n(4));
    }

    @Test
    @DisplayName("3.13 The same ClientRequestToken with a different request -> IdempotentParameterMismatchException, nothing written")
    void tokenMismatch() {
        db.transactWriteItems(counterRequest("tok"));
        TransactWriteItemsRequest other = TransactWriteItemsRequest.builder()
            .transactItems(update("ctr", "ADD hits :two", Map.of(":two", n(2))))
            .clientRequestToken("tok").build();
        assertThatThrownBy(() -> db.transactWriteItems(other))
            .isExactlyInstanceOf(IdempotentParameterMismatchException.class);
        assertThat(read("ctr")).containsEntry("hits", n(1));
    }

    @Test
    @DisplayName("3.13 A ClientRequestToken longer than 36 characters (or empty) -> ValidationException; 36 is fine")
    void tokenLength() {
        assertThatThrownBy(() -> db.transactWriteItems(counterRequest("t".repeat(37))))
            .isExactlyInstanceOf(ValidationException.class).hasMessageContaining("clientRequestToken");
        assertThatThrownBy(() -> db.transactWriteItems(counterRequest("")))
            .isExactlyInstanceOf(ValidationException.class).hasMessageContaining("clientRequestToken");
        assertThat(read("ctr")).isNull();
        db.transactWriteItems(counterRequest("t".repeat(36)));
        assertThat(read("ctr")).containsEntry("hits", n(1));
    }

    @Test
    @DisplayName("3.13 A cancelled transaction does not consume its ClientRequestToken: the retry after fixing the data writes")
    void cancelledDoesNotConsumeToken() {
        seed("a", 0);
        TransactWriteItemsRequest r = TransactWriteItemsRequest.builder()
            .transactItems(check("a", "bal > :z", Map.of(":z", n(0)), false),
                update("ctr", "ADD hits :one", Map.of(":one", n(1))))
            .clientRequestToken("retry-me").build();
        TransactionCanceledException e = catchThrowableOfType(() -> db.transactWriteItems(r), TransactionCanceledException.class);
        assertThat(e).isNotNull();
        assertThat(codes(e)).containsExactly("ConditionalCheckFailed", "None");
        assertThat(read("ctr")).isNull();

        seed("a", 5);
        db.transactWriteItems(r);
        assertThat(read("ctr")).containsEntry("hits", n(1));
        db.transactWriteItems(r);
        assertThat(read("ctr")).as("now the token is used").containsEntry("hits", n(1));
    }

    @Test
    @DisplayName("3.13 A request rejected by validation does not consume its ClientRequestToken either")
    void invalidRequestDoesNotConsumeToken() {
        TransactWriteItemsRequest bad = TransactWriteItemsRequest.builder()
            .transactItems(update("ctr", "ADD hits :one", Map.of(":one", n(1), ":extra", n(2))))
            .clientRequestToken("v-tok").build();
        assertThatThrownBy(() -> db.transactWriteItems(bad)).isExactlyInstanceOf(ValidationException.class);
        TransactWriteItemsRequest good = TransactWriteItemsRequest.builder()
            .transactItems(update("ctr", "ADD hits :one", Map.of(":one", n(1))))
            .clientRequestToken("v-tok").build();
        db.transactWriteItems(good);
        assertThat(read("ctr")).containsEntry("hits", n(1));
    }

    @Test
    @DisplayName("3.13 Concurrent calls with one ClientRequestToken apply the transaction once; the others succeed or get TransactionInProgressException")
    void concurrentSameToken() throws Exception {
        for (int round = 0; round < 20; round++) {
            String token = "race-" + round;
            TransactWriteItemsRequest r = TransactWriteItemsRequest.builder()
                .transactItems(update("race" + round, "ADD hits :one", Map.of(":one", n(1))),
                    put("acct", item("id", s("pad" + round), "blob", s(ascii(100_000)))))
                .clientRequestToken(token).build();
            List<Throwable> errors = Collections.synchronizedList(new ArrayList<>());
            CountDownLatch go = new CountDownLatch(1);
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                Thread th = new Thread(() -> {
                    try {
                        go.await();
                        db.transactWriteItems(r);
                    } catch (TransactionInProgressException expected) {
                        // the first call is still running
                    } catch (Throwable e) {
                        errors.add(e);
                    }
                });
                th.start();
                threads.add(th);
            }
            go.countDown();
            for (Thread th : threads) {
                th.join();
            }
            assertThat(errors).isEmpty();
            assertThat(read("race" + round)).containsEntry("hits", n(1));
        }
    }

    @Test
    @DisplayName("3.13 Every ClientRequestToken of the window stays remembered however many transactions follow it")
    void manyTokensAllRemembered() {
        int count = 3_000;
        for (int i = 0; i < count; i++) {
            db.transactWriteItems(tokened(i, i));
        }
        for (int i = 0; i < count; i += 97) {
            int k = i;
            db.transactWriteItems(tokened(k, k)); // the same request again succeeds and writes nothing
            assertThatThrownBy(() -> db.transactWriteItems(tokened(k, k + 1))).as("token tok-%d", k)
                .isExactlyInstanceOf(IdempotentParameterMismatchException.class);
        }
        assertThat(read("k" + (count - 1) % 500)).containsEntry("v", n(count - 1));
        TransactWriteItemsRequest reuse = TransactWriteItemsRequest.builder()
            .transactItems(update("ctr", "ADD hits :one", Map.of(":one", n(1)))).clientRequestToken("tok-7").build();
        assertThatThrownBy(() -> db.transactWriteItems(reuse)).as("tok-7 is still remembered")
            .isExactlyInstanceOf(IdempotentParameterMismatchException.class);
        assertThat(read("ctr")).isNull();
    }

    /** A single-Put transaction on account k(i % 500) writing v, with token tok-i. */
    private static TransactWriteItemsRequest tokened(int i, int v) {
        return TransactWriteItemsRequest.builder()
            .transactItems(put("acct", item("id", s("k" + (i % 500)), "v", n(v))))
            .clientRequestToken("tok-" + i).build();
    }

    // ------------------------------------------------------------------------------ TransactGetItems

    @Test
    @DisplayName("3.14 TransactGetItems returns one response per Get in order; a missing item is an empty response")
    void getInOrder() {
        seed("a", 1);
        seed("b", 2);
        db.putItem(p -> p.tableName("log").item(item("pk", s("p"), "sk", n(3), "x", s("y"))));
        List<ItemResponse> r = db.transactGetItems(g -> g.transactItems(
            get("acct", acct("b")),
            get("acct", acct("missing")),
            get("log", item("pk", s("p"), "sk", n(3))),
            get("acct", acct("a")))).responses();
        assertThat(r).hasSize(4);
        assertThat(r.get(0).item()).isEqualTo(item("id", s("b"), "bal", n(2)));
        assertThat(r.get(1)).isNotNull();
        assertThat(r.get(1).item()).isNull();
        assertThat(r.get(2).item()).isEqualTo(item("pk", s("p"), "sk", n(3), "x", s("y")));
        assertThat(r.get(3).item()).isEqualTo(item("id", s("a"), "bal", n(1)));
    }

    @Test
    @DisplayName("3.14 TransactGetItems applies ProjectionExpression and ExpressionAttributeNames per Get")
    void getProjection() {
        db.putItem(p -> p.tableName("acct").item(item("id", s("a"), "bal", n(1), "name", s("ann"), "x", s("z"))));
        List<ItemResponse> r = db.transactGetItems(g -> g.transactItems(
            TransactGetItem.builder().get(Get.builder().tableName("acct").key(acct("a"))
                .projectionExpression("#n, bal").expressionAttributeNames(Map.of("#n", "name")).build()).build(),
            TransactGetItem.builder().get(Get.builder().tableName("log").key(item("pk", s("q"), "sk", n(1)))
                .projectionExpression("x").build()).build())).responses();
        assertThat(r.get(0).item()).isEqualTo(item("bal", n(1), "name", s("ann")));
        assertThat(r.get(1).item()).isNull();
    }

    @Test
    @DisplayName("3.14 TransactGetItems: the same item twice -> ValidationException; 0 and 101 Gets -> ValidationException; 100 are fine")
    void getValidation() {
        assertThatThrownBy(() -> db.transactGetItems(g -> g.transactItems(get("acct", acct("a")), get("acct", acct("a")))))
            .isExactlyInstanceOf(ValidationException.class)
            .hasMessage("Transaction request cannot include multiple operations on one item");
        assertThatThrownBy(() -> db.transactGetItems(g -> g.transactItems(List.of())))
            .isExactlyInstanceOf(ValidationException.class);
        List<TransactGetItem> gets = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            gets.add(get("acct", acct("k" + i)));
        }
        assertThatThrownBy(() -> db.transactGetItems(g -> g.transactItems(gets)))
            .isExactlyInstanceOf(ValidationException.class).hasMessageContaining("100");
        seed("k42", 42);
        List<ItemResponse> r = db.transactGetItems(g -> g.transactItems(gets.subList(0, 100))).responses();
        assertThat(r).hasSize(100);
        assertThat(r.get(42).item()).containsEntry("bal", n(42));
        assertThat(r.stream().filter(x -> x.item() != null).count()).isEqualTo(1);
    }

    @Test
    @DisplayName("3.14 TransactGetItems with a key of the wrong type -> ValidationException")
    void getWrongKey() {
        assertThatThrownBy(() -> db.transactGetItems(g -> g.transactItems(get("acct", item("id", n(1))))))
            .isExactlyInstanceOf(ValidationException.class);
    }

    @Test
    @DisplayName("3.13 A transaction's writes survive closing and reopening the database")
    void durable(@TempDir Path dir) {
        try (Database d = Database.open(dir)) {
            hashTable(d, "acct", "id", ScalarAttributeType.S);
            d.transactWriteItems(r -> r.transactItems(put("acct", item("id", s("a"), "bal", n(1))),
                update("b", "SET bal = :v", Map.of(":v", n(2)))));
        }
        try (Database d = Database.open(dir)) {
            List<ItemResponse> r = d.transactGetItems(g -> g.transactItems(get("acct", acct("a")), get("acct", acct("b"))))
                .responses();
            assertThat(r.get(0).item()).containsEntry("bal", n(1));
            assertThat(r.get(1).item()).containsEntry("bal", n(2));
        }
    }

    @Test
    @DisplayName("3.13 A transaction across two tables, one later deleted: reopening keeps the other's items and a re-created table starts empty")
    void recoveryAfterDeletingOneTable(@TempDir Path dir) {
        try (Database d = Database.open(dir)) {
            hashTable(d, "acct", "id", ScalarAttributeType.S);
            hashTable(d, "gone", "id", ScalarAttributeType.S);
            d.transactWriteItems(r -> r.transactItems(put("acct", item("id", s("a"), "bal", n(1))),
                put("gone", item("id", s("a"), "bal", n(2)))));
            d.deleteTable(t -> t.tableName("gone"));
        }
        try (Database d = Database.open(dir)) {
            assertThat(d.getItem(g -> g.tableName("acct").key(acct("a"))).item()).containsEntry("bal", n(1));
            assertThatThrownBy(() -> d.getItem(g -> g.tableName("gone").key(acct("a"))))
                .isExactlyInstanceOf(ResourceNotFoundException.class);
            hashTable(d, "gone", "id", ScalarAttributeType.S);
            assertThat(d.getItem(g -> g.tableName("gone").key(acct("a"))).item()).isNull();
        }
        try (Database d = Database.open(dir)) {
            assertThat(d.getItem(g -> g.tableName("gone").key(acct("a"))).item()).isNull();
            assertThat(d.getItem(g -> g.tableName("acct").key(acct("a"))).item()).containsEntry("bal", n(1));
        }
    }

    @Test
    @DisplayName("3.13 With a cache far smaller than the data, every item of 100-action transactions reads back from its slot in the log, also after reopening")
    void transactionsBeyondTheCache(@TempDir Path dir) {
        DatabaseOptions options = DatabaseOptions.builder().itemCacheBytes(16 * 1024).build();
        String pad = "p".repeat(500);
        try (Database d = Database.open(dir, options)) {
            hashTable(d, "acct", "id", ScalarAttributeType.S);
            for (int round = 0; round < 5; round++) {
                List<TransactWriteItem> actions = new ArrayList<>();
                for (int i = 0; i < 100; i++) {
                    actions.add(put("acct", item("id", s("k" + i), "v", n(round * 1000 + i), "pad", s(pad))));
                }
                d.transactWriteItems(r -> r.transactItems(actions));
            }
            assertTransactionsReadBack(d);
        }
        try (Database d = Database.open(dir, options)) {
            assertTransactionsReadBack(d);
        }
    }

    private static void assertTransactionsReadBack(Database d) {
        List<TransactGetItem> gets = new ArrayList<>();
        for (int i = 99; i >= 0; i--) {
            gets.add(get("acct", acct("k" + i)));
        }
        List<ItemResponse> r = d.transactGetItems(g -> g.transactItems(gets)).responses();
        for (int j = 0; j < 100; j++) {
            int i = 99 - j;
            assertThat(r.get(j).item()).as("k%d", i).containsEntry("id", s("k" + i)).containsEntry("v", n(4000 + i));
        }
    }
}
