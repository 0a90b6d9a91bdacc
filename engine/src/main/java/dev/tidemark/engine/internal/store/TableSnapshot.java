package dev.tidemark.engine.internal.store;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * A consistent view of one table's key directory as of one log position, taken without stopping
 * writers (backups and exports use it). While the snapshot is open, every writer that changes a
 * key of the table first records the key's entry as it was at the snapshot's position (or
 * {@link #ABSENT}); the first record per key wins, so it is the entry at the position. Reading the
 * current directory and preferring the recorded entries gives the table exactly as of the
 * position. The entries point into the commit log: the caller holds log retention until it has
 * read the bodies. Close the snapshot when done.
 */
public final class TableSnapshot implements AutoCloseable {
    /** Marks a key that had no item at the snapshot's position. */
    static final ItemEntry ABSENT = new ItemEntry(-1, -1, 0);

    private final Store store;
    private final TableState table;
    private final long logIndex;
    private final long logTimestamp;
    private final TableMeta meta;
    private final ConcurrentSkipListMap<byte[], ItemEntry> preserved = new ConcurrentSkipListMap<>(Arrays::compareUnsigned);
    private volatile boolean closed;

    TableSnapshot(Store store, TableState table, long logIndex, long logTimestamp) {
        this.store = store;
        this.table = table;
        this.logIndex = logIndex;
        this.logTimestamp = logTimestamp;
        this.meta = table.meta();
    }

    /** The log index the snapshot is consistent at: every record up to it, none after. */
    public long logIndex() {
        return logIndex;
    }

    /** The timestamp of the record at {@link #logIndex()} (0 for an empty log). */
    public long logTimestamp() {
        return logTimestamp;
    }

    /** The table's metadata at the snapshot's position. */
    public TableMeta meta() {
        return meta;
    }

    /** The table. */
    public TableState table() {
        return table;
    }

    /** Called by writers (key lock and barrier held) before they change a key of the table. */
    void preserve(byte[] key) {
        if (!preserved.containsKey(key)) {
            ItemEntry old = table.items().get(key);
            preserved.putIfAbsent(key, old == null ? ABSENT : old);
        }
    }

    /**
     * The table's entries as of the snapshot's position, ordered by encoded key. Walks the
     * directory while writers go on; call once.
     */
    public ConcurrentSkipListMap<byte[], ItemEntry> entries() {
        ConcurrentSkipListMap<byte[], ItemEntry> out = new ConcurrentSkipListMap<>(Arrays::compareUnsigned);
        for (Map.Entry<byte[], ItemEntry> e : table.items().entrySet()) {
            // the directory entry is read before the preserved one: a writer preserves before it applies
            ItemEntry p = preserved.get(e.getKey());
            ItemEntry v = p != null ? p : e.getValue();
            if (v != ABSENT) {
                out.put(e.getKey(), v);
            }
        }
        for (Map.Entry<byte[], ItemEntry> e : preserved.entrySet()) {
            if (e.getValue() != ABSENT) {
                out.putIfAbsent(e.getKey(), e.getValue());
            }
        }
        return out;
    }

    /** Stops recording; the entries already returned stay valid while the log is retained. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            store.releaseSnapshot(this);
        }
    }
}
