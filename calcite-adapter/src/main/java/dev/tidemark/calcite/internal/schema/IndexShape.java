package dev.tidemark.calcite.internal.schema;

import dev.tidemark.engine.model.ProjectionType;
import dev.tidemark.engine.model.ScalarAttributeType;
import java.util.List;

/**
 * A secondary index as the planner sees it.
 *
 * @param name index name
 * @param global true for a global secondary index, false for a local one
 * @param partitionKey the index partition key attribute
 * @param partitionKeyType its type
 * @param sortKey the index sort key attribute, or null
 * @param sortKeyType its type, or null
 * @param projectionType which attributes the index holds
 * @param nonKeyAttributes the INCLUDE list
 * @param active whether the index can be read (not backfilling)
 */
public record IndexShape(String name, boolean global, String partitionKey, ScalarAttributeType partitionKeyType,
        String sortKey, ScalarAttributeType sortKeyType, ProjectionType projectionType,
        List<String> nonKeyAttributes, boolean active) {

    /** Whether a Query on this index returns whole items (no fetch from the table needed). */
    public boolean returnsWholeItems() {
        return !global || projectionType == ProjectionType.ALL;
    }
}
