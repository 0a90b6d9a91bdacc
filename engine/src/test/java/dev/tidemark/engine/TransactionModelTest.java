package dev.tidemark.engine;

import static dev.tidemark.engine.Fixtures.hashTable;
import static dev.tidemark.engine.Fixtures.item;
import static dev.tidemark.engine.Fixtures.n;
import static dev.tidemark.engine.Fixtures.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.engine.model.CancellationReason;
import dev.tidemark.engine.model.ConditionCheck;
import dev.tidemark.engine.model.Delete;
import dev.tidemark.engine.model.Get;
import dev.tidemark.engine.model.ItemResponse;
import dev.tidemark.engine.model.Put;
import dev.tidemark.engine.model.ScalarAttributeType;
import dev.tidemark.engine.model.TransactGetItem;
import dev.tidemark.engine.model.TransactWriteItem;
import dev.tidemark.engine.model.Update;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * TransactWriteItems against a model (reference 3.13): over a space of small transactions on six
 * keys, with random conditions, the engine must either reject duplicates, or cancel with exactly
 * the actions whose conditions fail (changing nothing), or apply every action.
 */
class TransactionModelTest {
    private static final int KEYS = 6;
    private static final String[] CONDITIONS = {null, "attribute_exists(id)", "attribute_not_exists(id)", "v < :c"};

    private Database db;

    @BeforeEach
    void open() {
        db = Database.openTemporary();
        hashTable(db, "model", "id", ScalarAttributeType.S);
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** One action decoded from a number: kind, key, condition and value. */
    private record Action(int kind, int key, int condition, int value) {
        static Action of(int x) {
            return new Action(x % 4, (x / 4) % KEYS, (x / (4 * KEYS)) % CONDITIONS.length,
                (x / (4 * KEYS * CONDITIONS.length)) % 5);
        }

        /** A ConditionCheck needs a condition: it gets attribute_exists when none was drawn. */
        int effectiveCondition() {
            return kind == 0 && condition == 0 ? 1 : condition;
        }

        boolean holds(Integer current) {
            return switch (effectiveCondition()) {
                case 0 -> true;
                case 1 -> current != null;
                case 2 -> current == null;
                default -> current != null && current < value;
            };
        }

        TransactWriteItem toRequest() {
            Map<String, AttributeValue> pk = item("id", s("k" + key));
            String cond = CONDITIONS[effectiveCondition()];
            Map<String, AttributeValue> condValues = effectiveCondition() == 3 ? Map.of(":c", n(value)) : null;
            return switch (kind) {
                case 0 -> TransactWriteItem.builder().conditionCheck(ConditionCheck.builder().tableName("model").key(pk)
                    .conditionExpression(cond).expressionAttributeValues(condValues).build()).build();
                case 1 -> TransactWriteItem.builder().put(Put.builder().tableName("model")
                    .item(item("id", s("k" + key), "v", n(value))).conditionExpression(cond)
                    .expressionAttributeValues(condValues).build()).build();
                case 2 -> {
                    Map<String, AttributeValue> values = new HashMap<>();
                    values.put(":nv", n(value + 10));
                    if (condValues != null) {
                        values.putAll(condValues);
                    }
                    yield TransactWriteItem.builder().update(Update.builder().tableName("model").key(pk)
                        .updateExpression("SET v = :nv").conditionExpression(cond)
                        .expressionAttributeValues(values).build()).build();
                }
                default -> TransactWriteItem.builder().delete(Delete.builder().tableName("model").key(pk)
                    .conditionExpression(cond).expressionAttributeValues(condValues).build()).build();
            };
        }

        /** The key's value after this action; null for absent. */
        Integer apply(Integer current) {
            return switch (kind) {
                case 0 -> current;
                case 1 -> value;
                case 2 -> value + 10;
                default -> null;
            };
        }
    }

    @Test
    @DisplayName("3.13 Any small transaction is rejected (same item twice), cancelled with exactly the failing conditions, or applied whole")
    void matchesModel() {
        qt().withExamples(300).forAll(
                lists().of(integers().between(-1, 4)).ofSize(KEYS),
                lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(1, 6))
            .checkAssert((initial, codes) -> {
                Map<Integer, Integer> model = new HashMap<>();
                for (int k = 0; k < KEYS; k++) {
                    String id = "k" + k;
                    if (initial.get(k) < 0) {
                        db.deleteItem(d -> d.tableName("model").key(item("id", s(id))));
                    } else {
                        int v = initial.get(k);
                        model.put(k, v);
                        db.putItem(p -> p.tableName("model").item(item("id", s(id), "v", n(v))));
                    }
                }
                List<Action> actions = codes.stream().map(Action::of).toList();
                List<TransactWriteItem> request = actions.stream().map(Action::toRequest).toList();
                Throwable thrown = catchThrowable(() -> db.transactWriteItems(r -> r.transactItems(request)));

                Set<Integer> keys = new HashSet<>();
                boolean duplicate = !actions.stream().allMatch(a -> keys.add(a.key()));
                List<String> expectedCodes = new ArrayList<>();
                for (Action a : actions) {
                    expectedCodes.add(a.holds(model.get(a.key())) ? "None" : "ConditionalCheckFailed");
                }
                Map<Integer, Integer> expected = new HashMap<>(model);
                if (duplicate) {
                    assertThat(thrown).as("%s", actions).isExactlyInstanceOf(ValidationException.class)
                        .hasMessage("Transaction request cannot include multiple operations on one item");
                } else if (expectedCodes.contains("ConditionalCheckFailed")) {
                    assertThat(thrown).as("%s", actions).isExactlyInstanceOf(TransactionCanceledException.class);
                    assertThat(((TransactionCanceledException) thrown).cancellationReasons())
                        .extracting(CancellationReason::code).as("%s", actions).containsExactlyElementsOf(expectedCodes);
                } else {
                    assertThat(thrown).as("%s", actions).isNull();
                    for (Action a : actions) {
                        Integer after = a.apply(expected.get(a.key()));
                        if (after == null) {
                            expected.remove(a.key());
                        } else {
                            expected.put(a.key(), after);
                        }
                    }
                }
                List<TransactGetItem> gets = new ArrayList<>();
                for (int k = 0; k < KEYS; k++) {
                    gets.add(TransactGetItem.builder().get(Get.builder().tableName("model").key(item("id", s("k" + k))).build()).build());
                }
                List<ItemResponse> responses = db.transactGetItems(g -> g.transactItems(gets)).responses();
                Map<Integer, Integer> actual = new HashMap<>();
                for (int k = 0; k < KEYS; k++) {
                    Map<String, AttributeValue> it = responses.get(k).item();
                    if (it != null) {
                        actual.put(k, Integer.parseInt(it.get("v").n()));
                    }
                }
                assertThat(actual).as("state after %s", actions).isEqualTo(expected);
            });
    }
}
