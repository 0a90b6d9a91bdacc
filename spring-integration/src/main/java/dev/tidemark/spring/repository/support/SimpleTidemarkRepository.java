package dev.tidemark.spring.repository.support;

import dev.tidemark.mapper.Key;
import dev.tidemark.mapper.Scan;
import dev.tidemark.spring.core.TidemarkOperations;
import dev.tidemark.spring.core.query.TidemarkPageRequest;
import dev.tidemark.spring.repository.TidemarkRepository;
import dev.tidemark.spring.repository.query.InMemorySort;
import dev.tidemark.spring.repository.query.ItemSource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The implementation behind every Tidemark repository's CRUD, paging and sorting methods. Reads by
 * id are GetItem / BatchGetItem; {@code findAll}, {@code count} and {@code deleteAll} scan the
 * table (sorting in memory); {@code findAll(Pageable)} reads page after page from continuation
 * tokens when given a pageable from a previous page.
 *
 * @param <T> the entity type
 * @param <ID> the identifier type
 */
public class SimpleTidemarkRepository<T, ID> implements TidemarkRepository<T, ID> {
    private final TidemarkEntityInformation<T, ID> info;
    private final TidemarkOperations operations;

    /**
     * A repository for an entity.
     *
     * @param info the entity information
     * @param operations the template
     */
    public SimpleTidemarkRepository(TidemarkEntityInformation<T, ID> info, TidemarkOperations operations) {
        this.info = info;
        this.operations = operations;
    }

    private Class<T> type() {
        return info.getJavaType();
    }

    @Override
    public <S extends T> S save(S entity) {
        Objects.requireNonNull(entity, "Entity must not be null");
        return operations.save(entity);
    }

    @Override
    public <S extends T> List<S> saveAll(Iterable<S> entities) {
        List<S> list = toList(entities);
        return operations.saveAll(list);
    }

    @Override
    public java.util.Optional<T> findById(ID id) {
        return operations.findById(type(), info.keys().toKey(id));
    }

    @Override
    public boolean existsById(ID id) {
        return findById(id).isPresent();
    }

    @Override
    public List<T> findAll() {
        return operations.scan(type()).list();
    }

    @Override
    public List<T> findAllById(Iterable<ID> ids) {
        List<Key> keys = new ArrayList<>();
        for (ID id : ids) {
            keys.add(info.keys().toKey(id));
        }
        return operations.findAllById(type(), keys.stream().distinct().toList());
    }

    @Override
    public long count() {
        return operations.count(type());
    }

    @Override
    public void deleteById(ID id) {
        operations.deleteById(type(), info.keys().toKey(id));
    }

    @Override
    public void delete(T entity) {
        operations.delete(entity);
    }

    @Override
    public void deleteAllById(Iterable<? extends ID> ids) {
        for (ID id : ids) {
            deleteById(id);
        }
    }

    @Override
    public void deleteAll(Iterable<? extends T> entities) {
        operations.deleteAll(toList(entities));
    }

    @Override
    public void deleteAll() {
        Scan<T> scan = operations.scan(type());
        String pk = info.entity().table().partitionKey();
        String sk = info.entity().table().sortKey();
        scan.project(sk == null ? new String[] {pk} : new String[] {pk, sk});
        operations.deleteAll(scan.list());
    }

    @Override
    public List<T> findAll(Sort sort) {
        List<T> all = findAll();
        if (sort.isSorted()) {
            all = new ArrayList<>(all);
            all.sort(InMemorySort.comparator(sort, info.entity()));
        }
        return all;
    }

    @Override
    public org.springframework.data.domain.Page<T> findAll(Pageable pageable) {
        if (pageable.isUnpaged()) {
            return new PageImpl<>(findAll(pageable.getSort()));
        }
        if (pageable.getSort().isSorted()) {
            List<T> all = findAll(pageable.getSort());
            int from = (int) Math.min(pageable.getOffset(), all.size());
            int to = Math.min(from + pageable.getPageSize(), all.size());
            return new PageImpl<>(all.subList(from, to), pageable, all.size());
        }
        ItemSource<T> source = (token, limit) -> {
            Scan<T> s = operations.scan(type()).limit(limit).startAfter(token);
            return s.page();
        };
        String start = null;
        if (pageable instanceof TidemarkPageRequest t) {
            start = t.continuationToken();
        } else if (pageable.getOffset() > 0) {
            T last = source.stream(null, e -> true).skip(pageable.getOffset() - 1).findFirst().orElse(null);
            start = last == null ? null : operations.continuationToken(last, null);
        }
        ItemSource.Chunk<T> chunk = source.chunk(start, pageable.getPageSize(), e -> true);
        Pageable next = chunk.hasNext()
            ? TidemarkPageRequest.after(pageable, operations.continuationToken(
                chunk.items().get(chunk.items().size() - 1), null))
            : pageable;
        long total = count();
        return new PageImpl<>(chunk.items(), pageable, total) {
            private static final long serialVersionUID = 1L;

            @Override
            public Pageable nextPageable() {
                return hasNext() ? next : Pageable.unpaged();
            }
        };
    }

    private static <S> List<S> toList(Iterable<S> it) {
        if (it instanceof Collection<S> c) {
            return new ArrayList<>(c);
        }
        return StreamSupport.stream(it.spliterator(), false).collect(Collectors.toList());
    }
}
