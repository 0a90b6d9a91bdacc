package dev.tidemark.engine.internal.store;

import dev.tidemark.engine.DatabaseOptions;
import dev.tidemark.engine.ItemCollectionSizeLimitExceededException;
import dev.tidemark.engine.internal.log.CheckpointStore;
import dev.tidemark.engine.internal.log.CommitLog;
import dev.tidemark.engine.internal.log.LogRetention;
import dev.tidemark.engine.internal.log.LogPosition;
import dev.tidemark.engine.internal.log.LogRecord;
import dev.tidemark.engine.internal.value.ItemCodec;
import dev.tidemark.engine.model.AttributeValue;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The storage of one database: the commit log (source of truth), the tables' key directories, the
 * hot-item cache, checkpoints and recovery.
 *
 * <p>Every change is one log record, appended before it becomes visible. Writers call
 * {@link #commit} while holding the locks of the keys they change, so per key the directory
 * follows log order. A checkpoint is the catalog plus every table's directory, taken while writes
 * go on: it records the log index up to which every record was applied, and replay from there is
 * idempotent, so entries the checkpoint caught from later records are simply written again.
 */
public final class Store implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Store.class);

    /** Log record type: a table created or changed; payload = {@link TableMeta}. */
    public static final byte TYPE_TABLE_PUT = 1;
    /** Log record type: a table deleted; payload = its int id. */
    public static final byte TYPE_TABLE_DELETE = 2;
    /** Log record type: item mutations; payload = {@link WriteRecords}. */
    public static final byte TYPE_WRITE = 3;
    /**
     * Log record type: item mutations made by the database itself, not by a client (TTL expiry);
     * payload = {@link WriteRecords}, applied exactly like {@link #TYPE_WRITE}.
     */
    public static final byte TYPE_SERVICE_WRITE = 4;
    /**
     * Log record type: current item images copied forward by log compaction, changing nothing;
     * payload = {@link WriteRecords}. Recovery applies them like writes; change readers (point-in-time
     * replay, the commit hook of streams) never see them.
     */
    public static final byte TYPE_RELOCATE = 5;

    private static final int CHECKPOINT_FORMAT = 1;

    private final CommitLog log;
    private final CheckpointStore checkpoints;
    private final ItemCache cache;
    /** Writers hold the read side across append + apply; a checkpoint takes the write side to find its log index. */
    private final ReentrantReadWriteLock barrier = new ReentrantReadWriteLock();
    private final Object catalogLock = new Object();
    private final Map<String, TableState> byName = new ConcurrentHashMap<>();
    private final Map<Integer, TableState> byId = new ConcurrentHashMap<>();
    private final AtomicLong recordsSinceCheckpoint = new AtomicLong();
    private final Object checkpointLock = new Object();
    private final LogRetention retention = new LogRetention();
    /** Open table snapshots (backups, exports); writers preserve the entries they replace for them. */
    private final java.util.List<TableSnapshot> snapshots = new java.util.concurrent.CopyOnWriteArrayList<>();
    private int nextTableId = 1;
    private final CommitHook hook;
    /** Held across append + hook + apply once commits are ordered (see {@link #orderCommits()}). */
    private final java.util.concurrent.locks.ReentrantLock orderLock = new java.util.concurrent.locks.ReentrantLock();
    private volatile boolean ordered;

    private Store(CommitLog log, CheckpointStore checkpoints, ItemCache cache, CommitHook hook) {
        this.log = log;
        this.checkpoints = checkpoints;
        this.cache = cache;
        this.hook = hook;
    }

    /**
     * Opens the storage in a directory: loads the latest checkpoint, then replays the log after it.
     *
     * @param dir the database directory
     * @param options durability and cache settings
     * @return the recovered store
     */
    public static Store open(Path dir, DatabaseOptions options) {
        return open(dir, options, null);
    }

    /**
     * Opens the storage with a hook that sees every write in log order, also the writes replayed
     * at open (see {@link CommitHook}).
     *
     * @param dir the database directory
     * @param options durability and cache settings
     * @param hook the hook, or null
     * @return the recovered store
     */
    public static Store open(Path dir, DatabaseOptions options, CommitHook hook) {
        CommitLog log = CommitLog.open(dir.resolve("log"), options.durability());
        try {
            Store store = new Store(log, new CheckpointStore(dir.resolve("checkpoints")),
                new ItemCache(options.itemCacheBytes()), hook);
            store.recover();
            return store;
        } catch (RuntimeException | IOException e) {
            log.close();
            if (e instanceof IOException io) {
                throw new UncheckedIOException("cannot recover database in " + dir + ": " + io.getMessage(), io);
            }
            throw (RuntimeException) e;
        }
    }

    /** The retention marks of readers that need log history; compaction never reclaims past their floor. */
    public LogRetention retention() {
        return retention;
    }

    // ----------------------------------------------------------------------------- catalog

    /** The table of this internal id (live or being recovered), or null. */
    public TableState tableById(int id) {
        return byId.get(id);
    }

    /**
     * From now on, commits and table changes are serialised from their log append until the hook
     * has seen them, so the hook sees them in log order. Called before the first table gets a
     * stream; sticky until close. Writes in flight when it is called finish first.
     */
    public void orderCommits() {
        if (ordered) {
            return;
        }
        barrier.writeLock().lock();
        try {
            ordered = true;
        } finally {
            barrier.writeLock().unlock();
        }
    }

    /** The live table of this name, or null. */
    public TableState table(String name) {
        return byName.get(name);
    }

    /** All live tables. */
    public Collection<TableState> tables() {
        return byName.values();
    }

    /**
     * Creates a table, logging it first. The factory gets the new table's id.
     *
     * @return the new table, or null if the name is taken
     */
    public TableState createTable(String name, java.util.function.IntFunction<TableMeta> factory) {
        synchronized (catalogLock) {
            if (byName.containsKey(name)) {
                return null;
            }
            TableMeta meta = factory.apply(nextTableId);
            appendUnderBarrier(TYPE_TABLE_PUT, metaBytes(meta));
            TableState t = install(meta);
            return t;
        }
    }

    /** Changes a table's metadata, logging it first; returns the new metadata. */
    public TableMeta updateTable(TableState table, UnaryOperator<TableMeta> change) {
        synchronized (catalogLock) {
            TableMeta next = change.apply(table.meta());
            byte[] bytes = metaBytes(next);
            // same lock order as a commit: barrier, then the order lock
            barrier.readLock().lock();
            boolean order = ordered;
            if (order) {
                orderLock.lock();
            }
            try {
                log.append(TYPE_TABLE_PUT, bytes);
                recordsSinceCheckpoint.incrementAndGet();
                table.meta(next);
            } finally {
                if (order) {
                    orderLock.unlock();
                }
                barrier.readLock().unlock();
            }
            return next;
        }
    }

    /** Deletes a table and its items, logging it first. */
    public void deleteTable(TableState table) {
        synchronized (catalogLock) {
            int id = table.meta().id();
            appendUnderBarrier(TYPE_TABLE_DELETE, ByteBuffer.allocate(4).putInt(id).array());
            uninstall(id);
        }
    }

    private TableState install(TableMeta meta) {
        TableState existing = byId.get(meta.id());
        if (existing != null) {
            existing.meta(meta);
            return existing;
        }
        TableState t = new TableState(meta);
        byId.put(meta.id(), t);
        byName.put(meta.name(), t);
        nextTableId = Math.max(nextTableId, meta.id() + 1);
        return t;
    }

    private void uninstall(int id) {
        TableState t = byId.remove(id);
        if (t != null) {
            byName.remove(t.meta().name(), t);
            t.drop();
        }
    }

    private static byte[] metaBytes(TableMeta meta) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            meta.writeTo(new DataOutputStream(bytes));
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private LogPosition appendUnderBarrier(byte type, byte[] payload) {
        barrier.readLock().lock();
        try {
            LogPosition pos = log.append(type, payload);
            recordsSinceCheckpoint.incrementAndGet();
            return pos;
        } finally {
            barrier.readLock().unlock();
        }
    }

    // ----------------------------------------------------------------------------- items

    /**
     * A change to one item: the new encoded image (null = delete), its DynamoDB size, and the new
     * image decoded when the caller has it (else null; decoded here if an index needs it).
     */
    public record Change(TableState table, byte[] key, byte[] body, int size, Map<String, AttributeValue> item) {
        /** A change without the decoded image. */
        public Change(TableState table, byte[] key, byte[] body, int size) {
            this(table, key, body, size, null);
        }

        Map<String, AttributeValue> decoded() {
            return item != null || body == null ? item : ItemCodec.decode(body, 0, body.length);
        }
    }

    /** The default item-collection limit: 10 GB. */
    public static final long DEFAULT_ITEM_COLLECTION_LIMIT = 10L << 30;
    private static volatile long itemCollectionLimit = DEFAULT_ITEM_COLLECTION_LIMIT;

    /** The item-collection size limit in bytes. */
    public static long itemCollectionLimit() {
        return itemCollectionLimit;
    }

    /** Sets the item-collection size limit (tests use a small one). */
    public static void itemCollectionLimit(long bytes) {
        itemCollectionLimit = bytes;
    }

    /**
     * The position of the first change that would grow an item collection (of a table with local
     * secondary indexes) past the limit, or -1. The caller holds the keys' locks.
     */
    public int collectionOverflow(List<Change> changes) {
        Map<TableState, Map<AttributeValue, Long>> growth = null;
        for (int i = 0; i < changes.size(); i++) {
            Change c = changes.get(i);
            TableState t = c.table();
            if (!t.meta().hasLocalIndexes()) {
                continue;
            }
            ItemEntry old = t.items().get(c.key());
            Map<String, AttributeValue> oldItem = old == null ? null : decode(old);
            Map<String, AttributeValue> item = c.decoded();
            long delta = (item == null ? 0 : t.collectionShare(item, c.size(), c.key()))
                - (oldItem == null ? 0 : t.collectionShare(oldItem, old.size(), c.key()));
            if (delta <= 0) {
                continue;
            }
            AttributeValue hash = (item != null ? item : oldItem).get(t.meta().hashName());
            if (growth == null) {
                growth = new java.util.HashMap<>();
            }
            long total = growth.computeIfAbsent(t, x -> new java.util.HashMap<>()).merge(hash, delta, Long::sum);
            if (t.collectionBytes(hash) + total > itemCollectionLimit) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Appends the changes as one log record, then applies them. The caller holds the locks of all
     * the keys; when this returns normally the changes are durable per the durability setting and
     * visible. When it throws, nothing was applied. A change that would grow an item collection
     * past the limit makes it throw {@link ItemCollectionSizeLimitExceededException}.
     */
    public LogPosition commit(List<Change> changes) {
        if (collectionOverflow(changes) >= 0) {
            throw new ItemCollectionSizeLimitExceededException("Collection size exceeded.");
        }
        return commitChecked(changes);
    }

    /**
     * {@link #commit} for a caller that has already found {@link #collectionOverflow} to be -1
     * under the same locks (a transaction, which reports an overflow as a cancellation reason).
     */
    public LogPosition commitChecked(List<Change> changes) {
        return commit(changes, false, null);
    }

    /**
     * {@link #commit} that also reports, per change, the size of the image it replaced (-1 for
     * none), taken from the directory as the change is installed: capacity accounting of a write
     * that is not throttled needs no lookup of its own.
     */
    public LogPosition commit(List<Change> changes, int[] replacedSizes) {
        if (collectionOverflow(changes) >= 0) {
            throw new ItemCollectionSizeLimitExceededException("Collection size exceeded.");
        }
        return commit(changes, false, replacedSizes);
    }

    /**
     * Commits changes the database makes itself (TTL expiry) as a {@link #TYPE_SERVICE_WRITE}
     * record: no client request, so nothing is charged to one. Same locking rules as {@link #commit}.
     */
    public LogPosition commitService(List<Change> changes) {
        return commit(changes, true, null);
    }

    private LogPosition commit(List<Change> changes, boolean service, int[] replacedSizes) {
        List<WriteRecords.Mutation> mutations = new ArrayList<>(changes.size());
        for (Change c : changes) {
            mutations.add(new WriteRecords.Mutation(c.table().meta().id(), c.key(), c.body(), c.size()));
        }
        byte[] payload = WriteRecords.encode(mutations);
        barrier.readLock().lock();
        boolean order = ordered;
        if (order) {
            orderLock.lock();
        }
        try {
            if (!snapshots.isEmpty()) {
                preserveForSnapshots(changes);
            }
            LogPosition pos = log.append(service ? TYPE_SERVICE_WRITE : TYPE_WRITE, payload);
            if (hook != null) {
                hook.committed(this, pos, service, changes);
            }
            for (int slot = 0; slot < changes.size(); slot++) {
                Change c = changes.get(slot);
                // When the writer has the decoded image, cache that (as a compact immutable map) rather
                // than the encoded body, so the first read after a write does not decode.
                ItemEntry entry = c.body() == null ? null
                    : cache.newEntry(pos.index(), slot, c.size(), c.item() != null ? Map.copyOf(c.item()) : c.body());
                ItemEntry old = c.table().indexes().length == 0 ? c.table().apply(c.key(), entry)
                    : c.table().apply(c.key(), entry, c.decoded(), this::decode);
                if (old != null) {
                    cache.release(old);
                }
                if (replacedSizes != null) {
                    replacedSizes[slot] = old == null ? -1 : old.size();
                }
            }
            recordsSinceCheckpoint.incrementAndGet();
            return pos;
        } finally {
            if (order) {
                orderLock.unlock();
            }
            barrier.readLock().unlock();
        }
    }

    /**
     * Adds one item's current image to an index being backfilled; the caller holds the key's lock.
     *
     * @return false when the item is gone or the index was dropped
     */
    public boolean backfill(TableState table, IndexState index, byte[] key) {
        return table.backfill(index, key, this::decode);
    }

    /** The current image of an item, decoded, or null when there is none. */
    public Map<String, AttributeValue> read(TableState table, byte[] key) {
        ItemEntry e = table.items().get(key);
        return e == null ? null : decode(e);
    }

    /** The decoded (immutable) image an entry points to: from the cache, else from the log. */
    @SuppressWarnings("unchecked")
    public Map<String, AttributeValue> decode(ItemEntry e) {
        Object c = cache.get(e);
        if (c instanceof Map<?, ?> m) {
            return (Map<String, AttributeValue>) m;
        }
        byte[] body = c != null ? (byte[]) c : WriteRecords.body(log.read(e.logIndex).payload(), e.slot);
        Map<String, AttributeValue> item = ItemCodec.decode(body, 0, body.length);
        cache.attach(e, c, item);
        return item;
    }

    // ----------------------------------------------------------------------------- snapshots and log access

    /**
     * Opens a snapshot of a table at the current log position (see {@link TableSnapshot}). Takes the
     * write side of the barrier only to read the position and register the snapshot.
     */
    public TableSnapshot snapshot(TableState table) {
        barrier.writeLock().lock();
        try {
            long index = log.lastIndex();
            long ts = index < 0 ? 0 : log.read(index).timestamp();
            TableSnapshot s = new TableSnapshot(this, table, index, ts);
            snapshots.add(s);
            return s;
        } finally {
            barrier.writeLock().unlock();
        }
    }

    void releaseSnapshot(TableSnapshot s) {
        snapshots.remove(s);
    }

    private void preserveForSnapshots(List<Change> changes) {
        for (TableSnapshot s : snapshots) {
            for (Change c : changes) {
                if (c.table() == s.table()) {
                    s.preserve(c.key());
                }
            }
        }
    }

    /**
     * Copies the current images of some keys of a table forward to the end of the log as one
     * {@link #TYPE_RELOCATE} record, for log compaction; a key whose entry is no longer
     * {@code expected} (identity) is left alone. The caller holds the keys' locks.
     *
     * @return how many images were copied
     */
    public int relocate(TableState table, List<byte[]> keys, List<ItemEntry> expected) {
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            if (table.items().get(keys.get(i)) == expected.get(i) && !table.dropped()) {
                ItemEntry e = expected.get(i);
                changes.add(new Change(table, keys.get(i), body(e), e.size));
            }
        }
        if (changes.isEmpty()) {
            return 0;
        }
        List<WriteRecords.Mutation> mutations = new ArrayList<>(changes.size());
        for (Change c : changes) {
            mutations.add(new WriteRecords.Mutation(table.meta().id(), c.key(), c.body(), c.size()));
        }
        byte[] payload = WriteRecords.encode(mutations);
        barrier.readLock().lock();
        try {
            if (!snapshots.isEmpty()) {
                preserveForSnapshots(changes);
            }
            LogPosition pos = log.append(TYPE_RELOCATE, payload);
            for (int slot = 0; slot < changes.size(); slot++) {
                Change c = changes.get(slot);
                ItemEntry entry = new ItemEntry(pos.index(), slot, c.size());
                ItemEntry old = table.indexes().length == 0 ? table.apply(c.key(), entry)
                    : table.apply(c.key(), entry, c.decoded(), this::decode);
                if (old != null) {
                    cache.release(old);
                }
            }
            recordsSinceCheckpoint.incrementAndGet();
            return changes.size();
        } finally {
            barrier.readLock().unlock();
        }
    }

    /** Appends an empty relocation record (it changes nothing), so that a new checkpoint gets a new position. */
    public void appendNoop() {
        appendUnderBarrier(TYPE_RELOCATE, WriteRecords.encode(List.of()));
    }

    /** The checkpoint files. */
    public CheckpointStore checkpoints() {
        return checkpoints;
    }

    /** The encoded body an entry points to (from the log). */
    public byte[] body(ItemEntry e) {
        return WriteRecords.body(log.read(e.logIndex).payload(), e.slot);
    }

    /** The commit log (read access for backups, point-in-time recovery and exports). */
    public CommitLog log() {
        return log;
    }

    /** The hot-item cache. */
    public ItemCache cache() {
        return cache;
    }

    /** Bytes of the log's files. */
    public long logSizeBytes() {
        return log.sizeBytes();
    }

    /** Log records appended since the last checkpoint. */
    public long recordsSinceCheckpoint() {
        return recordsSinceCheckpoint.get();
    }

    // ----------------------------------------------------------------------------- checkpoints

    /** Writes a checkpoint: the catalog and every directory, valid from the current log index on. */
    public void checkpoint() {
        synchronized (checkpointLock) {
            long index;
            long sequence;
            List<TableMeta> metas = new ArrayList<>();
            List<TableState> states = new ArrayList<>();
            int nextId;
            // Lock order everywhere: the catalog lock, then the barrier (table changes hold the
            // catalog lock while they append under the barrier's read side).
            synchronized (catalogLock) {
                barrier.writeLock().lock();
                try {
                    index = log.lastIndex();
                    sequence = log.lastSequence();
                    recordsSinceCheckpoint.set(0);
                    nextId = nextTableId;
                    for (TableState t : byId.values()) {
                        metas.add(t.meta());
                        states.add(t);
                    }
                } finally {
                    barrier.writeLock().unlock();
                }
            }
            if (sequence == 0) {
                return;
            }
            try {
                checkpoints.write(index, sequence, out -> {
                    out.writeInt(CHECKPOINT_FORMAT);
                    out.writeInt(nextId);
                    out.writeInt(metas.size());
                    for (int i = 0; i < metas.size(); i++) {
                        metas.get(i).writeTo(out);
                        for (Map.Entry<byte[], ItemEntry> en : states.get(i).items().entrySet()) {
                            byte[] key = en.getKey();
                            ItemEntry e = en.getValue();
                            out.writeInt(key.length);
                            out.write(key);
                            out.writeLong(e.logIndex);
                            out.writeInt(e.slot);
                            out.writeInt(e.size);
                        }
                        out.writeInt(-1);
                    }
                });
            } catch (IOException e) {
                LOG.warn("checkpoint failed, the log keeps everything needed for recovery: {}", e.toString());
            }
        }
    }

    private void recover() throws IOException {
        long after = Long.MIN_VALUE;
        Optional<CheckpointStore.Checkpoint> cp = checkpoints.latest();
        if (cp.isPresent()) {
            after = cp.get().logIndex();
            try (DataInputStream in = cp.get().open()) {
                int format = in.readInt();
                if (format != CHECKPOINT_FORMAT) {
                    throw new IOException("unknown checkpoint format " + format);
                }
                nextTableId = in.readInt();
                int tables = in.readInt();
                for (int i = 0; i < tables; i++) {
                    TableState t = install(TableMeta.readFrom(in));
                    for (int len = in.readInt(); len >= 0; len = in.readInt()) {
                        byte[] key = new byte[len];
                        in.readFully(key);
                        long index = in.readLong();
                        int slot = in.readInt();
                        int size = in.readInt();
                        t.apply(key, new ItemEntry(index, slot, size));
                    }
                }
            }
        }
        long[] replayed = {0};
        log.replay(after, rec -> {
            replayed[0]++;
            applyRecord(rec);
        });
        recordsSinceCheckpoint.set(replayed[0]);
        rebuildIndexes();
        LOG.debug("recovered: checkpoint {} + {} log records", cp.isPresent() ? after : "none", replayed[0]);
    }

    /**
     * Rebuilds the secondary indexes from the recovered tables. Rather than reading each item's
     * image at random, one sequential pass over the log from the oldest current image picks up
     * every image a directory entry still points to.
     */
    private void rebuildIndexes() {
        long oldest = Long.MAX_VALUE;
        long indexed = 0;
        for (TableState t : byId.values()) {
            if (t.indexes().length == 0) {
                continue;
            }
            t.startRebuild();
            indexed += t.itemCount();
            for (ItemEntry e : t.items().values()) {
                oldest = Math.min(oldest, e.logIndex);
            }
        }
        if (oldest != Long.MAX_VALUE) {
            log.replay(oldest - 1, this::reindex);
        }
        for (TableState t : byId.values()) {
            if (t.indexes().length > 0) {
                t.finishRebuild();
            }
        }
        LOG.debug("rebuilt the secondary indexes of {} items", indexed);
    }

    /** Adds to the index rebuild the images of a record that directory entries still point to. */
    private void reindex(LogRecord rec) {
        if (rec.type() != TYPE_WRITE && rec.type() != TYPE_SERVICE_WRITE && rec.type() != TYPE_RELOCATE) {
            return;
        }
        WriteRecords.forEach(rec.payload(), (slot, tableId, key, op, size) -> {
            TableState t = byId.get(tableId);
            if (t == null || op == WriteRecords.DELETE || t.indexes().length == 0) {
                return;
            }
            ItemEntry e = t.items().get(key);
            if (e != null && e.logIndex == rec.index() && e.slot == slot) {
                byte[] body = WriteRecords.body(rec.payload(), slot);
                t.indexOne(key, e, ItemCodec.decode(body, 0, body.length));
            }
        });
    }

    private void applyRecord(LogRecord rec) {
        switch (rec.type()) {
            case TYPE_TABLE_PUT -> {
                try {
                    install(TableMeta.readFrom(new DataInputStream(new java.io.ByteArrayInputStream(rec.payload()))));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            case TYPE_TABLE_DELETE -> uninstall(ByteBuffer.wrap(rec.payload()).getInt());
            case TYPE_WRITE, TYPE_SERVICE_WRITE -> {
                if (hook != null) {
                    hook.replayed(this, rec);
                }
                applyWrite(rec);
            }
            case TYPE_RELOCATE -> applyWrite(rec);
            default -> throw new IllegalStateException("unknown log record type " + rec.type() + " at index " + rec.index());
        }
    }

    private void applyWrite(LogRecord rec) {
        WriteRecords.forEach(rec.payload(), (slot, tableId, key, op, size) -> {
            TableState t = byId.get(tableId);
            if (t != null) {
                t.apply(key, op == WriteRecords.DELETE ? null : new ItemEntry(rec.index(), slot, size));
            }
        });
    }

    /** Writes a final checkpoint and closes the log. */
    @Override
    public void close() {
        try {
            checkpoint();
        } finally {
            log.close();
        }
    }
}
