package dev.tidemark.engine.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The keys to read from one table in a BatchGetItem, and how to read them.
 */
public final class KeysAndAttributes {
    private final List<Map<String, AttributeValue>> keys;
    private final String projectionExpression;
    private final Map<String, String> expressionAttributeNames;
    private final Boolean consistentRead;

    private KeysAndAttributes(Builder b) {
        this.keys = b.keys == null ? null : List.copyOf(b.keys);
        this.projectionExpression = b.projectionExpression;
        this.expressionAttributeNames = b.expressionAttributeNames == null ? null : Map.copyOf(b.expressionAttributeNames);
        this.consistentRead = b.consistentRead;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.keys = keys;
        b.projectionExpression = projectionExpression;
        b.expressionAttributeNames = expressionAttributeNames;
        b.consistentRead = consistentRead;
        return b;
    }

    /** The primary keys of the items to read (1 to 100). */
    public List<Map<String, AttributeValue>> keys() {
        return keys;
    }

    /** Attributes to return; all when null. */
    public String projectionExpression() {
        return projectionExpression;
    }

    /** Substitutes for attribute names in the expressions: {@code #name} to the real name. */
    public Map<String, String> expressionAttributeNames() {
        return expressionAttributeNames;
    }

    /** Strongly consistent reads when true. */
    public Boolean consistentRead() {
        return consistentRead;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof KeysAndAttributes other)) {
            return false;
        }
        return Objects.equals(keys, other.keys) && Objects.equals(projectionExpression, other.projectionExpression) && Objects.equals(expressionAttributeNames, other.expressionAttributeNames) && Objects.equals(consistentRead, other.consistentRead);
    }

    @Override
    public int hashCode() {
        return Objects.hash(keys, projectionExpression, expressionAttributeNames, consistentRead);
    }

    @Override
    public String toString() {
        return "KeysAndAttributes[keys=" + keys + ", projectionExpression=" + projectionExpression + ", expressionAttributeNames=" + expressionAttributeNames + ", consistentRead=" + consistentRead + "]";
    }

    /** Builder of {@link KeysAndAttributes}; not thread-safe. */
    public static final class Builder {
        private List<Map<String, AttributeValue>> keys;
        private String projectionExpression;
        private Map<String, String> expressionAttributeNames;
        private Boolean consistentRead;

        private Builder() {
        }

        /** Sets keys: the primary keys of the items to read (1 to 100). */
        public Builder keys(List<Map<String, AttributeValue>> keys) {
            this.keys = keys;
            return this;
        }

        /** Sets keys from the given elements. */
        public Builder keys(Map<String, AttributeValue>... keys) {
            this.keys = List.of(keys);
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

        /** Sets consistentRead: strongly consistent reads when true. */
        public Builder consistentRead(Boolean consistentRead) {
            this.consistentRead = consistentRead;
            return this;
        }

        /** Builds the immutable {@link KeysAndAttributes}. */
        public KeysAndAttributes build() {
            return new KeysAndAttributes(this);
        }
    }
}
