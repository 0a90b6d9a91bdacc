package dev.tidemark.engine.internal.backup;

import java.nio.ByteBuffer;

/**
 * The point-in-time recovery setting of a table, kept in the table's options under {@link #KEY}:
 * {@code [version 1:1][days:4][enabledAtMillis:8]}; absent means off.
 *
 * @param days the recovery period, 1 to 35 days
 * @param enabledAtMillis when recovery was (last) turned on, by the database clock
 */
record PitrSettings(int days, long enabledAtMillis) {
    static final String KEY = "pitr";
    private static final byte VERSION = 1;

    byte[] encode() {
        return ByteBuffer.allocate(13).put(VERSION).putInt(days).putLong(enabledAtMillis).array();
    }

    /** The settings in an option value, or null when the value is absent. */
    static PitrSettings decode(byte[] value) {
        if (value == null) {
            return null;
        }
        ByteBuffer b = ByteBuffer.wrap(value);
        byte v = b.get();
        if (v != VERSION) {
            throw new IllegalStateException("unknown point-in-time recovery setting version " + v);
        }
        return new PitrSettings(b.getInt(), b.getLong());
    }
}
