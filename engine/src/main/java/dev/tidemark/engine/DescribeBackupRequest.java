package dev.tidemark.engine;

import java.util.Objects;

/**
 * Describes one backup.
 */
public final class DescribeBackupRequest {
    private final String backupArn;

    private DescribeBackupRequest(Builder b) {
        this.backupArn = b.backupArn;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.backupArn = backupArn;
        return b;
    }

    /** The backup's ARN. */
    public String backupArn() {
        return backupArn;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof DescribeBackupRequest other)) {
            return false;
        }
        return Objects.equals(backupArn, other.backupArn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(backupArn);
    }

    @Override
    public String toString() {
        return "DescribeBackupRequest[" + "backupArn=" + backupArn + "]";
    }

    /** Builder of {@link DescribeBackupRequest}; not thread-safe. */
    public static final class Builder {
        private String backupArn;

        private Builder() {
        }

        /** Sets backupArn: the backup's ARN. */
        public Builder backupArn(String backupArn) {
            this.backupArn = backupArn;
            return this;
        }

        /** Builds the immutable {@link DescribeBackupRequest}. */
        public DescribeBackupRequest build() {
            return new DescribeBackupRequest(this);
        }
    }
}
