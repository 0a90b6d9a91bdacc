package dev.tidemark.engine;

import dev.tidemark.engine.model.TableDescription;
import java.util.Objects;

/**
 * The result of UpdateTable.
 */
public final class UpdateTableResult {
    private final TableDescription tableDescription;

    private UpdateTableResult(Builder b) {
        this.tableDescription = b.tableDescription;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.tableDescription = tableDescription;
        return b;
    }

    /** The table after the change. */
    public TableDescription tableDescription() {
        return tableDescription;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof UpdateTableResult other)) {
            return false;
        }
        return Objects.equals(tableDescription, other.tableDescription);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tableDescription);
    }

    @Override
    public String toString() {
        return "UpdateTableResult[tableDescription=" + tableDescription + "]";
    }

    /** Builder of {@link UpdateTableResult}; not thread-safe. */
    public static final class Builder {
        private TableDescription tableDescription;

        private Builder() {
        }

        /** Sets tableDescription: the table after the change. */
        public Builder tableDescription(TableDescription tableDescription) {
            this.tableDescription = tableDescription;
            return this;
        }

        /** Builds the immutable {@link UpdateTableResult}. */
        public UpdateTableResult build() {
            return new UpdateTableResult(this);
        }
    }
}
