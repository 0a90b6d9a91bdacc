package dev.tidemark.engine.internal.store;

import dev.tidemark.engine.internal.value.KeyCodec;
import java.util.Arrays;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A table at run time: its metadata, and its key directory — every primary key, encoded so that
 * unsigned byte order is (partition bucket, partition key, sort key) order, mapped to where the
 * item's current image lives. Item bodies are not held here, only cached on the entries.
 */
public final class TableState {
    private volatile TableMeta meta;
    private final KeyCodec codec;
    private final ConcurrentSkipListMap<byte[], ItemEntry> items =
        new ConcurrentSkipListMap<>(Arrays::compareUnsigned);
    private final AtomicLong itemCount = new AtomicLong();
    private final AtomicLong sizeBytes = new AtomicLong();
    private volatile boolean dropped;

    TableState(TableMeta meta) {
        this.meta = meta;
        this.codec = new KeyCodec(meta.hashType(), meta.rangeType());
    }

    /** The current metadata. */
    public TableMeta meta() {
        return meta;
    }

    void meta(TableMeta meta) {
        this.meta = meta;
    }

    /** The key encoder of this table's key schema. */
    public KeyCodec codec() {
        return codec;
    }

    /** The key directory, ordered by encoded key. Read-only for callers. */
    public ConcurrentSkipListMap<byte[], ItemEntry> items() {
        return items;
    }

    /** Number of items. */
    public long itemCount() {
        return itemCount.get();
    }

    /** Sum of the items' DynamoDB sizes. */
    public long sizeBytes() {
        return sizeBytes.get();
    }

    /** Whether the table has been deleted (a request that raced with the delete sees this). */
    public boolean dropped() {
        return dropped;
    }

    void drop() {
        dropped = true;
    }

    /** Installs a new image (or removes the item when {@code entry} is null), keeping the statistics. */
    void apply(byte[] key, ItemEntry entry) {
        ItemEntry old = entry == null ? items.remove(key) : items.put(key, entry);
        if (old != null) {
            itemCount.decrementAndGet();
            sizeBytes.addAndGet(-old.size);
        }
        if (entry != null) {
            itemCount.incrementAndGet();
            sizeBytes.addAndGet(entry.size);
        }
    }
}
