package dev.tidemark.engine.internal.capacity;

import dev.tidemark.engine.TidemarkException;
import dev.tidemark.engine.internal.store.IndexMeta;
import dev.tidemark.engine.internal.store.TableMeta;
import dev.tidemark.engine.internal.store.TableState;
import dev.tidemark.engine.model.BillingMode;
import dev.tidemark.engine.model.ScalingDimension;
import java.util.Collection;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Target-tracking auto scaling of provisioned tables and global indexes (reference 8.5). Each
 * {@link #evaluate()} looks, for every policy, at the units consumed in the completed minutes of
 * the database clock:
 * <ul>
 *   <li>the last {@value #SCALE_OUT_MINUTES} minutes each above the target utilisation: capacity
 *       rises to what the busier of them would need at the target, up to the maximum;</li>
 *   <li>the last {@value #SCALE_IN_MINUTES} minutes each below {@value #SCALE_IN_FACTOR} of the
 *       target: capacity falls to what the busier of the last {@value #SCALE_OUT_MINUTES} minutes
 *       would need at the target, down to the minimum — through UpdateTable, so DynamoDB's decrease limits apply (a refused decrease is
 *       retried at a later evaluation);</li>
 *   <li>capacity outside [minimum, maximum] is brought inside.</li>
 * </ul>
 * After a change the minutes counted so far are forgotten, so the next decision sees only
 * consumption under the new capacity. A background task of the database evaluates every few
 * seconds; tests call {@link #evaluate()} after advancing their clock.
 */
public final class AutoScaler {
    private static final Logger LOG = LoggerFactory.getLogger(AutoScaler.class);
    /** Consecutive minutes above the target before scaling out (DynamoDB: 2). */
    public static final int SCALE_OUT_MINUTES = 2;
    /** Consecutive minutes below the scale-in threshold before scaling in (DynamoDB: 15). */
    public static final int SCALE_IN_MINUTES = 15;
    /** Scale in when utilisation stays below this share of the target. */
    public static final double SCALE_IN_FACTOR = 0.8;

    /** Changes provisioned capacity the way UpdateTable does (with its validation and limits). */
    public interface Actuator {
        /**
         * Sets the read or write capacity of a table (index null) or global index.
         *
         * @throws TidemarkException when refused (for example by the decrease limits)
         */
        void set(TableState table, IndexMeta index, ScalingDimension dimension, long units);
    }

    private final CapacityManager capacity;
    private final Supplier<Collection<TableState>> tables;
    private final Actuator actuator;

    /**
     * @param capacity where consumption is counted
     * @param tables the live tables
     * @param actuator how capacity is changed
     */
    public AutoScaler(CapacityManager capacity, Supplier<Collection<TableState>> tables, Actuator actuator) {
        this.capacity = capacity;
        this.tables = tables;
        this.actuator = actuator;
    }

    /**
     * Runs one evaluation of every policy.
     *
     * @return the number of capacity changes made
     */
    public synchronized int evaluate() {
        int changes = 0;
        for (TableState t : tables.get()) {
            TableMeta m = t.meta();
            if (m.billingMode() != BillingMode.PROVISIONED || t.dropped()) {
                continue;
            }
            for (CapacitySettings.Policy p : CapacitySettings.of(m.options()).policies()) {
                IndexMeta im = null;
                if (p.indexId() >= 0) {
                    for (IndexMeta i : t.meta().indexes()) {
                        if (i.id() == p.indexId()) {
                            im = i;
                        }
                    }
                    if (im == null) {
                        continue;
                    }
                }
                if (evaluate(t, im, p)) {
                    changes++;
                }
            }
        }
        return changes;
    }

    private boolean evaluate(TableState t, IndexMeta im, CapacitySettings.Policy p) {
        boolean write = p.dimension() == ScalingDimension.WRITE;
        long current = im == null ? (write ? t.meta().writeCapacity() : t.meta().readCapacity())
            : (write ? im.writeCapacity() : im.readCapacity());
        double f = p.target() / 100.0;
        long next = current;
        double[] minutes = capacity.lastMinutes(t, im, write, SCALE_IN_MINUTES);
        int n = minutes.length;
        if (current < p.min() || current > p.max()) {
            next = Math.max(p.min(), Math.min(p.max(), current));
        } else if (n >= SCALE_OUT_MINUTES && above(minutes, n - SCALE_OUT_MINUTES, current * 60.0 * f)) {
            next = Math.min(p.max(), needed(minutes, n - SCALE_OUT_MINUTES, f));
        } else if (n >= SCALE_IN_MINUTES && below(minutes, current * 60.0 * f * SCALE_IN_FACTOR)) {
            next = Math.max(p.min(), needed(minutes, n - SCALE_OUT_MINUTES, f));
        }
        if (next == current) {
            return false;
        }
        try {
            actuator.set(t, im, p.dimension(), next);
            capacity.clearHistory(t, im, write);
            LOG.debug("auto scaling {}{} {}: {} -> {}", t.meta().name(), im == null ? "" : "/" + im.name(), p.dimension(), current, next);
            return true;
        } catch (TidemarkException e) {
            LOG.debug("auto scaling {}{} {} to {} refused: {}", t.meta().name(), im == null ? "" : "/" + im.name(), p.dimension(),
                next, e.getMessage());
            return false;
        }
    }

    private static boolean above(double[] minutes, int from, double threshold) {
        for (int i = from; i < minutes.length; i++) {
            if (minutes[i] <= threshold) {
                return false;
            }
        }
        return true;
    }

    private static boolean below(double[] minutes, double threshold) {
        for (double m : minutes) {
            if (m >= threshold) {
                return false;
            }
        }
        return true;
    }

    /** Units per second that keep the busiest of the minutes from {@code from} at the target. */
    private static long needed(double[] minutes, int from, double target) {
        double busiest = 0;
        for (int i = from; i < minutes.length; i++) {
            busiest = Math.max(busiest, minutes[i]);
        }
        return Math.max(1, (long) Math.ceil(busiest / 60.0 / target - 1e-9));
    }
}
