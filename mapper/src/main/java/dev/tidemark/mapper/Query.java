package dev.tidemark.mapper;

import java.util.List;
import java.util.stream.Stream;

/**
 * A typed query over one partition of an entity's table or of one of its secondary indexes. Built
 * by {@link EntityManager#query(Class)}; each method returns this builder. Property names (not
 * attribute names) are used throughout.
 *
 * <p>Filter expressions are DynamoDB condition expressions in which {@code #name} stands for the
 * attribute of property {@code name} (or the attribute {@code name} itself when no property has
 * that name) and {@code :value} for a value given with {@link #param(String, Object)}.
 *
 * @param <T> the entity type
 */
public interface Query<T> {

    /** Queries the secondary index {@code indexName} instead of the table. */
    Query<T> index(String indexName);

    /** The partition key value (of the table, or of the index when one is set). Required. */
    Query<T> partition(Object value);

    /** Only items whose sort key equals {@code value}. */
    Query<T> sortEquals(Object value);

    /** Only items whose sort key is less than {@code value}. */
    Query<T> sortLessThan(Object value);

    /** Only items whose sort key is at most {@code value}. */
    Query<T> sortLessThanOrEqual(Object value);

    /** Only items whose sort key is greater than {@code value}. */
    Query<T> sortGreaterThan(Object value);

    /** Only items whose sort key is at least {@code value}. */
    Query<T> sortGreaterThanOrEqual(Object value);

    /** Only items whose sort key lies between {@code low} and {@code high}, both included. */
    Query<T> sortBetween(Object low, Object high);

    /** Only items whose (string or binary) sort key starts with {@code prefix}. */
    Query<T> sortBeginsWith(Object prefix);

    /** A filter applied after the key condition (see the type's description for the syntax). */
    Query<T> filter(String expression);

    /** A value for {@code :name} in the filter; converted by its runtime type. */
    Query<T> param(String name, Object value);

    /** Reads only these properties; the others stay null (or zero). */
    Query<T> project(String... properties);

    /** Strongly consistent reads. */
    Query<T> consistentRead(boolean consistentRead);

    /** Descending sort-key order. */
    Query<T> descending();

    /** At most this many items are evaluated per page. */
    Query<T> limit(int pageSize);

    /** Resumes after the page that returned {@code continuationToken} (null starts at the beginning). */
    Query<T> startAfter(String continuationToken);

    /** Reads one page. */
    Page<T> page();

    /** A lazy stream of the pages, read as the stream is consumed. */
    Stream<Page<T>> pages();

    /** A lazy stream of all matching entities, reading pages as the stream is consumed. */
    Stream<T> stream();

    /** All matching entities. */
    default List<T> list() {
        return stream().toList();
    }
}
