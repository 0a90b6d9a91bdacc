package dev.tidemark.engine;

import dev.tidemark.engine.model.ReturnConsumedCapacity;
import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.engine.model.Select;
import java.util.Map;
import java.util.Objects;

/**
 * Reads the items of one partition, in sort-key order, optionally within a sort-key range.
 */
public final class QueryRequest {
    private final String tableName;
    private final String indexName;
    private final String keyConditionExpression;
    private final String filterExpression;
    private final String projectionExpression;
    private final Map<String, String> expressionAttributeNames;
    private final Map<String, AttributeValue> expressionAttributeValues;
    private final Select select;
    private final Integer limit;
    private final Map<String, AttributeValue> exclusiveStartKey;
    private final Boolean consistentRead;
    private final Boolean scanIndexForward;
    private final ReturnConsumedCapacity returnConsumedCapacity;

    private QueryRequest(Builder b) {
        this.tableName = b.tableName;
        this.indexName = b.indexName;
        this.keyConditionExpression = b.keyConditionExpression;
        this.filterExpression = b.filterExpression;
        this.projectionExpression = b.projectionExpression;
        this.expressionAttributeNames = b.expressionAttributeNames == null ? null : Map.copyOf(b.expressionAttributeNames);
        this.expressionAttributeValues = b.expressionAttributeValues == null ? null : Map.copyOf(b.expressionAttributeValues);
        this.select = b.select;
        this.limit = b.limit;
        this.exclusiveStartKey = b.exclusiveStartKey == null ? null : Map.copyOf(b.exclusiveStartKey);
        this.consistentRead = b.consistentRead;
        this.scanIndexForward = b.scanIndexForward;
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
        b.keyConditionExpression = keyConditionExpression;
        b.filterExpression = filterExpression;
        b.projectionExpression = projectionExpression;
        b.expressionAttributeNames = expressionAttributeNames;
        b.expressionAttributeValues = expressionAttributeValues;
        b.select = select;
        b.limit = limit;
        b.exclusiveStartKey = exclusiveStartKey;
        b.consistentRead = consistentRead;
        b.scanIndexForward = scanIndexForward;
        b.returnConsumedCapacity = returnConsumedCapacity;
        return b;
    }

    /** The table's name. */
    public String tableName() {
        return tableName;
    }

    /** A secondary index to query instead of the table, or null. */
    public String indexName() {
        return indexName;
    }

    /** Partition key equality, optionally AND one sort-key condition. */
    public String keyConditionExpression() {
        return keyConditionExpression;
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

    /** Ascending sort-key order when true or null, descending when false. */
    public Boolean scanIndexForward() {
        return scanIndexForward;
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
        if (!(o instanceof QueryRequest other)) {
            return false;
        }
        return Objects.equals(tableName, other.tableName) && Objects.equals(indexName, other.indexName) && Objects.equals(keyConditionExpression, other.keyConditionExpression) && Objects.equals(filterExpression, other.filterExpression) && Objects.equals(projectionExpression, other.projectionExpression) && Objects.equals(expressionAttributeNames, other.expressionAttributeNames) && Objects.equals(expressionAttributeValues, other.expressionAttributeValues) && Objects.equals(select, other.select) && Objects.equals(limit, other.limit) && Objects.equals(exclusiveStartKey, other.exclusiveStartKey) && Objects.equals(consistentRead, other.consistentRead) && Objects.equals(scanIndexForward, other.scanIndexForward) && Objects.equals(returnConsumedCapacity, other.returnConsumedCapacity);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tableName, indexName, keyConditionExpression, filterExpression, projectionExpression, expressionAttributeNames, expressionAttributeValues, select, limit, exclusiveStartKey, consistentRead, scanIndexForward, returnConsumedCapacity);
    }

    @Override
    public String toString() {
        return "QueryRequest[tableName=" + tableName + ", indexName=" + indexName + ", keyConditionExpression=" + keyConditionExpression + ", filterExpression=" + filterExpression + ", projectionExpression=" + projectionExpression + ", expressionAttributeNames=" + expressionAttributeNames + ", expressionAttributeValues=" + expressionAttributeValues + ", select=" + select + ", limit=" + limit + ", exclusiveStartKey=" + exclusiveStartKey + ", consistentRead=" + consistentRead + ", scanIndexForward=" + scanIndexForward + ", returnConsumedCapacity=" + returnConsumedCapacity + "]";
    }

    /** Builder of {@link QueryRequest}; not thread-safe. */
    public static final class Builder {
        private String tableName;
        private String indexName;
        private String keyConditionExpression;
        private String filterExpression;
        private String projectionExpression;
        private Map<String, String> expressionAttributeNames;
        private Map<String, AttributeValue> expressionAttributeValues;
        private Select select;
        private Integer limit;
        private Map<String, AttributeValue> exclusiveStartKey;
        private Boolean consistentRead;
        private Boolean scanIndexForward;
        private ReturnConsumedCapacity returnConsumedCapacity;

        private Builder() {
        }

        /** Sets tableName: the table's name. */
        public Builder tableName(String tableName) {
            this.tableName = tableName;
            return this;
        }

        /** Sets indexName: a secondary index to query instead of the table, or null. */
        public Builder indexName(String indexName) {
            this.indexName = indexName;
            return this;
        }

        /** Sets keyConditionExpression: partition key equality, optionally AND one sort-key condition. */
        public Builder keyConditionExpression(String keyConditionExpression) {
            this.keyConditionExpression = keyConditionExpression;
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

        /** Sets scanIndexForward: ascending sort-key order when true or null, descending when false. */
        public Builder scanIndexForward(Boolean scanIndexForward) {
            this.scanIndexForward = scanIndexForward;
            return this;
        }

        /** Sets returnConsumedCapacity: tOTAL or INDEXES to get the consumed capacity in the result (NONE when null). */
        public Builder returnConsumedCapacity(ReturnConsumedCapacity returnConsumedCapacity) {
            this.returnConsumedCapacity = returnConsumedCapacity;
            return this;
        }

        /** Builds the immutable {@link QueryRequest}. */
        public QueryRequest build() {
            return new QueryRequest(this);
        }
    }
}
