package dev.tidemark.engine.internal.log;

/**
 * Where an appended record landed in the commit log.
 *
 * @param index the Chronicle Queue index of the record; pass it to {@link CommitLog#read(long)}
 * @param sequence the record's sequence number (1 for the first record, then +1 per record)
 * @param timestamp the record's timestamp, epoch milliseconds (never decreases along the log)
 */
public record LogPosition(long index, long sequence, long timestamp) {
}
