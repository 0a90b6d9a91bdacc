package dev.tidemark.engine.model;

/** Where a shard iterator starts (reference 7.3). */
public enum ShardIteratorType {
    /** At the oldest record not yet trimmed. */
    TRIM_HORIZON,
    /** Just after the newest record. */
    LATEST,
    /** At the record with the given sequence number. */
    AT_SEQUENCE_NUMBER,
    /** Just after the record with the given sequence number. */
    AFTER_SEQUENCE_NUMBER
}
