package dev.tidemark.benchmarks;

/**
 * One system under test, seen through the operations of the workload. Implementations build the
 * system's own request objects inside each call, so request construction is part of what is
 * measured on both sides alike. Every call is synchronous and checks its outcome: a missing item
 * or a failed condition is an error, not a data point.
 */
public interface Store extends AutoCloseable {

    /** The name printed in progress messages. */
    String name();

    /** Creates the benchmark table ({@code pk} S hash key, {@code sk} S range key, on demand). */
    void createTable();

    /**
     * Writes item {@code i} with PutItem.
     *
     * @param i the item number
     */
    void put(long i);

    /**
     * Reads item {@code i} with GetItem.
     *
     * @param i the item number
     * @throws IllegalStateException if the item is missing
     */
    void get(long i);

    /**
     * Reads one whole partition with Query ({@code pk = :pk}), following
     * {@code LastEvaluatedKey} until the partition is exhausted.
     *
     * @param partition the partition number
     * @return the number of items returned
     */
    int queryPartition(long partition);

    /**
     * Increments item {@code i}'s counter: UpdateItem {@code SET #c = #c + :one} under
     * {@code attribute_exists(pk)}.
     *
     * @param i the item number
     * @throws IllegalStateException if the condition failed
     */
    void increment(long i);

    /**
     * Reads one page of a full-table Scan.
     *
     * @param exclusiveStartKey the opaque key returned by the previous page, or {@code null} to start
     * @param limit the page's item limit
     * @return the page
     */
    ScanPage scanPage(Object exclusiveStartKey, int limit);

    /**
     * Writes items {@code first} to {@code first + count - 1} with one BatchWriteItem call, retrying
     * unprocessed items until none are left.
     *
     * @param first the first item number
     * @param count how many items (at most 25)
     */
    void batchPut(long first, int count);

    /**
     * Increments the counters of the given items in one TransactWriteItems call: one Update
     * {@code SET #c = #c + :one} under {@code attribute_exists(pk)} per item, all applied or none.
     *
     * @param items distinct item numbers, at most 100
     * @throws IllegalStateException if the transaction was cancelled
     */
    void transactIncrement(long[] items);

    /**
     * Creates a table with the benchmark table's key schema, on demand; with {@code indexes}, also
     * two global secondary indexes, {@link Workload#BY_CATEGORY} ({@code category} S hash,
     * {@code created} N range, projection ALL) and {@link Workload#BY_STATUS} ({@code status} S hash,
     * {@code created} N range, projection INCLUDE {@code count}). Returns once the table and its
     * indexes are ACTIVE.
     *
     * @param table the table name
     * @param indexes whether to declare the two GSIs
     */
    void createTable(String table, boolean indexes);

    /**
     * Writes item {@code i} into {@code table} with PutItem; the same call as {@link #put(long)},
     * for any table.
     *
     * @param table the table name
     * @param i the item number
     */
    void putInto(String table, long i);

    /**
     * Deletes a table.
     *
     * @param table the table name
     */
    void deleteTable(String table);

    /**
     * Reads one page of a category from {@link Workload#BY_CATEGORY} of {@link Workload#INDEXED_TABLE} with one Query call
     * ({@code category = :c}, {@code Limit} {@code limit}, default order: ascending {@code created}).
     *
     * @param category the category number
     * @param limit the page's item limit
     * @return the number of items returned
     */
    int queryCategory(long category, int limit);

    /** Releases the system; in-memory data is lost. */
    @Override
    void close();

    /**
     * One page of a Scan.
     *
     * @param items how many items the page held
     * @param lastEvaluatedKey the opaque key to continue from, or {@code null} at the end
     */
    record ScanPage(int items, Object lastEvaluatedKey) {
    }
}
