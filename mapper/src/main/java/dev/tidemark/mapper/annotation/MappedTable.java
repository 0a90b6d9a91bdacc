package dev.tidemark.mapper.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class or record as an entity stored in the table {@link #value()}. Jakarta Persistence's
 * {@code @Entity} and {@code @Table(name)} are honoured the same way; without a name the table is
 * named after the class's simple name. On a {@link Polymorphic} base type it names the table shared
 * by all subtypes.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface MappedTable {
    /** The table name; empty means the class's simple name. */
    String value() default "";
}
