package dev.tidemark.engine;

import java.util.List;
import java.util.Objects;

/**
 * The result of ListStreams.
 */
public final class ListStreamsResult {
    private final List<dev.tidemark.engine.model.StreamSummary> streams;
    private final String lastEvaluatedStreamArn;

    private ListStreamsResult(Builder b) {
        this.streams = b.streams == null ? null : List.copyOf(b.streams);
        this.lastEvaluatedStreamArn = b.lastEvaluatedStreamArn;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.streams = streams;
        b.lastEvaluatedStreamArn = lastEvaluatedStreamArn;
        return b;
    }

    /** The streams of this page. */
    public List<dev.tidemark.engine.model.StreamSummary> streams() {
        return streams;
    }

    /** The last stream returned when more may follow, else null. */
    public String lastEvaluatedStreamArn() {
        return lastEvaluatedStreamArn;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ListStreamsResult other)) {
            return false;
        }
        return Objects.equals(streams, other.streams) && Objects.equals(lastEvaluatedStreamArn, other.lastEvaluatedStreamArn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(streams, lastEvaluatedStreamArn);
    }

    @Override
    public String toString() {
        return "ListStreamsResult[" + "streams=" + streams + ", " + "lastEvaluatedStreamArn=" + lastEvaluatedStreamArn + "]";
    }

    /** Builder of {@link ListStreamsResult}; not thread-safe. */
    public static final class Builder {
        private List<dev.tidemark.engine.model.StreamSummary> streams;
        private String lastEvaluatedStreamArn;

        private Builder() {
        }

        /** Sets streams: the streams of this page. */
        public Builder streams(List<dev.tidemark.engine.model.StreamSummary> streams) {
            this.streams = streams;
            return this;
        }

        /** Sets lastEvaluatedStreamArn: the last stream returned when more may follow, else null. */
        public Builder lastEvaluatedStreamArn(String lastEvaluatedStreamArn) {
            this.lastEvaluatedStreamArn = lastEvaluatedStreamArn;
            return this;
        }

        /** Builds the immutable {@link ListStreamsResult}. */
        public ListStreamsResult build() {
            return new ListStreamsResult(this);
        }
    }
}
