package dev.tidemark.engine.internal.capacity;

import dev.tidemark.engine.ProvisionedThroughputExceededException;
import dev.tidemark.engine.ThrottlingException;
import dev.tidemark.engine.TidemarkException;
import dev.tidemark.engine.internal.metrics.EngineMetrics;
import dev.tidemark.engine.internal.store.IndexMeta;
import dev.tidemark.engine.internal.store.TableMeta;
import dev.tidemark.engine.internal.store.TableOptions;
import dev.tidemark.engine.model.BillingMode;
import dev.tidemark.engine.internal.store.TableState;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides whether requests may consume what they need, and records what they consumed. One per
 * open database.
 *
 * <p>Nothing is computed for a request that does not ask for its consumed capacity on a table that
 * is not throttled while no metrics registry is configured: {@link #accounting} is false and the
 * operations skip every step (the default for embedded use: on-demand tables without ceilings).
 * Otherwise an operation gathers its {@link Consumption} before it changes anything and calls
 * {@link #acquire}: either every bucket involved (table, global indexes; of every table in a batch
 * or transaction) has the units and all are taken at once, or nothing is taken and the request
 * fails without having applied anything.
 */
public final class CapacityManager {
    private final Clock clock;
    private final EngineMetrics metrics;
    private final ConcurrentHashMap<TableState, TableRuntime> runtimes = new ConcurrentHashMap<>();

    /**
     * @param clock the clock buckets refill by
     * @param metrics where consumption and throttling are reported
     */
    public CapacityManager(Clock clock, EngineMetrics metrics) {
        this.clock = clock;
        this.metrics = metrics;
    }

    /** The clock of refills and auto scaling. */
    public Clock clock() {
        return clock;
    }

    /** The metrics sink. */
    public EngineMetrics metrics() {
        return metrics;
    }

    /** Whether requests on this table must gather their consumption even when they do not return it. */
    public boolean accounting(TableState t) {
        if (metrics.enabled()) {
            return true;
        }
        return mayThrottle(t.meta()) && runtime(t).throttled();
    }

    /**
     * Whether a table can have buckets at all: provisioned, or with capacity settings (on-demand
     * ceilings). A cheap test on the metadata, so on-demand tables without ceilings never look up
     * their runtime.
     */
    private static boolean mayThrottle(TableMeta m) {
        if (m.billingMode() == BillingMode.PROVISIONED) {
            return true;
        }
        TableOptions o = m.options();
        return o != TableOptions.EMPTY && o.contains(CapacitySettings.KEY);
    }

    TableRuntime runtime(TableState t) {
        TableRuntime rt = runtimes.get(t);
        if (rt == null) {
            rt = runtimes.computeIfAbsent(t, TableRuntime::new);
        }
        rt.refresh(clock.millis());
        return rt;
    }

    /** Forgets a deleted table. */
    public void forget(TableState t) {
        runtimes.remove(t);
    }

    /** Where a request fell short. */
    public record Shortfall(TableState table, IndexMeta index, boolean write, boolean onDemand) {
        /** The error DynamoDB raises for it. */
        public TidemarkException error() {
            if (onDemand) {
                return new ThrottlingException("Throughput exceeds the maximum OnDemandThroughput configured on "
                    + (index == null ? "table " + table.meta().name() : "index " + index.name() + " of table " + table.meta().name()));
            }
            if (index == null || index.local()) {
                return new ProvisionedThroughputExceededException("The level of configured provisioned throughput for the table was exceeded. "
                    + "Consider increasing your provisioning level with the UpdateTable API.");
            }
            return new ProvisionedThroughputExceededException("The level of configured provisioned throughput for one or more global "
                + "secondary indexes of the table was exceeded. Consider increasing your provisioning level for the under-provisioned "
                + "global secondary indexes with the UpdateTable API");
        }

        /** The cancellation reason code of a transaction action on the short resource. */
        public String reasonCode() {
            return onDemand ? "ThrottlingError" : "ProvisionedThroughputExceeded";
        }
    }

    /** Takes what {@code c} consumed, or throws the throttling error and takes nothing. */
    public void acquireOrThrow(Consumption c) {
        Shortfall s = acquire(c);
        if (s != null) {
            throw s.error();
        }
    }

    /**
     * Takes what {@code c} consumed from every bucket involved, all or nothing, and reports it to
     * the metrics.
     *
     * @return null when taken, else where it fell short (nothing taken)
     */
    public Shortfall acquire(Consumption c) {
        List<TableRuntime> locked = null;
        List<Consumption.Part> parts = null;
        long now = 0;
        for (Consumption.Part p = c.first(); p != null; p = c.next(p)) {
            if (p.empty() || !mayThrottle(p.table.meta())) {
                continue;
            }
            if (locked == null) {
                now = clock.millis();
            }
            TableRuntime rt = runtime(p.table);
            if (!rt.throttled()) {
                continue;
            }
            if (locked == null) {
                locked = new ArrayList<>(2);
                parts = new ArrayList<>(2);
            }
            locked.add(rt);
            parts.add(p);
        }
        if (locked != null) {
            // several tables: lock their runtimes in table-id order, so concurrent requests cannot deadlock
            List<TableRuntime> order = locked;
            if (locked.size() > 1) {
                order = new ArrayList<>(locked);
                order.sort(Comparator.comparingInt(r -> r.table.meta().id()));
            }
            for (TableRuntime rt : order) {
                rt.lock.lock();
            }
            try {
                for (int i = 0; i < parts.size(); i++) {
                    Consumption.Part p = parts.get(i);
                    Shortfall s = check(locked.get(i), p, now);
                    if (s != null) {
                        metrics.throttled(p.table.meta().name(), s.index() == null ? null : s.index().name(), s.write());
                        return s;
                    }
                }
                for (int i = 0; i < parts.size(); i++) {
                    take(locked.get(i), parts.get(i), now);
                }
            } finally {
                for (TableRuntime rt : order) {
                    rt.lock.unlock();
                }
            }
        }
        if (metrics.enabled()) {
            report(c);
        }
        return null;
    }

    private static Shortfall check(TableRuntime rt, Consumption.Part p, long now) {
        Bucket b;
        double r = p.bucketRead();
        if (r > 0 && (b = rt.bucket(null, false)) != null && !b.has(r, now)) {
            return new Shortfall(p.table, null, false, rt.onDemand());
        }
        double w = p.bucketWrite();
        if (w > 0 && (b = rt.bucket(null, true)) != null && !b.has(w, now)) {
            return new Shortfall(p.table, null, true, rt.onDemand());
        }
        for (Map.Entry<IndexMeta, double[]> e : p.indexEntries()) {
            if (e.getKey().local()) {
                continue;
            }
            if (e.getValue()[0] > 0 && (b = rt.bucket(e.getKey(), false)) != null && !b.has(e.getValue()[0], now)) {
                return new Shortfall(p.table, e.getKey(), false, rt.onDemand());
            }
            if (e.getValue()[1] > 0 && (b = rt.bucket(e.getKey(), true)) != null && !b.has(e.getValue()[1], now)) {
                return new Shortfall(p.table, e.getKey(), true, rt.onDemand());
            }
        }
        return null;
    }

    private static void take(TableRuntime rt, Consumption.Part p, long now) {
        Bucket b;
        double r = p.bucketRead();
        if (r > 0 && (b = rt.bucket(null, false)) != null) {
            b.take(r, now);
        }
        double w = p.bucketWrite();
        if (w > 0 && (b = rt.bucket(null, true)) != null) {
            b.take(w, now);
        }
        for (Map.Entry<IndexMeta, double[]> e : p.indexEntries()) {
            if (e.getKey().local()) {
                continue;
            }
            if (e.getValue()[0] > 0 && (b = rt.bucket(e.getKey(), false)) != null) {
                b.take(e.getValue()[0], now);
            }
            if (e.getValue()[1] > 0 && (b = rt.bucket(e.getKey(), true)) != null) {
                b.take(e.getValue()[1], now);
            }
        }
    }

    private void report(Consumption c) {
        for (Consumption.Part p = c.first(); p != null; p = c.next(p)) {
            String name = p.table.meta().name();
            if (p.tableRead > 0 || p.tableWrite > 0) {
                metrics.consumed(name, null, p.tableRead, p.tableWrite);
            }
            if (p.indexes != null) {
                for (Map.Entry<IndexMeta, double[]> e : p.indexes.entrySet()) {
                    metrics.consumed(name, e.getKey().name(), e.getValue()[0], e.getValue()[1]);
                }
            }
        }
    }

    // ------------------------------------------------------------------------------ for auto scaling

    /**
     * Units consumed on a table (index null) or global index in each of the last {@code n}
     * completed minutes of the clock, oldest first; empty when the resource has no bucket.
     */
    double[] lastMinutes(TableState t, IndexMeta index, boolean write, int n) {
        TableRuntime rt = runtime(t);
        rt.lock.lock();
        try {
            Bucket b = rt.bucket(index, write);
            if (b == null) {
                return new double[0];
            }
            b.roll(clock.millis());
            return b.lastMinutes(n);
        } finally {
            rt.lock.unlock();
        }
    }

    /** Forgets the minutes counted on a resource, so the next decision sees only the new capacity. */
    void clearHistory(TableState t, IndexMeta index, boolean write) {
        TableRuntime rt = runtime(t);
        rt.lock.lock();
        try {
            Bucket b = rt.bucket(index, write);
            if (b != null) {
                b.clearHistory();
            }
        } finally {
            rt.lock.unlock();
        }
    }

    /** Tokens left in a bucket now (tests and diagnostics); NaN when there is no bucket. */
    public double tokens(TableState t, IndexMeta index, boolean write) {
        TableRuntime rt = runtime(t);
        rt.lock.lock();
        try {
            Bucket b = rt.bucket(index, write);
            return b == null ? Double.NaN : b.tokens(clock.millis());
        } finally {
            rt.lock.unlock();
        }
    }
}
