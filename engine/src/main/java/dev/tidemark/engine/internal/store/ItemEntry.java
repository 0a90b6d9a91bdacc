package dev.tidemark.engine.internal.store;

/**
 * Where the current image of one item lives: the commit-log record that last wrote it and its slot
 * inside that record. The encoded body is attached while the item is in the hot-item cache.
 * Entries are replaced, never changed, by writers; only the cached body comes and goes.
 */
public final class ItemEntry {
    final long logIndex;
    final int slot;
    final int size;
    volatile byte[] body;

    ItemEntry(long logIndex, int slot, int size, byte[] body) {
        this.logIndex = logIndex;
        this.slot = slot;
        this.size = size;
        this.body = body;
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
