package dev.tidemark.engine;

import static dev.tidemark.engine.Fixtures.item;
import static dev.tidemark.engine.Fixtures.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.tidemark.engine.internal.value.ItemSize;
import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.engine.model.ReturnConsumedCapacity;
import dev.tidemark.engine.model.ScalarAttributeType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** For random item sizes and operations, consumed units equal the formulas of reference 8.1/8.2. */
class CapacityPropertiesTest {
    private static Database db;

    @BeforeAll
    static void open() {
        db = Database.openTemporary();
        Fixtures.hashTable(db, "prop", "pk", ScalarAttributeType.S);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static double readFormula(long bytes, boolean consistent) {
        long blocks = Math.max(1, (bytes + 4095) / 4096);
        return consistent ? blocks : blocks / 2.0;
    }

    private static double writeFormula(long bytes) {
        return Math.max(1, (bytes + 1023) / 1024);
    }

    @Test
    @DisplayName("8.2 random sequences of put/get/update/delete on a few keys consume exactly the formula, against a model of item sizes")
    void unitsMatchTheFormula() {
        // each step: (key 0..2, operation 0..4, size 10..20000)
        qt().withExamples(60).forAll(lists().of(integers().between(0, 3 * 5 * 20000 - 1)).ofSizeBetween(1, 12)).checkAssert(steps -> {
            String prefix = "p" + System.nanoTime() + "-";
            Map<String, Long> model = new HashMap<>();
            for (int step : steps) {
                String pk = prefix + (step % 3);
                int op = (step / 3) % 5;
                int size = 10 + (step / 15) % 19990;
                Long old = model.get(pk);
                switch (op) {
                    case 0 -> {
                        Map<String, AttributeValue> it = sized(pk, size);
                        long actual = ItemSize.of(it);
                        double u = db.putItem(p -> p.tableName("prop").item(it).returnConsumedCapacity(ReturnConsumedCapacity.TOTAL))
                            .consumedCapacity().writeCapacityUnits();
                        assertThat(u).isEqualTo(writeFormula(Math.max(old == null ? 0 : old, actual)));
                        model.put(pk, actual);
                    }
                    case 1, 2 -> {
                        boolean consistent = op == 2;
                        double u = db.getItem(g -> g.tableName("prop").key(item("pk", s(pk))).consistentRead(consistent)
                            .returnConsumedCapacity(ReturnConsumedCapacity.INDEXES)).consumedCapacity().table().readCapacityUnits();
                        assertThat(u).isEqualTo(readFormula(old == null ? 0 : old, consistent));
                    }
                    case 3 -> {
                        double u = db.deleteItem(d -> d.tableName("prop").key(item("pk", s(pk)))
                            .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)).consumedCapacity().capacityUnits();
                        assertThat(u).isEqualTo(old == null ? 1.0 : writeFormula(old));
                        model.remove(pk);
                    }
                    default -> {
                        Map<String, AttributeValue> it = sized(pk, size);
                        long actual = ItemSize.of(it);
                        AttributeValue d = it.get("d");
                        double u = db.updateItem(x -> x.tableName("prop").key(item("pk", s(pk))).updateExpression("SET d = :d")
                            .expressionAttributeValues(Map.of(":d", d)).returnConsumedCapacity(ReturnConsumedCapacity.TOTAL))
                            .consumedCapacity().writeCapacityUnits();
                        assertThat(u).isEqualTo(writeFormula(Math.max(old == null ? 0 : old, actual)));
                        model.put(pk, actual);
                    }
                }
            }
            List<Map<String, AttributeValue>> left = Fixtures.scanAll(db, "prop");
            long total = 0;
            for (Map<String, AttributeValue> it : left) {
                if (it.get("pk").s().startsWith(prefix)) {
                    total += ItemSize.of(it);
                }
            }
            assertThat(total).isEqualTo(model.values().stream().mapToLong(Long::longValue).sum());
        });
    }

    /** An item of {@code size} bytes, or of the smallest size its key allows. */
    private static Map<String, AttributeValue> sized(String pk, int size) {
        int rest = Math.max(1, size - ("pk".length() + pk.length()) - 1);
        Map<String, AttributeValue> m = item("pk", s(pk), "d", s("x".repeat(rest)));
        return m;
    }
}
