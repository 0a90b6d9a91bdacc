package dev.tidemark.engine;

import static dev.tidemark.engine.Fixtures.item;
import static dev.tidemark.engine.Fixtures.n;
import static dev.tidemark.engine.Fixtures.s;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.engine.model.ScalarAttributeType;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** With a cache far smaller than the data, every read still returns the latest image (from the log). */
class SmallCacheTest {

    @Test
    @DisplayName("items beyond the cache are read back from the commit log, latest image first")
    void readsBeyondTheCache() {
        DatabaseOptions options = DatabaseOptions.builder().itemCacheBytes(64 * 1024).build();
        try (Database db = Database.openTemporary(options)) {
            Fixtures.hashTable(db, "big", "id", ScalarAttributeType.S);
            int items = 3_000;
            String pad = "p".repeat(300);
            for (int i = 0; i < items; i++) {
                Map<String, AttributeValue> it = item("id", s("k" + i), "v", n(i), "pad", s(pad));
                db.putItem(p -> p.tableName("big").item(it));
            }
            for (int i = 0; i < items; i += 7) {
                int k = i;
                db.updateItem(u -> u.tableName("big").key(item("id", s("k" + k))).updateExpression("ADD v :d")
                    .expressionAttributeValues(Map.of(":d", n(1_000_000))));
            }
            Random rnd = new Random(1);
            for (int r = 0; r < 5_000; r++) {
                int k = rnd.nextInt(items);
                Map<String, AttributeValue> got = db.getItem(g -> g.tableName("big").key(item("id", s("k" + k)))).item();
                long expected = k % 7 == 0 ? k + 1_000_000L : k;
                assertThat(got.get("v").n()).as("item k%d", k).isEqualTo(Long.toString(expected));
                assertThat(got.get("pad").s()).hasSize(300);
            }
            assertThat(Fixtures.scanAll(db, "big")).hasSize(items);
        }
    }
}
