package dev.tidemark.engine.internal.capacity;

import dev.tidemark.engine.internal.store.IndexState;
import dev.tidemark.engine.internal.store.TableState;
import dev.tidemark.engine.model.AttributeValue;
import java.util.Arrays;
import java.util.Map;

/**
 * The write units of item writes (reference 8.2 and 2.4): the table pays for the larger of the old
 * and the new image (a missing item: one unit); every index pays for its own entries — one write
 * when an entry appears, disappears or changes its projected attributes, two when the index key
 * moves (delete plus put), nothing when the item is not in the index before or after, or when
 * nothing the index holds changed.
 */
public final class WriteCosts {
    private WriteCosts() {
    }

    /**
     * Charges a write that happens.
     *
     * @param c where the units go
     * @param t the table
     * @param key the encoded table key
     * @param old the current image, or null when there is none (needed only with indexes)
     * @param oldSize the current image's size, or -1 when there is none
     * @param next the new image, or null for a delete
     * @param nextSize the new image's size, or -1 for a delete
     * @param transactional whether the write is part of TransactWriteItems (the table pays double)
     */
    public static void write(Consumption c, TableState t, byte[] key, Map<String, AttributeValue> old, int oldSize,
                             Map<String, AttributeValue> next, int nextSize, boolean transactional) {
        double units = Units.write(Math.max(oldSize, nextSize));
        c.tableWrite(t, transactional ? 2 * units : units);
        IndexState[] indexes = t.indexes();
        for (IndexState ix : indexes) {
            double u = index(ix, key, old, oldSize, next, nextSize);
            if (u > 0) {
                c.indexWrite(t, ix.meta(), u);
            }
        }
    }

    /** The write units of one index for a change from {@code old} to {@code next}. */
    static double index(IndexState ix, byte[] key, Map<String, AttributeValue> old, int oldSize,
                        Map<String, AttributeValue> next, int nextSize) {
        byte[] before = old == null ? null : ix.keyOf(old, key);
        byte[] after = next == null ? null : ix.keyOf(next, key);
        if (before == null && after == null) {
            return 0;
        }
        if (before == null) {
            return Units.write(ix.entrySize(next, nextSize));
        }
        if (after == null) {
            return Units.write(ix.entrySize(old, oldSize));
        }
        if (!Arrays.equals(before, after)) {
            return Units.write(ix.entrySize(old, oldSize)) + Units.write(ix.entrySize(next, nextSize));
        }
        return ix.project(old).equals(ix.project(next)) ? 0 : Units.write(ix.entrySize(next, nextSize));
    }

    /**
     * Charges a conditional write whose condition failed (reference 8.2): an existing item costs
     * the size of the new image for a put (of the current image for an update or delete, which have
     * no new image yet); a missing item costs one unit. Indexes pay nothing.
     *
     * @param oldSize the current image's size, or -1 when there is none
     * @param putSize the size of a put's item, or -1 for an update or delete
     */
    public static void failed(Consumption c, TableState t, int oldSize, int putSize, boolean transactional) {
        double units = oldSize < 0 ? 1 : Units.write(putSize >= 0 ? putSize : oldSize);
        c.tableWrite(t, transactional ? 2 * units : units);
    }
}
