package dev.tidemark.engine;

import dev.tidemark.engine.model.ReturnConsumedCapacity;
import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.engine.model.Select;
import java.util.Map;
import java.util.Objects;

/**
 * Reads every item of a table, or one segment of it in a parallel scan.
 */
public final class ScanRequest {
    private final String tableName;
    private final String indexName;
    private final String filterExpression;
    private final String projectionExpression;
    private final Map<String, String> expressionAttributeNames;
    private final Map<String, AttributeValue> expressionAttributeValues;
    private final Select select;
    private final Integer limit;
    private final Map<String, AttributeValue> exclusiveStartKey;
    private final Boolean consistentRead;
    private final Integer segment;
    private final Integer totalSegments;
    private final ReturnConsumedCapacity returnConsumedCapacity;

    private ScanRequest(Builder b) {
        this.tableName = b.tableName;
        this.indexName = b.indexName;
        this.filterExpression = b.filterExpression;
        this.projectionExpression = b.projectionExpression;
        this.expressionAttributeNames = b.expressionAttributeNames == null ? null : Map.copyOf(b.expressionAttributeNames);
        this.expressionAttributeValues = b.expressionAttributeValues == null ? null : Map.copyOf(b.expressionAttributeValues);
        this.select = b.select;
        this.limit = b.limit;
        this.exclusiveStartKey = b.exclusiveStartKey == null ? null : Map.copyOf(b.exclusiveStartKey);
        this.consistentRead = b.consistentRead;
        this.segment = b.segment;
        this.totalSegments = b.totalSegments;
        this.returnConsumedCapacity = b.returnConsumedCapacity;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.tableName = tableName;
        b.indexName = indexName;
        b.filterExpression = filterExpression;
        b.projectionExpression = projectionExpression;
        b.expressionAttributeNames = expressionAttributeNames;
        b.expressionAttributeValues = expressionAttributeValues;
        b.select = select;
        b.limit = limit;
        b.exclusiveStartKey = exclusiveStartKey;
        b.consistentRead = consistentRead;
        b.segment = segment;
        b.totalSegments = totalSegments;
        b.returnConsumedCapacity = returnConsumedCapacity;
        return b;
    }

    /** The table's name. */
    public String tableName() {
        return tableName;
    }

    /** A secondary index to scan instead of the table, or null. */
    public String indexName() {
        return indexName;
    }

    /** A condition applied after reading; items that fail it are not returned. */
    public String filterExpression() {
        return filterExpression;
    }

    /** Attributes to return; all when null. */
    public String projectionExpression() {
        return projectionExpression;
    }

    /** Substitutes for attribute names in the expressions: {@code #name} to the real name. */
    public Map<String, String> expressionAttributeNames() {
        return expressionAttributeNames;
    }

    /** Values referred to as {@code :value} in the expressions. */
    public Map<String, AttributeValue> expressionAttributeValues() {
        return expressionAttributeValues;
    }

    /** What to return (ALL_ATTRIBUTES when null; COUNT for only the count). */
    public Select select() {
        return select;
    }

    /** At most this many items are evaluated (read) in this page. */
    public Integer limit() {
        return limit;
    }

    /** Continue after this key, as returned in lastEvaluatedKey. */
    public Map<String, AttributeValue> exclusiveStartKey() {
        return exclusiveStartKey;
    }

    /** Strongly consistent reads when true. */
    public Boolean consistentRead() {
        return consistentRead;
    }

    /** This worker's segment (0-based) in a parallel scan. */
    public Integer segment() {
        return segment;
    }

    /** Number of segments of a parallel scan. */
    public Integer totalSegments() {
        return totalSegments;
    }

    /** TOTAL or INDEXES to get the consumed capacity in the result (NONE when null). */
    public ReturnConsumedCapacity returnConsumedCapacity() {
        return returnConsumedCapacity;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ScanRequest other)) {
            return false;
        }
        return Objects.equals(tableName, other.tableName) && Objects.equals(indexName, other.indexName) && Objects.equals(filterExpression, other.filterExpression) && Objects.equals(projectionExpression, other.projectionExpression) && Objects.equals(expressionAttributeNames, other.expressionAttributeNames) && Objects.equals(expressionAttributeValues, other.expressionAttributeValues) && Objects.equals(select, other.select) && Objects.equals(limit, other.limit) && Objects.equals(exclusiveStartKey, other.exclusiveStartKey) && Objects.equals(consistentRead, other.consistentRead) && Objects.equals(segment, other.segment) && Objects.equals(totalSegments, other.totalSegments) && Objects.equals(returnConsumedCapacity, other.returnConsumedCapacity);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tableName, indexName, filterExpression, projectionExpression, expressionAttributeNames, expressionAttributeValues, select, limit, exclusiveStartKey, consistentRead, segment, totalSegments, returnConsumedCapacity);
    }

    @Override
    public String toString() {
        return "ScanRequest[tableName=" + tableName + ", indexName=" + indexName + ", filterExpression=" + filterExpression + ", projectionExpression=" + projectionExpression + ", expressionAttributeNames=" + expressionAttributeNames + ", expressionAttributeValues=" + expressionAttributeValues + ", select=" + select + ", limit=" + limit + ", exclusiveStartKey=" + exclusiveStartKey + ", consistentRead=" + consistentRead + ", segment=" + segment + ", totalSegments=" + totalSegments + ", returnConsumedCapacity=" + returnConsumedCapacity + "]";
    }

    /** Builder of {@link ScanRequest}; not thread-safe. */
    public static final class Builder {
        private String tableName;
        private String indexName;
        private String filterExpression;
        private String projectionExpression;
        private Map<String, String> expressionAttributeNames;
        private Map<String, AttributeValue> expressionAttributeValues;
        private Select select;
        private Integer limit;
        private Map<String, AttributeValue> exclusiveStartKey;
        private Boolean consistentRead;
        private Integer segment;
        private Integer totalSegments;
        private ReturnConsumedCapacity returnConsumedCapacity;

        private Builder() {
        }

        /** Sets tableName: the table's name. */
        public Builder tableName(String tableName) {
            this.tableName = tableName;
            return this;
        }

        /** Sets indexName: a secondary index to scan instead of the table, or null. */
        public Builder indexName(String indexName) {
            this.indexName = indexName;
            return this;
        }

        /** Sets filterExpression: a condition applied after reading; items that fail it are not returned. */
        public Builder filterExpression(String filterExpression) {
            this.filterExpression = filterExpression;
            return this;
        }

        /** Sets projectionExpression: attributes to return; all when null. */
        public Builder projectionExpression(String projectionExpression) {
            this.projectionExpression = projectionExpression;
            return this;
        }

        /** Sets expressionAttributeNames: substitutes for attribute names in the expressions: {@code #name} to the real name. */
        public Builder expressionAttributeNames(Map<String, String> expressionAttributeNames) {
            this.expressionAttributeNames = expressionAttributeNames;
            return this;
        }

        /** Sets expressionAttributeValues: values referred to as {@code :value} in the expressions. */
        public Builder expressionAttributeValues(Map<String, AttributeValue> expressionAttributeValues) {
            this.expressionAttributeValues = expressionAttributeValues;
            return this;
        }

        /** Sets select: what to return (ALL_ATTRIBUTES when null; COUNT for only the count). */
        public Builder select(Select select) {
            this.select = select;
            return this;
        }

        /** Sets limit: at most this many items are evaluated (read) in this page. */
        public Builder limit(Integer limit) {
            this.limit = limit;
            return this;
        }

        /** Sets exclusiveStartKey: continue after this key, as returned in lastEvaluatedKey. */
        public Builder exclusiveStartKey(Map<String, AttributeValue> exclusiveStartKey) {
            this.exclusiveStartKey = exclusiveStartKey;
            return this;
        }

        /** Sets consistentRead: strongly consistent reads when true. */
        public Builder consistentRead(Boolean consistentRead) {
            this.consistentRead = consistentRead;
            return this;
        }

        /** Sets segment: this worker's segment (0-based) in a parallel scan. */
        public Builder segment(Integer segment) {
            this.segment = segment;
            return this;
        }

        /** Sets totalSegments: number of segments of a parallel scan. */
        public Builder totalSegments(Integer totalSegments) {
            this.totalSegments = totalSegments;
            return this;
        }

        /** Sets returnConsumedCapacity: tOTAL or INDEXES to get the consumed capacity in the result (NONE when null). */
        public Builder returnConsumedCapacity(ReturnConsumedCapacity returnConsumedCapacity) {
            this.returnConsumedCapacity = returnConsumedCapacity;
            return this;
        }

        /** Builds the immutable {@link ScanRequest}. */
        public ScanRequest build() {
            return new ScanRequest(this);
        }
    }
}
