package dev.tidemark.mapper;

import java.util.List;

/**
 * One page of a query or scan.
 *
 * @param items the entities of this page, in order
 * @param continuationToken an opaque token that resumes after this page (pass it to
 *     {@code startAfter}), or {@code null} when there are no more items
 * @param <T> the entity type
 */
public record Page<T>(List<T> items, String continuationToken) {

    /** Copies the item list. */
    public Page {
        items = List.copyOf(items);
    }

    /** Whether another page may follow. */
    public boolean hasMore() {
        return continuationToken != null;
    }
}
