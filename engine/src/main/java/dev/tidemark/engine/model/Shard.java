package dev.tidemark.engine.model;

import java.util.Objects;

/**
 * A shard of a stream; Tidemark gives each stream exactly one shard.
 */
public final class Shard {
    private final String shardId;
    private final SequenceNumberRange sequenceNumberRange;
    private final String parentShardId;

    private Shard(Builder b) {
        this.shardId = b.shardId;
        this.sequenceNumberRange = b.sequenceNumberRange;
        this.parentShardId = b.parentShardId;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.shardId = shardId;
        b.sequenceNumberRange = sequenceNumberRange;
        b.parentShardId = parentShardId;
        return b;
    }

    /** The shard's id. */
    public String shardId() {
        return shardId;
    }

    /** The sequence numbers it holds. */
    public SequenceNumberRange sequenceNumberRange() {
        return sequenceNumberRange;
    }

    /** The parent shard, always null in Tidemark. */
    public String parentShardId() {
        return parentShardId;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Shard other)) {
            return false;
        }
        return Objects.equals(shardId, other.shardId) && Objects.equals(sequenceNumberRange, other.sequenceNumberRange) && Objects.equals(parentShardId, other.parentShardId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(shardId, sequenceNumberRange, parentShardId);
    }

    @Override
    public String toString() {
        return "Shard[" + "shardId=" + shardId + ", " + "sequenceNumberRange=" + sequenceNumberRange + ", " + "parentShardId=" + parentShardId + "]";
    }

    /** Builder of {@link Shard}; not thread-safe. */
    public static final class Builder {
        private String shardId;
        private SequenceNumberRange sequenceNumberRange;
        private String parentShardId;

        private Builder() {
        }

        /** Sets shardId: the shard's id. */
        public Builder shardId(String shardId) {
            this.shardId = shardId;
            return this;
        }

        /** Sets sequenceNumberRange: the sequence numbers it holds. */
        public Builder sequenceNumberRange(SequenceNumberRange sequenceNumberRange) {
            this.sequenceNumberRange = sequenceNumberRange;
            return this;
        }

        /** Sets parentShardId: the parent shard, always null in Tidemark. */
        public Builder parentShardId(String parentShardId) {
            this.parentShardId = parentShardId;
            return this;
        }

        /** Builds the immutable {@link Shard}. */
        public Shard build() {
            return new Shard(this);
        }
    }
}
