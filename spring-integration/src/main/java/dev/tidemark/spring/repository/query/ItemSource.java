package dev.tidemark.spring.repository.query;

import dev.tidemark.mapper.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A configured query or scan that can be read page by page from a continuation token. Chunks of an
 * exact size are cut from the engine's pages; the position after any item comes from the item
 * itself ({@code tokenOf}), so a chunk may end in the middle of an engine page.
 *
 * @param <T> the entity type
 */
public interface ItemSource<T> {

    /**
     * Reads one engine page.
     *
     * @param startAfter the continuation token, or null for the beginning
     * @param limit how many items the engine evaluates at most
     * @return the page
     */
    Page<T> page(String startAfter, int limit);

    /**
     * A chunk of the matching items.
     *
     * @param items the items, at most the requested size
     * @param hasNext whether at least one more matching item follows
     * @param <T> the entity type
     */
    record Chunk<T>(List<T> items, boolean hasNext) {
    }

    /**
     * Reads up to {@code size} items passing {@code residual}, and whether more follow.
     *
     * @param startAfter token to start after, or null
     * @param size the chunk size
     * @param residual a test the engine cannot evaluate (true when none)
     * @return the chunk
     */
    default Chunk<T> chunk(String startAfter, int size, Predicate<? super T> residual) {
        List<T> out = new ArrayList<>(Math.min(size + 1, 1024));
        String token = startAfter;
        while (out.size() <= size) {
            Page<T> p = page(token, Math.max(size + 1 - out.size(), 32));
            for (T item : p.items()) {
                if (residual.test(item)) {
                    out.add(item);
                    if (out.size() > size) {
                        break;
                    }
                }
            }
            token = p.continuationToken();
            if (token == null) {
                break;
            }
        }
        boolean more = out.size() > size;
        return new Chunk<>(more ? out.subList(0, size) : out, more);
    }

    /**
     * Every matching item, read lazily page by page.
     *
     * @param startAfter token to start after, or null
     * @param residual a test the engine cannot evaluate
     * @return the stream
     */
    default Stream<T> stream(String startAfter, Predicate<? super T> residual) {
        Function<String, Page<T>> next = t -> page(t, 1000);
        Stream<Page<T>> pages = Stream.iterate(next.apply(startAfter), p -> p != null,
            p -> p.continuationToken() == null ? null : next.apply(p.continuationToken()));
        return pages.flatMap(p -> p.items().stream()).filter(residual);
    }
}
