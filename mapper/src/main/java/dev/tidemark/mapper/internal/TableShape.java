package dev.tidemark.mapper.internal;

import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.engine.model.ProjectionType;
import java.util.List;
import java.util.Map;

/**
 * What a table must look like for a set of entity types: keys, secondary indexes and the
 * time-to-live attribute.
 *
 * @param table table name
 * @param pk partition key
 * @param sk sort key or null
 * @param indexes secondary indexes by name
 * @param ttlAttribute the time-to-live attribute, or null
 */
record TableShape(String table, KeyAttr pk, KeyAttr sk, Map<String, IndexShape> indexes, String ttlAttribute) {

    /**
     * A key attribute.
     *
     * @param name attribute name
     * @param type S, N or B
     * @param property property name (in the type that declared it)
     * @param conv converter of its Java values
     */
    record KeyAttr(String name, AttributeValue.Type type, String property, Conv conv) {
        boolean sameAs(KeyAttr o) {
            return o != null && name.equals(o.name) && type == o.type;
        }
    }

    /**
     * A secondary index.
     *
     * @param name index name
     * @param local a local index (on the table's partition key)
     * @param pk its partition key
     * @param sk its sort key or null
     * @param projection projection type
     * @param include projected non-key attributes for INCLUDE
     */
    record IndexShape(String name, boolean local, KeyAttr pk, KeyAttr sk, ProjectionType projection, List<String> include) {
    }
}
