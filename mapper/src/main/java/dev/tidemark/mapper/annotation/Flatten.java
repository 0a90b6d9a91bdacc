package dev.tidemark.mapper.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stores the properties of a nested class or record as top-level attributes of the item instead of
 * one map attribute (JPA's {@code @Embedded} does the same). A null value writes none of them; on
 * read the nested object is created when at least one of its attributes is present.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface Flatten {
    /** Prefix added to the nested attribute names. */
    String prefix() default "";
}
