package dev.tidemark.mapper.internal;

import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.mapper.MapperException;
import java.util.Map;
import java.util.Set;

/**
 * Everything the mapper knows about one entity type, built once: its table, keys, version, generated
 * values and, for polymorphic types, the discriminator and the subtypes it can read.
 */
final class EntityModel {
    final Class<?> type;
    final TableShape shape;
    /** Null for an abstract polymorphic base. */
    final Core core;
    /** Discriminator attribute, or null when not polymorphic. */
    final String discriminator;
    /** Concrete models readable as this type, by discriminator value (polymorphic only). */
    final Map<String, Core> readable;
    /** Every discriminator value of the family. */
    final Set<String> family;

    EntityModel(Class<?> type, TableShape shape, Core core, String discriminator, Map<String, Core> readable,
                Set<String> family) {
        this.type = type;
        this.shape = shape;
        this.core = core;
        this.discriminator = discriminator;
        this.readable = readable;
        this.family = family;
    }

    boolean polymorphic() {
        return discriminator != null;
    }

    /** Whether this type reads every item of its table's family (no discriminator filter needed). */
    boolean readsWholeFamily() {
        return !polymorphic() || readable.size() == family.size();
    }

    /** Reads an item, or null when it is of a subtype this type does not cover. */
    Object read(Map<String, AttributeValue> item) {
        if (discriminator == null) {
            return core.struct.read(item);
        }
        AttributeValue d = item.get(discriminator);
        if (d == null || d.type() != AttributeValue.Type.S) {
            throw new MapperException("Item of table " + shape.table() + " has no string discriminator attribute "
                + discriminator + ": " + keyText(item));
        }
        Core c = readable.get(d.s());
        if (c == null) {
            if (family.contains(d.s())) {
                return null;
            }
            throw new MapperException("Item of table " + shape.table() + " has unknown type " + d.s()
                + " in attribute " + discriminator + " (known: " + family + "): " + keyText(item));
        }
        return c.struct.read(item);
    }

    private String keyText(Map<String, AttributeValue> item) {
        StringBuilder sb = new StringBuilder("key ").append(shape.pk().name()).append('=').append(item.get(shape.pk().name()));
        if (shape.sk() != null) {
            sb.append(", ").append(shape.sk().name()).append('=').append(item.get(shape.sk().name()));
        }
        return sb.toString();
    }

}
