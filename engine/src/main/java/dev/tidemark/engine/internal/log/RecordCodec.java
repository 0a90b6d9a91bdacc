package dev.tidemark.engine.internal.log;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.zip.CRC32C;

/**
 * The byte layout of one commit-log record (the content of one Chronicle document):
 * {@code [type:1][sequence:8][timestamp:8][payload:n][crc32c:4]}, numbers little-endian, the
 * CRC32C computed over every byte before it. The payload length is implied by the document length.
 */
final class RecordCodec {
    static final int HEADER = 1 + 8 + 8;
    static final int TRAILER = 4;

    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

    private RecordCodec() {
    }

    static int encodedLength(int payloadLength) {
        return HEADER + payloadLength + TRAILER;
    }

    /** Writes the record into {@code out[0, encodedLength(len))}. */
    static void encode(byte[] out, byte type, long sequence, long timestamp, byte[] buf, int off, int len) {
        out[0] = type;
        LONG.set(out, 1, sequence);
        LONG.set(out, 9, timestamp);
        System.arraycopy(buf, off, out, HEADER, len);
        CRC32C crc = new CRC32C();
        crc.update(out, 0, HEADER + len);
        INT.set(out, HEADER + len, (int) crc.getValue());
    }

    /** Returns null if {@code raw} is a well-formed record, else what is wrong with it. */
    static String check(byte[] raw) {
        if (raw.length < HEADER + TRAILER) {
            return "record of " + raw.length + " bytes is shorter than the minimum " + (HEADER + TRAILER);
        }
        CRC32C crc = new CRC32C();
        crc.update(raw, 0, raw.length - TRAILER);
        int expected = (int) INT.get(raw, raw.length - TRAILER);
        int actual = (int) crc.getValue();
        if (expected != actual) {
            return "checksum mismatch (stored " + Integer.toHexString(expected) + ", computed "
                    + Integer.toHexString(actual) + ")";
        }
        return null;
    }

    static long sequence(byte[] raw) {
        return (long) LONG.get(raw, 1);
    }

    static long timestamp(byte[] raw) {
        return (long) LONG.get(raw, 9);
    }

    static long markerTarget(byte[] raw) {
        return raw.length == HEADER + 8 + TRAILER ? (long) LONG.get(raw, HEADER) : Long.MIN_VALUE;
    }

    static void putLong(byte[] out, int at, long value) {
        LONG.set(out, at, value);
    }

    /** Decodes a record already {@link #check checked}. */
    static LogRecord decode(long index, byte[] raw) {
        return new LogRecord(index, sequence(raw), timestamp(raw), raw[0],
                Arrays.copyOfRange(raw, HEADER, raw.length - TRAILER));
    }
}
