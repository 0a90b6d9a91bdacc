package dev.tidemark.engine.internal.expr;

import static dev.tidemark.engine.internal.expr.Fixtures.cond;
import static dev.tidemark.engine.internal.expr.Fixtures.conditionRejected;
import static dev.tidemark.engine.internal.expr.Fixtures.item;
import static dev.tidemark.engine.internal.expr.Fixtures.l;
import static dev.tidemark.engine.internal.expr.Fixtures.m;
import static dev.tidemark.engine.internal.expr.Fixtures.n;
import static dev.tidemark.engine.internal.expr.Fixtures.s;
import static dev.tidemark.engine.internal.expr.Fixtures.vals;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tidemark.engine.model.AttributeValue;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Comparison semantics and functions of conditions and filters (sections 1.9, 4.5, 4.6). */
class ConditionEvaluationTest {

    @Test
    @DisplayName("4.5 missing operands: false for = and ordering, true for <>")
    void missingOperands() {
        var v = vals(":v", n(1));
        assertThat(cond("a = :v", v).test(item())).isFalse();
        assertThat(cond("a < :v", v).test(null)).isFalse();
        assertThat(cond("a <> :v", v).test(item())).isTrue();
        assertThat(cond("a = b", null).test(item())).isFalse();
        assertThat(cond("a <> b", null).test(item())).isTrue();
        assertThat(cond("a BETWEEN :v AND :v", v).test(item())).isFalse();
        assertThat(cond("a IN (:v)", v).test(item())).isFalse();
    }

    @Test
    @DisplayName("4.5 / 1.9 different types are never equal and never ordered")
    void typeMismatch() {
        var v = vals(":v", s("1"));
        assertThat(cond("a = :v", v).test(item("a", n(1)))).isFalse();
        assertThat(cond("a <> :v", v).test(item("a", n(1)))).isTrue();
        assertThat(cond("a < :v", v).test(item("a", n(0)))).isFalse();
    }

    @Test
    @DisplayName("4.5 ordering on an item attribute of an unordered type is just false")
    void orderingItemUnordered() {
        var v = vals(":v", n(1));
        assertThat(cond("a < :v", v).test(item("a", l(n(0))))).isFalse();
        assertThat(cond("a >= b", null).test(item("a", m(), "b", m()))).isFalse();
    }

    @Test
    @DisplayName("4.5 ordering with an unordered :value is a ValidationException")
    void orderingValueUnordered() {
        conditionRejected("a < :v", vals(":v", l(n(1))),
            "Invalid ConditionExpression: Incorrect operand type for operator or function; operator or function: <, "
                + "operand type: L");
        conditionRejected("size(:v) > a", vals(":v", n(3)),
            "Invalid ConditionExpression: Incorrect operand type for operator or function; operator or function: size, "
                + "operand type: N");
    }

    @Test
    @DisplayName("4.5 BETWEEN bounds from values must be ordered and of one type")
    void betweenBounds() {
        conditionRejected("a BETWEEN :hi AND :lo", vals(":hi", n(5), ":lo", n(1)),
            "Invalid ConditionExpression: The BETWEEN operator requires upper bound to be greater than or equal to lower "
                + "bound; lower bound operand: AttributeValue: {N:5}, upper bound operand: AttributeValue: {N:1}");
        conditionRejected("a BETWEEN :x AND :y", vals(":x", n(1), ":y", s("z")),
            "Invalid ConditionExpression: The BETWEEN operator requires same data type for lower and upper bounds; "
                + "lower bound operand: AttributeValue: {N:1}, upper bound operand: AttributeValue: {S:z}");
        // With item operands the same situation is just false.
        assertThat(cond("a BETWEEN b AND c", null).test(item("a", n(3), "b", n(5), "c", n(1)))).isFalse();
        assertThat(cond("a BETWEEN :x AND :y", vals(":x", n(1), ":y", n(5))).test(item("a", n(5)))).isTrue();
    }

    @Test
    @DisplayName("4.5 strings compare by UTF-8 bytes, binary unsigned, numbers numerically")
    void ordering() {
        assertThat(cond("a < :v", vals(":v", s("\uD83D\uDE00"))).test(item("a", s("\uFFFF")))).isTrue();
        assertThat(cond("a > :v", vals(":v", AttributeValue.fromB(new byte[] {1}))).test(
            item("a", AttributeValue.fromB(new byte[] {(byte) 0x80})))).isTrue();
        assertThat(cond("a > :v", vals(":v", n("9"))).test(item("a", n("10")))).isTrue();
    }

    @Test
    @DisplayName("1.9 sets equal regardless of order, maps regardless of key order, lists ordered")
    void structuralEquality() {
        assertThat(cond("a = :v", vals(":v", AttributeValue.fromSs("x", "y"))).test(
            item("a", AttributeValue.fromSs("y", "x")))).isTrue();
        assertThat(cond("a = :v", vals(":v", m("p", n(1), "q", n(2)))).test(item("a", m("q", n(2), "p", n(1))))).isTrue();
        assertThat(cond("a = :v", vals(":v", l(n(1), n(2)))).test(item("a", l(n(2), n(1))))).isFalse();
    }

    @Test
    @DisplayName("4.6 attribute_exists / attribute_not_exists, also on a missing item")
    void existence() {
        assertThat(cond("attribute_exists(a.b)", null).test(item("a", m("b", AttributeValue.nul())))).isTrue();
        assertThat(cond("attribute_exists(a[1])", null).test(item("a", l(n(1))))).isFalse();
        assertThat(cond("attribute_not_exists(pk)", null).test(null)).isTrue();
        assertThat(cond("attribute_not_exists(pk)", null).test(item("pk", s("k")))).isFalse();
    }

    @Test
    @DisplayName("4.6 attribute_type checks the type name")
    void attributeType() {
        assertThat(cond("attribute_type(a, :t)", vals(":t", s("SS"))).test(item("a", AttributeValue.fromSs("x")))).isTrue();
        assertThat(cond("attribute_type(a, :t)", vals(":t", s("S"))).test(item("a", n(1)))).isFalse();
        conditionRejected("attribute_type(a, :t)", vals(":t", s("STRING")),
            "Invalid ConditionExpression: Invalid attribute type name found; type: STRING, valid types: "
                + "{B,NULL,SS,BOOL,L,BS,N,NS,S,M}");
    }

    @Test
    @DisplayName("4.6 begins_with on strings and binary; non-S/B value is an error, item is false")
    void beginsWith() {
        assertThat(cond("begins_with(a, :p)", vals(":p", s("ab"))).test(item("a", s("abc")))).isTrue();
        assertThat(cond("begins_with(a, :p)", vals(":p", s("ab"))).test(item("a", n(1)))).isFalse();
        assertThat(cond("begins_with(a, :p)", vals(":p", AttributeValue.fromB(new byte[] {1})))
            .test(item("a", AttributeValue.fromB(new byte[] {1, 2})))).isTrue();
        conditionRejected("begins_with(a, :p)", vals(":p", n(1)),
            "Invalid ConditionExpression: Incorrect operand type for operator or function; operator or function: "
                + "begins_with, operand type: N");
    }

    @Test
    @DisplayName("4.6 contains: substring, byte subsequence, set and list membership")
    void contains() {
        assertThat(cond("contains(a, :v)", vals(":v", s("bc"))).test(item("a", s("abcd")))).isTrue();
        assertThat(cond("contains(a, :v)", vals(":v", AttributeValue.fromB(new byte[] {2, 3})))
            .test(item("a", AttributeValue.fromB(new byte[] {1, 2, 3})))).isTrue();
        assertThat(cond("contains(a, :v)", vals(":v", n(2))).test(item("a", AttributeValue.fromNs("1", "2")))).isTrue();
        assertThat(cond("contains(a, :v)", vals(":v", s("2"))).test(item("a", AttributeValue.fromNs("1", "2")))).isFalse();
        assertThat(cond("contains(a, :v)", vals(":v", m("k", n(1)))).test(item("a", l(m("k", n(1)))))).isTrue();
        assertThat(cond("contains(a, :v)", vals(":v", AttributeValue.fromSs("x")))
            .test(item("a", AttributeValue.fromSs("x")))).isFalse();
        assertThat(cond("contains(a, :v)", vals(":v", s("k"))).test(item("a", m("k", n(1))))).isFalse();
    }

    @Test
    @DisplayName("4.6 size of strings (UTF-8 bytes), binary, sets, lists and maps; N on the item is false")
    void size() {
        assertThat(cond("size(a) = :v", vals(":v", n(3))).test(item("a", s("abc")))).isTrue();
        assertThat(cond("size(a) = :v", vals(":v", n(2))).test(item("a", s("é")))).isTrue();
        assertThat(cond("size(a) = :v", vals(":v", n(2))).test(item("a", AttributeValue.fromSs("x", "y")))).isTrue();
        assertThat(cond("size(a) = :v", vals(":v", n(1))).test(item("a", m("k", n(1))))).isTrue();
        assertThat(cond("size(a) = :v", vals(":v", n(2))).test(item("a", l(n(1), n(2))))).isTrue();
        assertThat(cond("size(a) >= :v", vals(":v", n(0))).test(item("a", n(5)))).isFalse();
        assertThat(cond("size(:s) = :v", vals(":s", s("xy"), ":v", n(2))).test(null)).isTrue();
    }

    @Test
    @DisplayName("4.4 IN: list items may have different types")
    void inMixedTypes() {
        Condition c = cond("a IN (:x, :y)", vals(":x", s("1"), ":y", n(1)));
        assertThat(c.test(item("a", n(1)))).isTrue();
        assertThat(c.test(item("a", s("1")))).isTrue();
        assertThat(c.test(item("a", n(2)))).isFalse();
    }

    @Test
    @DisplayName("4.2 reading through the wrong container type yields missing")
    void wrongContainerIsMissing() {
        var v = vals(":v", n(1));
        List.of(item("a", l(n(1))), item("a", s("x")), item("a", m("0", n(1)))).forEach(it ->
            assertThat(cond("a.b = :v OR a[0].c = :v", v).test(it)).isFalse());
        assertThat(cond("a[0] = :v", v).test(item("a", l(n(1))))).isTrue();
    }
}
