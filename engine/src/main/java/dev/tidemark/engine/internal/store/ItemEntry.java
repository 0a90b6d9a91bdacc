package dev.tidemark.engine.internal.store;

/**
 * Where the current image of one item lives: the commit-log record that last wrote it and its slot
 * inside that record. While the item is in the hot-item cache, its image is attached: the encoded
 * body right after a write, the decoded (immutable) item once it has been read. Entries are
 * replaced, never changed, by writers; only the cached image comes and goes.
 */
public final class ItemEntry {
    final long logIndex;
    final int slot;
    final int size;
    /** Null, the encoded body (byte[]), or the decoded immutable item (Map). */
    volatile Object cached;

    ItemEntry(long logIndex, int slot, int size) {
        this.logIndex = logIndex;
        this.slot = slot;
        this.size = size;
    }

    /** The DynamoDB item size of the image, for table statistics. */
    public int size() {
        return size;
    }

    /** The commit-log index of the record holding the image. */
    public long logIndex() {
        return logIndex;
    }
}
