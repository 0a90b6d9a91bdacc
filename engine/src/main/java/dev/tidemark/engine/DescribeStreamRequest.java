package dev.tidemark.engine;

import java.util.Objects;

/**
 * Describes one stream and its shards.
 */
public final class DescribeStreamRequest {
    private final String streamArn;
    private final Integer limit;
    private final String exclusiveStartShardId;

    private DescribeStreamRequest(Builder b) {
        this.streamArn = b.streamArn;
        this.limit = b.limit;
        this.exclusiveStartShardId = b.exclusiveStartShardId;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.streamArn = streamArn;
        b.limit = limit;
        b.exclusiveStartShardId = exclusiveStartShardId;
        return b;
    }

    /** The stream's ARN. */
    public String streamArn() {
        return streamArn;
    }

    /** At most this many shards (1-100, default 100). */
    public Integer limit() {
        return limit;
    }

    /** Start after this shard. */
    public String exclusiveStartShardId() {
        return exclusiveStartShardId;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof DescribeStreamRequest other)) {
            return false;
        }
        return Objects.equals(streamArn, other.streamArn) && Objects.equals(limit, other.limit) && Objects.equals(exclusiveStartShardId, other.exclusiveStartShardId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(streamArn, limit, exclusiveStartShardId);
    }

    @Override
    public String toString() {
        return "DescribeStreamRequest[" + "streamArn=" + streamArn + ", " + "limit=" + limit + ", " + "exclusiveStartShardId=" + exclusiveStartShardId + "]";
    }

    /** Builder of {@link DescribeStreamRequest}; not thread-safe. */
    public static final class Builder {
        private String streamArn;
        private Integer limit;
        private String exclusiveStartShardId;

        private Builder() {
        }

        /** Sets streamArn: the stream's ARN. */
        public Builder streamArn(String streamArn) {
            this.streamArn = streamArn;
            return this;
        }

        /** Sets limit: at most this many shards (1-100, default 100). */
        public Builder limit(Integer limit) {
            this.limit = limit;
            return this;
        }

        /** Sets exclusiveStartShardId: start after this shard. */
        public Builder exclusiveStartShardId(String exclusiveStartShardId) {
            this.exclusiveStartShardId = exclusiveStartShardId;
            return this;
        }

        /** Builds the immutable {@link DescribeStreamRequest}. */
        public DescribeStreamRequest build() {
            return new DescribeStreamRequest(this);
        }
    }
}
