package dev.tidemark.engine.model;

import java.util.Map;
import java.util.Objects;

/**
 * A TransactGetItems action: one item to read.
 */
public final class Get {
    private final String tableName;
    private final Map<String, AttributeValue> key;
    private final String projectionExpression;
    private final Map<String, String> expressionAttributeNames;

    private Get(Builder b) {
        this.tableName = b.tableName;
        this.key = b.key == null ? null : Map.copyOf(b.key);
        this.projectionExpression = b.projectionExpression;
        this.expressionAttributeNames = b.expressionAttributeNames == null ? null : Map.copyOf(b.expressionAttributeNames);
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

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Get other)) {
            return false;
        }
        return Objects.equals(tableName, other.tableName) && Objects.equals(key, other.key) && Objects.equals(projectionExpression, other.projectionExpression) && Objects.equals(expressionAttributeNames, other.expressionAttributeNames);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tableName, key, projectionExpression, expressionAttributeNames);
    }

    @Override
    public String toString() {
        return "Get[tableName=" + tableName + ", key=" + key + ", projectionExpression=" + projectionExpression + ", expressionAttributeNames=" + expressionAttributeNames + "]";
    }

    /** Builder of {@link Get}; not thread-safe. */
    public static final class Builder {
        private String tableName;
        private Map<String, AttributeValue> key;
        private String projectionExpression;
        private Map<String, String> expressionAttributeNames;

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

        /** Builds the immutable {@link Get}. */
        public Get build() {
            return new Get(this);
        }
    }
}
