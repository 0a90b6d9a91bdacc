package dev.tidemark.calcite.internal.exec;

import dev.tidemark.calcite.TidemarkSqlException;
import dev.tidemark.calcite.internal.plan.AccessPath;
import dev.tidemark.calcite.internal.plan.Operand;
import dev.tidemark.calcite.internal.plan.QuerySpec;
import dev.tidemark.calcite.internal.plan.RowPredicate;
import dev.tidemark.calcite.internal.schema.Column;
import dev.tidemark.calcite.internal.schema.IndexShape;
import dev.tidemark.calcite.internal.schema.Json;
import dev.tidemark.calcite.internal.schema.TableShape;
import dev.tidemark.calcite.internal.schema.TidemarkTable;
import dev.tidemark.calcite.internal.schema.Values;
import dev.tidemark.engine.Database;
import dev.tidemark.engine.QueryRequest;
import dev.tidemark.engine.QueryResult;
import dev.tidemark.engine.ScanResult;
import dev.tidemark.engine.TidemarkException;
import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.engine.model.Select;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.AbstractEnumerable;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Enumerator;
import org.apache.calcite.linq4j.Linq4j;

/** Runs a {@link QuerySpec} against the engine, page by page, and turns items into SQL rows. */
public final class QueryRunner {
    private static final int PAGE = 1000;

    private QueryRunner() {
    }

    /**
     * Called by generated code: the rows of one pushed read.
     *
     * @param root the statement's data context (bind parameters, cancel flag)
     * @param table the table
     * @param spec what to read
     * @param scalar whether rows have one column and are returned as bare values
     * @return the rows
     */
    public static Enumerable<Object> run(DataContext root, TidemarkTable table, QuerySpec spec, boolean scalar) {
        return new AbstractEnumerable<>() {
            @Override
            public Enumerator<Object> enumerator() {
                return Linq4j.iterableEnumerator(() -> rows(root, table, spec, scalar));
            }
        };
    }

    private static Iterator<Object> rows(DataContext root, TidemarkTable table, QuerySpec spec, boolean scalar) {
        TableShape shape = table.shape();
        long offset = limit(spec.offset(), root, 0);
        long fetch = limit(spec.fetch(), root, Long.MAX_VALUE);
        if (fetch == 0) {
            return Collections.emptyIterator();
        }
        int[] projection = spec.projection();
        int width = projection == null ? shape.columns().size() : projection.length;
        Column[] cols = new Column[width];
        for (int i = 0; i < width; i++) {
            cols[i] = shape.columns().get(spec.tableOrdinal(i));
        }
        int page = (int) Math.max(1, Math.min(PAGE, fetch == Long.MAX_VALUE || spec.residual() != null ? PAGE : fetch + offset));
        Iterator<Map<String, AttributeValue>> items = filtered(items(root, table, shape, spec, page, 0, 1), root, shape, spec);
        Object cancel = root.get(DataContext.Variable.CANCEL_FLAG.camelName);
        AtomicBoolean cancelFlag = cancel instanceof AtomicBoolean a ? a : new AtomicBoolean();
        return new Iterator<>() {
            long skipped;
            long produced;

            @Override
            public boolean hasNext() {
                if (produced >= fetch) {
                    return false;
                }
                checkCancel(cancelFlag);
                while (skipped < offset && items.hasNext()) {
                    items.next();
                    skipped++;
                }
                return items.hasNext();
            }

            @Override
            public Object next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Map<String, AttributeValue> item = items.next();
                produced++;
                Object[] row = new Object[width];
                for (int i = 0; i < width; i++) {
                    row[i] = cols[i].role() == Column.Role.ITEM ? Json.item(item)
                            : Values.toSql(item.get(cols[i].name()), cols[i].type());
                }
                return scalar ? row[0] : row;
            }
        };
    }

    /**
     * The items of a read that pass its residual filter, for operators that consume items directly (no
     * projection, order or limits applied). A scan is read as segment {@code segment} of {@code segments}.
     */
    public static Iterator<Map<String, AttributeValue>> matchingItems(DataContext root, TidemarkTable table, QuerySpec spec,
            int segment, int segments) {
        TableShape shape = table.shape();
        return filtered(items(root, table, shape, spec, PAGE, segment, segments), root, shape, spec);
    }

    /** Whether a read can be split into scan segments read in parallel. */
    public static boolean segmentable(TidemarkTable table, QuerySpec spec) {
        AccessPath a = spec.access();
        return a.kind() == AccessPath.Kind.SCAN && (a.index() == null || index(table.shape(), a.index()).returnsWholeItems());
    }

    private static Iterator<Map<String, AttributeValue>> filtered(Iterator<Map<String, AttributeValue>> it, DataContext root,
            TableShape shape, QuerySpec spec) {
        if (spec.residual() == null) {
            return it;
        }
        RowPredicate.Bound test = spec.residual().bind(root, shape.columns());
        Object cancel = root.get(DataContext.Variable.CANCEL_FLAG.camelName);
        AtomicBoolean cancelFlag = cancel instanceof AtomicBoolean a ? a : new AtomicBoolean();
        return new Iterator<>() {
            Map<String, AttributeValue> next;
            int sinceCheck;

            @Override
            public boolean hasNext() {
                while (next == null && it.hasNext()) {
                    if (++sinceCheck == 256) {
                        sinceCheck = 0;
                        checkCancel(cancelFlag);
                    }
                    Map<String, AttributeValue> item = it.next();
                    if (test.accepts(item)) {
                        next = item;
                    }
                }
                return next != null;
            }

            @Override
            public Map<String, AttributeValue> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Map<String, AttributeValue> n = next;
                next = null;
                return n;
            }
        };
    }

    static void checkCancel(AtomicBoolean flag) {
        if (flag.get()) {
            throw new TidemarkSqlException("57014", null, "Statement cancelled or timed out", null);
        }
    }

    private static long limit(Operand o, DataContext root, long dflt) {
        if (o == null) {
            return dflt;
        }
        Object v = o.resolve(root);
        return v instanceof Number n ? Math.max(0, n.longValue()) : dflt;
    }

    /*
     * No ProjectionExpression is sent: the embedded engine decodes the whole item before projecting, so a
     * projection only adds work (compiling the expression per request, copying the item); the columns a
     * row needs are picked from the whole item.
     */
    private static Iterator<Map<String, AttributeValue>> items(DataContext root, TidemarkTable table, TableShape shape,
            QuerySpec spec, int page, int segment, int segments) {
        Database db = table.session().database();
        AccessPath a = spec.access();
        try {
            if (a.kind() == AccessPath.Kind.SCAN) {
                IndexShape idx = index(shape, a.index());
                boolean fetch = idx != null && !idx.returnsWholeItems();
                Iterator<Map<String, AttributeValue>> it = new Pages(start -> {
                    ScanResult r = db.scan(s -> {
                        s.tableName(shape.tableName()).limit(page).exclusiveStartKey(start);
                        if (segments > 1) {
                            s.segment(segment).totalSegments(segments);
                        }
                        if (idx != null) {
                            s.indexName(idx.name());
                            if (!idx.global()) {
                                s.consistentRead(true);
                            }
                        }
                        if (idx != null && !idx.global() && !fetch) {
                            s.select(Select.ALL_ATTRIBUTES);
                        }
                    });
                    return new Page(r.items(), r.lastEvaluatedKey());
                });
                return fetch ? fetchFromTable(db, shape, it) : it;
            }
            Set<AttributeValue> pks = new LinkedHashSet<>();
            for (Operand o : a.partitionValues()) {
                AttributeValue v = Values.toKey(o.resolve(root), a.partitionKeyType());
                if (v != null) {
                    pks.add(v);
                }
            }
            AttributeValue lo = null;
            AttributeValue hi = null;
            if (a.sortCondition() != null) {
                lo = Values.toKey(a.sortCondition().lo().resolve(root), a.sortKeyType());
                hi = a.sortCondition().hi() == null ? null : Values.toKey(a.sortCondition().hi().resolve(root), a.sortKeyType());
                if (lo == null || a.sortCondition().hi() != null && hi == null) {
                    return Collections.emptyIterator();
                }
            }
            List<Iterator<Map<String, AttributeValue>>> parts = new ArrayList<>();
            for (AttributeValue pk : pks) {
                parts.add(partition(db, shape, spec, page, pk, lo, hi));
            }
            return concat(parts);
        } catch (TidemarkException e) {
            throw Errors.translate(e);
        }
    }

    private static Iterator<Map<String, AttributeValue>> partition(Database db, TableShape shape, QuerySpec spec,
            int page, AttributeValue pk, AttributeValue lo, AttributeValue hi) {
        AccessPath a = spec.access();
        if (a.kind() == AccessPath.Kind.GET) {
            Map<String, AttributeValue> key = new HashMap<>();
            key.put(a.partitionKey(), pk);
            if (a.sortKey() != null) {
                key.put(a.sortKey(), lo);
            }
            Map<String, AttributeValue> item = get(db, shape, key);
            return item == null ? Collections.emptyIterator() : List.of(item).iterator();
        }
        Map<String, String> names = new HashMap<>();
        Map<String, AttributeValue> values = new HashMap<>();
        names.put("#k0", a.partitionKey());
        values.put(":k0", pk);
        StringBuilder kc = new StringBuilder("#k0 = :k0");
        if (a.sortCondition() != null) {
            names.put("#k1", a.sortKey());
            values.put(":k1", lo);
            switch (a.sortCondition().op()) {
                case "BETWEEN" -> {
                    values.put(":k2", hi);
                    kc.append(" AND #k1 BETWEEN :k1 AND :k2");
                }
                case "begins_with" -> kc.append(" AND begins_with(#k1, :k1)");
                default -> kc.append(" AND #k1 ").append(a.sortCondition().op()).append(" :k1");
            }
        }
        IndexShape index = index(shape, a.index());
        boolean fetchFromTable = index != null && !index.returnsWholeItems();
        IndexShape idx = index;
        Iterator<Map<String, AttributeValue>> it = new Pages(start -> {
            QueryRequest.Builder q = QueryRequest.builder().tableName(shape.tableName())
                    .keyConditionExpression(kc.toString()).expressionAttributeNames(names)
                    .expressionAttributeValues(values).limit(page).exclusiveStartKey(start)
                    .scanIndexForward(!Boolean.FALSE.equals(spec.forward()));
            if (idx != null) {
                q.indexName(idx.name());
            }
            if (idx == null || !idx.global()) {
                q.consistentRead(true);
            }
            if (!fetchFromTable && idx != null && !idx.global()) {
                q.select(Select.ALL_ATTRIBUTES);
            }
            QueryResult r = db.query(q.build());
            return new Page(r.items(), r.lastEvaluatedKey());
        });
        if (!fetchFromTable) {
            return it;
        }
        return fetchFromTable(db, shape, it);
    }

    private static IndexShape index(TableShape shape, String name) {
        if (name == null) {
            return null;
        }
        for (IndexShape i : shape.indexes()) {
            if (i.name().equals(name)) {
                return i;
            }
        }
        throw new TidemarkSqlException("42S12", null, "Index " + name + " does not exist on " + shape.tableName(), null);
    }

    /** Reads each item an index entry points at from the table (for indexes without the needed attributes). */
    private static Iterator<Map<String, AttributeValue>> fetchFromTable(Database db, TableShape shape,
            Iterator<Map<String, AttributeValue>> it) {
        return new Iterator<>() {
            Map<String, AttributeValue> next;

            @Override
            public boolean hasNext() {
                while (next == null && it.hasNext()) {
                    Map<String, AttributeValue> entry = it.next();
                    Map<String, AttributeValue> key = new HashMap<>();
                    key.put(shape.partitionKey(), entry.get(shape.partitionKey()));
                    if (shape.sortKey() != null) {
                        key.put(shape.sortKey(), entry.get(shape.sortKey()));
                    }
                    next = get(db, shape, key);
                }
                return next != null;
            }

            @Override
            public Map<String, AttributeValue> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Map<String, AttributeValue> n = next;
                next = null;
                return n;
            }
        };
    }

    private static Map<String, AttributeValue> get(Database db, TableShape shape, Map<String, AttributeValue> key) {
        try {
            return db.getItem(g -> g.tableName(shape.tableName()).key(key).consistentRead(true)).item();
        } catch (TidemarkException e) {
            throw Errors.translate(e);
        }
    }

    private static <T> Iterator<T> concat(List<Iterator<T>> parts) {
        return new Iterator<>() {
            int i;

            @Override
            public boolean hasNext() {
                while (i < parts.size() && !parts.get(i).hasNext()) {
                    i++;
                }
                return i < parts.size();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return parts.get(i).next();
            }
        };
    }

    /** One page of items and the key to continue from. */
    record Page(List<Map<String, AttributeValue>> items, Map<String, AttributeValue> last) {
    }

    /** Lazily follows LastEvaluatedKey from page to page. */
    static final class Pages implements Iterator<Map<String, AttributeValue>> {
        private final java.util.function.Function<Map<String, AttributeValue>, Page> fetch;
        private Iterator<Map<String, AttributeValue>> current = Collections.emptyIterator();
        private Map<String, AttributeValue> next;
        private boolean started;
        private boolean done;

        Pages(java.util.function.Function<Map<String, AttributeValue>, Page> fetch) {
            this.fetch = fetch;
        }

        @Override
        public boolean hasNext() {
            while (!current.hasNext() && !done) {
                Page p;
                try {
                    p = fetch.apply(started ? next : null);
                } catch (TidemarkException e) {
                    throw Errors.translate(e);
                }
                started = true;
                current = p.items().iterator();
                next = p.last();
                done = next == null || next.isEmpty();
            }
            return current.hasNext();
        }

        @Override
        public Map<String, AttributeValue> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return current.next();
        }
    }
}
