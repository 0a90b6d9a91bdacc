package dev.tidemark.mapper.internal;

import dev.tidemark.mapper.EntityManager;
import dev.tidemark.mapper.MappingException;

/**
 * Finds the schema class the annotation processor generated for a class: looked up once per class,
 * by name ({@code type.getName() + "_TidemarkSchema"}) through the class's own class loader; classes
 * without one use the reflective schema.
 */
public final class GeneratedSchemas {
    private static final ClassValue<GeneratedSchema> FOUND = new ClassValue<>() {
        @Override
        protected GeneratedSchema computeValue(Class<?> type) {
            return load(type);
        }
    };

    /** How the schema of a class was built. */
    public enum Kind {
        /** From the class generated at compile time. */
        GENERATED,
        /** By introspecting the class at run time. */
        REFLECTIVE
    }

    private GeneratedSchemas() {
    }

    /** The generated schema of {@code type}, or null. */
    static GeneratedSchema find(Class<?> type) {
        if (type.isPrimitive() || type.isArray() || type.getClassLoader() == null) {
            return null;
        }
        return FOUND.get(type);
    }

    private static GeneratedSchema load(Class<?> type) {
        Class<?> cls;
        try {
            cls = Class.forName(type.getName() + GeneratedSchema.SUFFIX, true, type.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
        if (!GeneratedSchema.class.isAssignableFrom(cls)) {
            return null;
        }
        try {
            GeneratedSchema s = (GeneratedSchema) cls.getDeclaredConstructor().newInstance();
            if (s.type() != type) {
                throw new MappingException("Cannot map " + type.getName() + ": generated schema " + cls.getName()
                    + " describes " + s.type().getName());
            }
            return s;
        } catch (ReflectiveOperationException e) {
            throw new MappingException("Cannot map " + type.getName() + ": generated schema " + cls.getName()
                + " cannot be instantiated", e);
        }
    }

    /**
     * How an entity manager maps {@code type}: {@link Kind#GENERATED} when its schema came from the
     * class generated at compile time. Builds the schema if needed.
     */
    public static Kind kind(EntityManager em, Class<?> type) {
        Schemas s = ((EntityManagerImpl) em).schemas;
        return s.entity(type).core != null && s.entity(type).core.struct.generated ? Kind.GENERATED : Kind.REFLECTIVE;
    }
}
