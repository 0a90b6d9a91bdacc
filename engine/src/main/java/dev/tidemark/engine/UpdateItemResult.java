package dev.tidemark.engine;

import dev.tidemark.engine.model.AttributeValue;
import java.util.Map;
import java.util.Objects;

/**
 * The result of UpdateItem.
 */
public final class UpdateItemResult {
    private final Map<String, AttributeValue> attributes;

    private UpdateItemResult(Builder b) {
        this.attributes = b.attributes == null ? null : Map.copyOf(b.attributes);
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.attributes = attributes;
        return b;
    }

    /** The attributes asked for with ReturnValues, else null. */
    public Map<String, AttributeValue> attributes() {
        return attributes;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof UpdateItemResult other)) {
            return false;
        }
        return Objects.equals(attributes, other.attributes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(attributes);
    }

    @Override
    public String toString() {
        return "UpdateItemResult[attributes=" + attributes + "]";
    }

    /** Builder of {@link UpdateItemResult}; not thread-safe. */
    public static final class Builder {
        private Map<String, AttributeValue> attributes;

        private Builder() {
        }

        /** Sets attributes: the attributes asked for with ReturnValues, else null. */
        public Builder attributes(Map<String, AttributeValue> attributes) {
            this.attributes = attributes;
            return this;
        }

        /** Builds the immutable {@link UpdateItemResult}. */
        public UpdateItemResult build() {
            return new UpdateItemResult(this);
        }
    }
}
