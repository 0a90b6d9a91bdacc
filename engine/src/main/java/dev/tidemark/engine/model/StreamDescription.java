package dev.tidemark.engine.model;

import java.util.List;
import java.util.Objects;

/**
 * A stream as DescribeStream reports it (reference 7.3).
 */
public final class StreamDescription {
    private final String streamArn;
    private final String streamLabel;
    private final StreamStatus streamStatus;
    private final StreamViewType streamViewType;
    private final java.time.Instant creationRequestDateTime;
    private final String tableName;
    private final List<KeySchemaElement> keySchema;
    private final List<Shard> shards;
    private final String lastEvaluatedShardId;

    private StreamDescription(Builder b) {
        this.streamArn = b.streamArn;
        this.streamLabel = b.streamLabel;
        this.streamStatus = b.streamStatus;
        this.streamViewType = b.streamViewType;
        this.creationRequestDateTime = b.creationRequestDateTime;
        this.tableName = b.tableName;
        this.keySchema = b.keySchema == null ? null : List.copyOf(b.keySchema);
        this.shards = b.shards == null ? null : List.copyOf(b.shards);
        this.lastEvaluatedShardId = b.lastEvaluatedShardId;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.streamArn = streamArn;
        b.streamLabel = streamLabel;
        b.streamStatus = streamStatus;
        b.streamViewType = streamViewType;
        b.creationRequestDateTime = creationRequestDateTime;
        b.tableName = tableName;
        b.keySchema = keySchema;
        b.shards = shards;
        b.lastEvaluatedShardId = lastEvaluatedShardId;
        return b;
    }

    /** The stream's ARN. */
    public String streamArn() {
        return streamArn;
    }

    /** The stream's label. */
    public String streamLabel() {
        return streamLabel;
    }

    /** ENABLED or DISABLED. */
    public StreamStatus streamStatus() {
        return streamStatus;
    }

    /** What the records carry. */
    public StreamViewType streamViewType() {
        return streamViewType;
    }

    /** When the stream was enabled. */
    public java.time.Instant creationRequestDateTime() {
        return creationRequestDateTime;
    }

    /** The table's name. */
    public String tableName() {
        return tableName;
    }

    /** The table's key schema. */
    public List<KeySchemaElement> keySchema() {
        return keySchema;
    }

    /** The shards. */
    public List<Shard> shards() {
        return shards;
    }

    /** The last shard returned when more follow, else null. */
    public String lastEvaluatedShardId() {
        return lastEvaluatedShardId;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof StreamDescription other)) {
            return false;
        }
        return Objects.equals(streamArn, other.streamArn) && Objects.equals(streamLabel, other.streamLabel) && Objects.equals(streamStatus, other.streamStatus) && Objects.equals(streamViewType, other.streamViewType) && Objects.equals(creationRequestDateTime, other.creationRequestDateTime) && Objects.equals(tableName, other.tableName) && Objects.equals(keySchema, other.keySchema) && Objects.equals(shards, other.shards) && Objects.equals(lastEvaluatedShardId, other.lastEvaluatedShardId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(streamArn, streamLabel, streamStatus, streamViewType, creationRequestDateTime, tableName, keySchema, shards, lastEvaluatedShardId);
    }

    @Override
    public String toString() {
        return "StreamDescription[" + "streamArn=" + streamArn + ", " + "streamLabel=" + streamLabel + ", " + "streamStatus=" + streamStatus + ", " + "streamViewType=" + streamViewType + ", " + "creationRequestDateTime=" + creationRequestDateTime + ", " + "tableName=" + tableName + ", " + "keySchema=" + keySchema + ", " + "shards=" + shards + ", " + "lastEvaluatedShardId=" + lastEvaluatedShardId + "]";
    }

    /** Builder of {@link StreamDescription}; not thread-safe. */
    public static final class Builder {
        private String streamArn;
        private String streamLabel;
        private StreamStatus streamStatus;
        private StreamViewType streamViewType;
        private java.time.Instant creationRequestDateTime;
        private String tableName;
        private List<KeySchemaElement> keySchema;
        private List<Shard> shards;
        private String lastEvaluatedShardId;

        private Builder() {
        }

        /** Sets streamArn: the stream's ARN. */
        public Builder streamArn(String streamArn) {
            this.streamArn = streamArn;
            return this;
        }

        /** Sets streamLabel: the stream's label. */
        public Builder streamLabel(String streamLabel) {
            this.streamLabel = streamLabel;
            return this;
        }

        /** Sets streamStatus: eNABLED or DISABLED. */
        public Builder streamStatus(StreamStatus streamStatus) {
            this.streamStatus = streamStatus;
            return this;
        }

        /** Sets streamViewType: what the records carry. */
        public Builder streamViewType(StreamViewType streamViewType) {
            this.streamViewType = streamViewType;
            return this;
        }

        /** Sets creationRequestDateTime: when the stream was enabled. */
        public Builder creationRequestDateTime(java.time.Instant creationRequestDateTime) {
            this.creationRequestDateTime = creationRequestDateTime;
            return this;
        }

        /** Sets tableName: the table's name. */
        public Builder tableName(String tableName) {
            this.tableName = tableName;
            return this;
        }

        /** Sets keySchema: the table's key schema. */
        public Builder keySchema(List<KeySchemaElement> keySchema) {
            this.keySchema = keySchema;
            return this;
        }

        /** Sets keySchema from the given elements. */
        public Builder keySchema(KeySchemaElement... keySchema) {
            this.keySchema = List.of(keySchema);
            return this;
        }

        /** Sets shards: the shards. */
        public Builder shards(List<Shard> shards) {
            this.shards = shards;
            return this;
        }

        /** Sets shards from the given elements. */
        public Builder shards(Shard... shards) {
            this.shards = List.of(shards);
            return this;
        }

        /** Sets lastEvaluatedShardId: the last shard returned when more follow, else null. */
        public Builder lastEvaluatedShardId(String lastEvaluatedShardId) {
            this.lastEvaluatedShardId = lastEvaluatedShardId;
            return this;
        }

        /** Builds the immutable {@link StreamDescription}. */
        public StreamDescription build() {
            return new StreamDescription(this);
        }
    }
}
