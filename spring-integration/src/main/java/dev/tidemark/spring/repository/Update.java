package dev.tidemark.spring.repository;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A one-off update method: changes named properties of the item with the given id without reading
 * it first (one UpdateItem). The first parameter is the id (as for {@code findById}); the following
 * parameters are the values for {@link #set()}, {@link #increment()}, {@link #addToSet()} and
 * {@link #removeFromSet()}, in that order; {@link #remove()} takes none. The method returns
 * {@code void} or the entity as stored afterwards. A versioned entity's version is incremented. The
 * item must exist unless {@link #upsert()}; otherwise the update fails with
 * {@link dev.tidemark.mapper.EntityNotFoundException}. Inside a Tidemark transaction the update
 * becomes part of it (and the method returns null).
 *
 * <pre>{@code
 * @Update(increment = "stock")
 * void addStock(String sku, int delta);
 *
 * @Update(set = "status", addToSet = "tags")
 * Order markShipped(OrderKey id, String status, Set<String> tags);
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Update {

    /** Properties set to the given values. */
    String[] set() default {};

    /** Numeric properties increased by the given deltas (ADD). */
    String[] increment() default {};

    /** Set properties that gain the given elements (a collection, or one element). */
    String[] addToSet() default {};

    /** Set properties that lose the given elements. */
    String[] removeFromSet() default {};

    /** Properties removed. */
    String[] remove() default {};

    /** Creates the item when missing instead of failing. */
    boolean upsert() default false;
}
