package dev.tidemark.hibernate;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the attribute of a two-attribute composite id ({@code @IdClass} or {@code @EmbeddedId}) that
 * becomes the table's sort key when Hibernate creates the schema; the other attribute is the partition
 * key. Without it, the key columns keep Hibernate's order (by attribute name): the first is the
 * partition key.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD})
public @interface SortKey {
}
