package dev.tidemark.spring.repository.query;

import dev.tidemark.mapper.Key;
import dev.tidemark.mapper.Query;
import dev.tidemark.mapper.Scan;
import dev.tidemark.spring.core.TidemarkOperations;
import dev.tidemark.spring.core.convert.KeyConverter;
import dev.tidemark.spring.core.mapping.TidemarkPersistentEntity;
import dev.tidemark.spring.core.query.TidemarkPageRequest;
import dev.tidemark.spring.repository.AllowScan;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Sort;
import org.springframework.data.repository.query.ParametersParameterAccessor;
import org.springframework.data.repository.query.QueryMethod;
import org.springframework.data.repository.query.RepositoryQuery;
import org.springframework.data.repository.query.ResultProcessor;
import org.springframework.data.repository.query.parser.Part;
import org.springframework.data.repository.query.parser.PartTree;

/**
 * A repository query method — derived from its name ({@code findBy...}, {@code countBy...},
 * {@code existsBy...}, {@code deleteBy...}) or written with {@link dev.tidemark.spring.repository.Query}
 * — planned when the repository is created ({@link QueryPlan}) and run through the
 * {@link TidemarkOperations}.
 */
public final class TidemarkRepositoryQuery implements RepositoryQuery {
    private final QueryMethod method;
    private final TidemarkOperations operations;
    private final Sort staticSort;
    private final Integer maxResults;
    private final boolean delete;
    private final boolean count;
    private final boolean exists;
    private final QueryPlan plan;
    private final TidemarkPersistentEntity entity;
    private final Class<?> type;
    private final boolean allowScan;
    private final KeyConverter<?> keys;

    /**
     * Parses and plans a query method.
     *
     * @param javaMethod the repository method
     * @param repository the repository's metadata
     * @param method Spring Data's view of it
     * @param operations the template
     * @throws IllegalStateException naming the method when it would need a scan that is not allowed
     */
    public TidemarkRepositoryQuery(Method javaMethod, org.springframework.data.repository.core.RepositoryMetadata repository,
                                 QueryMethod method, TidemarkOperations operations) {
        this.method = method;
        this.operations = operations;
        this.type = method.getEntityInformation().getJavaType();
        this.entity = operations.getMappingContext().getPersistentEntity(type);
        this.allowScan = AnnotatedElementUtils.hasAnnotation(javaMethod, AllowScan.class)
            || AnnotatedElementUtils.hasAnnotation(javaMethod.getDeclaringClass(), AllowScan.class)
            || AnnotatedElementUtils.hasAnnotation(repository.getRepositoryInterface(), AllowScan.class);
        String name = repository.getRepositoryInterface().getSimpleName() + "." + javaMethod.getName();
        dev.tidemark.spring.repository.Query written =
            AnnotatedElementUtils.findMergedAnnotation(javaMethod, dev.tidemark.spring.repository.Query.class);
        if (written != null) {
            this.plan = WrittenQueryParser.plan(name, written, method, entity, allowScan);
            this.staticSort = Sort.unsorted();
            this.maxResults = null;
            this.delete = false;
            this.count = written.count();
            this.exists = written.exists();
        } else {
            PartTree tree = new PartTree(method.getName(), type);
            this.plan = QueryPlan.plan(name, tree, entity, allowScan);
            this.staticSort = tree.getSort();
            this.maxResults = tree.isLimiting() ? tree.getMaxResults() : null;
            this.delete = tree.isDelete();
            this.count = tree.isCountProjection();
            this.exists = tree.isExistsProjection();
        }
        this.keys = new KeyConverter<>(entity, Object.class);
    }

    /** The plan chosen for this method. */
    public QueryPlan plan() {
        return plan;
    }

    @Override
    public QueryMethod getQueryMethod() {
        return method;
    }

    @Override
    public Object execute(Object[] parameters) {
        ParametersParameterAccessor accessor = new ParametersParameterAccessor(method.getParameters(), parameters);
        List<Object> bindable = new ArrayList<>();
        accessor.iterator().forEachRemaining(bindable::add);
        ResultProcessor processor = method.getResultProcessor().withDynamicProjection(accessor);
        Sort sort = sortOf(accessor);
        Run run = new Run(bindable.toArray(), sort, projection(processor, sort));
        Object result = execute(run, accessor);
        Class<?> returned = processor.getReturnedType().getReturnedType();
        if (processor.getReturnedType().isProjecting() && !returned.isInterface()) {
            return processor.processResult(result, new DtoConverter(entity, returned));
        }
        return processor.processResult(result);
    }

    /**
     * The properties to read: for a count (or a null processor) the keys, for a closed projection
     * its properties, each plus every key property and what in-memory tests and sorting need;
     * otherwise null for all.
     */
    private String[] projection(ResultProcessor processor, Sort sort) {
        java.util.Set<String> props = new java.util.LinkedHashSet<>();
        if (count || exists || processor == null) {
            props.add(entity.table().partitionKey());
        } else if (processor.getReturnedType().isProjecting() && !delete) {
            List<String> input = processor.getReturnedType().getInputProperties();
            if (input.isEmpty()) {
                return null;
            }
            for (String p : input) {
                if (entity.property(p).isEmpty()) {
                    return null;
                }
                props.add(p);
            }
        } else {
            return null;
        }
        for (TidemarkPersistentEntity.AccessPath path : entity.accessPaths()) {
            props.add(path.partitionKey());
            if (path.sortKey() != null) {
                props.add(path.sortKey());
            }
        }
        for (QueryPlan.Branch b : plan.branches()) {
            for (Part p : b.residual()) {
                props.add(p.getProperty().getSegment());
            }
            if (plan.isScan() && plan.branches().size() > 1) {
                for (Part p : b.filter()) {
                    props.add(p.getProperty().getSegment());
                }
            }
        }
        sort.forEach(o -> props.add(o.getProperty()));
        return props.toArray(String[]::new);
    }

    private Sort sortOf(ParametersParameterAccessor accessor) {
        Sort sort = staticSort;
        if (accessor.getSort().isSorted()) {
            sort = sort.and(accessor.getSort());
        }
        Pageable pageable = accessor.getPageable();
        if (pageable.isPaged() && pageable.getSort().isSorted()) {
            sort = sort.and(pageable.getSort());
        }
        return sort;
    }

    private int limit(ParametersParameterAccessor accessor) {
        int max = Integer.MAX_VALUE;
        if (maxResults != null) {
            max = maxResults;
        }
        Limit limit = accessor.getLimit();
        if (limit.isLimited()) {
            max = Math.min(max, limit.max());
        }
        return max;
    }

    private Object execute(Run run, ParametersParameterAccessor accessor) {
        int limit = limit(accessor);
        if (delete) {
            List<Object> victims = run.list(limit);
            operations.deleteAll(victims);
            if (method.isCollectionQuery()) {
                return victims;
            }
            Class<?> rt = method.getReturnedObjectType();
            return rt == void.class || rt == Void.class ? null : (Object) (long) victims.size();
        }
        if (count) {
            return run.count();
        }
        if (exists) {
            return !run.list(1).isEmpty();
        }
        if (method.isScrollQuery()) {
            return run.window(accessor.getScrollPosition(), limit);
        }
        if (method.isSliceQuery() || method.isPageQuery()) {
            Pageable pageable = accessor.getPageable();
            if (pageable.isUnpaged()) {
                List<Object> all = run.list(limit);
                return method.isPageQuery() ? new org.springframework.data.domain.PageImpl<>(all)
                    : new org.springframework.data.domain.SliceImpl<>(all);
            }
            Run.Result chunk = run.page(pageable);
            if (method.isPageQuery()) {
                long total = chunk.hasNext || pageable.getOffset() > 0 ? run.count()
                    : pageable.getOffset() + chunk.items.size();
                return new org.springframework.data.domain.PageImpl<>(chunk.items, pageable, total) {
                    private static final long serialVersionUID = 1L;

                    @Override
                    public Pageable nextPageable() {
                        return hasNext() ? chunk.nextOrSame(pageable) : Pageable.unpaged();
                    }
                };
            }
            return new org.springframework.data.domain.SliceImpl<>(chunk.items, pageable, chunk.hasNext) {
                private static final long serialVersionUID = 1L;

                @Override
                public Pageable nextPageable() {
                    return hasNext() ? chunk.nextOrSame(pageable) : Pageable.unpaged();
                }
            };
        }
        if (method.isStreamQuery()) {
            return run.stream().limit(limit);
        }
        if (method.isCollectionQuery()) {
            return run.list(limit);
        }
        List<Object> one = run.list(Math.min(limit, 2));
        if (one.size() > 1) {
            throw new IncorrectResultSizeDataAccessException("Query method " + method.getName()
                + " expected one result but found more", 1);
        }
        return one.isEmpty() ? null : one.get(0);
    }

    /** One invocation: bound arguments and the sort asked for. */
    private final class Run {
        private final Object[] args;
        private final Sort sort;
        private final Boolean descending;

        private final String[] projection;

        Run(Object[] args, Sort sort, String[] projection) {
            this.args = args;
            this.sort = sort;
            this.projection = projection;
            this.descending = plan.orderBy(sort);
            if (descending == null && !allowScan) {
                throw new IllegalArgumentException("Query method " + method.getName() + " cannot sort by " + sort
                    + ": only by the sort key of " + plan.branches().get(0).path().describe()
                    + " unless scans are allowed (@AllowScan)");
            }
        }

        /** Whether the engine delivers the items in the final order through one Query or Scan. */
        boolean keyset() {
            return plan.isSingle() && descending != null;
        }

        String indexName() {
            QueryPlan.Branch b = plan.branches().get(0);
            return b.path() == null ? null : b.path().indexName();
        }

        /** A source for a single-query or single-scan plan; null when nothing can match. */
        ItemSourceWithResidual source(boolean reverse) {
            Conditions c = new Conditions();
            if (plan.isScan()) {
                boolean anyResidual = plan.branches().stream().anyMatch(b -> !b.residual().isEmpty());
                String filter = null;
                Predicate<Object> residual = e -> true;
                if (anyResidual && plan.branches().size() > 1) {
                    Predicate<Object> or = e -> false;
                    for (QueryPlan.Branch b : plan.branches()) {
                        List<Part> all = new ArrayList<>(b.filter());
                        all.addAll(b.residual());
                        or = or.or(Conditions.test(all, args, plan, entity));
                    }
                    residual = or;
                } else {
                    List<String> ors = new ArrayList<>();
                    for (QueryPlan.Branch b : plan.branches()) {
                        ors.add(c.filter(b, args, plan));
                        residual = residual.and(Conditions.test(b.residual(), args, plan, entity));
                    }
                    if (ors.size() == 1) {
                        filter = ors.get(0);
                    } else if (!ors.contains(null)) {
                        filter = ors.stream().map(Conditions::paren).collect(Collectors.joining(" OR "));
                    }
                }
                if (reverse) {
                    throw new UnsupportedOperationException("Scrolling backward needs a Query; query method "
                        + method.getName() + " reads with a Scan");
                }
                String f = filter;
                return new ItemSourceWithResidual((token, limit) -> {
                    Scan<Object> s = operations.scan(entityType()).limit(limit).startAfter(token);
                    if (projection != null) {
                        s.project(projection);
                    }
                    if (f != null) {
                        s.filter(f);
                        c.params().forEach(s::param);
                    }
                    return s.page();
                }, residual, c.matchesNothing() && plan.branches().size() == 1);
            }
            QueryPlan.Branch only = plan.branches().get(0);
            return branchSource(only, reverse == Boolean.TRUE.equals(descending), args[plan.argIndex(only.partition())]);
        }

        @SuppressWarnings("unchecked")
        private Class<Object> entityType() {
            return (Class<Object>) type;
        }

        ItemSourceWithResidual branchSource(QueryPlan.Branch b, boolean ascending, Object pk) {
            Conditions c = new Conditions();
            String filter = c.filter(b, args, plan);
            Predicate<Object> residual = Conditions.test(b.residual(), args, plan, entity);
            if (pk == null) {
                throw new IllegalArgumentException("Query method " + method.getName() + ": the partition key value "
                    + b.path().partitionKey() + " must not be null");
            }
            return new ItemSourceWithResidual((token, limit) -> {
                Query<Object> q = operations.query(entityType()).partition(pk).limit(limit).startAfter(token);
                if (projection != null) {
                    q.project(projection);
                }
                if (b.path().indexName() != null) {
                    q.index(b.path().indexName());
                }
                if (b.sort() != null) {
                    int i = plan.argIndex(b.sort());
                    switch (b.sort().getType()) {
                        case SIMPLE_PROPERTY -> q.sortEquals(args[i]);
                        case LESS_THAN, BEFORE -> q.sortLessThan(args[i]);
                        case LESS_THAN_EQUAL -> q.sortLessThanOrEqual(args[i]);
                        case GREATER_THAN, AFTER -> q.sortGreaterThan(args[i]);
                        case GREATER_THAN_EQUAL -> q.sortGreaterThanOrEqual(args[i]);
                        case BETWEEN -> q.sortBetween(args[i], args[i + 1]);
                        case STARTING_WITH -> q.sortBeginsWith(args[i]);
                        default -> throw new IllegalStateException(b.sort().getType().toString());
                    }
                }
                if (!ascending) {
                    q.descending();
                }
                if (filter != null) {
                    q.filter(filter);
                    c.params().forEach(q::param);
                }
                return q.page();
            }, residual, c.matchesNothing());
        }

        /** Every matching entity in the final order. */
        Stream<Object> stream() {
            if (keyset()) {
                ItemSourceWithResidual s = source(false);
                return s.nothing ? Stream.empty() : s.source.stream(null, s.residual);
            }
            return materialized().stream();
        }

        private List<Object> materialized() {
            List<Object> all;
            if (plan.isSingle()) {
                ItemSourceWithResidual s = source(false);
                all = s.nothing ? new ArrayList<>() : s.source.stream(null, s.residual).collect(Collectors.toList());
            } else {
                Map<Key, Object> merged = new LinkedHashMap<>();
                for (QueryPlan.Branch b : plan.branches()) {
                    Object arg = args[plan.argIndex(b.partition())];
                    Iterable<?> partitions = b.partition().getType() == Part.Type.IN
                        ? new java.util.LinkedHashSet<>(Conditions.values(arg)) : java.util.Collections.singletonList(arg);
                    for (Object pk : partitions) {
                        ItemSourceWithResidual s = branchSource(b, true, pk);
                        if (!s.nothing) {
                            s.source.stream(null, s.residual).forEach(e -> merged.putIfAbsent(keys.keyOf(e), e));
                        }
                    }
                }
                all = new ArrayList<>(merged.values());
            }
            if (sort.isSorted()) {
                all.sort(InMemorySort.comparator(sort, entity));
            }
            return all;
        }

        List<Object> list(int limit) {
            if (limit == Integer.MAX_VALUE) {
                return stream().collect(Collectors.toList());
            }
            if (keyset()) {
                ItemSourceWithResidual s = source(false);
                return s.nothing ? List.of() : s.source.chunk(null, limit, s.residual).items();
            }
            List<Object> all = materialized();
            return all.subList(0, Math.min(limit, all.size()));
        }

        long count() {
            if (projection == null) {
                return new Run(args, sort, projection(null, sort)).stream().count();
            }
            return stream().count();
        }

        /** A page of a Slice or Page. */
        final class Result {
            final List<Object> items;
            final boolean hasNext;
            final String nextToken;

            Result(List<Object> items, boolean hasNext, String nextToken) {
                this.items = items;
                this.hasNext = hasNext;
                this.nextToken = nextToken;
            }

            Pageable nextOrSame(Pageable pageable) {
                if (!hasNext) {
                    return pageable;
                }
                return nextToken != null ? TidemarkPageRequest.after(pageable, nextToken) : pageable.next();
            }
        }

        Result page(Pageable pageable) {
            int size = pageable.getPageSize();
            if (keyset()) {
                ItemSourceWithResidual s = source(false);
                if (s.nothing) {
                    return new Result(List.of(), false, null);
                }
                String start = startToken(s, pageable);
                ItemSource.Chunk<Object> chunk = s.source.chunk(start, size, s.residual);
                String next = chunk.hasNext() ? operations.continuationToken(
                    chunk.items().get(chunk.items().size() - 1), indexName()) : null;
                return new Result(chunk.items(), chunk.hasNext(), next);
            }
            List<Object> all = materialized();
            int from = (int) Math.min(pageable.getOffset(), all.size());
            int to = Math.min(from + size, all.size());
            return new Result(new ArrayList<>(all.subList(from, to)), to < all.size(), null);
        }

        private String startToken(ItemSourceWithResidual s, Pageable pageable) {
            if (pageable instanceof TidemarkPageRequest t) {
                return t.continuationToken();
            }
            return skip(s, pageable.getOffset());
        }

        /** The token after the first {@code n} matching items (read and dropped). */
        private String skip(ItemSourceWithResidual s, long n) {
            if (n == 0) {
                return null;
            }
            Object last = s.source.stream(null, s.residual).skip(n - 1).findFirst().orElse(null);
            return last == null ? null : operations.continuationToken(last, indexName());
        }

        Object window(ScrollPosition position, int limit) {
            if (limit == Integer.MAX_VALUE) {
                throw new IllegalArgumentException("Query method " + method.getName()
                    + " returns a Window and needs a size: use Top/First or a Limit parameter");
            }
            if (position instanceof org.springframework.data.domain.OffsetScrollPosition op) {
                long start = op.isInitial() ? 0 : op.getOffset() + 1;
                List<Object> items;
                boolean more;
                if (keyset()) {
                    ItemSourceWithResidual s = source(false);
                    ItemSource.Chunk<Object> chunk = s.nothing ? new ItemSource.Chunk<>(List.of(), false)
                        : s.source.chunk(skip(s, start), limit, s.residual);
                    items = chunk.items();
                    more = chunk.hasNext();
                } else {
                    List<Object> all = materialized();
                    int from = (int) Math.min(start, all.size());
                    int to = Math.min(from + limit, all.size());
                    items = new ArrayList<>(all.subList(from, to));
                    more = to < all.size();
                }
                return org.springframework.data.domain.Window.from(items,
                    org.springframework.data.domain.OffsetScrollPosition.positionFunction(start), more);
            }
            if (!(position instanceof org.springframework.data.domain.KeysetScrollPosition kp)) {
                throw new IllegalArgumentException("Unsupported scroll position " + position);
            }
            if (!keyset()) {
                throw new UnsupportedOperationException("Query method " + method.getName() + " cannot scroll by keyset:"
                    + " its results are merged or sorted in memory; use an offset scroll position");
            }
            boolean backward = kp.scrollsBackward();
            ItemSourceWithResidual s = source(backward);
            Object token = kp.getKeys().get(TOKEN);
            if (!kp.isInitial() && !(token instanceof String)) {
                throw new IllegalArgumentException("Keyset scroll position " + kp + " has no Tidemark continuation token;"
                    + " use positions returned by Window.positionAt");
            }
            ItemSource.Chunk<Object> chunk = s.nothing ? new ItemSource.Chunk<>(List.of(), false)
                : s.source.chunk((String) token, limit, s.residual);
            List<Object> items = new ArrayList<>(chunk.items());
            if (backward) {
                java.util.Collections.reverse(items);
            }
            String index = indexName();
            List<Object> content = items;
            return org.springframework.data.domain.Window.from(items, i -> {
                Map<String, Object> k = Map.of(TOKEN, operations.continuationToken(content.get(i), index));
                return backward ? ScrollPosition.backward(k) : ScrollPosition.forward(k);
            }, chunk.hasNext());
        }
    }

    /** The key under which keyset scroll positions carry the continuation token. */
    public static final String TOKEN = "tidemark.continuationToken";

    /** A source with the in-memory test that goes with it. */
    private record ItemSourceWithResidual(ItemSource<Object> source, Predicate<Object> residual, boolean nothing) {
    }
}
