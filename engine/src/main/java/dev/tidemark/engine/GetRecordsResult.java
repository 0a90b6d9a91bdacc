package dev.tidemark.engine;

import java.util.List;
import java.util.Objects;

/**
 * The result of GetRecords.
 */
public final class GetRecordsResult {
    private final List<dev.tidemark.engine.model.Record> records;
    private final String nextShardIterator;

    private GetRecordsResult(Builder b) {
        this.records = b.records == null ? null : List.copyOf(b.records);
        this.nextShardIterator = b.nextShardIterator;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.records = records;
        b.nextShardIterator = nextShardIterator;
        return b;
    }

    /** The records, possibly none. */
    public List<dev.tidemark.engine.model.Record> records() {
        return records;
    }

    /** Where to read next; null once a closed shard is read to its end. */
    public String nextShardIterator() {
        return nextShardIterator;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof GetRecordsResult other)) {
            return false;
        }
        return Objects.equals(records, other.records) && Objects.equals(nextShardIterator, other.nextShardIterator);
    }

    @Override
    public int hashCode() {
        return Objects.hash(records, nextShardIterator);
    }

    @Override
    public String toString() {
        return "GetRecordsResult[" + "records=" + records + ", " + "nextShardIterator=" + nextShardIterator + "]";
    }

    /** Builder of {@link GetRecordsResult}; not thread-safe. */
    public static final class Builder {
        private List<dev.tidemark.engine.model.Record> records;
        private String nextShardIterator;

        private Builder() {
        }

        /** Sets records: the records, possibly none. */
        public Builder records(List<dev.tidemark.engine.model.Record> records) {
            this.records = records;
            return this;
        }

        /** Sets nextShardIterator: where to read next; null once a closed shard is read to its end. */
        public Builder nextShardIterator(String nextShardIterator) {
            this.nextShardIterator = nextShardIterator;
            return this;
        }

        /** Builds the immutable {@link GetRecordsResult}. */
        public GetRecordsResult build() {
            return new GetRecordsResult(this);
        }
    }
}
