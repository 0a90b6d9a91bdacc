package dev.tidemark.engine.internal.log;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * The retention marks of readers that need log history: stream readers (24 hours of records),
 * point-in-time recovery windows, running backups and exports. Each holder reports the oldest log
 * index it still needs; compaction and deletion never reclaim a record at or after
 * {@link #floor()}. Thread-safe.
 */
public final class LogRetention {
    private final Map<Long, Hold> holds = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    /** A registered retention mark; closing it releases the history it kept. */
    public final class Hold implements AutoCloseable {
        private final long id;
        private final String owner;
        private final LongSupplier oldestNeeded;

        private Hold(long id, String owner, LongSupplier oldestNeeded) {
            this.id = id;
            this.owner = owner;
            this.oldestNeeded = oldestNeeded;
        }

        /** Who holds the mark, for logs and diagnostics. */
        public String owner() {
            return owner;
        }

        /** The oldest log index this holder needs now ({@code Long.MAX_VALUE} for none). */
        public long oldestNeeded() {
            return oldestNeeded.getAsLong();
        }

        @Override
        public void close() {
            holds.remove(id);
        }

        @Override
        public String toString() {
            return "Hold[" + owner + "]";
        }
    }

    /**
     * Registers a mark.
     *
     * @param owner a description such as {@code "stream orders"} or {@code "backup 0167..."}
     * @param oldestNeeded asked at each compaction: the oldest log index still needed, or
     *     {@code Long.MAX_VALUE} when none is needed at the moment; it must never move backwards
     * @return the hold, to close when the history is no longer needed
     */
    public Hold hold(String owner, LongSupplier oldestNeeded) {
        long id = ids.incrementAndGet();
        Hold h = new Hold(id, owner, oldestNeeded);
        holds.put(id, h);
        return h;
    }

    /** The oldest log index any holder needs; {@code Long.MAX_VALUE} when nobody holds history. */
    public long floor() {
        long min = Long.MAX_VALUE;
        for (Hold h : holds.values()) {
            min = Math.min(min, h.oldestNeeded());
        }
        return min;
    }
}
