package dev.tidemark.engine.model;

import java.util.Map;
import java.util.Objects;

/**
 * A TransactWriteItems action that deletes an item.
 */
public final class Delete {
    private final String tableName;
    private final Map<String, AttributeValue> key;
    private final String conditionExpression;
    private final Map<String, String> expressionAttributeNames;
    private final Map<String, AttributeValue> expressionAttributeValues;
    private final ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure;

    private Delete(Builder b) {
        this.tableName = b.tableName;
        this.key = b.key == null ? null : Map.copyOf(b.key);
        this.conditionExpression = b.conditionExpression;
        this.expressionAttributeNames = b.expressionAttributeNames == null ? null : Map.copyOf(b.expressionAttributeNames);
        this.expressionAttributeValues = b.expressionAttributeValues == null ? null : Map.copyOf(b.expressionAttributeValues);
        this.returnValuesOnConditionCheckFailure = b.returnValuesOnConditionCheckFailure;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.tableName = tableName;
        b.key = key;
        b.conditionExpression = conditionExpression;
        b.expressionAttributeNames = expressionAttributeNames;
        b.expressionAttributeValues = expressionAttributeValues;
        b.returnValuesOnConditionCheckFailure = returnValuesOnConditionCheckFailure;
        return b;
    }

    /** The table's name. */
    public String tableName() {
        return tableName;
    }

    /** The primary key. */
    public Map<String, AttributeValue> key() {
        return key;
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

    /** ALL_OLD to get the current item in the cancellation reason when the condition fails. */
    public ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure() {
        return returnValuesOnConditionCheckFailure;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Delete other)) {
            return false;
        }
        return Objects.equals(tableName, other.tableName) && Objects.equals(key, other.key) && Objects.equals(conditionExpression, other.conditionExpression) && Objects.equals(expressionAttributeNames, other.expressionAttributeNames) && Objects.equals(expressionAttributeValues, other.expressionAttributeValues) && Objects.equals(returnValuesOnConditionCheckFailure, other.returnValuesOnConditionCheckFailure);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tableName, key, conditionExpression, expressionAttributeNames, expressionAttributeValues, returnValuesOnConditionCheckFailure);
    }

    @Override
    public String toString() {
        return "Delete[tableName=" + tableName + ", key=" + key + ", conditionExpression=" + conditionExpression + ", expressionAttributeNames=" + expressionAttributeNames + ", expressionAttributeValues=" + expressionAttributeValues + ", returnValuesOnConditionCheckFailure=" + returnValuesOnConditionCheckFailure + "]";
    }

    /** Builder of {@link Delete}; not thread-safe. */
    public static final class Builder {
        private String tableName;
        private Map<String, AttributeValue> key;
        private String conditionExpression;
        private Map<String, String> expressionAttributeNames;
        private Map<String, AttributeValue> expressionAttributeValues;
        private ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure;

        private Builder() {
        }

        /** Sets tableName: the table's name. */
        public Builder tableName(String tableName) {
            this.tableName = tableName;
            return this;
        }

        /** Sets key: the primary key. */
        public Builder key(Map<String, AttributeValue> key) {
            this.key = key;
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

        /** Sets returnValuesOnConditionCheckFailure: aLL_OLD to get the current item in the cancellation reason when the condition fails. */
        public Builder returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure) {
            this.returnValuesOnConditionCheckFailure = returnValuesOnConditionCheckFailure;
            return this;
        }

        /** Builds the immutable {@link Delete}. */
        public Delete build() {
            return new Delete(this);
        }
    }
}
