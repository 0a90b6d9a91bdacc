package dev.tidemark.mapper.internal;

import dev.tidemark.engine.ScanRequest;
import dev.tidemark.engine.ScanResult;
import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.mapper.Page;
import dev.tidemark.mapper.Scan;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** The typed scan builder. */
final class ScanImpl<T> implements Scan<T> {
    private final EntityManagerImpl em;
    private final EntityModel model;
    private final Class<T> type;
    private String index;
    private String filter;
    private final Map<String, AttributeValue> params = new HashMap<>();
    private String[] projection;
    private Boolean consistent;
    private Integer limit;
    private String start;
    private Integer segment;
    private Integer totalSegments;
    private int parallel;

    ScanImpl(EntityManagerImpl em, EntityModel model, Class<T> type) {
        this.em = em;
        this.model = model;
        this.type = type;
    }

    @Override
    public Scan<T> index(String indexName) {
        this.index = indexName;
        return this;
    }

    @Override
    public Scan<T> filter(String expression) {
        this.filter = expression;
        return this;
    }

    @Override
    public Scan<T> param(String name, Object value) {
        params.put(name, em.schemas.dynamic(value));
        return this;
    }

    @Override
    public Scan<T> project(String... properties) {
        this.projection = properties.clone();
        return this;
    }

    @Override
    public Scan<T> consistentRead(boolean consistentRead) {
        this.consistent = consistentRead;
        return this;
    }

    @Override
    public Scan<T> limit(int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
        this.limit = pageSize;
        return this;
    }

    @Override
    public Scan<T> startAfter(String continuationToken) {
        this.start = continuationToken;
        return this;
    }

    @Override
    public Scan<T> segment(int segment, int totalSegments) {
        if (totalSegments < 1 || segment < 0 || segment >= totalSegments) {
            throw new IllegalArgumentException("segment must be in [0, totalSegments)");
        }
        this.segment = segment;
        this.totalSegments = totalSegments;
        return this;
    }

    @Override
    public Scan<T> parallel(int totalSegments) {
        if (totalSegments < 1) {
            throw new IllegalArgumentException("totalSegments must be at least 1");
        }
        this.parallel = totalSegments;
        return this;
    }

    private Page<T> fetch(String token, Integer seg, Integer total) {
        if (index != null && !model.shape.indexes().containsKey(index)) {
            throw new IllegalArgumentException(model.type.getSimpleName() + " declares no index " + index);
        }
        Expr x = new Expr();
        String f = filter == null ? null : x.resolve(filter, p -> QueryImpl.attributeOf(model, p), params);
        f = Expr.and(f, QueryImpl.discriminatorFilter(model, x));
        ScanRequest req = ScanRequest.builder().tableName(model.shape.table()).indexName(index).filterExpression(f)
            .projectionExpression(QueryImpl.projection(model, projection, x)).limit(limit).consistentRead(consistent)
            .exclusiveStartKey(Tokens.decode(token)).segment(seg).totalSegments(total)
            .expressionAttributeNames(x.names()).expressionAttributeValues(x.values()).build();
        ScanResult r = em.db.scan(req);
        return new Page<>(QueryImpl.read(model, type, r.items()), Tokens.encode(r.lastEvaluatedKey()));
    }

    @Override
    public Page<T> page() {
        return fetch(start, segment, totalSegments);
    }

    @Override
    public Stream<Page<T>> pages() {
        return QueryImpl.pageStream(start, t -> fetch(t, segment, totalSegments));
    }

    @Override
    public Stream<T> stream() {
        if (parallel > 1) {
            int n = parallel;
            return IntStream.range(0, n).parallel().boxed()
                .flatMap(s -> QueryImpl.pageStream(null, t -> fetch(t, s, n)).flatMap(p -> p.items().stream()));
        }
        return pages().flatMap(p -> p.items().stream());
    }
}
