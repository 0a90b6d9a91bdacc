package dev.tidemark.calcite.internal.plan;

import dev.tidemark.engine.model.ScalarAttributeType;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * How rows are fetched from the engine: the kind of call, the index, and the key condition. Immutable.
 * Kinds are ranked; a lower ordinal is a better path.
 */
public final class AccessPath {

    /** The engine call, best first. */
    public enum Kind {
        /** GetItem for each partition key value (and the sort key value). */ GET,
        /** Query on the table for each partition key value. */ QUERY,
        /** Query on a secondary index for each index partition key value. */ INDEX_QUERY,
        /** Scan of the whole table. */ SCAN
    }

    /** A sort key condition: {@code =, <, <=, >, >=, BETWEEN, begins_with}. */
    public record SortCondition(String op, Operand lo, Operand hi) {
        @Override
        public String toString() {
            return switch (op) {
                case "BETWEEN" -> "BETWEEN " + lo + " AND " + hi;
                case "begins_with" -> "begins_with " + lo;
                default -> op + " " + lo;
            };
        }
    }

    /** The full scan. */
    public static final AccessPath SCAN = new AccessPath(Kind.SCAN, null, null, null, List.of(), null, null, null);

    private final Kind kind;
    private final String index;
    private final String partitionKey;
    private final ScalarAttributeType partitionKeyType;
    private final List<Operand> partitionValues;
    private final String sortKey;
    private final ScalarAttributeType sortKeyType;
    private final SortCondition sortCondition;

    /** A scan of one secondary index (the table named {@code table$index}): only items that have the index key. */
    public static AccessPath indexScan(String index) {
        return new AccessPath(Kind.SCAN, index, null, null, List.of(), null, null, null);
    }

    /** Creates an access path. */
    public AccessPath(Kind kind, String index, String partitionKey, ScalarAttributeType partitionKeyType,
            List<Operand> partitionValues, String sortKey, ScalarAttributeType sortKeyType, SortCondition sortCondition) {
        this.kind = kind;
        this.index = index;
        this.partitionKey = partitionKey;
        this.partitionKeyType = partitionKeyType;
        this.partitionValues = List.copyOf(partitionValues);
        this.sortKey = sortKey;
        this.sortKeyType = sortKeyType;
        this.sortCondition = sortCondition;
    }

    /** The kind of call. */
    public Kind kind() {
        return kind;
    }

    /** The index queried, or null. */
    public String index() {
        return index;
    }

    /** The partition key attribute (of the table or the index). */
    public String partitionKey() {
        return partitionKey;
    }

    /** Its type. */
    public ScalarAttributeType partitionKeyType() {
        return partitionKeyType;
    }

    /** One lookup per value (IN gives several). */
    public List<Operand> partitionValues() {
        return partitionValues;
    }

    /** The sort key attribute of the table or the index, or null. */
    public String sortKey() {
        return sortKey;
    }

    /** Its type. */
    public ScalarAttributeType sortKeyType() {
        return sortKeyType;
    }

    /** The sort key condition, or null. */
    public SortCondition sortCondition() {
        return sortCondition;
    }

    /** Whether rows come from at most one partition, so ORDER BY on the sort key can be the read direction. */
    public boolean singlePartition() {
        return partitionValues.size() == 1 && (kind == Kind.QUERY || kind == Kind.INDEX_QUERY || kind == Kind.GET);
    }

    /** The engine call's name as shown by EXPLAIN. */
    public String callName() {
        return switch (kind) {
            case GET -> "GetItem";
            case QUERY, INDEX_QUERY -> "Query";
            case SCAN -> "Scan";
        };
    }

    /** The key condition as shown by EXPLAIN, or null for a scan. */
    public String keyText() {
        if (kind == Kind.SCAN) {
            return null;
        }
        String pk = partitionValues.size() == 1 ? partitionKey + " = " + partitionValues.get(0)
                : partitionKey + " IN (" + partitionValues.stream().map(Operand::toString).collect(Collectors.joining(", ")) + ")";
        return sortCondition == null ? pk : pk + " AND " + sortKey + " " + sortCondition;
    }

    @Override
    public String toString() {
        return kind == Kind.SCAN ? "Scan" + (index == null ? "" : "[" + index + "]") : callName() + (index == null ? "" : "[" + index + "]") + "(" + keyText() + ")";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AccessPath a && a.toString().equals(toString());
    }

    @Override
    public int hashCode() {
        return Objects.hash(toString());
    }
}
