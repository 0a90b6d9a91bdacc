package dev.tidemark.engine.model;

import java.util.Objects;

/**
 * One stream as ListStreams reports it.
 */
public final class StreamSummary {
    private final String streamArn;
    private final String tableName;
    private final String streamLabel;

    private StreamSummary(Builder b) {
        this.streamArn = b.streamArn;
        this.tableName = b.tableName;
        this.streamLabel = b.streamLabel;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.streamArn = streamArn;
        b.tableName = tableName;
        b.streamLabel = streamLabel;
        return b;
    }

    /** The stream's ARN. */
    public String streamArn() {
        return streamArn;
    }

    /** The table's name. */
    public String tableName() {
        return tableName;
    }

    /** The stream's label, a timestamp. */
    public String streamLabel() {
        return streamLabel;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof StreamSummary other)) {
            return false;
        }
        return Objects.equals(streamArn, other.streamArn) && Objects.equals(tableName, other.tableName) && Objects.equals(streamLabel, other.streamLabel);
    }

    @Override
    public int hashCode() {
        return Objects.hash(streamArn, tableName, streamLabel);
    }

    @Override
    public String toString() {
        return "StreamSummary[" + "streamArn=" + streamArn + ", " + "tableName=" + tableName + ", " + "streamLabel=" + streamLabel + "]";
    }

    /** Builder of {@link StreamSummary}; not thread-safe. */
    public static final class Builder {
        private String streamArn;
        private String tableName;
        private String streamLabel;

        private Builder() {
        }

        /** Sets streamArn: the stream's ARN. */
        public Builder streamArn(String streamArn) {
            this.streamArn = streamArn;
            return this;
        }

        /** Sets tableName: the table's name. */
        public Builder tableName(String tableName) {
            this.tableName = tableName;
            return this;
        }

        /** Sets streamLabel: the stream's label, a timestamp. */
        public Builder streamLabel(String streamLabel) {
            this.streamLabel = streamLabel;
            return this;
        }

        /** Builds the immutable {@link StreamSummary}. */
        public StreamSummary build() {
            return new StreamSummary(this);
        }
    }
}
