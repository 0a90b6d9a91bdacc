package dev.tidemark.mapper;

import java.util.Collection;
import java.util.List;

/**
 * Reads many entities of any types by key, 100 keys per BatchGetItem, retrying unprocessed keys
 * with exponential backoff. Obtained from {@link EntityManager#batchGet()}.
 */
public interface BatchGet {

    /** Adds keys of one entity type. */
    BatchGet add(Class<?> type, Collection<Key> keys);

    /** Adds keys of one entity type. */
    default BatchGet add(Class<?> type, Key... keys) {
        return add(type, List.of(keys));
    }

    /** Reads everything added. */
    Result execute();

    /** What a batch read found (missing keys are simply absent). */
    interface Result {
        /** The entities found for keys added with {@code type}, in no particular order. */
        <T> List<T> of(Class<T> type);

        /** All entities found. */
        List<Object> all();
    }
}
