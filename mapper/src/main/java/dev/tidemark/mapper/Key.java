package dev.tidemark.mapper;

import java.util.Objects;

/**
 * The primary key of an entity as Java values: the partition key and, for tables with one, the
 * sort key. Values are converted with the key properties' converters.
 *
 * @param partition the partition key value
 * @param sort the sort key value, or {@code null} for tables without a sort key
 */
public record Key(Object partition, Object sort) {

    /** Checks the partition value. */
    public Key {
        Objects.requireNonNull(partition, "partition key value");
    }

    /**
     * A key of a table without a sort key.
     *
     * @param partition the partition key value
     * @return the key
     */
    public static Key of(Object partition) {
        return new Key(partition, null);
    }

    /**
     * A key of a table with a sort key.
     *
     * @param partition the partition key value
     * @param sort the sort key value
     * @return the key
     */
    public static Key of(Object partition, Object sort) {
        return new Key(partition, Objects.requireNonNull(sort, "sort key value"));
    }
}
