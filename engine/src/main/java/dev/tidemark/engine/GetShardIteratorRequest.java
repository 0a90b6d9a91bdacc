package dev.tidemark.engine;

import java.util.Objects;

/**
 * Asks for a position in a shard to read from with GetRecords.
 */
public final class GetShardIteratorRequest {
    private final String streamArn;
    private final String shardId;
    private final dev.tidemark.engine.model.ShardIteratorType shardIteratorType;
    private final String sequenceNumber;

    private GetShardIteratorRequest(Builder b) {
        this.streamArn = b.streamArn;
        this.shardId = b.shardId;
        this.shardIteratorType = b.shardIteratorType;
        this.sequenceNumber = b.sequenceNumber;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.streamArn = streamArn;
        b.shardId = shardId;
        b.shardIteratorType = shardIteratorType;
        b.sequenceNumber = sequenceNumber;
        return b;
    }

    /** The stream's ARN. */
    public String streamArn() {
        return streamArn;
    }

    /** The shard. */
    public String shardId() {
        return shardId;
    }

    /** Where to start. */
    public dev.tidemark.engine.model.ShardIteratorType shardIteratorType() {
        return shardIteratorType;
    }

    /** The sequence number for AT_SEQUENCE_NUMBER and AFTER_SEQUENCE_NUMBER, else null. */
    public String sequenceNumber() {
        return sequenceNumber;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof GetShardIteratorRequest other)) {
            return false;
        }
        return Objects.equals(streamArn, other.streamArn) && Objects.equals(shardId, other.shardId) && Objects.equals(shardIteratorType, other.shardIteratorType) && Objects.equals(sequenceNumber, other.sequenceNumber);
    }

    @Override
    public int hashCode() {
        return Objects.hash(streamArn, shardId, shardIteratorType, sequenceNumber);
    }

    @Override
    public String toString() {
        return "GetShardIteratorRequest[" + "streamArn=" + streamArn + ", " + "shardId=" + shardId + ", " + "shardIteratorType=" + shardIteratorType + ", " + "sequenceNumber=" + sequenceNumber + "]";
    }

    /** Builder of {@link GetShardIteratorRequest}; not thread-safe. */
    public static final class Builder {
        private String streamArn;
        private String shardId;
        private dev.tidemark.engine.model.ShardIteratorType shardIteratorType;
        private String sequenceNumber;

        private Builder() {
        }

        /** Sets streamArn: the stream's ARN. */
        public Builder streamArn(String streamArn) {
            this.streamArn = streamArn;
            return this;
        }

        /** Sets shardId: the shard. */
        public Builder shardId(String shardId) {
            this.shardId = shardId;
            return this;
        }

        /** Sets shardIteratorType: where to start. */
        public Builder shardIteratorType(dev.tidemark.engine.model.ShardIteratorType shardIteratorType) {
            this.shardIteratorType = shardIteratorType;
            return this;
        }

        /** Sets sequenceNumber: the sequence number for AT_SEQUENCE_NUMBER and AFTER_SEQUENCE_NUMBER, else null. */
        public Builder sequenceNumber(String sequenceNumber) {
            this.sequenceNumber = sequenceNumber;
            return this;
        }

        /** Builds the immutable {@link GetShardIteratorRequest}. */
        public GetShardIteratorRequest build() {
            return new GetShardIteratorRequest(this);
        }
    }
}
