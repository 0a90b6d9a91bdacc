package dev.tidemark.calcite;

import java.util.List;
import java.util.Map;

/**
 * What a SQL client is told about a table: its keys, its secondary indexes, its row count and the
 * remark of each column (partition key, sort key, inferred from N items, the whole item as JSON).
 *
 * @param name table name
 * @param partitionKey the partition key column
 * @param sortKey the sort key column, or null
 * @param rowCount the item count
 * @param columnRemarks column name to remark, in column order
 * @param indexes the secondary indexes
 */
public record TableInfo(String name, String partitionKey, String sortKey, long rowCount,
        Map<String, String> columnRemarks, List<Index> indexes) {

    /**
     * A secondary index.
     *
     * @param name index name
     * @param global true for a global secondary index, false for a local one
     * @param partitionKey the index partition key column
     * @param sortKey the index sort key column, or null
     */
    public record Index(String name, boolean global, String partitionKey, String sortKey) {
    }
}
