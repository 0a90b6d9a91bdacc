package dev.tidemark.engine;

import dev.tidemark.engine.model.TableDescription;
import java.util.Objects;

/**
 * The restored table.
 */
public final class RestoreTableFromBackupResult {
    private final TableDescription tableDescription;

    private RestoreTableFromBackupResult(Builder b) {
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

    /** The new table, loaded and ACTIVE. */
    public TableDescription tableDescription() {
        return tableDescription;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof RestoreTableFromBackupResult other)) {
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
        return "RestoreTableFromBackupResult[" + "tableDescription=" + tableDescription + "]";
    }

    /** Builder of {@link RestoreTableFromBackupResult}; not thread-safe. */
    public static final class Builder {
        private TableDescription tableDescription;

        private Builder() {
        }

        /** Sets tableDescription: the new table, loaded and ACTIVE. */
        public Builder tableDescription(TableDescription tableDescription) {
            this.tableDescription = tableDescription;
            return this;
        }

        /** Builds the immutable {@link RestoreTableFromBackupResult}. */
        public RestoreTableFromBackupResult build() {
            return new RestoreTableFromBackupResult(this);
        }
    }
}
