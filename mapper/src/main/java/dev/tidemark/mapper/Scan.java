package dev.tidemark.mapper;

import java.util.List;
import java.util.stream.Stream;

/**
 * A typed scan of an entity's table or index. Built by {@link EntityManager#scan(Class)}. For a
 * polymorphic subtype only items of that subtype are returned. Filter syntax as in {@link Query}.
 *
 * @param <T> the entity type
 */
public interface Scan<T> {

    /** Scans the secondary index {@code indexName} instead of the table. */
    Scan<T> index(String indexName);

    /** A filter (see {@link Query} for the syntax). */
    Scan<T> filter(String expression);

    /** A value for {@code :name} in the filter; converted by its runtime type. */
    Scan<T> param(String name, Object value);

    /** Reads only these properties. */
    Scan<T> project(String... properties);

    /** Strongly consistent reads. */
    Scan<T> consistentRead(boolean consistentRead);

    /** At most this many items are evaluated per page. */
    Scan<T> limit(int pageSize);

    /** Resumes after the page that returned {@code continuationToken}. */
    Scan<T> startAfter(String continuationToken);

    /** Scans only segment {@code segment} of {@code totalSegments}. */
    Scan<T> segment(int segment, int totalSegments);

    /** {@link #stream()} reads {@code totalSegments} segments in parallel. */
    Scan<T> parallel(int totalSegments);

    /** Reads one page. */
    Page<T> page();

    /** A lazy stream of the pages. */
    Stream<Page<T>> pages();

    /** A lazy stream of all matching entities (segments in parallel after {@link #parallel(int)}). */
    Stream<T> stream();

    /** All matching entities. */
    default List<T> list() {
        return stream().toList();
    }
}
