package dev.tidemark.jdbc.internal;

import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import dev.tidemark.calcite.TidemarkSchema;
import org.apache.calcite.prepare.CalcitePrepareImpl;
import org.apache.calcite.runtime.Hook;
import org.apache.calcite.tools.Program;
import org.apache.calcite.util.Holder;

/**
 * The statement preparer of one connection: Calcite's, with the plans of SQL texts it has prepared kept
 * (at most {@value #MAX_PLANS}, least recently used dropped). Preparing the same text again, or running it
 * again through {@code Statement.execute}, reuses the parsed, validated, optimised and compiled plan. A
 * plan made before the schema forgot its table shapes (DDL on any connection, a table gone) is not
 * reused. Plans hold the connection's own tables, so the cache is per connection.
 */
final class PlanCache extends CalcitePrepareImpl {
    static final int MAX_PLANS = 256;

    private final TidemarkSchema schema;
    private final Map<Key, Plan> plans = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Plan> eldest) {
            return size() > MAX_PLANS;
        }
    };

    PlanCache(TidemarkSchema schema) {
        this.schema = schema;
    }

    private record Key(String sql, List<String> schemaPath, Type elementType, long maxRowCount) {
    }

    private record Plan(long shapeVersion, CalciteSignature<?> signature) {
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> CalciteSignature<T> prepareSql(Context context, Query<T> query, Type elementType, long maxRowCount) {
        if (query.sql == null) {
            return super.prepareSql(context, query, elementType, maxRowCount);
        }
        Key key = new Key(query.sql, List.copyOf(context.getDefaultSchemaPath()), elementType, maxRowCount);
        long version = schema.shapeVersion();
        synchronized (plans) {
            Plan p = plans.get(key);
            if (p != null && p.shapeVersion() == version) {
                return (CalciteSignature<T>) p.signature();
            }
        }
        CalciteSignature<T> signature;
        // simple single-table reads are planned without the cost-based planner (FastPath)
        try (Hook.Closeable ignored = Hook.PROGRAM.addThread((Holder<Program> h) -> h.set(TidemarkSchema.program()))) {
            signature = super.prepareSql(context, query, elementType, maxRowCount);
        }
        synchronized (plans) {
            plans.put(key, new Plan(version, signature));
        }
        return signature;
    }

    /** How many plans are kept. */
    int size() {
        synchronized (plans) {
            return plans.size();
        }
    }
}
