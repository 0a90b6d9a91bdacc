package dev.tidemark.engine;

import dev.tidemark.engine.model.ReturnConsumedCapacity;
import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.engine.model.ReturnItemCollectionMetrics;
import dev.tidemark.engine.model.ReturnValue;
import dev.tidemark.engine.model.ReturnValuesOnConditionCheckFailure;
import java.util.Map;
import java.util.Objects;

/**
 * Creates an item or replaces it whole.
 */
public final class PutItemRequest {
    private final String tableName;
    private final Map<String, AttributeValue> item;
    private final String conditionExpression;
    private final Map<String, String> expressionAttributeNames;
    private final Map<String, AttributeValue> expressionAttributeValues;
    private final ReturnValue returnValues;
    private final ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure;
    private final ReturnItemCollectionMetrics returnItemCollectionMetrics;
    private final ReturnConsumedCapacity returnConsumedCapacity;

    private PutItemRequest(Builder b) {
        this.tableName = b.tableName;
        this.item = b.item == null ? null : Map.copyOf(b.item);
        this.conditionExpression = b.conditionExpression;
        this.expressionAttributeNames = b.expressionAttributeNames == null ? null : Map.copyOf(b.expressionAttributeNames);
        this.expressionAttributeValues = b.expressionAttributeValues == null ? null : Map.copyOf(b.expressionAttributeValues);
        this.returnValues = b.returnValues;
        this.returnValuesOnConditionCheckFailure = b.returnValuesOnConditionCheckFailure;
        this.returnItemCollectionMetrics = b.returnItemCollectionMetrics;
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
        b.item = item;
        b.conditionExpression = conditionExpression;
        b.expressionAttributeNames = expressionAttributeNames;
        b.expressionAttributeValues = expressionAttributeValues;
        b.returnValues = returnValues;
        b.returnValuesOnConditionCheckFailure = returnValuesOnConditionCheckFailure;
        b.returnItemCollectionMetrics = returnItemCollectionMetrics;
        b.returnConsumedCapacity = returnConsumedCapacity;
        return b;
    }

    /** The table's name. */
    public String tableName() {
        return tableName;
    }

    /** The whole item, key included. */
    public Map<String, AttributeValue> item() {
        return item;
    }

    /** A condition that must hold on the current item, or null. */
    public String conditionExpression() {
        return conditionExpression;
    }

    /** Substitutes for attribute names in the expressions: {@code #name} to the real name. */
    public Map<String, String> expressionAttributeNames() {
        return expressionAttributeNames;
    }

    /** Values referred to as {@code :value} in the expressions. */
    public Map<String, AttributeValue> expressionAttributeValues() {
        return expressionAttributeValues;
    }

    /** Which attributes to return (NONE when null). */
    public ReturnValue returnValues() {
        return returnValues;
    }

    /** ALL_OLD to get the current item in the ConditionalCheckFailedException. */
    public ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure() {
        return returnValuesOnConditionCheckFailure;
    }

    /** SIZE to get the size of the item collection written, for tables with local secondary indexes. */
    public ReturnItemCollectionMetrics returnItemCollectionMetrics() {
        return returnItemCollectionMetrics;
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
        if (!(o instanceof PutItemRequest other)) {
            return false;
        }
        return Objects.equals(tableName, other.tableName) && Objects.equals(item, other.item) && Objects.equals(conditionExpression, other.conditionExpression) && Objects.equals(expressionAttributeNames, other.expressionAttributeNames) && Objects.equals(expressionAttributeValues, other.expressionAttributeValues) && Objects.equals(returnValues, other.returnValues) && Objects.equals(returnValuesOnConditionCheckFailure, other.returnValuesOnConditionCheckFailure) && Objects.equals(returnItemCollectionMetrics, other.returnItemCollectionMetrics) && Objects.equals(returnConsumedCapacity, other.returnConsumedCapacity);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tableName, item, conditionExpression, expressionAttributeNames, expressionAttributeValues, returnValues, returnValuesOnConditionCheckFailure, returnItemCollectionMetrics, returnConsumedCapacity);
    }

    @Override
    public String toString() {
        return "PutItemRequest[tableName=" + tableName + ", item=" + item + ", conditionExpression=" + conditionExpression + ", expressionAttributeNames=" + expressionAttributeNames + ", expressionAttributeValues=" + expressionAttributeValues + ", returnValues=" + returnValues + ", returnValuesOnConditionCheckFailure=" + returnValuesOnConditionCheckFailure + ", returnItemCollectionMetrics=" + returnItemCollectionMetrics + ", returnConsumedCapacity=" + returnConsumedCapacity + "]";
    }

    /** Builder of {@link PutItemRequest}; not thread-safe. */
    public static final class Builder {
        private String tableName;
        private Map<String, AttributeValue> item;
        private String conditionExpression;
        private Map<String, String> expressionAttributeNames;
        private Map<String, AttributeValue> expressionAttributeValues;
        private ReturnValue returnValues;
        private ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure;
        private ReturnItemCollectionMetrics returnItemCollectionMetrics;
        private ReturnConsumedCapacity returnConsumedCapacity;

        private Builder() {
        }

        /** Sets tableName: the table's name. */
        public Builder tableName(String tableName) {
            this.tableName = tableName;
            return this;
        }

        /** Sets item: the whole item, key included. */
        public Builder item(Map<String, AttributeValue> item) {
            this.item = item;
            return this;
        }

        /** Sets conditionExpression: a condition that must hold on the current item, or null. */
        public Builder conditionExpression(String conditionExpression) {
            this.conditionExpression = conditionExpression;
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

        /** Sets returnValues: which attributes to return (NONE when null). */
        public Builder returnValues(ReturnValue returnValues) {
            this.returnValues = returnValues;
            return this;
        }

        /** Sets returnValuesOnConditionCheckFailure: aLL_OLD to get the current item in the ConditionalCheckFailedException. */
        public Builder returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure) {
            this.returnValuesOnConditionCheckFailure = returnValuesOnConditionCheckFailure;
            return this;
        }

        /** Sets returnItemCollectionMetrics: sIZE to get the size of the item collection written, for tables with local secondary indexes. */
        public Builder returnItemCollectionMetrics(ReturnItemCollectionMetrics returnItemCollectionMetrics) {
            this.returnItemCollectionMetrics = returnItemCollectionMetrics;
            return this;
        }

        /** Sets returnConsumedCapacity: tOTAL or INDEXES to get the consumed capacity in the result (NONE when null). */
        public Builder returnConsumedCapacity(ReturnConsumedCapacity returnConsumedCapacity) {
            this.returnConsumedCapacity = returnConsumedCapacity;
            return this;
        }

        /** Builds the immutable {@link PutItemRequest}. */
        public PutItemRequest build() {
            return new PutItemRequest(this);
        }
    }
}
