package dev.tidemark.mapper;

import dev.tidemark.engine.model.AttributeValue;

/**
 * Converts one Java type to and from an attribute value. Register one for a type with
 * {@link EntityManager.Builder#converter(Class, AttributeConverter)}, or for one property with
 * {@link dev.tidemark.mapper.annotation.ConvertWith}. Converters must be thread-safe.
 *
 * @param <T> the Java type
 */
public interface AttributeConverter<T> {

    /**
     * Converts a non-null value.
     *
     * @param value the Java value, never null
     * @return the attribute value
     */
    AttributeValue write(T value);

    /**
     * Converts a stored attribute value back.
     *
     * @param value the attribute value, never null
     * @return the Java value
     */
    T read(AttributeValue value);

    /**
     * The attribute type this converter writes, if it always writes the same one. Key attributes
     * need {@code S}, {@code N} or {@code B}; sets of this type are stored as SS, NS or BS.
     *
     * @return the type, or {@code null} when it varies
     */
    default AttributeValue.Type type() {
        return null;
    }
}
