package dev.tidemark.engine.internal;

import dev.tidemark.engine.internal.store.Store;
import dev.tidemark.engine.internal.store.TableState;
import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.engine.model.ItemCollectionMetrics;
import dev.tidemark.engine.model.ReturnItemCollectionMetrics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Item collections (reference 2.3): in a table with local secondary indexes, the items of one
 * partition key value plus their local index entries. Their sizes are kept by the store, which
 * refuses writes that would grow one past the limit; this class reports them.
 */
public final class ItemCollections {
    private static final double GIB = 1L << 30;

    private ItemCollections() {
    }

    /**
     * Sets a smaller item-collection limit until the returned handle is closed, so tests can reach it.
     *
     * @param bytes the limit
     * @return closing it restores the limit in force before
     */
    public static AutoCloseable limitForTesting(long bytes) {
        long before = Store.itemCollectionLimit();
        Store.itemCollectionLimit(bytes);
        return () -> Store.itemCollectionLimit(before);
    }

    /** Whether a request asked for item collection metrics. */
    static boolean wanted(ReturnItemCollectionMetrics r) {
        return r == ReturnItemCollectionMetrics.SIZE;
    }

    /**
     * The metrics of one collection, or null for a table without local secondary indexes. The
     * estimate is the whole number of gigabytes below the size and the next one above it.
     */
    static ItemCollectionMetrics metrics(TableState t, AttributeValue hash) {
        if (!t.meta().hasLocalIndexes() || hash == null) {
            return null;
        }
        double lower = Math.floor(t.collectionBytes(hash) / GIB);
        return ItemCollectionMetrics.builder()
            .itemCollectionKey(Map.of(t.meta().hashName(), hash))
            .sizeEstimateRangeGB(List.of(lower, lower + 1))
            .build();
    }

    /** Per table with local indexes, the metrics of every collection the writes touched; null when none. */
    static Map<String, List<ItemCollectionMetrics>> metrics(Map<TableState, Set<AttributeValue>> touched) {
        Map<String, List<ItemCollectionMetrics>> out = new LinkedHashMap<>();
        touched.forEach((t, hashes) -> {
            List<ItemCollectionMetrics> list = new ArrayList<>();
            for (AttributeValue h : hashes) {
                ItemCollectionMetrics m = metrics(t, h);
                if (m != null) {
                    list.add(m);
                }
            }
            if (!list.isEmpty()) {
                out.put(t.meta().name(), list);
            }
        });
        return out.isEmpty() ? null : out;
    }

    /** Records a written partition key for {@link #metrics(Map)}. */
    static void touch(Map<TableState, Set<AttributeValue>> touched, TableState t, Map<String, AttributeValue> keyOrItem) {
        if (t.meta().hasLocalIndexes()) {
            touched.computeIfAbsent(t, x -> new LinkedHashSet<>()).add(keyOrItem.get(t.meta().hashName()));
        }
    }
}
