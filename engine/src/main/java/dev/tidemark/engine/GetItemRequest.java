package dev.tidemark.engine;

import dev.tidemark.engine.model.ReturnConsumedCapacity;
import dev.tidemark.engine.model.AttributeValue;
import java.util.Map;
import java.util.Objects;

/**
 * Reads one item by its full primary key.
 */
public final class GetItemRequest {
    private final String tableName;
    private final Map<String, AttributeValue> key;
    private final String projectionExpression;
    private final Map<String, String> expressionAttributeNames;
    private final Boolean consistentRead;
    private final ReturnConsumedCapacity returnConsumedCapacity;

    private GetItemRequest(Builder b) {
        this.tableName = b.tableName;
        this.key = b.key == null ? null : Map.copyOf(b.key);
        this.projectionExpression = b.projectionExpression;
        this.expressionAttributeNames = b.expressionAttributeNames == null ? null : Map.copyOf(b.expressionAttributeNames);
        this.consistentRead = b.consistentRead;
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
        b.key = key;
        b.projectionExpression = projectionExpression;
        b.expressionAttributeNames = expressionAttributeNames;
        b.consistentRead = consistentRead;
        b.returnConsumedCapacity = returnConsumedCapacity;
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

    /** Attributes to return; all when null. */
    public String projectionExpression() {
        return projectionExpression;
    }

    /** Substitutes for attribute names in the expressions: {@code #name} to the real name. */
    public Map<String, String> expressionAttributeNames() {
        return expressionAttributeNames;
    }

    /** Strongly consistent read when true. */
    public Boolean consistentRead() {
        return consistentRead;
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
        if (!(o instanceof GetItemRequest other)) {
            return false;
        }
        return Objects.equals(tableName, other.tableName) && Objects.equals(key, other.key) && Objects.equals(projectionExpression, other.projectionExpression) && Objects.equals(expressionAttributeNames, other.expressionAttributeNames) && Objects.equals(consistentRead, other.consistentRead) && Objects.equals(returnConsumedCapacity, other.returnConsumedCapacity);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tableName, key, projectionExpression, expressionAttributeNames, consistentRead, returnConsumedCapacity);
    }

    @Override
    public String toString() {
        return "GetItemRequest[tableName=" + tableName + ", key=" + key + ", projectionExpression=" + projectionExpression + ", expressionAttributeNames=" + expressionAttributeNames + ", consistentRead=" + consistentRead + ", returnConsumedCapacity=" + returnConsumedCapacity + "]";
    }

    /** Builder of {@link GetItemRequest}; not thread-safe. */
    public static final class Builder {
        private String tableName;
        private Map<String, AttributeValue> key;
        private String projectionExpression;
        private Map<String, String> expressionAttributeNames;
        private Boolean consistentRead;
        private ReturnConsumedCapacity returnConsumedCapacity;

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

        /** Sets consistentRead: strongly consistent read when true. */
        public Builder consistentRead(Boolean consistentRead) {
            this.consistentRead = consistentRead;
            return this;
        }

        /** Sets returnConsumedCapacity: tOTAL or INDEXES to get the consumed capacity in the result (NONE when null). */
        public Builder returnConsumedCapacity(ReturnConsumedCapacity returnConsumedCapacity) {
            this.returnConsumedCapacity = returnConsumedCapacity;
            return this;
        }

        /** Builds the immutable {@link GetItemRequest}. */
        public GetItemRequest build() {
            return new GetItemRequest(this);
        }
    }
}
