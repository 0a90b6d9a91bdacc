package dev.tidemark.engine.internal.expr;

import static dev.tidemark.engine.internal.expr.Fixtures.item;
import static dev.tidemark.engine.internal.expr.Fixtures.l;
import static dev.tidemark.engine.internal.expr.Fixtures.m;
import static dev.tidemark.engine.internal.expr.Fixtures.n;
import static dev.tidemark.engine.internal.expr.Fixtures.names;
import static dev.tidemark.engine.internal.expr.Fixtures.rejects;
import static dev.tidemark.engine.internal.expr.Fixtures.s;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tidemark.engine.model.AttributeValue;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** ProjectionExpression (section 4.10). */
class ProjectionExpressionTest {
    private static Projection proj(String text) {
        return RequestExpressions.builder().projection(text).build().projection();
    }

    @Test
    @DisplayName("4.10 sub-tree with nesting kept; list elements by index become a list of the selected ones")
    void subTree() {
        Map<String, AttributeValue> it = item("pk", s("k"), "a", m("b", l(n(0), n(1), n(2)), "c", n(3)), "d", n(4));
        assertThat(proj("a.b[0]").apply(it)).isEqualTo(item("a", m("b", l(n(0)))));
        assertThat(proj("a.b[2], a.b[0], d").apply(it)).isEqualTo(item("a", m("b", l(n(0), n(2))), "d", n(4)));
        assertThat(proj("a.c, zz, a.b[7]").apply(it)).isEqualTo(item("a", m("c", n(3))));
        assertThat(proj("zz").apply(it)).isEmpty();
        assertThat(proj("zz").apply(null)).isNull();
        assertThat(proj("a.c, d").topLevelNames()).containsExactlyInAnyOrder("a", "d");
    }

    @Test
    @DisplayName("4.10 trailing comma is a syntax error; empty expression")
    void syntax() {
        rejects(RequestExpressions.builder().projection("a,"),
            "Invalid ProjectionExpression: Syntax error; token: \"<EOF>\", near: \",\"");
        rejects(RequestExpressions.builder().projection(""), "Invalid ProjectionExpression: The expression can not be empty;");
    }

    @Test
    @DisplayName("4.10 overlaps and conflicts are checked symbolically")
    void overlaps() {
        rejects(RequestExpressions.builder().projection("a, a"),
            "Invalid ProjectionExpression: Two document paths overlap with each other; must remove or rewrite one of "
                + "these paths; path one: [a], path two: [a]");
        rejects(RequestExpressions.builder().projection("a.b, a"),
            "Invalid ProjectionExpression: Two document paths overlap with each other; must remove or rewrite one of "
                + "these paths; path one: [a, b], path two: [a]");
        rejects(RequestExpressions.builder().projection("a.b, a[1]"),
            "Invalid ProjectionExpression: Two document paths conflict with each other; must remove or rewrite one of "
                + "these paths; path one: [a, b], path two: [a, [1]]");
        // Siblings and different indexes are fine.
        assertThat(proj("a[1], a[2], b.c, b.d").apply(item("a", l(n(0), n(1)), "b", m("c", n(2)))))
            .isEqualTo(item("a", l(n(1)), "b", m("c", n(2))));
    }

    @Test
    @DisplayName("4.10 placeholders and reserved words in projections")
    void placeholders() {
        Projection p = RequestExpressions.builder().projection("#n.x").names(names("#n", "name")).build().projection();
        assertThat(p.apply(item("name", m("x", n(1), "y", n(2))))).isEqualTo(item("name", m("x", n(1))));
        rejects(RequestExpressions.builder().projection("name"),
            "Invalid ProjectionExpression: Attribute name is a reserved keyword; reserved keyword: name");
    }
}
