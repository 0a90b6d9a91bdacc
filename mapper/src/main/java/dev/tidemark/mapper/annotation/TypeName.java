package dev.tidemark.mapper.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The discriminator value of a subtype of a {@link Polymorphic} base (default: the simple class name). */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface TypeName {
    /** The value stored in the discriminator attribute. */
    String value();
}
