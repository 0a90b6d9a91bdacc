package dev.tidemark.engine.internal.expr;

import static dev.tidemark.engine.internal.expr.Fixtures.n;
import static dev.tidemark.engine.internal.expr.Fixtures.names;
import static dev.tidemark.engine.internal.expr.Fixtures.rejects;
import static dev.tidemark.engine.internal.expr.Fixtures.s;
import static dev.tidemark.engine.internal.expr.Fixtures.vals;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.engine.model.ScalarAttributeType;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** KeyConditionExpression (section 4.7) and the Query FilterExpression restriction (4.8). */
class KeyConditionTest {
    private static RequestExpressions.Builder query(String kce, Map<String, AttributeValue> values) {
        return RequestExpressions.builder().keyCondition(kce).values(values).names(names("#k", "pk"))
            .queryKey("pk", ScalarAttributeType.S, "sk", ScalarAttributeType.N);
    }

    private static KeyCondition kc(String kce, Map<String, AttributeValue> values) {
        return RequestExpressions.builder().keyCondition(kce).values(values)
            .queryKey("pk", ScalarAttributeType.S, "sk", ScalarAttributeType.N).build().keyCondition();
    }

    @Test
    @DisplayName("4.7 hash only, and hash with each sort operator, either order, value on either side")
    void forms() {
        KeyCondition k = kc("pk = :p", vals(":p", s("x")));
        assertThat(k.hashValue()).isEqualTo(s("x"));
        assertThat(k.sortOp()).isNull();
        assertThat(k.matchesSort(n(1))).isTrue();

        k = kc(":lo < sk AND pk = :p", vals(":p", s("x"), ":lo", n(5)));
        assertThat(k.sortOp()).isEqualTo(KeyCondition.SortOp.GT);
        assertThat(k.matchesSort(n(6))).isTrue();
        assertThat(k.matchesSort(n(5))).isFalse();

        k = kc("(pk = :p) AND (sk BETWEEN :a AND :b)", vals(":p", s("x"), ":a", n(1), ":b", n(3)));
        assertThat(k.sortOp()).isEqualTo(KeyCondition.SortOp.BETWEEN);
        assertThat(k.sortValue1()).isEqualTo(n(1));
        assertThat(k.sortValue2()).isEqualTo(n(3));
        assertThat(k.matchesSort(n(3))).isTrue();
        assertThat(k.matchesSort(n(4))).isFalse();
    }

    @Test
    @DisplayName("4.7 begins_with only on S/B sort keys")
    void beginsWith() {
        KeyCondition k = RequestExpressions.builder().keyCondition("pk = :p AND begins_with(sk, :x)")
            .values(vals(":p", n(1), ":x", s("ab"))).queryKey("pk", ScalarAttributeType.N, "sk", ScalarAttributeType.S)
            .build().keyCondition();
        assertThat(k.sortOp()).isEqualTo(KeyCondition.SortOp.BEGINS_WITH);
        assertThat(k.matchesSort(s("abc"))).isTrue();
        assertThat(k.matchesSort(s("b"))).isFalse();
        rejects(query("pk = :p AND begins_with(sk, :x)", vals(":p", s("x"), ":x", n(1))).names(null),
            "Invalid KeyConditionExpression: Incorrect operand type for operator or function; operator or function: "
                + "begins_with, operand type: N");
    }

    @Test
    @DisplayName("4.7 missing partition key, too many conditions, one condition per key")
    void structure() {
        rejects(query("sk = :v", vals(":v", n(1))).names(null), "Query condition missed key schema element: pk");
        rejects(query("pk = :p AND sk > :v AND sk < :v", vals(":p", s("x"), ":v", n(1))).names(null),
            "Conditions can be of length 1 or 2 only");
        rejects(query("pk = :p AND #k = :p", vals(":p", s("x"))),
            "KeyConditionExpressions must only contain one condition per key");
    }

    @Test
    @DisplayName("4.7 unsupported operators and attributes")
    void unsupported() {
        var v = vals(":p", s("x"), ":v", n(1));
        for (String kce : new String[] {"pk = :p OR sk = :v", "NOT pk = :p", "pk <> :p", "pk = :p AND sk IN (:v)",
            "pk < :p", "pk = :p AND price = :v", "pk = :p AND contains(sk, :v)", "pk = :p AND sk = price"}) {
            rejects(query(kce, v).names(null), "Query key condition not supported");
        }
    }

    @Test
    @DisplayName("4.7 nested attributes and type mismatch")
    void nestedAndTypes() {
        rejects(query("pk.x = :p", vals(":p", s("x"))).names(null),
            "KeyConditionExpressions cannot have conditions on nested attributes");
        rejects(query("pk = :p", vals(":p", n(1))).names(null),
            "One or more parameter values were invalid: Condition parameter type does not match schema type");
        rejects(query("pk = :p AND sk = :v", vals(":p", s("x"), ":v", s("1"))).names(null),
            "One or more parameter values were invalid: Condition parameter type does not match schema type");
    }

    @Test
    @DisplayName("4.8 Query filter may not reference key attributes; Scan filter may")
    void filterOnKeys() {
        rejects(RequestExpressions.builder().keyCondition("pk = :p").filter("sk > :v").values(vals(":p", s("x"), ":v", n(1)))
            .queryKey("pk", ScalarAttributeType.S, "sk", ScalarAttributeType.N),
            "Filter Expression can only contain non-primary key attributes: Primary key attribute: sk");
        Condition scan = RequestExpressions.builder().filter("sk > :v").values(vals(":v", n(1))).build().filter();
        assertThat(scan.test(Fixtures.item("sk", n(2)))).isTrue();
    }

    @Test
    @DisplayName("4.8 filter validation is eager")
    void filterEager() {
        rejects(RequestExpressions.builder().filter("a < :v").values(vals(":v", AttributeValue.fromBool(true))),
            "Invalid FilterExpression: Incorrect operand type for operator or function; operator or function: <, "
                + "operand type: BOOL");
    }
}
