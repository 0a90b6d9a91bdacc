package dev.tidemark.engine;

import dev.tidemark.engine.model.BillingMode;
import dev.tidemark.engine.model.ProvisionedThroughput;
import java.util.Objects;

/**
 * Changes a table's billing mode or provisioned throughput.
 */
public final class UpdateTableRequest {
    private final String tableName;
    private final BillingMode billingMode;
    private final ProvisionedThroughput provisionedThroughput;

    private UpdateTableRequest(Builder b) {
        this.tableName = b.tableName;
        this.billingMode = b.billingMode;
        this.provisionedThroughput = b.provisionedThroughput;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.tableName = tableName;
        b.billingMode = billingMode;
        b.provisionedThroughput = provisionedThroughput;
        return b;
    }

    /** The table's name. */
    public String tableName() {
        return tableName;
    }

    /** The new billing mode, or null to keep it. */
    public BillingMode billingMode() {
        return billingMode;
    }

    /** The new provisioned throughput, or null to keep it. */
    public ProvisionedThroughput provisionedThroughput() {
        return provisionedThroughput;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof UpdateTableRequest other)) {
            return false;
        }
        return Objects.equals(tableName, other.tableName) && Objects.equals(billingMode, other.billingMode) && Objects.equals(provisionedThroughput, other.provisionedThroughput);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tableName, billingMode, provisionedThroughput);
    }

    @Override
    public String toString() {
        return "UpdateTableRequest[tableName=" + tableName + ", billingMode=" + billingMode + ", provisionedThroughput=" + provisionedThroughput + "]";
    }

    /** Builder of {@link UpdateTableRequest}; not thread-safe. */
    public static final class Builder {
        private String tableName;
        private BillingMode billingMode;
        private ProvisionedThroughput provisionedThroughput;

        private Builder() {
        }

        /** Sets tableName: the table's name. */
        public Builder tableName(String tableName) {
            this.tableName = tableName;
            return this;
        }

        /** Sets billingMode: the new billing mode, or null to keep it. */
        public Builder billingMode(BillingMode billingMode) {
            this.billingMode = billingMode;
            return this;
        }

        /** Sets provisionedThroughput: the new provisioned throughput, or null to keep it. */
        public Builder provisionedThroughput(ProvisionedThroughput provisionedThroughput) {
            this.provisionedThroughput = provisionedThroughput;
            return this;
        }

        /** Builds the immutable {@link UpdateTableRequest}. */
        public UpdateTableRequest build() {
            return new UpdateTableRequest(this);
        }
    }
}
