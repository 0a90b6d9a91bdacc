package dev.tidemark.engine.model;

import java.util.Objects;

/**
 * One element of a key schema: an attribute and its role (HASH = partition key, RANGE = sort key).
 */
public final class KeySchemaElement {
    private final String attributeName;
    private final KeyType keyType;

    private KeySchemaElement(Builder b) {
        this.attributeName = b.attributeName;
        this.keyType = b.keyType;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.attributeName = attributeName;
        b.keyType = keyType;
        return b;
    }

    /** The key attribute's name. */
    public String attributeName() {
        return attributeName;
    }

    /** HASH for the partition key, RANGE for the sort key. */
    public KeyType keyType() {
        return keyType;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof KeySchemaElement other)) {
            return false;
        }
        return Objects.equals(attributeName, other.attributeName) && Objects.equals(keyType, other.keyType);
    }

    @Override
    public int hashCode() {
        return Objects.hash(attributeName, keyType);
    }

    @Override
    public String toString() {
        return "KeySchemaElement[attributeName=" + attributeName + ", keyType=" + keyType + "]";
    }

    /** Builder of {@link KeySchemaElement}; not thread-safe. */
    public static final class Builder {
        private String attributeName;
        private KeyType keyType;

        private Builder() {
        }

        /** Sets attributeName: the key attribute's name. */
        public Builder attributeName(String attributeName) {
            this.attributeName = attributeName;
            return this;
        }

        /** Sets keyType: hASH for the partition key, RANGE for the sort key. */
        public Builder keyType(KeyType keyType) {
            this.keyType = keyType;
            return this;
        }

        /** Builds the immutable {@link KeySchemaElement}. */
        public KeySchemaElement build() {
            return new KeySchemaElement(this);
        }
    }
}
