package dev.tidemark.engine;

import java.util.Objects;

/**
 * What {@link Database#subscribe} delivers, to whom, and from where. The table must have an enabled stream; a consumer without a checkpoint starts at {@code initialPosition}.
 */
public final class StreamSubscription {
    private final String tableName;
    private final String consumerName;
    private final StreamHandler handler;
    private final dev.tidemark.engine.model.ShardIteratorType initialPosition;
    private final Integer batchSize;
    private final java.time.Duration retryBackoff;
    private final java.time.Duration pollInterval;

    private StreamSubscription(Builder b) {
        this.tableName = b.tableName;
        this.consumerName = b.consumerName;
        this.handler = b.handler;
        this.initialPosition = b.initialPosition;
        this.batchSize = b.batchSize;
        this.retryBackoff = b.retryBackoff;
        this.pollInterval = b.pollInterval;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.tableName = tableName;
        b.consumerName = consumerName;
        b.handler = handler;
        b.initialPosition = initialPosition;
        b.batchSize = batchSize;
        b.retryBackoff = retryBackoff;
        b.pollInterval = pollInterval;
        return b;
    }

    /** The table whose stream is delivered; required. */
    public String tableName() {
        return tableName;
    }

    /** The durable consumer name (1-128 of a-z, A-Z, 0-9, _ . -); its checkpoint is kept in the database directory; required. */
    public String consumerName() {
        return consumerName;
    }

    /** Receives the batches; required. */
    public StreamHandler handler() {
        return handler;
    }

    /** Where a consumer without a checkpoint starts: TRIM_HORIZON (default) or LATEST. */
    public dev.tidemark.engine.model.ShardIteratorType initialPosition() {
        return initialPosition;
    }

    /** The most records per batch, 1-1000 (default 100). */
    public Integer batchSize() {
        return batchSize;
    }

    /** How long to wait before delivering a failed batch again (default 1 second). */
    public java.time.Duration retryBackoff() {
        return retryBackoff;
    }

    /** The longest wait for new records before looking again (default 200 ms). */
    public java.time.Duration pollInterval() {
        return pollInterval;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof StreamSubscription other)) {
            return false;
        }
        return Objects.equals(tableName, other.tableName) && Objects.equals(consumerName, other.consumerName) && Objects.equals(handler, other.handler) && Objects.equals(initialPosition, other.initialPosition) && Objects.equals(batchSize, other.batchSize) && Objects.equals(retryBackoff, other.retryBackoff) && Objects.equals(pollInterval, other.pollInterval);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tableName, consumerName, handler, initialPosition, batchSize, retryBackoff, pollInterval);
    }

    @Override
    public String toString() {
        return "StreamSubscription[" + "tableName=" + tableName + ", " + "consumerName=" + consumerName + ", " + "handler=" + handler + ", " + "initialPosition=" + initialPosition + ", " + "batchSize=" + batchSize + ", " + "retryBackoff=" + retryBackoff + ", " + "pollInterval=" + pollInterval + "]";
    }

    /** Builder of {@link StreamSubscription}; not thread-safe. */
    public static final class Builder {
        private String tableName;
        private String consumerName;
        private StreamHandler handler;
        private dev.tidemark.engine.model.ShardIteratorType initialPosition;
        private Integer batchSize;
        private java.time.Duration retryBackoff;
        private java.time.Duration pollInterval;

        private Builder() {
        }

        /** Sets tableName: the table whose stream is delivered; required. */
        public Builder tableName(String tableName) {
            this.tableName = tableName;
            return this;
        }

        /** Sets consumerName: the durable consumer name (1-128 of a-z, A-Z, 0-9, _ . -); its checkpoint is kept in the database directory; required. */
        public Builder consumerName(String consumerName) {
            this.consumerName = consumerName;
            return this;
        }

        /** Sets handler: receives the batches; required. */
        public Builder handler(StreamHandler handler) {
            this.handler = handler;
            return this;
        }

        /** Sets initialPosition: where a consumer without a checkpoint starts: TRIM_HORIZON (default) or LATEST. */
        public Builder initialPosition(dev.tidemark.engine.model.ShardIteratorType initialPosition) {
            this.initialPosition = initialPosition;
            return this;
        }

        /** Sets batchSize: the most records per batch, 1-1000 (default 100). */
        public Builder batchSize(Integer batchSize) {
            this.batchSize = batchSize;
            return this;
        }

        /** Sets retryBackoff: how long to wait before delivering a failed batch again (default 1 second). */
        public Builder retryBackoff(java.time.Duration retryBackoff) {
            this.retryBackoff = retryBackoff;
            return this;
        }

        /** Sets pollInterval: the longest wait for new records before looking again (default 200 ms). */
        public Builder pollInterval(java.time.Duration pollInterval) {
            this.pollInterval = pollInterval;
            return this;
        }

        /** Builds the immutable {@link StreamSubscription}. */
        public StreamSubscription build() {
            return new StreamSubscription(this);
        }
    }
}
