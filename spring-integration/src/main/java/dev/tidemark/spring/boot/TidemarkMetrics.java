package dev.tidemark.spring.boot;

import dev.tidemark.engine.Database;
import dev.tidemark.engine.ResourceNotFoundException;
import dev.tidemark.engine.model.TableDescription;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.repository.core.support.RepositoryMethodInvocationListener;

/**
 * Tidemark meters. As a {@link MeterBinder}: {@code tidemark.tables} (number of tables) and, per
 * table existing when bound, {@code tidemark.table.items} and {@code tidemark.table.size} (bytes),
 * tagged {@code table}. As a {@link RepositoryMethodInvocationListener}: the timer
 * {@code tidemark.repository.invocations} tagged {@code repository}, {@code method} and
 * {@code state} (SUCCESS, ERROR, CANCELED), recorded in the application's {@link MeterRegistry}.
 */
public class TidemarkMetrics implements MeterBinder, RepositoryMethodInvocationListener {
    private final Database database;
    private final ObjectProvider<MeterRegistry> registry;

    /**
     * Metrics of a database.
     *
     * @param database the database
     * @param registry the registry repository timings go to (looked up on first use)
     */
    public TidemarkMetrics(Database database, ObjectProvider<MeterRegistry> registry) {
        this.database = database;
        this.registry = registry;
    }

    @Override
    public void bindTo(MeterRegistry meterRegistry) {
        Gauge.builder("tidemark.tables", database, d -> d.listTables(b -> { }).tableNames().size())
            .description("Number of tables").register(meterRegistry);
        for (String table : database.listTables(b -> { }).tableNames()) {
            Gauge.builder("tidemark.table.items", database, describe(table, TableDescription::itemCount))
                .tags(Tags.of("table", table)).description("Items in the table").register(meterRegistry);
            Gauge.builder("tidemark.table.size", database, describe(table, TableDescription::tableSizeBytes))
                .tags(Tags.of("table", table)).baseUnit("bytes").description("Size of the table's items")
                .register(meterRegistry);
        }
    }

    private static ToDoubleFunction<Database> describe(String table,
                                                      java.util.function.Function<TableDescription, Long> value) {
        return d -> {
            try {
                Long v = value.apply(d.describeTable(b -> b.tableName(table)).table());
                return v == null ? Double.NaN : v;
            } catch (ResourceNotFoundException e) {
                return Double.NaN;
            }
        };
    }

    @Override
    public void afterInvocation(RepositoryMethodInvocation invocation) {
        MeterRegistry r = registry.getIfAvailable();
        if (r == null) {
            return;
        }
        Timer.builder("tidemark.repository.invocations")
            .tags("repository", invocation.getRepositoryInterface().getSimpleName(),
                "method", invocation.getMethod().getName(),
                "state", invocation.getResult() == null ? "UNKNOWN" : invocation.getResult().getState().name())
            .description("Tidemark repository method invocations").register(r)
            .record(invocation.getDuration(TimeUnit.NANOSECONDS), TimeUnit.NANOSECONDS);
    }
}
