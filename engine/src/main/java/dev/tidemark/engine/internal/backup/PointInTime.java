package dev.tidemark.engine.internal.backup;

import dev.tidemark.engine.internal.log.LogRecord;
import dev.tidemark.engine.internal.store.Store;
import dev.tidemark.engine.internal.store.WriteRecords;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.TreeMap;

/**
 * A table's items as of a log time: a base image (consistent at a log index whose record is no
 * later than the time) plus the table's write records (client writes and TTL deletions) after the
 * base up to the time. Relocation records of log compaction change no item and are skipped.
 */
final class PointInTime {
    /** Sees every write of the table replayed after the base. */
    interface Observer {
        /**
         * One mutation.
         *
         * @param timestamp the record's log time
         * @param key the encoded key
         * @param before the item before the write, or null
         * @param after the new item, or null for a delete
         */
        void mutation(long timestamp, byte[] key, ImageFiles.Item before, ImageFiles.Item after);
    }

    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super(null, null, false, false);
        }
    }

    private PointInTime() {
    }

    /** An empty item map ordered like the key directory. */
    static TreeMap<byte[], ImageFiles.Item> newMap() {
        return new TreeMap<>(Arrays::compareUnsigned);
    }

    /**
     * Loads the base image, then applies the table's writes with log time at most {@code untilMillis}.
     *
     * @param observer sees each write applied (may be null)
     * @return the items, ordered by encoded key
     */
    static TreeMap<byte[], ImageFiles.Item> image(Store store, Path base, long baseIndex, int tableId, long untilMillis,
                                                  Observer observer) throws IOException {
        TreeMap<byte[], ImageFiles.Item> items = newMap();
        ImageFiles.readItems(base, item -> items.put(item.key(), item));
        try {
            store.log().replay(baseIndex, rec -> apply(rec, items, tableId, untilMillis, observer));
        } catch (Stop done) {
            // reached a record after the time
        }
        return items;
    }

    private static void apply(LogRecord rec, TreeMap<byte[], ImageFiles.Item> items, int tableId, long untilMillis, Observer observer) {
        if (rec.timestamp() > untilMillis) {
            throw new Stop();
        }
        if (rec.type() == Store.TYPE_TABLE_DELETE && ByteBuffer.wrap(rec.payload()).getInt() == tableId) {
            throw new Stop();
        }
        if (rec.type() != Store.TYPE_WRITE && rec.type() != Store.TYPE_SERVICE_WRITE) {
            return; // relocation records (log compaction) change nothing
        }
        WriteRecords.forEach(rec.payload(), (slot, id, key, op, size) -> {
            if (id != tableId) {
                return;
            }
            ImageFiles.Item item = op == WriteRecords.DELETE ? null
                : new ImageFiles.Item(key, size, WriteRecords.body(rec.payload(), slot));
            ImageFiles.Item before = item == null ? items.remove(key) : items.put(key, item);
            if (observer != null) {
                observer.mutation(rec.timestamp(), key, before, item);
            }
        });
    }
}
