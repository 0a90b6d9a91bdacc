package dev.tidemark.mapper;

import java.util.List;

/** Reads entities of any types as one serializable snapshot (TransactGetItems). */
public interface TransactGet {

    /** Adds a read of the item with {@code key}. */
    TransactGet add(Class<?> type, Key key);

    /**
     * Reads all added items.
     *
     * @return one entry per added read, in order: the entity, or {@code null} when it does not exist
     */
    List<Object> execute();
}
