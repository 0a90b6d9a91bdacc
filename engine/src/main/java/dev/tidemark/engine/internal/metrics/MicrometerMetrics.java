package dev.tidemark.engine.internal.metrics;

import dev.tidemark.engine.internal.store.IndexState;
import dev.tidemark.engine.internal.store.Store;
import dev.tidemark.engine.internal.store.TableState;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;

/**
 * Engine metrics on a Micrometer registry. Meters (all tagged {@code table}, and {@code index}
 * for index meters; "-" for the table itself):
 * <ul>
 *   <li>{@code tidemark.capacity.consumed} (counter, tag {@code unit} = read|write): units consumed;</li>
 *   <li>{@code tidemark.capacity.provisioned} (gauge, tag {@code unit}): provisioned units (0 on demand);</li>
 *   <li>{@code tidemark.capacity.throttled} (counter, tag {@code unit}): requests throttled;</li>
 *   <li>{@code tidemark.operation} (timer with histogram, tags {@code operation}, {@code table}):
 *       latency of each operation ({@code table} "*" for batches and transactions);</li>
 *   <li>{@code tidemark.table.items}, {@code tidemark.table.size} (gauges, bytes), per table and index;</li>
 *   <li>{@code tidemark.log.size} (gauge, bytes), {@code tidemark.cache.hit.ratio} (gauge, 0..1).</li>
 * </ul>
 * Table and index meters are registered when a table or index is first used.
 */
final class MicrometerMetrics implements EngineMetrics {
    private final MeterRegistry registry;
    private final Store store;
    private final ConcurrentHashMap<String, Counter[]> consumed = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Counter[]> throttled = new ConcurrentHashMap<>();
    /** Per operation name, per table name ("*" for none), its timer. */
    private final ConcurrentHashMap<String, ConcurrentHashMap<String, Timer>> timers = new ConcurrentHashMap<>();

    private MicrometerMetrics(MeterRegistry registry, Store store) {
        this.registry = registry;
        this.store = store;
        Gauge.builder("tidemark.log.size", store, s -> s.logSizeBytes()).baseUnit("bytes")
            .description("Bytes of the commit log's files").register(registry);
        Gauge.builder("tidemark.cache.hit.ratio", store, s -> {
            long h = s.cache().hits();
            long m = s.cache().misses();
            return h + m == 0 ? 0 : (double) h / (h + m);
        }).description("Share of item reads served by the item cache").register(registry);
    }

    static EngineMetrics create(Object registry, Store store) {
        if (!(registry instanceof MeterRegistry r)) {
            throw new IllegalArgumentException("meterRegistry must be an io.micrometer.core.instrument.MeterRegistry, not "
                + registry.getClass().getName());
        }
        return new MicrometerMetrics(r, store);
    }

    @Override
    public boolean enabled() {
        return true;
    }

    private static String key(String table, String index) {
        return index == null ? table : table + '\u0000' + index;
    }

    private Tags tags(String table, String index) {
        return Tags.of("table", table, "index", index == null ? "-" : index);
    }

    @Override
    public void consumed(String table, String index, double read, double write) {
        Counter[] c = consumed.get(key(table, index));
        if (c == null) {
            c = consumed.computeIfAbsent(key(table, index), k -> register(table, index));
        }
        if (read > 0) {
            c[0].increment(read);
        }
        if (write > 0) {
            c[1].increment(write);
        }
    }

    /** Registers the meters of a table or index; returns its consumed counters. */
    private Counter[] register(String table, String index) {
        Tags t = tags(table, index);
        gauge("tidemark.capacity.provisioned", t.and("unit", "read"), table, index, ix -> ix.meta().readCapacity(),
            tt -> tt.meta().readCapacity(), null);
        gauge("tidemark.capacity.provisioned", t.and("unit", "write"), table, index, ix -> ix.meta().writeCapacity(),
            tt -> tt.meta().writeCapacity(), null);
        gauge("tidemark.table.items", t, table, index, IndexState::itemCount, TableState::itemCount, null);
        gauge("tidemark.table.size", t, table, index, IndexState::sizeBytes, TableState::sizeBytes, "bytes");
        return new Counter[] {
            Counter.builder("tidemark.capacity.consumed").tags(t.and("unit", "read")).description("Capacity units consumed").register(registry),
            Counter.builder("tidemark.capacity.consumed").tags(t.and("unit", "write")).description("Capacity units consumed").register(registry)};
    }

    private void gauge(String name, Tags tags, String table, String index, ToDoubleFunction<IndexState> ofIndex,
                       ToDoubleFunction<TableState> ofTable, String unit) {
        Gauge.Builder<Store> b = Gauge.builder(name, store, s -> {
            TableState t = s.table(table);
            if (t == null) {
                return Double.NaN;
            }
            if (index == null) {
                return ofTable.applyAsDouble(t);
            }
            IndexState ix = t.index(index);
            return ix == null ? Double.NaN : ofIndex.applyAsDouble(ix);
        }).tags(tags);
        if (unit != null) {
            b.baseUnit(unit);
        }
        b.register(registry);
    }

    @Override
    public void throttled(String table, String index, boolean write) {
        Counter[] c = throttled.computeIfAbsent(key(table, index), k -> new Counter[] {
            Counter.builder("tidemark.capacity.throttled").tags(tags(table, index).and("unit", "read")).register(registry),
            Counter.builder("tidemark.capacity.throttled").tags(tags(table, index).and("unit", "write")).register(registry)});
        c[write ? 1 : 0].increment();
    }

    @Override
    public void timed(String operation, String table, long nanos) {
        String t = table == null ? "*" : table;
        ConcurrentHashMap<String, Timer> byTable = timers.get(operation);
        if (byTable == null) {
            byTable = timers.computeIfAbsent(operation, x -> new ConcurrentHashMap<>());
        }
        Timer timer = byTable.get(t);
        if (timer == null) {
            timer = byTable.computeIfAbsent(t, x -> Timer.builder("tidemark.operation").tags("operation", operation, "table", t)
                .publishPercentileHistogram().description("Latency of engine operations").register(registry));
            if (table != null) {
                consumed.computeIfAbsent(key(table, null), x -> register(table, null));
            }
        }
        timer.record(nanos, TimeUnit.NANOSECONDS);
    }
}
