package dev.tidemark.calcite.internal.exec;

import dev.tidemark.calcite.TidemarkSqlException;
import dev.tidemark.calcite.internal.plan.QuerySpec;
import dev.tidemark.calcite.internal.plan.TidemarkAggregate;
import dev.tidemark.calcite.internal.schema.Column;
import dev.tidemark.calcite.internal.schema.TidemarkTable;
import dev.tidemark.calcite.internal.schema.Values;
import dev.tidemark.engine.model.AttributeValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Linq4j;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Runs a {@link TidemarkAggregate}: folds the items of one read into groups. A full scan of a table with
 * at least {@value #DEFAULT_PARALLEL_ROWS} items (system property {@code tidemark.sql.parallelScanRows})
 * is read as one segment per processor, each folded on its own thread, and the partial groups merged.
 */
public final class AggregateRunner {
    /** Table size from which a scan is read in parallel segments. */
    public static final long DEFAULT_PARALLEL_ROWS = 50_000;
    private static final int THREADS = Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors()));
    private static volatile ExecutorService pool;

    private AggregateRunner() {
    }

    /**
     * Called by generated code: the groups of one aggregate.
     *
     * @param root the statement's data context (bind parameters, cancel flag)
     * @param table the table read
     * @param spec the read
     * @param agg group columns and functions
     * @param scalar whether rows have one column and are returned as bare values
     * @return the rows
     */
    public static Enumerable<Object> run(DataContext root, TidemarkTable table, QuerySpec spec,
            TidemarkAggregate.Spec agg, boolean scalar) {
        return new org.apache.calcite.linq4j.AbstractEnumerable<>() {
            @Override
            public org.apache.calcite.linq4j.Enumerator<Object> enumerator() {
                return Linq4j.enumerator(compute(root, table, spec, agg, scalar));
            }
        };
    }

    private static List<Object> compute(DataContext root, TidemarkTable table, QuerySpec spec, TidemarkAggregate.Spec agg,
            boolean scalar) {
        Object cancel = root.get(DataContext.Variable.CANCEL_FLAG.camelName);
        AtomicBoolean cancelFlag = cancel instanceof AtomicBoolean a ? a : new AtomicBoolean();
        List<Column> columns = table.shape().columns();
        long threshold = Long.getLong("tidemark.sql.parallelScanRows", DEFAULT_PARALLEL_ROWS);
        int segments = THREADS > 1 && QueryRunner.segmentable(table, spec) && table.shape().rowCount() >= threshold
                ? THREADS : 1;
        Map<Object, Acc> groups;
        if (segments == 1) {
            groups = fold(QueryRunner.matchingItems(root, table, spec, 0, 1), agg, columns, cancelFlag, new AtomicBoolean());
        } else {
            AtomicBoolean abort = new AtomicBoolean();
            List<Future<Map<Object, Acc>>> parts = new ArrayList<>();
            for (int s = 1; s < segments; s++) {
                int seg = s;
                parts.add(pool().submit(() -> fold(QueryRunner.matchingItems(root, table, spec, seg, segments), agg, columns,
                        cancelFlag, abort)));
            }
            try {
                groups = fold(QueryRunner.matchingItems(root, table, spec, 0, segments), agg, columns, cancelFlag, abort);
                for (Future<Map<Object, Acc>> f : parts) {
                    for (Map.Entry<Object, Acc> e : get(f).entrySet()) {
                        Acc mine = groups.get(e.getKey());
                        if (mine == null) {
                            groups.put(e.getKey(), e.getValue());
                        } else {
                            mine.merge(e.getValue(), agg.calls());
                        }
                    }
                }
            } catch (RuntimeException e) {
                abort.set(true);
                parts.forEach(f -> f.cancel(true));
                throw e;
            }
        }
        if (groups.isEmpty() && agg.groupColumns().length == 0) {
            groups.put(List.of(), new Acc(agg.calls().size()));
        }
        int keys = agg.groupColumns().length;
        List<Object> rows = new ArrayList<>(groups.size());
        for (Map.Entry<Object, Acc> e : groups.entrySet()) {
            Object[] row = new Object[keys + agg.calls().size()];
            if (keys == 1) {
                row[0] = e.getKey();
            } else if (keys > 1) {
                List<?> k = (List<?>) e.getKey();
                for (int i = 0; i < keys; i++) {
                    row[i] = k.get(i);
                }
            }
            for (int i = 0; i < agg.calls().size(); i++) {
                row[keys + i] = e.getValue().result(i, agg.calls().get(i));
            }
            rows.add(scalar ? row[0] : row);
        }
        return rows;
    }

    private static Map<Object, Acc> get(Future<Map<Object, Acc>> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TidemarkSqlException("57014", null, "Statement interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(c);
        }
    }

    private static ExecutorService pool() {
        ExecutorService p = pool;
        if (p == null) {
            synchronized (AggregateRunner.class) {
                p = pool;
                if (p == null) {
                    int[] n = {0};
                    p = Executors.newFixedThreadPool(THREADS, r -> {
                        Thread t = new Thread(r, "tidemark-sql-scan-" + (++n[0]));
                        t.setDaemon(true);
                        return t;
                    });
                    pool = p;
                }
            }
        }
        return p;
    }

    private static Map<Object, Acc> fold(Iterator<Map<String, AttributeValue>> items, TidemarkAggregate.Spec agg,
            List<Column> columns, AtomicBoolean cancel, AtomicBoolean abort) {
        int[] groupCols = agg.groupColumns();
        Column[] keyCols = new Column[groupCols.length];
        for (int i = 0; i < groupCols.length; i++) {
            keyCols[i] = columns.get(groupCols[i]);
        }
        List<TidemarkAggregate.Call> calls = agg.calls();
        int n = calls.size();
        String[] argNames = new String[n];
        for (int i = 0; i < n; i++) {
            argNames[i] = calls.get(i).column() < 0 ? null : columns.get(calls.get(i).column()).name();
        }
        Map<Object, Acc> groups = new LinkedHashMap<>();
        int sinceCheck = 0;
        while (items.hasNext()) {
            if (++sinceCheck == 256) {
                sinceCheck = 0;
                QueryRunner.checkCancel(cancel);
                if (abort.get()) {
                    break;
                }
            }
            Map<String, AttributeValue> item = items.next();
            Object key;
            if (keyCols.length == 0) {
                key = List.of();
            } else if (keyCols.length == 1) {
                key = Values.toSql(item.get(keyCols[0].name()), keyCols[0].type());
            } else {
                Object[] k = new Object[keyCols.length];
                for (int i = 0; i < k.length; i++) {
                    k[i] = Values.toSql(item.get(keyCols[i].name()), keyCols[i].type());
                }
                key = Arrays.asList(k);
            }
            Acc acc = groups.get(key);
            if (acc == null) {
                acc = new Acc(n);
                groups.put(key, acc);
            }
            for (int i = 0; i < n; i++) {
                TidemarkAggregate.Call c = calls.get(i);
                if (argNames[i] == null) {
                    acc.longs[i]++;
                    continue;
                }
                if (c.columnType() == null) {
                    // the whole-item column is never null
                    acc.longs[i]++;
                    continue;
                }
                Object v = Values.toSql(item.get(argNames[i]), c.columnType());
                if (v != null) {
                    acc.add(i, c, v);
                }
            }
        }
        QueryRunner.checkCancel(cancel);
        return groups;
    }

    /** The state of one group: counts and long sums in {@code longs}, other values in {@code objects}. */
    private static final class Acc {
        final long[] longs;
        final Object[] objects;
        final boolean[] seen;

        Acc(int n) {
            longs = new long[n];
            objects = new Object[n];
            seen = new boolean[n];
        }

        void add(int i, TidemarkAggregate.Call c, Object v) {
            switch (c.kind()) {
                case COUNT -> longs[i]++;
                case SUM, SUM0 -> {
                    if (v instanceof Long l && objects[i] == null) {
                        try {
                            longs[i] = Math.addExact(longs[i], l);
                        } catch (ArithmeticException e) {
                            objects[i] = BigDecimal.valueOf(longs[i]).add(BigDecimal.valueOf(l));
                        }
                    } else {
                        BigDecimal d = v instanceof BigDecimal b ? b : BigDecimal.valueOf((Long) v);
                        BigDecimal cur = objects[i] == null ? BigDecimal.valueOf(longs[i]) : (BigDecimal) objects[i];
                        objects[i] = cur.add(d);
                    }
                    seen[i] = true;
                }
                default -> {
                    if (!seen[i] || better(c, v, objects[i])) {
                        objects[i] = v;
                    }
                    seen[i] = true;
                }
            }
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private static boolean better(TidemarkAggregate.Call c, Object v, Object cur) {
            int cmp;
            if (v instanceof Number && cur instanceof Number && !(v.getClass() == cur.getClass())) {
                cmp = toDecimal(v).compareTo(toDecimal(cur));
            } else {
                cmp = ((Comparable) v).compareTo(cur);
            }
            return c.kind() == TidemarkAggregate.Kind.MIN ? cmp < 0 : cmp > 0;
        }

        void merge(Acc o, List<TidemarkAggregate.Call> calls) {
            for (int i = 0; i < calls.size(); i++) {
                TidemarkAggregate.Call c = calls.get(i);
                switch (c.kind()) {
                    case COUNT -> longs[i] += o.longs[i];
                    case SUM, SUM0 -> {
                        if (!o.seen[i]) {
                            continue;
                        }
                        if (objects[i] == null && o.objects[i] == null) {
                            try {
                                longs[i] = Math.addExact(longs[i], o.longs[i]);
                                seen[i] = true;
                                continue;
                            } catch (ArithmeticException e) {
                                // fall through to decimals
                            }
                        }
                        BigDecimal a = objects[i] == null ? BigDecimal.valueOf(longs[i]) : (BigDecimal) objects[i];
                        BigDecimal b = o.objects[i] == null ? BigDecimal.valueOf(o.longs[i]) : (BigDecimal) o.objects[i];
                        objects[i] = a.add(b);
                        seen[i] = true;
                    }
                    default -> {
                        if (o.seen[i] && (!seen[i] || better(c, o.objects[i], objects[i]))) {
                            objects[i] = o.objects[i];
                            seen[i] = true;
                        }
                    }
                }
            }
        }

        Object result(int i, TidemarkAggregate.Call c) {
            Object v;
            switch (c.kind()) {
                case COUNT -> v = longs[i];
                case SUM -> v = !seen[i] ? null : objects[i] != null ? objects[i] : (Object) longs[i];
                case SUM0 -> v = objects[i] != null ? objects[i] : (Object) longs[i];
                default -> v = seen[i] ? objects[i] : null;
            }
            return convert(v, c.resultType());
        }
    }

    private static BigDecimal toDecimal(Object v) {
        return v instanceof BigDecimal b ? b : BigDecimal.valueOf(((Number) v).longValue());
    }

    private static Object convert(Object v, SqlTypeName type) {
        if (v == null) {
            return null;
        }
        switch (type) {
            case BIGINT:
                if (v instanceof BigDecimal d) {
                    try {
                        return d.longValueExact();
                    } catch (ArithmeticException e) {
                        throw new TidemarkSqlException("22003", null, "Numeric value out of range for BIGINT: " + d, e);
                    }
                }
                return ((Number) v).longValue();
            case INTEGER:
                return Math.toIntExact(((Number) v).longValue());
            case DECIMAL:
                return toDecimal(v);
            case DOUBLE:
            case FLOAT:
                return ((Number) v).doubleValue();
            default:
                return v;
        }
    }
}
