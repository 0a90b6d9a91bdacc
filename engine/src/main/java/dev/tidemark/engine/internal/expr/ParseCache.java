package dev.tidemark.engine.internal.expr;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Bounded, thread-safe cache of parsed trees keyed by expression kind and text, so each distinct text
 * is parsed once. Only successful parses are cached. When full, the cache is emptied and refilled.
 */
final class ParseCache {
    /** Maximum number of cached trees. */
    static final int MAX_ENTRIES = 4096;

    private static final ConcurrentHashMap<String, Object> CACHE = new ConcurrentHashMap<>();

    private ParseCache() {
    }

    /** The cached tree for {@code text}, parsing it with {@code parser} on a miss. */
    @SuppressWarnings("unchecked")
    static <T> T get(ExprKind kind, String text, Function<String, T> parser) {
        String key = kind.ordinal() + text;
        Object hit = CACHE.get(key);
        if (hit != null) {
            return (T) hit;
        }
        T parsed = parser.apply(text);
        if (CACHE.size() >= MAX_ENTRIES) {
            CACHE.clear();
        }
        CACHE.putIfAbsent(key, parsed);
        return parsed;
    }

    /** Number of cached trees. */
    static int size() {
        return CACHE.size();
    }
}
