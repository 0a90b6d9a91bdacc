package dev.tidemark.spring.core.mapping;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The keys and secondary indexes of an entity type, read from the mapper's annotations
 * ({@code @PartitionKey}, {@code @SortKey}, {@code @IndexPartitionKey}, {@code @IndexSortKey},
 * {@code @SecondaryIndex}), plus its readable properties.
 */
public final class TidemarkPersistentEntity {

    /**
     * A place items can be read from in key order: the table or one secondary index.
     *
     * @param indexName the index name, or {@code null} for the table
     * @param partitionKey the partition key property
     * @param sortKey the sort key property, or {@code null}
     * @param allAttributes whether reading it yields whole entities (the table, or an index projecting ALL)
     */
    public record AccessPath(String indexName, String partitionKey, String sortKey, boolean allAttributes) {
        /** Whether this is the table itself. */
        public boolean isTable() {
            return indexName == null;
        }

        /** "table" or "index NAME", for messages. */
        public String describe() {
            return indexName == null ? "the table" : "index " + indexName;
        }
    }

    private final Class<?> type;
    private final Map<String, TidemarkPersistentProperty> properties;
    private final AccessPath table;
    private final Map<String, AccessPath> indexes;
    private final String versionProperty;

    TidemarkPersistentEntity(Class<?> type, Map<String, TidemarkPersistentProperty> properties, AccessPath table,
                             Map<String, AccessPath> indexes, String versionProperty) {
        this.type = type;
        this.properties = properties;
        this.table = table;
        this.indexes = indexes;
        this.versionProperty = versionProperty;
    }

    /** The entity class. */
    public Class<?> type() {
        return type;
    }

    /** The table's key. */
    public AccessPath table() {
        return table;
    }

    /** Secondary indexes by name. */
    public Map<String, AccessPath> indexes() {
        return indexes;
    }

    /** The table followed by every index. */
    public Collection<AccessPath> accessPaths() {
        java.util.List<AccessPath> all = new java.util.ArrayList<>();
        all.add(table);
        all.addAll(indexes.values());
        return all;
    }

    /** The partition key property. */
    public TidemarkPersistentProperty partitionKey() {
        return properties.get(table.partitionKey());
    }

    /** The sort key property, or {@code null}. */
    public TidemarkPersistentProperty sortKey() {
        return table.sortKey() == null ? null : properties.get(table.sortKey());
    }

    /** The version property, if the entity is versioned. */
    public Optional<TidemarkPersistentProperty> version() {
        return Optional.ofNullable(versionProperty).map(properties::get);
    }

    /** A property by name. */
    public Optional<TidemarkPersistentProperty> property(String name) {
        return Optional.ofNullable(properties.get(name));
    }

    /** Every mapped property by name, in declaration order. */
    public Map<String, TidemarkPersistentProperty> properties() {
        return properties;
    }
}
