package dev.tidemark.engine.internal.expr;

import static dev.tidemark.engine.internal.expr.Fixtures.cond;
import static dev.tidemark.engine.internal.expr.Fixtures.conditionRejected;
import static dev.tidemark.engine.internal.expr.Fixtures.item;
import static dev.tidemark.engine.internal.expr.Fixtures.n;
import static dev.tidemark.engine.internal.expr.Fixtures.names;
import static dev.tidemark.engine.internal.expr.Fixtures.rejects;
import static dev.tidemark.engine.internal.expr.Fixtures.s;
import static dev.tidemark.engine.internal.expr.Fixtures.vals;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Lexical rules, document paths, placeholders and the condition grammar (sections 4.1 to 4.4, 4.11). */
class ParserRulesTest {
    private static final Map<String, dev.tidemark.engine.model.AttributeValue> V = vals(":v", n(1));

    @Test
    @DisplayName("4.1 keywords are case-insensitive, whitespace insignificant")
    void keywordsCaseInsensitive() {
        Condition c = cond("a=:v   aNd   NOT b = :v", V);
        assertThat(c.test(item("a", n(1)))).isTrue();
        assertThat(c.test(item("a", n(1), "b", n(1)))).isFalse();
    }

    @Test
    @DisplayName("4.1 function names are case-sensitive")
    void functionNamesCaseSensitive() {
        conditionRejected("BEGINS_WITH(a, :v)", vals(":v", s("x")),
            "Invalid ConditionExpression: Invalid function name; function: BEGINS_WITH");
    }

    @Test
    @DisplayName("4.1 syntax error shows token and near text")
    void syntaxErrorFormat() {
        conditionRejected("a = = :v", V, "Invalid ConditionExpression: Syntax error; token: \"=\", near: \"= = :v\"");
        conditionRejected("a = ", V, "Invalid ConditionExpression: Syntax error; token: \"<EOF>\", near: \"=\"");
        conditionRejected("a-b = :v", V, "Invalid ConditionExpression: Syntax error; token: \"-\", near: \"a-b\"");
        conditionRejected("_a = :v", V, "Invalid ConditionExpression: Syntax error; token: \"_\", near: \"_\"");
    }

    @Test
    @DisplayName("4.1 a bare # or : is a syntax error")
    void barePlaceholderCharacters() {
        conditionRejected("# = :v", V, "Invalid ConditionExpression: Syntax error; token: \"#\", near: \"#\"");
        conditionRejected("a = :", V, "Invalid ConditionExpression: Syntax error; token: \":\", near: \"= :\"");
    }

    @Test
    @DisplayName("4.1 invalid keys in the placeholder maps")
    void invalidMapKeys() {
        rejects(RequestExpressions.builder().condition("a = :v").values(V).names(names("#", "x")),
            "ExpressionAttributeNames contains invalid key: Syntax error; key: \"#\"");
    }

    @Test
    @DisplayName("4.1 reserved words need placeholders, case-insensitively")
    void reservedWords() {
        conditionRejected("Status = :v", V,
            "Invalid ConditionExpression: Attribute name is a reserved keyword; reserved keyword: Status");
        assertThat(cond("#s = :v", names("#s", "Status"), V).test(item("Status", n(1)))).isTrue();
        assertThat(ReservedWords.size()).isEqualTo(573);
        assertThat(ReservedWords.isReserved("flattern")).isTrue();
        assertThat(ReservedWords.isReserved("colour")).isFalse();
    }

    @Test
    @DisplayName("4.1 empty expression")
    void emptyExpression() {
        conditionRejected("", null, "Invalid ConditionExpression: The expression can not be empty;");
        rejects(RequestExpressions.builder().projection(""), "Invalid ProjectionExpression: The expression can not be empty;");
    }

    @Test
    @DisplayName("4.2 #placeholder is one path element, dots inside are literal")
    void placeholderIsOneElement() {
        Condition c = cond("#a = :v", names("#a", "x.y"), V);
        assertThat(c.test(item("x.y", n(1)))).isTrue();
        assertThat(c.test(item("x", Fixtures.m("y", n(1))))).isFalse();
    }

    @Test
    @DisplayName("4.2 list index must be a literal non-negative integer")
    void listIndexForms() {
        conditionRejected("a[:v] = :v", V, "Invalid ConditionExpression: Syntax error; token: \":v\", near: \"[:v]\"");
        conditionRejected("a[-1] = :v", V, "Invalid ConditionExpression: Syntax error; token: \"-\", near: \"[-1\"");
        conditionRejected("a[] = :v", V, "Invalid ConditionExpression: Syntax error; token: \"]\", near: \"[] =\"");
        conditionRejected("a[99999999999] = :v", V,
            "Invalid ConditionExpression: List index is not within the allowable range; index: [99999999999]");
    }

    @Test
    @DisplayName("4.2 path depth at most 32")
    void pathDepth() {
        String ok = "a" + ".b".repeat(31);
        assertThat(cond(ok + " = :v", V).test(item())).isFalse();
        conditionRejected("a" + ".b".repeat(32) + " = :v", V,
            "Invalid ConditionExpression: The document path has too many nesting levels; nesting levels: 33");
    }

    @Test
    @DisplayName("4.3 unused names and values across all expressions of the request")
    void unusedPlaceholders() {
        rejects(RequestExpressions.builder().condition("a = :v").values(vals(":v", n(1), ":w", n(2))),
            "Value provided in ExpressionAttributeValues unused in expressions: keys: {:w}");
        rejects(RequestExpressions.builder().condition("a = :v").values(V).names(names("#b", "b", "#a", "a")),
            "Value provided in ExpressionAttributeNames unused in expressions: keys: {#a, #b}");
        // Used by a different expression of the same request: fine.
        RequestExpressions r = RequestExpressions.builder().condition("attribute_exists(#a)").update("SET b = :v")
            .projection("#a").names(names("#a", "a")).values(V).tableKey("pk", null).build();
        assertThat(r.condition()).isNotNull();
        // Short-circuit evaluation does not matter: usage is computed from the tree.
        assertThat(cond("a = :v OR b = :w", vals(":v", n(1), ":w", n(2))).test(item("a", n(1)))).isTrue();
    }

    @Test
    @DisplayName("4.3 undefined name and value references")
    void undefinedReferences() {
        rejects(RequestExpressions.builder().condition("#x = :v").values(V),
            "Invalid ConditionExpression: An expression attribute name used in the document path is not defined; "
                + "attribute name: #x");
        rejects(RequestExpressions.builder().condition("a = :x").values(V),
            "Invalid ConditionExpression: An expression attribute value used in expression is not defined; "
                + "attribute value: :x");
    }

    @Test
    @DisplayName("4.3 maps must not be empty nor given without expressions")
    void mapsPresence() {
        rejects(RequestExpressions.builder().names(names("#a", "a")),
            "ExpressionAttributeNames can only be specified when using expressions");
        rejects(RequestExpressions.builder().values(V), "ExpressionAttributeValues can only be specified when using expressions");
        rejects(RequestExpressions.builder().condition("a = :v").values(V).names(Map.of()),
            "ExpressionAttributeNames must not be empty");
        rejects(RequestExpressions.builder().condition("attribute_exists(a)").values(Map.of()),
            "ExpressionAttributeValues must not be empty");
    }

    @Test
    @DisplayName("4.3 deferred error order: redundant parentheses before unknown function before reserved word")
    void errorOrder() {
        conditionRejected("((Status = :v)) AND foo(a)", V, "Invalid ConditionExpression: The expression has redundant parentheses;");
        conditionRejected("Status = :v AND foo(a)", V, "Invalid ConditionExpression: Invalid function name; function: foo");
    }

    @Test
    @DisplayName("4.4 precedence: OR binds looser than AND, NOT binds tighter than AND")
    void precedence() {
        Condition c = cond("a = :v OR b = :v AND c = :v", V);
        assertThat(c.test(item("a", n(1)))).isTrue();
        assertThat(c.test(item("b", n(1)))).isFalse();
        Condition d = cond("NOT a = :v AND b = :v", V);
        assertThat(d.test(item("b", n(1)))).isTrue();
        assertThat(d.test(item("a", n(1), "b", n(1)))).isFalse();
    }

    @Test
    @DisplayName("4.4 a bare operand is not a condition")
    void bareOperand() {
        conditionRejected("attribute_exists(a) AND flag", null,
            "Invalid ConditionExpression: Syntax error; token: \"<EOF>\", near: \"flag\"");
        conditionRejected("a", null, "Invalid ConditionExpression: Syntax error; token: \"<EOF>\", near: \"a\"");
    }

    @Test
    @DisplayName("4.4 redundant parentheses")
    void redundantParentheses() {
        conditionRejected("((a < :v))", V, "Invalid ConditionExpression: The expression has redundant parentheses;");
        conditionRejected("((a)) < :v", V, "Invalid ConditionExpression: The expression has redundant parentheses;");
        assertThat(cond("((a < :v) AND (b < :v))", V).test(item("a", n(0), "b", n(0)))).isTrue();
        assertThat(cond("(a) < :v", V).test(item("a", n(0)))).isTrue();
    }

    @Test
    @DisplayName("4.4 IN takes 1..100 operands including the left one; IN () is a syntax error")
    void inOperands() {
        StringBuilder list = new StringBuilder(":v");
        for (int i = 0; i < 98; i++) {
            list.append(", :v");
        }
        assertThat(cond("a IN (" + list + ")", V).test(item("a", n(1)))).isTrue();
        conditionRejected("a IN (" + list + ", :v)", V,
            "Invalid ConditionExpression: The IN operator is provided with too many operands; number of operands: 101");
        conditionRejected("a IN ()", V, "Invalid ConditionExpression: Syntax error; token: \")\", near: \"()\"");
    }

    @Test
    @DisplayName("4.4 operator count limit 300")
    void operatorLimit() {
        String ok = "a = :v" + " OR a = :v".repeat(149);
        cond(ok, V);
        conditionRejected(ok + " OR a = :v", V,
            "Invalid ConditionExpression: The expression contains too many operators; operator count: 301");
    }

    @Test
    @DisplayName("4.4 expression size limit 4096 bytes, checked before parsing")
    void sizeLimit() {
        String big = "a = :v" + " ".repeat(4096 - 6);
        cond(big, V);
        conditionRejected(big + "é", V,
            "Invalid ConditionExpression: Expression size has exceeded the maximum allowed size; expression size: 4098");
    }

    @Test
    @DisplayName("4.4 size() cannot stand alone, boolean functions cannot be compared")
    void functionMisuse() {
        conditionRejected("size(a)", null,
            "Invalid ConditionExpression: The function is not allowed to be used this way in an expression; function: size");
        conditionRejected("attribute_exists(a) = :v", V,
            "Invalid ConditionExpression: The function is not allowed to be used this way in an expression; "
                + "function: attribute_exists");
        conditionRejected("size(size(a)) = :v", V,
            "Invalid ConditionExpression: The function is not allowed to be used this way in an expression; function: size");
    }

    @Test
    @DisplayName("4.4 list_append and if_not_exists are unknown in conditions")
    void updateFunctionsInConditions() {
        conditionRejected("list_append(a, :v) = :v", V,
            "Invalid ConditionExpression: Invalid function name; function: list_append");
        conditionRejected("if_not_exists(a, :v) = :v", V,
            "Invalid ConditionExpression: Invalid function name; function: if_not_exists");
    }

    @Test
    @DisplayName("4.4 operands must be distinct")
    void distinctOperands() {
        conditionRejected("contains(a, a)", null,
            "Invalid ConditionExpression: The first operand must be distinct from the remaining operands for this "
                + "operator or function; operator: contains, first operand: [a]");
        rejects(RequestExpressions.builder().condition("#x = a").names(names("#x", "a")),
            "Invalid ConditionExpression: The first operand must be distinct from the remaining operands for this "
                + "operator or function; operator: =, first operand: [a]");
    }

    @Test
    @DisplayName("4.6 function argument counts")
    void argumentCounts() {
        conditionRejected("begins_with(a)", null,
            "Invalid ConditionExpression: Incorrect number of operands for operator or function; operator or function: "
                + "begins_with, number of operands: 1");
        conditionRejected("attribute_exists(a, b)", null,
            "Invalid ConditionExpression: Incorrect number of operands for operator or function; operator or function: "
                + "attribute_exists, number of operands: 2");
    }

    @Test
    @DisplayName("4.6 attribute_exists requires a document path")
    void attributeExistsNeedsPath() {
        conditionRejected("attribute_exists(:v)", V,
            "Invalid ConditionExpression: Operator or function requires a document path; operator or function: "
                + "attribute_exists");
    }

    @Test
    @DisplayName("4.11 deeply nested input fails with a ValidationException, not a stack overflow")
    void deepNesting() {
        String text = "(".repeat(2000) + "a = :v" + ")".repeat(2000);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> cond(text, V))
            .isInstanceOf(dev.tidemark.engine.ValidationException.class);
        String nots = "NOT ".repeat(1000) + "a = :v";
        conditionRejected(nots, V, "Invalid ConditionExpression: The expression contains too many operators; operator count: 1001");
    }

    @Test
    @DisplayName("Parse cache: the same text is parsed once and shared")
    void parseCache() {
        Object first = ParseCache.get(ExprKind.CONDITION, "cached_x = :v", t -> Parser.parseCondition(t, ExprKind.CONDITION));
        Object second = ParseCache.get(ExprKind.CONDITION, "cached_x = :v", t -> {
            throw new AssertionError("parsed twice");
        });
        assertThat(second).isSameAs(first);
        assertThat(ParseCache.size()).isLessThanOrEqualTo(ParseCache.MAX_ENTRIES);
    }
}
