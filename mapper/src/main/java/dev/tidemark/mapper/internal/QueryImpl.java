package dev.tidemark.mapper.internal;

import dev.tidemark.engine.QueryRequest;
import dev.tidemark.engine.QueryResult;
import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.mapper.Page;
import dev.tidemark.mapper.Query;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** The typed query builder. */
final class QueryImpl<T> implements Query<T> {
    private final EntityManagerImpl em;
    private final EntityModel model;
    private final Class<T> type;
    private String index;
    private Object partition;
    private String sortOp;
    private Object sortA;
    private Object sortB;
    private String filter;
    private final Map<String, AttributeValue> params = new HashMap<>();
    private String[] projection;
    private Boolean consistent;
    private boolean descending;
    private Integer limit;
    private String start;

    QueryImpl(EntityManagerImpl em, EntityModel model, Class<T> type) {
        this.em = em;
        this.model = model;
        this.type = type;
    }

    /** The attribute of a property of any readable type of the model, or the name itself. */
    static String attributeOf(EntityModel model, String property) {
        if (model.core != null) {
            StructModel.Attr a = model.core.struct.byProperty.get(property);
            if (a != null) {
                return a.name;
            }
        }
        if (model.readable != null) {
            for (Core c : model.readable.values()) {
                StructModel.Attr a = c.struct.byProperty.get(property);
                if (a != null) {
                    return a.name;
                }
            }
        }
        return property;
    }

    @Override
    public Query<T> index(String indexName) {
        this.index = indexName;
        return this;
    }

    @Override
    public Query<T> partition(Object value) {
        this.partition = value;
        return this;
    }

    private Query<T> sort(String op, Object a, Object b) {
        this.sortOp = op;
        this.sortA = a;
        this.sortB = b;
        return this;
    }

    @Override
    public Query<T> sortEquals(Object value) {
        return sort("=", value, null);
    }

    @Override
    public Query<T> sortLessThan(Object value) {
        return sort("<", value, null);
    }

    @Override
    public Query<T> sortLessThanOrEqual(Object value) {
        return sort("<=", value, null);
    }

    @Override
    public Query<T> sortGreaterThan(Object value) {
        return sort(">", value, null);
    }

    @Override
    public Query<T> sortGreaterThanOrEqual(Object value) {
        return sort(">=", value, null);
    }

    @Override
    public Query<T> sortBetween(Object low, Object high) {
        return sort("BETWEEN", low, high);
    }

    @Override
    public Query<T> sortBeginsWith(Object prefix) {
        return sort("begins_with", prefix, null);
    }

    @Override
    public Query<T> filter(String expression) {
        this.filter = expression;
        return this;
    }

    @Override
    public Query<T> param(String name, Object value) {
        params.put(name, em.schemas.dynamic(value));
        return this;
    }

    @Override
    public Query<T> project(String... properties) {
        this.projection = properties.clone();
        return this;
    }

    @Override
    public Query<T> consistentRead(boolean consistentRead) {
        this.consistent = consistentRead;
        return this;
    }

    @Override
    public Query<T> descending() {
        this.descending = true;
        return this;
    }

    @Override
    public Query<T> limit(int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
        this.limit = pageSize;
        return this;
    }

    @Override
    public Query<T> startAfter(String continuationToken) {
        this.start = continuationToken;
        return this;
    }

    private QueryRequest request(Map<String, AttributeValue> startKey) {
        if (partition == null) {
            throw new IllegalArgumentException("A query needs a partition key value");
        }
        TableShape s = model.shape;
        TableShape.KeyAttr pk = s.pk();
        TableShape.KeyAttr sk = s.sk();
        if (index != null) {
            TableShape.IndexShape idx = s.indexes().get(index);
            if (idx == null) {
                throw new IllegalArgumentException(model.type.getSimpleName() + " declares no index " + index
                    + " (declared: " + s.indexes().keySet() + ")");
            }
            pk = idx.pk();
            sk = idx.sk();
        }
        Expr x = new Expr();
        String kc = x.name(pk.name()) + " = " + x.value(EntityManagerImpl.keyValue(model, pk, partition));
        if (sortOp != null) {
            if (sk == null) {
                throw new IllegalArgumentException((index == null ? "Table " + s.table() : "Index " + index)
                    + " has no sort key");
            }
            String n = x.name(sk.name());
            String a = x.value(EntityManagerImpl.keyValue(model, sk, sortA));
            kc += switch (sortOp) {
                case "BETWEEN" -> " AND " + n + " BETWEEN " + a + " AND " + x.value(EntityManagerImpl.keyValue(model, sk, sortB));
                case "begins_with" -> " AND begins_with(" + n + ", " + a + ")";
                default -> " AND " + n + " " + sortOp + " " + a;
            };
        }
        String f = filter == null ? null : x.resolve(filter, p -> attributeOf(model, p), params);
        f = Expr.and(f, discriminatorFilter(model, x));
        QueryRequest.Builder b = QueryRequest.builder().tableName(s.table()).indexName(index).keyConditionExpression(kc)
            .filterExpression(f).projectionExpression(projection(model, projection, x)).limit(limit)
            .consistentRead(consistent).exclusiveStartKey(startKey);
        if (descending) {
            b.scanIndexForward(false);
        }
        return b.expressionAttributeNames(x.names()).expressionAttributeValues(x.values()).build();
    }

    static String discriminatorFilter(EntityModel model, Expr x) {
        if (model.readsWholeFamily()) {
            return null;
        }
        List<String> vals = new ArrayList<>();
        for (String name : model.readable.keySet()) {
            vals.add(x.value(AttributeValue.fromS(name)));
        }
        return x.name(model.discriminator) + " IN (" + String.join(", ", vals) + ")";
    }

    static String projection(EntityModel model, String[] properties, Expr x) {
        if (properties == null) {
            return null;
        }
        Set<String> attrs = new LinkedHashSet<>();
        for (String p : properties) {
            String a = attributeOf(model, p);
            attrs.add(a);
        }
        if (model.discriminator != null) {
            attrs.add(model.discriminator);
        }
        List<String> names = new ArrayList<>();
        for (String a : attrs) {
            names.add(x.name(a));
        }
        return String.join(", ", names);
    }

    static <T> List<T> read(EntityModel model, Class<T> type, List<Map<String, AttributeValue>> items) {
        List<T> out = new ArrayList<>(items.size());
        for (Map<String, AttributeValue> item : items) {
            Object o = model.read(item);
            if (o != null) {
                out.add(type.cast(o));
            }
        }
        return out;
    }

    private Page<T> fetch(String token) {
        QueryResult r = em.db.query(request(Tokens.decode(token)));
        return new Page<>(read(model, type, r.items()), Tokens.encode(r.lastEvaluatedKey()));
    }

    @Override
    public Page<T> page() {
        return fetch(start);
    }

    @Override
    public Stream<Page<T>> pages() {
        return pageStream(start, this::fetch);
    }

    @Override
    public Stream<T> stream() {
        return pages().flatMap(p -> p.items().stream());
    }

    /** A lazy stream of pages starting at {@code token}. */
    static <T> Stream<Page<T>> pageStream(String token, Function<String, Page<T>> fetch) {
        Spliterator<Page<T>> split = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE, Spliterator.ORDERED
            | Spliterator.NONNULL) {
            private String next = token;
            private boolean done;

            @Override
            public boolean tryAdvance(Consumer<? super Page<T>> action) {
                if (done) {
                    return false;
                }
                Page<T> p = fetch.apply(next);
                next = p.continuationToken();
                done = next == null;
                action.accept(p);
                return true;
            }
        };
        return StreamSupport.stream(split, false);
    }
}
