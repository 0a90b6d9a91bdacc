package dev.tidemark.spring.repository;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A query written on a repository method instead of derived from its name: a key condition on the
 * table or on {@link #index()}, and an optional filter, both in the mapper's expression syntax
 * ({@code #property} for a property's attribute, {@code :name} for the method parameter
 * {@code name}, by its compiled name or {@code @Param}). Paging, sorting by the sort key,
 * {@code Slice}, {@code Window} and projections work as for derived queries.
 *
 * <pre>{@code
 * @Query(index = "byStatus", key = "#status = :status AND #total BETWEEN :low AND :high",
 *        filter = "contains(#tags, :tag) OR attribute_not_exists(#note)")
 * List<Order> search(String status, int low, int high, String tag);
 * }</pre>
 *
 * <p>The key condition is an equality on the partition key, optionally followed by {@code AND} and
 * one sort-key condition ({@code =, <, <=, >, >=}, {@code BETWEEN :a AND :b} or
 * {@code begins_with(#sk, :p)}). Without a key condition the method scans, which needs
 * {@link AllowScan}. Mistakes are reported when the repository is created.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Query {

    /** The secondary index to query; empty for the table. */
    String index() default "";

    /** The key condition; empty to scan (with {@link AllowScan}). */
    String key() default "";

    /** A filter expression applied after the key condition; empty for none. */
    String filter() default "";

    /** Return the number of matching items instead of the items. */
    boolean count() default false;

    /** Return whether any item matches. */
    boolean exists() default false;
}
