package dev.tidemark.engine.internal.store;

import dev.tidemark.engine.internal.value.KeyCodec;
import dev.tidemark.engine.model.AttributeValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * A table at run time: its metadata, and its key directory — every primary key, encoded so that
 * unsigned byte order is (partition bucket, partition key, sort key) order, mapped to where the
 * item's current image lives. Item bodies are not held here, only cached on the entries.
 *
 * <p>The secondary indexes are kept here too, changed in the same step as the directory (under
 * the writer's key locks), and for tables with local secondary indexes the size of every item
 * collection (partition key value to bytes in the table and its local indexes).
 */
public final class TableState {
    private volatile TableMeta meta;
    private final KeyCodec codec;
    private final ConcurrentSkipListMap<byte[], ItemEntry> items =
        new ConcurrentSkipListMap<>(Arrays::compareUnsigned);
    private final AtomicLong itemCount = new AtomicLong();
    private final AtomicLong sizeBytes = new AtomicLong();
    private volatile boolean dropped;
    private volatile IndexState[] indexes = new IndexState[0];
    private final Map<AttributeValue, AtomicLong> collections = new ConcurrentHashMap<>();

    /** Bytes an entry of a local secondary index adds to its item collection besides its attributes. */
    public static final int LOCAL_INDEX_ENTRY_OVERHEAD = 100;

    TableState(TableMeta meta) {
        this.codec = new KeyCodec(meta.hashType(), meta.rangeType());
        meta(meta);
    }

    /** The current metadata. */
    public TableMeta meta() {
        return meta;
    }

    /** Installs new metadata, keeping the entries of indexes that remain and dropping removed ones. */
    synchronized void meta(TableMeta meta) {
        IndexState[] old = indexes;
        IndexState[] next = new IndexState[meta.indexes().size()];
        for (int i = 0; i < next.length; i++) {
            IndexMeta im = meta.indexes().get(i);
            for (IndexState o : old) {
                if (o != null && o.meta().id() == im.id()) {
                    o.meta(im);
                    next[i] = o;
                }
            }
            if (next[i] == null) {
                next[i] = new IndexState(im, meta);
            }
        }
        for (IndexState o : old) {
            if (Arrays.stream(next).noneMatch(n -> n == o)) {
                o.drop();
            }
        }
        this.meta = meta;
        this.indexes = next;
    }

    /** The secondary indexes, in declaration order. */
    public IndexState[] indexes() {
        return indexes;
    }

    /** The index of this name, or null. */
    public IndexState index(String name) {
        for (IndexState i : indexes) {
            if (i.meta().name().equals(name)) {
                return i;
            }
        }
        return null;
    }

    /** Bytes of the item collection of a partition key value (tables with local indexes only). */
    public long collectionBytes(AttributeValue hash) {
        AtomicLong n = collections.get(hash);
        return n == null ? 0 : n.get();
    }

    /**
     * What an item adds to its item collection: its size, and for every local index holding it the
     * projected entry plus {@link #LOCAL_INDEX_ENTRY_OVERHEAD}.
     */
    public long collectionShare(Map<String, AttributeValue> item, int size, byte[] key) {
        long total = size;
        TableMeta m = meta;
        for (IndexState ix : indexes) {
            if (ix.meta().local() && ix.keyOf(item, key) != null) {
                total += ix.entrySize(item, size) + LOCAL_INDEX_ENTRY_OVERHEAD;
            }
        }
        return total;
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
        for (IndexState i : indexes) {
            i.drop();
        }
    }

    /**
     * Installs a new image (or removes the item when {@code entry} is null), keeping the statistics.
     *
     * @return the replaced entry, or null
     */
    ItemEntry apply(byte[] key, ItemEntry entry) {
        ItemEntry old = entry == null ? items.remove(key) : items.put(key, entry);
        if (old != null) {
            itemCount.decrementAndGet();
            sizeBytes.addAndGet(-old.size);
        }
        if (entry != null) {
            itemCount.incrementAndGet();
            sizeBytes.addAndGet(entry.size);
        }
        return old;
    }

    /**
     * Installs a new image and changes every index to match: the old image's entries leave, the new
     * image's arrive. The caller holds the item's key lock.
     *
     * @param key the encoded table key
     * @param entry the new image, or null to remove the item
     * @param item the new image decoded, or null to remove the item
     * @param decoder reads an old image
     * @return the replaced entry, or null
     */
    ItemEntry apply(byte[] key, ItemEntry entry, Map<String, AttributeValue> item,
                    Function<ItemEntry, Map<String, AttributeValue>> decoder) {
        IndexState[] idx = indexes;
        ItemEntry old = apply(key, entry);
        if (idx.length == 0) {
            return old;
        }
        Map<String, AttributeValue> oldItem = old == null ? null : decoder.apply(old);
        TableMeta m = meta;
        boolean local = false;
        // the item collection's change, gathered while the index entries are computed anyway
        long delta = (item == null ? 0 : entry.size) - (oldItem == null ? 0 : old.size);
        for (IndexState ix : idx) {
            boolean isLocal = ix.meta().local();
            local |= isLocal;
            byte[] before = oldItem == null ? null : ix.keyOf(oldItem, key);
            byte[] after = item == null ? null : ix.keyOf(item, key);
            if (before != null && (after == null || !Arrays.equals(before, after))) {
                ix.remove(before);
            }
            if (before != null && isLocal) {
                delta -= ix.entrySize(oldItem, old.size) + LOCAL_INDEX_ENTRY_OVERHEAD;
            }
            if (after != null) {
                int size = ix.entrySize(item, entry.size);
                ix.put(after, new IndexEntry(entry, size));
                if (isLocal) {
                    delta += size + LOCAL_INDEX_ENTRY_OVERHEAD;
                }
            }
        }
        if (local) {
            if (delta != 0) {
                AttributeValue hash = (item != null ? item : oldItem).get(m.hashName());
                AtomicLong n = collections.computeIfAbsent(hash, h -> new AtomicLong());
                if (n.addAndGet(delta) == 0) {
                    collections.remove(hash, n);
                }
            }
        }
        return old;
    }

    /** Index entries collected by {@link #indexOne} during a rebuild, per index; null otherwise. */
    private List<List<Map.Entry<byte[], IndexEntry>>> rebuilding;

    /** Empties every index and item-collection size and starts collecting entries for a rebuild. */
    void startRebuild() {
        collections.clear();
        rebuilding = new ArrayList<>();
        for (int i = 0; i < indexes.length; i++) {
            rebuilding.add(new ArrayList<>());
        }
    }

    /** Adds an item's current image to the rebuild of every index (at open). */
    void indexOne(byte[] key, ItemEntry entry, Map<String, AttributeValue> item) {
        TableMeta m = meta;
        IndexState[] idx = indexes;
        boolean local = false;
        long share = entry.size;
        for (int i = 0; i < idx.length; i++) {
            IndexState ix = idx[i];
            local |= ix.meta().local();
            byte[] k = ix.keyOf(item, key);
            if (k != null) {
                int size = ix.entrySize(item, entry.size);
                rebuilding.get(i).add(Map.entry(k, new IndexEntry(entry, size)));
                if (ix.meta().local()) {
                    share += size + LOCAL_INDEX_ENTRY_OVERHEAD;
                }
            }
        }
        if (local) {
            collections.computeIfAbsent(item.get(m.hashName()), h -> new AtomicLong()).addAndGet(share);
        }
    }

    /** Installs the collected entries in the indexes. */
    void finishRebuild() {
        IndexState[] idx = indexes;
        for (int i = 0; i < idx.length; i++) {
            idx[i].load(rebuilding.get(i));
        }
        rebuilding = null;
    }

    /**
     * Adds one item's current image to an index being backfilled. The caller holds the key lock.
     *
     * @return false when the item no longer exists
     */
    boolean backfill(IndexState ix, byte[] key, Function<ItemEntry, Map<String, AttributeValue>> decoder) {
        ItemEntry e = items.get(key);
        if (e == null || ix.dropped()) {
            return false;
        }
        Map<String, AttributeValue> item = decoder.apply(e);
        byte[] k = ix.keyOf(item, key);
        if (k != null) {
            ix.put(k, new IndexEntry(e, ix.entrySize(item, e.size)));
        }
        return true;
    }
}
