package dev.tidemark.mapper.internal;

import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.mapper.AttributeConverter;

/**
 * The converter used inside the mapper: an {@link AttributeConverter} whose {@code write} may return
 * {@code null} to leave the attribute out (empty Optional, empty set).
 */
interface Conv extends AttributeConverter<Object> {

    /** Adapts a user converter. */
    @SuppressWarnings("unchecked")
    static Conv of(AttributeConverter<?> c) {
        if (c instanceof Conv conv) {
            return conv;
        }
        AttributeConverter<Object> u = (AttributeConverter<Object>) c;
        return new Conv() {
            @Override
            public AttributeValue write(Object value) {
                return u.write(value);
            }

            @Override
            public Object read(AttributeValue value) {
                return u.read(value);
            }

            @Override
            public AttributeValue.Type type() {
                return u.type();
            }
        };
    }

    /** The value a missing attribute reads as (empty Optional, zero of a primitive). */
    default Object absent() {
        return null;
    }
}
