package dev.tidemark.mapper.annotation;

import dev.tidemark.mapper.AttributeConverter;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stores a property with a custom converter (a class with a public no-argument constructor).
 * JPA's {@code @Convert(converter = ...)} is honoured too: its database-side value is then stored
 * with the standard conversion for that type.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface ConvertWith {
    /** The converter class. */
    @SuppressWarnings("rawtypes")
    Class<? extends AttributeConverter> value();
}
