package dev.tidemark.engine.internal.ttl;

import dev.tidemark.engine.DescribeTimeToLiveRequest;
import dev.tidemark.engine.DescribeTimeToLiveResult;
import dev.tidemark.engine.UpdateTimeToLiveRequest;
import dev.tidemark.engine.UpdateTimeToLiveResult;
import dev.tidemark.engine.ValidationException;
import dev.tidemark.engine.internal.store.Store;
import dev.tidemark.engine.internal.store.TableState;
import dev.tidemark.engine.internal.value.Values;
import dev.tidemark.engine.model.TimeToLiveDescription;
import dev.tidemark.engine.model.TimeToLiveSpecification;
import dev.tidemark.engine.model.TimeToLiveStatus;
import java.time.Clock;
import java.util.function.Function;

/**
 * UpdateTimeToLive and DescribeTimeToLive (reference 6.1). A change applies when the call returns,
 * so DescribeTimeToLive reports ENABLED or DISABLED, never ENABLING or DISABLING.
 */
public final class TimeToLive {
    /** The shortest time between two changes of a table's setting. */
    public static final long CHANGE_INTERVAL_MILLIS = 3600_000L;

    private final Store store;
    private final Function<String, TableState> tables;
    private final Clock clock;

    /**
     * Creates the API.
     *
     * @param store where settings are logged
     * @param tables resolves a table name (validating it, ResourceNotFoundException when missing)
     * @param clock the database clock
     */
    public TimeToLive(Store store, Function<String, TableState> tables, Clock clock) {
        this.store = store;
        this.tables = tables;
        this.clock = clock;
    }

    /** UpdateTimeToLive. */
    public UpdateTimeToLiveResult update(UpdateTimeToLiveRequest r) {
        TimeToLiveSpecification spec = r.timeToLiveSpecification();
        if (spec == null) {
            throw new ValidationException("1 validation error detected: Value null at 'timeToLiveSpecification' failed to satisfy constraint: Member must not be null");
        }
        if (spec.enabled() == null) {
            throw new ValidationException("1 validation error detected: Value null at 'timeToLiveSpecification.enabled' failed to satisfy constraint: Member must not be null");
        }
        String name = spec.attributeName();
        if (name == null) {
            throw new ValidationException("1 validation error detected: Value null at 'timeToLiveSpecification.attributeName' failed to satisfy constraint: Member must not be null");
        }
        if (name.isEmpty() || Values.utf8Length(name) > 255) {
            throw new ValidationException("1 validation error detected: Value '" + name
                + "' at 'timeToLiveSpecification.attributeName' failed to satisfy constraint: Member must have length between 1 and 255");
        }
        TableState t = tables.apply(r.tableName());
        long now = clock.millis();
        store.updateTable(t, m -> {
            TtlSettings cur = TtlSettings.of(m);
            boolean enabled = cur != null && cur.enabled();
            if (spec.enabled()) {
                if (enabled) {
                    throw new ValidationException("TimeToLive is already enabled");
                }
            } else {
                if (!enabled) {
                    throw new ValidationException("TimeToLive is already disabled");
                }
                if (!cur.attributeName().equals(name)) {
                    // DynamoDB's exact text is unconfirmed
                    throw new ValidationException("The TimeToLive attribute name " + name
                        + " does not match the table's TimeToLive attribute " + cur.attributeName());
                }
            }
            if (cur != null && now - cur.lastChangeMillis() < CHANGE_INTERVAL_MILLIS) {
                throw new ValidationException("Time to live has been modified multiple times within a fixed interval");
            }
            return m.withOptions(new TtlSettings(spec.enabled(), name, now).storeIn(m.options()));
        });
        return UpdateTimeToLiveResult.builder().timeToLiveSpecification(spec).build();
    }

    /** DescribeTimeToLive. */
    public DescribeTimeToLiveResult describe(DescribeTimeToLiveRequest r) {
        TableState t = tables.apply(r.tableName());
        TtlSettings s = TtlSettings.of(t.meta());
        TimeToLiveDescription d = s != null && s.enabled()
            ? TimeToLiveDescription.builder().timeToLiveStatus(TimeToLiveStatus.ENABLED).attributeName(s.attributeName()).build()
            : TimeToLiveDescription.builder().timeToLiveStatus(TimeToLiveStatus.DISABLED).build();
        return DescribeTimeToLiveResult.builder().timeToLiveDescription(d).build();
    }
}
