package dev.tidemark.engine.internal.store;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * The hot-item cache: item images attached to their directory entries, bounded by an estimate of
 * the heap they take, evicted in first-in first-out order. A write attaches the encoded body; the
 * first read replaces it with the decoded immutable item, so later reads neither touch the log nor
 * decode. A hit costs one volatile read on the entry the key lookup already found.
 *
 * <p>Each attached image is charged {@link #weight} bytes, a conservative estimate of a decoded
 * item's heap footprint from its DynamoDB size, whichever form it is in.
 */
public final class ItemCache {
    private static final VarHandle CACHED;

    static {
        try {
            CACHED = MethodHandles.lookup().findVarHandle(ItemEntry.class, "cached", Object.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final long limitBytes;
    private final ConcurrentLinkedQueue<ItemEntry> order = new ConcurrentLinkedQueue<>();
    private final AtomicLong bytes = new AtomicLong();
    /** Entries in {@link #order}, live or already released. */
    private final AtomicLong queued = new AtomicLong();
    /** Bound on {@link #order}'s length, so released entries cannot pile up in it. */
    private final long maxQueued;
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();

    /** A cache holding at most about {@code limitBytes} of bodies (0 = no caching). */
    public ItemCache(long limitBytes) {
        this.limitBytes = limitBytes;
        this.maxQueued = Math.max(1024, 2 * limitBytes / weight(0));
    }

    /** Heap charged for an item of the given DynamoDB size, in either cached form. */
    static long weight(int size) {
        return 4L * size + 96;
    }

    /** The cached image of the entry (encoded body or decoded item), or null; counts a hit or a miss. */
    Object get(ItemEntry e) {
        Object c = e.cached;
        if (c != null) {
            hits.increment();
        } else {
            misses.increment();
        }
        return c;
    }

    /**
     * A new entry whose image is cached from the start (write-through): the encoded body, or the
     * decoded immutable item when the writer has it.
     */
    ItemEntry newEntry(long logIndex, int slot, int size, Object image) {
        ItemEntry e = new ItemEntry(logIndex, slot, size);
        attach(e, image);
        return e;
    }

    /**
     * Caches {@code image} on the entry: attaches it when nothing is cached, or replaces the
     * encoded body {@code seen} by its decoded form (same charge). Evicts past the limit.
     */
    void attach(ItemEntry e, Object seen, Object image) {
        if (seen != null) {
            CACHED.compareAndSet(e, seen, image);
        } else {
            attach(e, image);
        }
    }

    private void attach(ItemEntry e, Object image) {
        long w = weight(e.size);
        if (limitBytes == 0 || w > limitBytes / 4) {
            return;
        }
        if (!CACHED.compareAndSet(e, (Object) null, image)) {
            return;
        }
        order.add(e);
        queued.incrementAndGet();
        long total = bytes.addAndGet(w);
        while (total > limitBytes || queued.get() > maxQueued) {
            ItemEntry victim = order.poll();
            if (victim == null) {
                break;
            }
            queued.decrementAndGet();
            Object vc = victim.cached;
            if (vc != null && CACHED.compareAndSet(victim, vc, (Object) null)) {
                total = bytes.addAndGet(-weight(victim.size));
            } else {
                total = bytes.get();
            }
        }
    }

    /**
     * Drops the image of an entry a write has just replaced: nobody will look it up again, so its
     * weight goes back to the live items at once instead of waiting for its turn in the FIFO order.
     */
    void release(ItemEntry e) {
        Object c = e.cached;
        if (c != null && CACHED.compareAndSet(e, c, (Object) null)) {
            bytes.addAndGet(-weight(e.size));
        }
    }

    /** Estimated heap bytes of the images currently held. */
    public long sizeBytes() {
        return bytes.get();
    }

    /** Hits so far. */
    public long hits() {
        return hits.sum();
    }

    /** Misses so far. */
    public long misses() {
        return misses.sum();
    }
}
