package dev.tidemark.mapper.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the base type (abstract class or interface) of entity types that share one table: the
 * attribute {@link #discriminator()} holds each item's {@link TypeName}, which selects the subtype
 * when the item is read. Subtypes are listed in {@link #subtypes()} or, for a sealed base, taken
 * from its permitted subclasses. Every subtype must have the same key attributes.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Polymorphic {
    /** The attribute holding the type name. */
    String discriminator() default "type";

    /** The concrete subtypes; empty means the permitted subclasses of a sealed base. */
    Class<?>[] subtypes() default {};
}
