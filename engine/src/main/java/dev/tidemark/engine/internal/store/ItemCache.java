package dev.tidemark.engine.internal.store;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * The hot-item cache: encoded item bodies attached to their directory entries, bounded by bytes,
 * evicted in first-in first-out order. A hit costs one volatile read on the entry the key lookup
 * already found; a miss reads the body from the commit log.
 */
public final class ItemCache {
    private static final VarHandle BODY;

    static {
        try {
            BODY = MethodHandles.lookup().findVarHandle(ItemEntry.class, "body", byte[].class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final long limitBytes;
    private final ConcurrentLinkedQueue<ItemEntry> order = new ConcurrentLinkedQueue<>();
    private final AtomicLong bytes = new AtomicLong();
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();

    /** A cache holding at most about {@code limitBytes} of bodies (0 = no caching). */
    public ItemCache(long limitBytes) {
        this.limitBytes = limitBytes;
    }

    /** The cached body of the entry, or null; counts a hit or a miss. */
    byte[] get(ItemEntry e) {
        byte[] b = e.body;
        if (b != null) {
            hits.increment();
        } else {
            misses.increment();
        }
        return b;
    }

    /** A new entry whose body is cached from the start (write-through). */
    ItemEntry newEntry(long logIndex, int slot, int size, byte[] body) {
        ItemEntry e = new ItemEntry(logIndex, slot, size, null);
        attach(e, body);
        return e;
    }

    /** Attaches a body read from the log to its entry, evicting old bodies past the limit. */
    void attach(ItemEntry e, byte[] body) {
        if (limitBytes == 0 || body.length > limitBytes / 4) {
            return;
        }
        if (!BODY.compareAndSet(e, (byte[]) null, body)) {
            return;
        }
        order.add(e);
        long total = bytes.addAndGet(body.length);
        while (total > limitBytes) {
            ItemEntry victim = order.poll();
            if (victim == null) {
                break;
            }
            byte[] vb = victim.body;
            if (vb != null && BODY.compareAndSet(victim, vb, (byte[]) null)) {
                total = bytes.addAndGet(-vb.length);
            } else {
                total = bytes.get();
            }
        }
    }

    /** Bytes of bodies currently held. */
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
