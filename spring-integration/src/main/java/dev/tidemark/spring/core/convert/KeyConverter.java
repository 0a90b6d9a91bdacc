package dev.tidemark.spring.core.convert;

import dev.tidemark.mapper.Key;
import dev.tidemark.mapper.MappingException;
import dev.tidemark.spring.core.mapping.TidemarkPersistentEntity;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.Objects;

/**
 * Converts between a repository's identifier type and the mapper's {@link Key}. The identifier of
 * an entity whose table has only a partition key is the partition key value. With a sort key too it
 * is either {@link Key} itself or a key class (a record or class with two properties named like the
 * entity's partition and sort key properties; a two-component record may also match by order), so
 * the entity keeps its two key properties and the key class never duplicates them in the entity.
 *
 * @param <ID> the identifier type
 */
public final class KeyConverter<ID> {
    private final TidemarkPersistentEntity entity;
    private final Class<ID> idType;
    private final boolean composite;
    private final String pkName;
    private final String skName;

    /**
     * A converter for an entity and identifier type.
     *
     * @param entity the entity metamodel
     * @param idType the repository's identifier type
     * @throws MappingException when the identifier type cannot hold the entity's key
     */
    public KeyConverter(TidemarkPersistentEntity entity, Class<ID> idType) {
        this.entity = entity;
        this.idType = idType;
        this.pkName = entity.table().partitionKey();
        this.skName = entity.table().sortKey();
        this.composite = skName != null && idType != Key.class && idType != Object.class;
        if (composite) {
            accessor(pkName, 0);
            accessor(skName, 1);
        }
    }

    /** The identifier type. */
    public Class<ID> idType() {
        return idType;
    }

    /**
     * The mapper key for an identifier.
     *
     * @param id the identifier
     * @return the key
     */
    public Key toKey(Object id) {
        Objects.requireNonNull(id, "The given id must not be null");
        if (id instanceof Key k) {
            return k;
        }
        if (skName == null) {
            return Key.of(id);
        }
        if (!composite) {
            throw new IllegalArgumentException(entity.type().getSimpleName() + " has a sort key; its id must be a "
                + Key.class.getName() + " or a key class, not " + id.getClass().getName());
        }
        return Key.of(read(id, pkName, 0), read(id, skName, 1));
    }

    /**
     * The identifier of an entity, or {@code null} when a key property is null.
     *
     * @param e the entity
     * @return the identifier
     */
    @SuppressWarnings("unchecked")
    public ID idOf(Object e) {
        Object p = entity.partitionKey().get(e);
        if (skName == null) {
            return (ID) p;
        }
        Object s = entity.sortKey().get(e);
        if (p == null || s == null) {
            return null;
        }
        if (!composite) {
            return (ID) Key.of(p, s);
        }
        return construct(p, s);
    }

    /** The mapper key of an entity. */
    public Key keyOf(Object e) {
        Object p = entity.partitionKey().get(e);
        return skName == null ? Key.of(p) : Key.of(p, entity.sortKey().get(e));
    }

    private Object read(Object id, String name, int position) {
        Object accessor = accessor(name, position);
        try {
            if (accessor instanceof Method m) {
                return m.invoke(id);
            }
            return ((Field) accessor).get(id);
        } catch (ReflectiveOperationException ex) {
            throw new IllegalStateException("Cannot read " + name + " of " + id.getClass().getName(), ex);
        }
    }

    private Object accessor(String name, int position) {
        if (idType.isRecord()) {
            RecordComponent[] rc = idType.getRecordComponents();
            for (RecordComponent c : rc) {
                if (c.getName().equals(name)) {
                    Method m = c.getAccessor();
                    m.trySetAccessible();
                    return m;
                }
            }
            if (rc.length == 2) {
                Method m = rc[position].getAccessor();
                m.trySetAccessible();
                return m;
            }
        } else {
            String cap = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            for (String n : new String[] {"get" + cap, name}) {
                try {
                    Method m = idType.getMethod(n);
                    return m;
                } catch (NoSuchMethodException ignored) {
                    // try the field below
                }
            }
            for (Class<?> c = idType; c != null && c != Object.class; c = c.getSuperclass()) {
                try {
                    Field f = c.getDeclaredField(name);
                    f.trySetAccessible();
                    return f;
                } catch (NoSuchFieldException ignored) {
                    // look in the superclass
                }
            }
        }
        throw new MappingException("Key class " + idType.getName() + " of " + entity.type().getSimpleName()
            + " has no property " + name + " (the entity's " + (position == 0 ? "partition" : "sort") + " key)");
    }

    @SuppressWarnings("unchecked")
    private ID construct(Object p, Object s) {
        try {
            for (Constructor<?> c : idType.getDeclaredConstructors()) {
                Parameter[] params = c.getParameters();
                if (params.length == 2) {
                    c.trySetAccessible();
                    boolean swapped = params[0].getName().equals(skName) && params[1].getName().equals(pkName);
                    return (ID) (swapped ? c.newInstance(s, p) : c.newInstance(p, s));
                }
            }
            Constructor<?> c = idType.getDeclaredConstructor();
            c.trySetAccessible();
            Object id = c.newInstance();
            set(id, pkName, p);
            set(id, skName, s);
            return (ID) id;
        } catch (ReflectiveOperationException ex) {
            throw new MappingException("Cannot create key class " + idType.getName() + ": " + ex);
        }
    }

    private void set(Object id, String name, Object value) throws ReflectiveOperationException {
        for (Class<?> c = idType; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                f.trySetAccessible();
                f.set(id, value);
                return;
            } catch (NoSuchFieldException ignored) {
                // look in the superclass
            }
        }
        throw new MappingException("Key class " + idType.getName() + " has no field " + name);
    }
}
