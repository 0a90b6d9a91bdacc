package dev.tidemark.engine.internal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.tidemark.engine.model.AttributeValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** The hot-item cache stays within its bound and charges each item once, in either form. */
class ItemCacheTest {

    @Test
    @DisplayName("the charge never exceeds the limit, whatever the sizes and the order of attach and decode")
    void staysWithinLimit() {
        qt().forAll(Generate.intArrays(Generate.range(1, 400), Generate.range(1, 5_000)), Generate.range(1, 200))
            .checkAssert((sizes, limitKb) -> {
                long limit = limitKb * 1024L;
                ItemCache cache = new ItemCache(limit);
                List<ItemEntry> entries = new ArrayList<>();
                for (int i = 0; i < sizes.length; i++) {
                    ItemEntry e = cache.newEntry(i, 0, sizes[i], new byte[sizes[i]]);
                    entries.add(e);
                    if (i % 3 == 0) {
                        Object seen = cache.get(e);
                        cache.attach(e, seen, Map.of("a", AttributeValue.fromN(i)));
                    }
                    assertThat(cache.sizeBytes()).isBetween(0L, limit);
                }
                long charged = entries.stream().filter(e -> e.cached != null).mapToLong(e -> ItemCache.weight(e.size)).sum();
                assertThat(cache.sizeBytes()).isEqualTo(charged);
            });
    }

    @Test
    @DisplayName("replacing the encoded body by the decoded item keeps the entry cached and the charge unchanged")
    void decodeReplacesBody() {
        ItemCache cache = new ItemCache(1 << 20);
        ItemEntry e = cache.newEntry(1, 0, 100, new byte[100]);
        long before = cache.sizeBytes();
        Object seen = cache.get(e);
        assertThat(seen).isInstanceOf(byte[].class);
        Map<String, AttributeValue> item = Map.of("a", AttributeValue.fromS("x"));
        cache.attach(e, seen, item);
        assertThat(cache.get(e)).isSameAs(item);
        assertThat(cache.sizeBytes()).isEqualTo(before).isEqualTo(ItemCache.weight(100));
        assertThat(cache.hits()).isEqualTo(2);
    }

    @Test
    @DisplayName("a disabled cache holds nothing")
    void disabled() {
        ItemCache cache = new ItemCache(0);
        ItemEntry e = cache.newEntry(1, 0, 10, new byte[10]);
        assertThat(cache.get(e)).isNull();
        assertThat(cache.sizeBytes()).isZero();
    }

    @Test
    @DisplayName("a released (replaced) image gives its charge back, so live images are not evicted for dead ones")
    void releaseFreesTheCharge() {
        long limit = 10 * ItemCache.weight(100);
        ItemCache cache = new ItemCache(limit);
        ItemEntry live = cache.newEntry(0, 0, 100, new byte[100]);
        for (int i = 1; i <= 1000; i++) {
            ItemEntry e = cache.newEntry(i, 0, 100, new byte[100]);
            cache.release(e);
        }
        assertThat(cache.get(live)).isNotNull();
        assertThat(cache.sizeBytes()).isEqualTo(ItemCache.weight(100));
    }

    @Test
    @DisplayName("releasing an entry twice, or one with nothing cached, changes nothing")
    void releaseIsIdempotent() {
        ItemCache cache = new ItemCache(1 << 20);
        ItemEntry e = cache.newEntry(1, 0, 50, new byte[50]);
        cache.release(e);
        cache.release(e);
        assertThat(cache.sizeBytes()).isZero();
        assertThat(cache.get(e)).isNull();
    }
}
