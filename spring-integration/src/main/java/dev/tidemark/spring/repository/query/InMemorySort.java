package dev.tidemark.spring.repository.query;

import dev.tidemark.spring.core.mapping.TidemarkPersistentEntity;
import dev.tidemark.spring.core.mapping.TidemarkPersistentProperty;
import java.util.Comparator;
import org.springframework.data.domain.Sort;

/** Sorting of entities in memory, for results that no single key order delivers (scans, merged ORs). */
public final class InMemorySort {
    private InMemorySort() {
    }

    /**
     * A comparator for a sort over mapped properties (null values first when ascending, as
     * {@link Sort.NullHandling#NATIVE} leaves it open).
     *
     * @param sort the sort
     * @param entity the entity metamodel
     * @return the comparator
     * @throws IllegalArgumentException naming a property that is not mapped
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static Comparator<Object> comparator(Sort sort, TidemarkPersistentEntity entity) {
        Comparator<Object> all = (a, b) -> 0;
        for (Sort.Order order : sort) {
            TidemarkPersistentProperty p = entity.property(order.getProperty()).orElseThrow(() ->
                new IllegalArgumentException("Cannot sort by " + order.getProperty() + ": not a mapped property of "
                    + entity.type().getSimpleName()));
            Comparator<Object> values = order.isIgnoreCase()
                ? Comparator.comparing(v -> String.valueOf(v).toLowerCase(java.util.Locale.ROOT))
                : (a, b) -> ((Comparable) a).compareTo(b);
            Comparator<Object> nulls = order.getNullHandling() == Sort.NullHandling.NULLS_LAST
                ? Comparator.nullsLast(values) : Comparator.nullsFirst(values);
            Comparator<Object> one = Comparator.comparing(p::get, nulls);
            all = all.thenComparing(order.isDescending() ? one.reversed() : one);
        }
        return all;
    }
}
