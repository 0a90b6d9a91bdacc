package dev.tidemark.spring.repository.query;

import dev.tidemark.spring.core.mapping.TidemarkPersistentEntity;
import java.lang.reflect.Constructor;
import java.lang.reflect.Parameter;
import org.springframework.core.convert.converter.Converter;

/**
 * Creates a DTO projection (a record or class whose constructor parameters are named like entity
 * properties) from an entity. Needs parameter names: records always have them; classes must be
 * compiled with {@code -parameters}.
 */
final class DtoConverter implements Converter<Object, Object> {
    private final TidemarkPersistentEntity entity;
    private final Class<?> dto;
    private final Constructor<?> constructor;

    DtoConverter(TidemarkPersistentEntity entity, Class<?> dto) {
        this.entity = entity;
        this.dto = dto;
        Constructor<?> best = null;
        for (Constructor<?> c : dto.getDeclaredConstructors()) {
            if (best == null || c.getParameterCount() > best.getParameterCount()) {
                best = c;
            }
        }
        if (best == null) {
            throw new IllegalStateException("DTO " + dto.getName() + " has no constructor");
        }
        best.trySetAccessible();
        this.constructor = best;
    }

    @Override
    public Object convert(Object source) {
        if (dto.isInstance(source) || !entity.type().isInstance(source)) {
            return source;
        }
        Parameter[] params = constructor.getParameters();
        Object[] args = new Object[params.length];
        for (int i = 0; i < params.length; i++) {
            String name = params[i].getName();
            args[i] = entity.property(name).orElseThrow(() -> new IllegalStateException("DTO " + dto.getName()
                + " parameter " + name + " matches no property of " + entity.type().getSimpleName())).get(source);
        }
        try {
            return constructor.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot create DTO " + dto.getName() + ": " + e, e);
        }
    }
}
