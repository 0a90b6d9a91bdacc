package dev.tidemark.engine.model;

import java.util.List;
import java.util.Objects;

/**
 * The attributes an index holds besides its keys and the table's keys.
 */
public final class Projection {
    private final ProjectionType projectionType;
    private final List<String> nonKeyAttributes;

    private Projection(Builder b) {
        this.projectionType = b.projectionType;
        this.nonKeyAttributes = b.nonKeyAttributes == null ? null : List.copyOf(b.nonKeyAttributes);
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.projectionType = projectionType;
        b.nonKeyAttributes = nonKeyAttributes;
        return b;
    }

    /** ALL, KEYS_ONLY or INCLUDE. */
    public ProjectionType projectionType() {
        return projectionType;
    }

    /** With INCLUDE, the other attributes to project (1 to 20); null otherwise. */
    public List<String> nonKeyAttributes() {
        return nonKeyAttributes;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Projection other)) {
            return false;
        }
        return Objects.equals(projectionType, other.projectionType) && Objects.equals(nonKeyAttributes, other.nonKeyAttributes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(projectionType, nonKeyAttributes);
    }

    @Override
    public String toString() {
        return "Projection[projectionType=" + projectionType + ", nonKeyAttributes=" + nonKeyAttributes + "]";
    }

    /** Builder of {@link Projection}; not thread-safe. */
    public static final class Builder {
        private ProjectionType projectionType;
        private List<String> nonKeyAttributes;

        private Builder() {
        }

        /** Sets projectionType: aLL, KEYS_ONLY or INCLUDE. */
        public Builder projectionType(ProjectionType projectionType) {
            this.projectionType = projectionType;
            return this;
        }

        /** Sets nonKeyAttributes: with INCLUDE, the other attributes to project (1 to 20); null otherwise. */
        public Builder nonKeyAttributes(List<String> nonKeyAttributes) {
            this.nonKeyAttributes = nonKeyAttributes;
            return this;
        }

        /** Sets nonKeyAttributes from the given elements. */
        public Builder nonKeyAttributes(String... nonKeyAttributes) {
            this.nonKeyAttributes = List.of(nonKeyAttributes);
            return this;
        }

        /** Builds the immutable {@link Projection}. */
        public Projection build() {
            return new Projection(this);
        }
    }
}
