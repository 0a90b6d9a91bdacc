package dev.tidemark.engine;

import java.util.Objects;

/**
 * Creates an on-demand backup of a table.
 */
public final class CreateBackupRequest {
    private final String tableName;
    private final String backupName;

    private CreateBackupRequest(Builder b) {
        this.tableName = b.tableName;
        this.backupName = b.backupName;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.tableName = tableName;
        b.backupName = backupName;
        return b;
    }

    /** The table to back up. */
    public String tableName() {
        return tableName;
    }

    /** The backup's name: 3 to 255 of {@code [a-zA-Z0-9_.-]}. */
    public String backupName() {
        return backupName;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof CreateBackupRequest other)) {
            return false;
        }
        return Objects.equals(tableName, other.tableName)
            && Objects.equals(backupName, other.backupName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tableName, backupName);
    }

    @Override
    public String toString() {
        return "CreateBackupRequest[" + "tableName=" + tableName + ", backupName=" + backupName + "]";
    }

    /** Builder of {@link CreateBackupRequest}; not thread-safe. */
    public static final class Builder {
        private String tableName;
        private String backupName;

        private Builder() {
        }

        /** Sets tableName: the table to back up. */
        public Builder tableName(String tableName) {
            this.tableName = tableName;
            return this;
        }

        /** Sets backupName: the backup's name: 3 to 255 of {@code [a-zA-Z0-9_.-]}. */
        public Builder backupName(String backupName) {
            this.backupName = backupName;
            return this;
        }

        /** Builds the immutable {@link CreateBackupRequest}. */
        public CreateBackupRequest build() {
            return new CreateBackupRequest(this);
        }
    }
}
