package dev.tidemark.engine.internal.capacity;

import dev.tidemark.engine.internal.store.IndexMeta;
import dev.tidemark.engine.internal.store.TableMeta;
import dev.tidemark.engine.internal.store.TableState;
import dev.tidemark.engine.model.BillingMode;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The throttling state of one table: token buckets for the table (shared with its local indexes)
 * and for each global index, rebuilt from the metadata whenever it changes (tokens carry over,
 * capped by the new burst). Provisioned tables have buckets at their provisioned rates; on-demand
 * tables only where a ceiling is set; others have none and are never throttled.
 */
final class TableRuntime {
    /** Seconds of unused provisioned capacity kept as burst (reference 8.3). */
    static final double PROVISIONED_BURST_SECONDS = 300;
    /** On-demand ceilings allow no burst beyond one second's worth. */
    static final double ON_DEMAND_BURST_SECONDS = 1;

    final TableState table;
    final ReentrantLock lock = new ReentrantLock();
    private volatile TableMeta builtFrom;
    private volatile boolean throttled;
    private boolean onDemand;
    private Bucket read;
    private Bucket write;
    private final Map<Integer, Bucket> indexRead = new HashMap<>();
    private final Map<Integer, Bucket> indexWrite = new HashMap<>();

    TableRuntime(TableState table) {
        this.table = table;
    }

    /** Rebuilds the buckets when the table's metadata changed since the last call. */
    void refresh(long nowMillis) {
        TableMeta m = table.meta();
        if (m == builtFrom) {
            return;
        }
        lock.lock();
        try {
            if (m == builtFrom) {
                return;
            }
            onDemand = m.billingMode() == BillingMode.PAY_PER_REQUEST;
            double burst = onDemand ? ON_DEMAND_BURST_SECONDS : PROVISIONED_BURST_SECONDS;
            CapacitySettings s = onDemand ? CapacitySettings.of(m.options()) : null;
            read = bucket(read, onDemand ? s.maxRead() : m.readCapacity(), burst, nowMillis);
            write = bucket(write, onDemand ? s.maxWrite() : m.writeCapacity(), burst, nowMillis);
            Map<Integer, Bucket> oldRead = new HashMap<>(indexRead);
            Map<Integer, Bucket> oldWrite = new HashMap<>(indexWrite);
            indexRead.clear();
            indexWrite.clear();
            boolean any = read != null || write != null;
            for (IndexMeta im : m.indexes()) {
                if (im.local()) {
                    continue;
                }
                long[] max = onDemand ? s.indexMax(im.id()) : new long[] {im.readCapacity(), im.writeCapacity()};
                Bucket r = bucket(oldRead.get(im.id()), max[0], burst, nowMillis);
                Bucket w = bucket(oldWrite.get(im.id()), max[1], burst, nowMillis);
                if (r != null) {
                    indexRead.put(im.id(), r);
                }
                if (w != null) {
                    indexWrite.put(im.id(), w);
                }
                any |= r != null || w != null;
            }
            throttled = any;
            builtFrom = m;
        } finally {
            lock.unlock();
        }
    }

    private static Bucket bucket(Bucket old, long rate, double burst, long nowMillis) {
        if (rate <= 0) {
            return null;
        }
        if (old == null) {
            return new Bucket(rate, burst, nowMillis);
        }
        old.configure(rate, burst, nowMillis);
        return old;
    }

    boolean throttled() {
        return throttled;
    }

    boolean onDemand() {
        return onDemand;
    }

    /** The bucket of the table (index null) or of a global index, for reads or writes; null if none. */
    Bucket bucket(IndexMeta index, boolean forWrite) {
        if (index == null || index.local()) {
            return forWrite ? write : read;
        }
        return (forWrite ? indexWrite : indexRead).get(index.id());
    }
}
