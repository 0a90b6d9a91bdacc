package dev.tidemark.engine.internal.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.tidemark.engine.ValidationException;
import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.engine.model.ScalarAttributeType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Property-based tests over the input spaces of the parser, evaluator and updater. */
class ExpressionPropertiesTest {
    private static final Map<String, AttributeValue> KEY = Map.of("pk", AttributeValue.fromS("k"));

    @Test
    @DisplayName("4.4 random condition trees printed and re-parsed evaluate like the original tree")
    void printedConditionsRoundTrip() {
        qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            RandomConditions gen = new RandomConditions(seed);
            Ast.Node tree = gen.condition(3);
            String text = RandomConditions.print(tree);
            Condition parsed = RequestExpressions.builder().condition(text)
                .values(gen.values.isEmpty() ? null : gen.values).build().condition();
            for (int i = 0; i < 8; i++) {
                Map<String, AttributeValue> item = gen.item();
                assertThat(parsed.test(item)).as("%s on %s", text, item).isEqualTo(Evaluator.test(tree, item));
            }
            assertThat(parsed.test(null)).as(text).isEqualTo(Evaluator.test(tree, null));
        });
    }

    @Test
    @DisplayName("4.9 random SET/REMOVE sequences on distinct top-level names agree with a map model")
    void updatesAgreeWithModel() {
        String[] pool = {"a", "b", "c", "d", "e", "f"};
        qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            Random rnd = new Random(seed);
            Map<String, AttributeValue> old = new LinkedHashMap<>();
            old.put("pk", AttributeValue.fromS("k"));
            for (String p : pool) {
                if (rnd.nextBoolean()) {
                    old.put(p, AttributeValue.fromN(rnd.nextInt(100)));
                }
            }
            List<String> targets = new ArrayList<>(List.of(pool));
            java.util.Collections.shuffle(targets, rnd);
            int count = 1 + rnd.nextInt(pool.length);
            List<String> sets = new ArrayList<>();
            List<String> removes = new ArrayList<>();
            Map<String, AttributeValue> values = new LinkedHashMap<>();
            Map<String, AttributeValue> expected = new LinkedHashMap<>(old);
            boolean missingOperand = false;
            for (String t : targets.subList(0, count)) {
                int kind = rnd.nextInt(3);
                if (kind == 0) {
                    removes.add(t);
                    expected.remove(t);
                } else if (kind == 1) {
                    String ref = ":v" + values.size();
                    values.put(ref, AttributeValue.fromN(rnd.nextInt(100)));
                    sets.add(t + " = " + ref);
                    expected.put(t, values.get(ref));
                } else {
                    String src = pool[rnd.nextInt(pool.length)];
                    sets.add(t + " = " + src);
                    if (old.get(src) == null) {
                        missingOperand = true;
                    } else {
                        expected.put(t, old.get(src));
                    }
                }
            }
            StringBuilder text = new StringBuilder();
            if (!sets.isEmpty()) {
                text.append("SET ").append(String.join(", ", sets)).append(' ');
            }
            if (!removes.isEmpty()) {
                text.append("REMOVE ").append(String.join(", ", removes));
            }
            Update u = RequestExpressions.builder().update(text.toString()).values(values.isEmpty() ? null : values)
                .tableKey("pk", null).build().update();
            if (missingOperand) {
                assertThatThrownBy(() -> u.apply(old, KEY)).isInstanceOf(ValidationException.class)
                    .hasMessage(Updater.MISSING_OPERAND);
                return;
            }
            UpdateOutcome out = u.apply(old, KEY);
            assertThat(out.newItem()).as(text.toString()).isEqualTo(expected);
            for (String t : targets.subList(0, count)) {
                assertThat(out.updatedOld().get(t)).as(text + " old " + t).isEqualTo(old.get(t));
                assertThat(out.updatedNew().get(t)).as(text + " new " + t).isEqualTo(expected.get(t));
            }
            assertThat(out.updatedOld().size() + out.updatedNew().size()).isLessThanOrEqualTo(2 * count);
        });
    }

    @Test
    @DisplayName("4.9 SET n = n + :v and n - :v agree with BigDecimal arithmetic")
    void arithmeticAgreesWithBigDecimal() {
        qt().withExamples(400)
            .forAll(longs().all(), integers().between(-20, 20), longs().all(), integers().between(-20, 20))
            .checkAssert((x, xs, y, ys) -> {
                BigDecimal a = BigDecimal.valueOf(x, xs);
                BigDecimal b = BigDecimal.valueOf(y, ys);
                boolean minus = ((x ^ y) & 1) == 0;
                Update u = RequestExpressions.builder().update("SET n = n " + (minus ? "-" : "+") + " :v")
                    .values(Map.of(":v", AttributeValue.fromN(b))).tableKey("pk", null).build().update();
                BigDecimal expected = minus ? a.subtract(b) : a.add(b);
                Map<String, AttributeValue> old = Map.of("pk", AttributeValue.fromS("k"), "n", AttributeValue.fromN(a));
                if (expected.signum() != 0 && expected.stripTrailingZeros().precision() > 38) {
                    // More than 38 significant digits cannot be stored exactly.
                    assertThatThrownBy(() -> u.apply(old, KEY)).isInstanceOf(ValidationException.class);
                    return;
                }
                AttributeValue result = u.apply(old, KEY)
                    .newItem().get("n");
                assertThat(result.nAsBigDecimal()).isEqualByComparingTo(expected);
            });
    }

    private static final String[] FRAGMENTS = {"a", "b", "Z9", "x_1", "#n", "#m", ":v", ":w", "#", ":", "(", ")", "[",
        "]", "0", "7", "99999999999", ".", ",", "=", "<", "<=", "<>", ">", ">=", "+", "-", " ", "_", "AND", "or", "NOT",
        "BETWEEN", "IN", "SET", "remove", "ADD", "DELETE", "size", "begins_with", "contains", "attribute_exists",
        "attribute_type", "if_not_exists", "list_append", "foo", "status", "pk", "sk", "é", "$", "\"", "\t"};

    @Test
    @DisplayName("4.1 random strings over the expression alphabet only ever fail with ValidationException")
    void parserOnlyThrowsValidationException() {
        qt().withExamples(1500).forAll(lists().of(integers().between(0, FRAGMENTS.length - 1)).ofSizeBetween(0, 24),
            longs().all()).checkAssert((picks, seed) -> {
                StringBuilder sb = new StringBuilder();
                Random rnd = new Random(seed);
                for (int p : picks) {
                    sb.append(FRAGMENTS[p]);
                    if (rnd.nextBoolean()) {
                        sb.append(' ');
                    }
                }
                String text = sb.toString();
                Map<String, String> names = Map.of("#n", "a", "#m", "b.c");
                Map<String, AttributeValue> values = Map.of(":v", AttributeValue.fromN(1), ":w",
                    AttributeValue.fromSs("x"));
                Map<String, AttributeValue> item = Map.of("pk", AttributeValue.fromS("k"), "a", AttributeValue.fromN(2),
                    "b", AttributeValue.fromL(AttributeValue.fromN(1)));
                for (ExprKind kind : ExprKind.values()) {
                    RequestExpressions.Builder b = RequestExpressions.builder().names(names).values(values)
                        .tableKey("pk", "sk");
                    switch (kind) {
                        case CONDITION -> b.condition(text);
                        case FILTER -> b.filter(text);
                        case KEY_CONDITION -> b.keyCondition(text)
                            .queryKey("pk", ScalarAttributeType.S, "sk", ScalarAttributeType.N);
                        case UPDATE -> b.update(text);
                        default -> b.projection(text);
                    }
                    try {
                        RequestExpressions r = b.build();
                        if (r.condition() != null) {
                            r.condition().test(item);
                        }
                        if (r.filter() != null) {
                            r.filter().test(item);
                        }
                        if (r.update() != null) {
                            r.update().apply(item, KEY);
                            r.update().apply(null, KEY);
                        }
                        if (r.projection() != null) {
                            r.projection().apply(item);
                        }
                    } catch (ValidationException expected) {
                        assertThat(expected.getMessage()).isNotBlank();
                    }
                }
            });
    }
}
