package dev.tidemark.engine.internal.log;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * One record read back from the commit log, its checksum already verified.
 *
 * @param index the Chronicle Queue index of the record
 * @param sequence the record's sequence number
 * @param timestamp epoch milliseconds at append
 * @param type the caller-defined record type
 * @param payload the record's payload (a fresh array owned by the caller)
 */
public record LogRecord(long index, long sequence, long timestamp, byte type, byte[] payload) {

    /** The record's position (index, sequence, timestamp). */
    public LogPosition position() {
        return new LogPosition(index, sequence, timestamp);
    }

    /** Compares payloads by content, not by array identity. */
    @Override
    public boolean equals(Object o) {
        return o instanceof LogRecord r && r.index == index && r.sequence == sequence
                && r.timestamp == timestamp && r.type == type && Arrays.equals(r.payload, payload);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(index) * 31 + Arrays.hashCode(payload);
    }

    @Override
    public String toString() {
        String p = payload.length <= 32 ? HexFormat.of().formatHex(payload)
                : HexFormat.of().formatHex(payload, 0, 32) + "...";
        return "LogRecord[index=0x" + Long.toHexString(index) + ", sequence=" + sequence
                + ", timestamp=" + timestamp + ", type=" + type + ", payload(" + payload.length + ")=" + p + "]";
    }
}
