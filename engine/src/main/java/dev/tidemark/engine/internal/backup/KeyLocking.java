package dev.tidemark.engine.internal.backup;

import java.util.List;
import java.util.function.Supplier;

/** Runs code under the key locks writers take, so loads and relocations order with user writes. */
@FunctionalInterface
public interface KeyLocking {
    /**
     * Runs {@code body} while holding the locks of the keys.
     *
     * @param tableId the table's internal id
     * @param keys the encoded primary keys
     * @param body what to run
     * @return what {@code body} returned
     */
    <T> T withKeys(int tableId, List<byte[]> keys, Supplier<T> body);
}
