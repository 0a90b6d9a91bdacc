package dev.tidemark.engine.model;

import java.util.Objects;

/**
 * The declared scalar type of an attribute used in a key schema.
 */
public final class AttributeDefinition {
    private final String attributeName;
    private final ScalarAttributeType attributeType;

    private AttributeDefinition(Builder b) {
        this.attributeName = b.attributeName;
        this.attributeType = b.attributeType;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.attributeName = attributeName;
        b.attributeType = attributeType;
        return b;
    }

    /** The attribute's name. */
    public String attributeName() {
        return attributeName;
    }

    /** S, N or B. */
    public ScalarAttributeType attributeType() {
        return attributeType;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof AttributeDefinition other)) {
            return false;
        }
        return Objects.equals(attributeName, other.attributeName) && Objects.equals(attributeType, other.attributeType);
    }

    @Override
    public int hashCode() {
        return Objects.hash(attributeName, attributeType);
    }

    @Override
    public String toString() {
        return "AttributeDefinition[attributeName=" + attributeName + ", attributeType=" + attributeType + "]";
    }

    /** Builder of {@link AttributeDefinition}; not thread-safe. */
    public static final class Builder {
        private String attributeName;
        private ScalarAttributeType attributeType;

        private Builder() {
        }

        /** Sets attributeName: the attribute's name. */
        public Builder attributeName(String attributeName) {
            this.attributeName = attributeName;
            return this;
        }

        /** Sets attributeType: s, N or B. */
        public Builder attributeType(ScalarAttributeType attributeType) {
            this.attributeType = attributeType;
            return this;
        }

        /** Builds the immutable {@link AttributeDefinition}. */
        public AttributeDefinition build() {
            return new AttributeDefinition(this);
        }
    }
}
