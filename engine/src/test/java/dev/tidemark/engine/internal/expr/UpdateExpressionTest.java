package dev.tidemark.engine.internal.expr;

import static dev.tidemark.engine.internal.expr.Fixtures.item;
import static dev.tidemark.engine.internal.expr.Fixtures.l;
import static dev.tidemark.engine.internal.expr.Fixtures.m;
import static dev.tidemark.engine.internal.expr.Fixtures.n;
import static dev.tidemark.engine.internal.expr.Fixtures.names;
import static dev.tidemark.engine.internal.expr.Fixtures.rejects;
import static dev.tidemark.engine.internal.expr.Fixtures.s;
import static dev.tidemark.engine.internal.expr.Fixtures.update;
import static dev.tidemark.engine.internal.expr.Fixtures.vals;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tidemark.engine.ValidationException;
import dev.tidemark.engine.model.AttributeValue;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** UpdateExpression grammar, validation and semantics (sections 4.9, 3.4, 3.6). */
class UpdateExpressionTest {
    private static final Map<String, AttributeValue> KEY = item("pk", s("k"));

    private static RequestExpressions.Builder upd(String text, Map<String, AttributeValue> values) {
        return RequestExpressions.builder().update(text).values(values).tableKey("pk", "sk");
    }

    private static Map<String, AttributeValue> applied(String text, Map<String, AttributeValue> values,
                                                       Map<String, AttributeValue> old) {
        return update(text, values).apply(old, KEY).newItem();
    }

    private static void failsWith(String text, Map<String, AttributeValue> values, Map<String, AttributeValue> old,
                                  String message) {
        Update u = update(text, values);
        assertThatThrownBy(() -> u.apply(old, KEY)).isInstanceOf(ValidationException.class).hasMessage(message);
    }

    @Test
    @DisplayName("4.9 clauses in any order, each at most once, keywords case-insensitive")
    void clauses() {
        assertThat(applied("remove c set a = :v, b = :v add n :v", vals(":v", n(1)), item("pk", s("k"), "c", n(0))))
            .isEqualTo(item("pk", s("k"), "a", n(1), "b", n(1), "n", n(1)));
        rejects(upd("SET a = :v SET b = :v", vals(":v", n(1))),
            "Invalid UpdateExpression: The \"SET\" section can only be used once in an update expression;");
    }

    @Test
    @DisplayName("4.9 only one + or - per SET action; if_not_exists(...) + :v allowed, :x + :y inside not")
    void arithmeticShape() {
        rejects(upd("SET a = :v + :v + :v", vals(":v", n(1))),
            "Invalid UpdateExpression: Syntax error; token: \"+\", near: \":v + :v\"");
        rejects(upd("SET a = if_not_exists(a, :v + :v)", vals(":v", n(1))),
            "Invalid UpdateExpression: Syntax error; token: \"+\", near: \":v + :v\"");
        assertThat(applied("SET a = if_not_exists(a, :z) + :v", vals(":z", n(0), ":v", n(5)), null))
            .containsEntry("a", n(5));
    }

    @Test
    @DisplayName("4.9 + and - need numbers; a missing operand is an error")
    void arithmetic() {
        assertThat(applied("SET a = a - :v", vals(":v", n("0.5")), item("pk", s("k"), "a", n(2)))).containsEntry("a", n("1.5"));
        rejects(upd("SET a = a + :v", vals(":v", s("x"))),
            "Invalid UpdateExpression: Incorrect operand type for operator or function; operator or function: +, "
                + "operand type: S");
        failsWith("SET a = b + :v", vals(":v", n(1)), item("pk", s("k")),
            "The provided expression refers to an attribute that does not exist in the item");
        failsWith("SET a = b + :v", vals(":v", n(1)), null,
            "The provided expression refers to an attribute that does not exist in the item");
        failsWith("SET a = b + :v", vals(":v", n(1)), item("b", s("x")),
            "An operand in the update expression has an incorrect data type");
    }

    @Test
    @DisplayName("4.9 right-hand sides are evaluated against the old item")
    void oldItemSemantics() {
        assertThat(applied("SET x = :v, y = x", vals(":v", n(2)), item("x", n(1)))).containsEntry("x", n(2))
            .containsEntry("y", n(1));
        assertThat(applied("REMOVE a SET b = a", null, item("a", n(7)))).isEqualTo(item("b", n(7)));
    }

    @Test
    @DisplayName("4.9 if_not_exists needs a path first; nesting is allowed")
    void ifNotExists() {
        rejects(upd("SET a = if_not_exists(:v, :v)", vals(":v", n(1))),
            "Invalid UpdateExpression: Operator or function requires a document path; operator or function: if_not_exists");
        assertThat(applied("SET a = if_not_exists(b, if_not_exists(c, :v))", vals(":v", n(1)), item("c", n(3))))
            .containsEntry("a", n(3));
        assertThat(applied("SET a = if_not_exists(a, :v)", vals(":v", n(1)), item("a", n(9)))).containsEntry("a", n(9));
    }

    @Test
    @DisplayName("4.9 list_append order, missing list error, no nesting of list_append")
    void listAppend() {
        var v = vals(":v", l(n(3)));
        assertThat(applied("SET a = list_append(a, :v)", v, item("a", l(n(1))))).containsEntry("a", l(n(1), n(3)));
        assertThat(applied("SET a = list_append(:v, a)", v, item("a", l(n(1))))).containsEntry("a", l(n(3), n(1)));
        failsWith("SET a = list_append(a, :v)", v, item(),
            "The provided expression refers to an attribute that does not exist in the item");
        rejects(upd("SET a = list_append(list_append(a, :v), :v)", v),
            "Invalid UpdateExpression: The function is not allowed to be used this way in an expression; function: list_append");
        rejects(upd("SET a = list_append(a, :s)", vals(":s", s("x"))),
            "Invalid UpdateExpression: Incorrect operand type for operator or function; operator or function: "
                + "list_append, operand type: S");
    }

    @Test
    @DisplayName("4.9 unknown functions and functions starting with _")
    void unknownFunctions() {
        rejects(upd("SET a = fancy(b)", null), "Invalid UpdateExpression: Invalid function name; function: fancy");
        rejects(upd("SET a = _f(b)", null), "Invalid UpdateExpression: Syntax error; token: \"_\", near: \"= _\"");
    }

    @Test
    @DisplayName("4.9 nested SET needs an existing parent of the right type")
    void nestedSet() {
        assertThat(applied("SET a.b = :v", vals(":v", n(1)), item("a", m("c", n(2))))).containsEntry("a", m("c", n(2), "b", n(1)));
        for (Map<String, AttributeValue> old : java.util.Arrays.asList(null, item(), item("a", l()), item("a", s("x")))) {
            failsWith("SET a.b = :v", vals(":v", n(1)), old,
                "The document path provided in the update expression is invalid for update");
        }
    }

    @Test
    @DisplayName("4.9 SET list[i] replaces, or appends beyond the end in index order")
    void setListIndex() {
        var v = vals(":x", s("x"), ":y", s("y"));
        assertThat(applied("SET a[0] = :x", vals(":x", s("x")), item("a", l(n(1), n(2))))).containsEntry("a", l(s("x"), n(2)));
        assertThat(applied("SET a[9] = :y, a[5] = :x", v, item("a", l(n(1))))).containsEntry("a", l(n(1), s("x"), s("y")));
    }

    @Test
    @DisplayName("4.9 REMOVE: missing attribute no-op, bad parent error, list removals use pre-removal positions")
    void remove() {
        assertThat(applied("REMOVE zz", null, item("a", n(1)))).isEqualTo(item("a", n(1)));
        failsWith("REMOVE x.y", null, item("a", n(1)), "The document path provided in the update expression is invalid for update");
        assertThat(update("REMOVE x.y", null).apply(null, KEY).newItem()).isNull();
        assertThat(applied("SET a = :v REMOVE x.y", vals(":v", n(1)), null)).isEqualTo(item("pk", s("k"), "a", n(1)));
        assertThat(applied("REMOVE a[17]", null, item("a", l(n(0))))).containsEntry("a", l(n(0)));
        assertThat(applied("REMOVE a[1], a[3]", null, item("a", l(n(0), n(1), n(2), n(3), n(4)))))
            .containsEntry("a", l(n(0), n(2), n(4)));
        assertThat(applied("SET a[3] = :v REMOVE a[1]", vals(":v", s("x")), item("a", l(n(0), n(1), n(2), n(3)))))
            .containsEntry("a", l(n(0), n(2), s("x")));
        assertThat(applied("SET a[5] = :v REMOVE a[2]", vals(":v", s("x")), item("a", l(n(0), n(1)))))
            .containsEntry("a", l(n(0), n(1), s("x")));
    }

    @Test
    @DisplayName("4.9 ADD numbers and sets, creating missing ones; wrong types rejected")
    void add() {
        assertThat(applied("ADD c :v", vals(":v", n(2)), item("c", n(3)))).containsEntry("c", n(5));
        assertThat(applied("ADD c :v", vals(":v", n(2)), null)).isEqualTo(item("pk", s("k"), "c", n(2)));
        assertThat(applied("ADD s :v", vals(":v", AttributeValue.fromSs("b", "c")), item("s", AttributeValue.fromSs("a", "b"))))
            .containsEntry("s", AttributeValue.fromSs("a", "b", "c"));
        rejects(upd("ADD c :v", vals(":v", l())),
            "Invalid UpdateExpression: Incorrect operand type for operator or function; operator: ADD, operand type: LIST");
        failsWith("ADD c :v", vals(":v", n(1)), item("c", s("x")), "An operand in the update expression has an incorrect data type");
        failsWith("ADD c :v", vals(":v", AttributeValue.fromNs("1")), item("c", AttributeValue.fromSs("x")),
            "An operand in the update expression has an incorrect data type");
    }

    @Test
    @DisplayName("4.9 DELETE from sets; emptied set removes the attribute; missing is a no-op")
    void delete() {
        var v = vals(":v", AttributeValue.fromSs("a", "z"));
        assertThat(applied("DELETE s :v", v, item("s", AttributeValue.fromSs("a", "b")))).containsEntry("s", AttributeValue.fromSs("b"));
        assertThat(applied("DELETE s :v", v, item("s", AttributeValue.fromSs("a")))).isEqualTo(item());
        assertThat(applied("DELETE s :v", v, item("x", n(1)))).isEqualTo(item("x", n(1)));
        rejects(upd("DELETE s :v", vals(":v", n(1))),
            "Invalid UpdateExpression: Incorrect operand type for operator or function; operator: DELETE, operand type: NUMBER");
        failsWith("DELETE s :v", v, item("s", n(1)), "An operand in the update expression has an incorrect data type");
        AttributeValue bs = AttributeValue.fromBs(java.util.List.of(new byte[] {1}, new byte[] {2}));
        assertThat(applied("DELETE s :v", vals(":v", AttributeValue.fromBs(java.util.List.of(new byte[] {1}))), item("s", bs)))
            .containsEntry("s", AttributeValue.fromBs(java.util.List.of(new byte[] {2})));
    }

    @Test
    @DisplayName("3.4 upsert: a missing item is created unless the update is only REMOVE/DELETE")
    void upsert() {
        assertThat(applied("SET a = :v", vals(":v", n(1)), null)).isEqualTo(item("pk", s("k"), "a", n(1)));
        UpdateOutcome o = update("REMOVE a DELETE s :v", vals(":v", AttributeValue.fromSs("x"))).apply(null, KEY);
        assertThat(o.newItem()).isNull();
        assertThat(o.updatedOld()).isEmpty();
        assertThat(o.updatedNew()).isEmpty();
    }

    @Test
    @DisplayName("4.9 overlapping and conflicting paths")
    void overlapAndConflict() {
        rejects(upd("SET a = :v REMOVE a.b", vals(":v", n(1))),
            "Invalid UpdateExpression: Two document paths overlap with each other; must remove or rewrite one of these "
                + "paths; path one: [a], path two: [a, b]");
        rejects(upd("SET a.b = :v, a[1] = :v", vals(":v", n(1))),
            "Invalid UpdateExpression: Two document paths conflict with each other; must remove or rewrite one of these "
                + "paths; path one: [a, b], path two: [a, [1]]");
        rejects(RequestExpressions.builder().update("SET #x = :v, a = :v").names(names("#x", "a")).values(vals(":v", n(1))),
            "Invalid UpdateExpression: Two document paths overlap with each other; must remove or rewrite one of these "
                + "paths; path one: [a], path two: [a]");
        assertThat(applied("SET a.b = :v, a.c = :v", vals(":v", n(1)), item("a", m()))).containsEntry("a", m("b", n(1), "c", n(1)));
    }

    @Test
    @DisplayName("1.8 key attributes cannot be updated, nor nested into")
    void keyAttributes() {
        rejects(upd("SET pk = :v", vals(":v", n(1))),
            "One or more parameter values were invalid: Cannot update attribute pk. This attribute is part of the key");
        rejects(upd("REMOVE sk", null),
            "One or more parameter values were invalid: Cannot update attribute sk. This attribute is part of the key");
        rejects(upd("SET pk.x = :v", vals(":v", n(1))),
            "Key attributes must be scalars; list random access '[]' and map lookup '.' are not allowed: Key: pk");
    }

    @Test
    @DisplayName("4.9 / 4.11 at most 300 operators and functions in an update expression")
    void operatorLimit() {
        StringBuilder ok = new StringBuilder("SET ");
        for (int i = 0; i < 300; i++) {
            ok.append(i == 0 ? "" : ",").append('a').append(i).append("=b").append(i).append("+:v");
        }
        assertThat(ok.length()).isLessThan(4096);
        assertThat(update(ok.toString(), vals(":v", n(1)))).isNotNull();
        rejects(upd(ok + ",c=if_not_exists(d,:v)", vals(":v", n(1))),
            "Invalid UpdateExpression: The expression contains too many operators; operator count: 301");
    }

    @Test
    @DisplayName("4.9 a :value cannot be on the left of =")
    void valueOnLeft() {
        rejects(upd("SET :v = a", vals(":v", n(1))), "Invalid UpdateExpression: Syntax error; token: \":v\", near: \"SET :v =\"");
    }

    @Test
    @DisplayName("4.9 empty update expression")
    void empty() {
        rejects(upd("", null), "Invalid UpdateExpression: The expression can not be empty;");
    }

    @Test
    @DisplayName("3.6 UPDATED_OLD / UPDATED_NEW with nested paths inside their parents")
    void returnValues() {
        Map<String, AttributeValue> old = item("pk", s("k"), "a", m("b", n(1), "c", l(n(0), n(1), n(2))), "x", n(5), "r", n(9));
        UpdateOutcome o = update("SET a.b = :v, x = :v, fresh = :v REMOVE r, a.c[1]", vals(":v", n(2))).apply(old, KEY);
        assertThat(o.updatedOld()).isEqualTo(item("a", m("b", n(1), "c", l(n(1))), "x", n(5), "r", n(9)));
        assertThat(o.updatedNew()).isEqualTo(item("a", m("b", n(2), "c", l(n(2))), "x", n(2), "fresh", n(2)));
        UpdateOutcome append = update("SET a.c[100] = :v", vals(":v", n(7))).apply(old, KEY);
        assertThat(append.updatedNew()).isEmpty();
        assertThat(append.newItem().get("a").m().get("c")).isEqualTo(l(n(0), n(1), n(2), n(7)));
    }

    @Test
    @DisplayName("Update.apply never mutates its arguments")
    void noMutation() {
        Map<String, AttributeValue> old = new java.util.LinkedHashMap<>(item("pk", s("k"), "a", n(1)));
        Map<String, AttributeValue> copy = Map.copyOf(old);
        update("SET b = :v REMOVE a", vals(":v", n(1))).apply(old, KEY);
        assertThat(old).isEqualTo(copy);
    }
}
