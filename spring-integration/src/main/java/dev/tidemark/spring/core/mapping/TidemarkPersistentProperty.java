package dev.tidemark.spring.core.mapping;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * One mapped property of an entity as repositories see it: its name, type and how to read it.
 * Names are the mapper's property names, which filter expressions use as {@code #name}.
 */
public final class TidemarkPersistentProperty {
    private final String name;
    private final Class<?> type;
    private final Method getter;
    private final Field field;

    TidemarkPersistentProperty(String name, Class<?> type, Method getter, Field field) {
        this.name = name;
        this.type = type;
        this.getter = getter;
        this.field = field;
        if (getter != null) {
            getter.trySetAccessible();
        } else if (field != null) {
            field.trySetAccessible();
        }
    }

    /** The property name. */
    public String name() {
        return name;
    }

    /** The declared (raw) type. */
    public Class<?> type() {
        return type;
    }

    /**
     * Reads the property of an entity.
     *
     * @param entity the entity
     * @return the value, possibly null
     */
    public Object get(Object entity) {
        try {
            return getter != null ? getter.invoke(entity) : field.get(entity);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot read " + name + " of " + entity.getClass().getName(), e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Reading " + name + " of " + entity.getClass().getName() + " failed",
                e.getCause());
        }
    }

    @Override
    public String toString() {
        return name + ":" + type.getSimpleName();
    }
}
