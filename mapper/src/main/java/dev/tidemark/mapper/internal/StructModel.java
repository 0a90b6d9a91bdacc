package dev.tidemark.mapper.internal;

import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.mapper.MapperException;
import java.lang.reflect.Type;
import java.util.Map;

/** How one class maps to a set of attributes (of an item, a map attribute, or flattened into a parent). */
final class StructModel {
    final Class<?> type;
    final Factory factory;
    final Attr[] attrs;
    final Flat[] flats;
    /** Every attribute by property name, flattened ones included. */
    final Map<String, Attr> byProperty;
    /** Every attribute by attribute name, flattened ones included. */
    final Map<String, Attr> byName;

    StructModel(Class<?> type, Factory factory, Attr[] attrs, Flat[] flats, Map<String, Attr> byProperty,
                Map<String, Attr> byName) {
        this.type = type;
        this.factory = factory;
        this.attrs = attrs;
        this.flats = flats;
        this.byProperty = byProperty;
        this.byName = byName;
    }

    /** A property stored in one attribute. */
    static final class Attr {
        final String property;
        final String name;
        final Type type;
        final Class<?> raw;
        final Annos annos;
        final Conv conv;
        final Access.Getter getter;
        final int slot;
        /** The flattened properties leading here from the root (empty for a direct property). */
        final Flat[] path;

        Attr(String property, String name, Type type, Class<?> raw, Annos annos, Conv conv, Access.Getter getter,
             int slot, Flat[] path) {
            this.property = property;
            this.name = name;
            this.type = type;
            this.raw = raw;
            this.annos = annos;
            this.conv = conv;
            this.getter = getter;
            this.slot = slot;
            this.path = path;
        }

        AttributeValue write(Class<?> owner, Object value) {
            try {
                return conv.write(value);
            } catch (ClassCastException e) {
                throw new IllegalArgumentException("Value " + value + " of " + value.getClass().getName()
                    + " does not fit property " + owner.getSimpleName() + "." + property + " of type " + type.getTypeName());
            } catch (RuntimeException e) {
                throw new MapperException("Cannot write " + owner.getName() + "." + property + ": " + e.getMessage(), e);
            }
        }

        Object read(Class<?> owner, AttributeValue v) {
            if (v == null || v.isNull()) {
                return conv.absent();
            }
            try {
                return conv.read(v);
            } catch (RuntimeException e) {
                throw new MapperException("Cannot read attribute " + name + " of type " + v.type() + " into "
                    + owner.getName() + "." + property + ": " + e.getMessage(), e);
            }
        }
    }

    /** A property whose object's attributes are stored in the parent. */
    static final class Flat {
        final String property;
        final int slot;
        final Access.Getter getter;
        final StructModel model;

        Flat(String property, int slot, Access.Getter getter, StructModel model) {
            this.property = property;
            this.slot = slot;
            this.getter = getter;
            this.model = model;
        }
    }

    void write(Object obj, Map<String, AttributeValue> out) {
        for (Attr a : attrs) {
            Object v = a.getter.get(obj);
            if (v != null) {
                AttributeValue av = a.write(type, v);
                if (av != null) {
                    out.put(a.name, av);
                }
            }
        }
        for (Flat f : flats) {
            Object v = f.getter.get(obj);
            if (v != null) {
                f.model.write(v, out);
            }
        }
    }

    Object read(Map<String, AttributeValue> item) {
        Object h = factory.start();
        for (Attr a : attrs) {
            Object v = a.read(type, item.get(a.name));
            if (v != null) {
                factory.set(h, a.slot, v);
            }
        }
        for (Flat f : flats) {
            if (f.model.anyPresent(item)) {
                factory.set(h, f.slot, f.model.read(item));
            }
        }
        return factory.finish(h);
    }

    boolean anyPresent(Map<String, AttributeValue> item) {
        for (Attr a : attrs) {
            if (item.containsKey(a.name)) {
                return true;
            }
        }
        for (Flat f : flats) {
            if (f.model.anyPresent(item)) {
                return true;
            }
        }
        return false;
    }

    /** Reads a (possibly flattened) attribute's Java value from an entity. */
    static Object get(Attr a, Object entity) {
        Object o = entity;
        for (Flat f : a.path) {
            o = f.getter.get(o);
            if (o == null) {
                return null;
            }
        }
        return a.getter.get(o);
    }
}
