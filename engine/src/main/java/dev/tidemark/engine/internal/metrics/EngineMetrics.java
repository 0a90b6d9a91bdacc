package dev.tidemark.engine.internal.metrics;

import dev.tidemark.engine.internal.store.Store;

/**
 * Where the engine reports what it measures. {@link #NONE} (no registry configured) reports
 * nothing, and callers check {@link #enabled()} before measuring anything, so metrics cost nothing
 * unless configured. The Micrometer implementation is created by {@link #create}, the only place
 * that touches Micrometer classes, so the engine runs without Micrometer on the class path.
 */
public interface EngineMetrics {
    /** Reports nothing. */
    EngineMetrics NONE = new EngineMetrics() {
        @Override
        public boolean enabled() {
            return false;
        }

        @Override
        public void consumed(String table, String index, double read, double write) {
        }

        @Override
        public void throttled(String table, String index, boolean write) {
        }

        @Override
        public void timed(String operation, String table, long nanos) {
        }
    };

    /** Whether anything is reported. */
    boolean enabled();

    /** Units consumed on a table (index null) or index. */
    void consumed(String table, String index, double read, double write);

    /** A request throttled on a table (index null) or global index. */
    void throttled(String table, String index, boolean write);

    /** The duration of one operation; table null for requests over several tables. */
    void timed(String operation, String table, long nanos);

    /**
     * The metrics for a registry given in the database options: NONE for null, Micrometer for a
     * {@code io.micrometer.core.instrument.MeterRegistry}.
     *
     * @throws IllegalArgumentException for any other object
     */
    static EngineMetrics create(Object registry, Store store) {
        if (registry == null) {
            return NONE;
        }
        return MicrometerMetrics.create(registry, store);
    }
}
