package dev.tidemark.engine.internal.ttl;

import dev.tidemark.engine.internal.store.TableMeta;
import dev.tidemark.engine.internal.store.TableOptions;
import dev.tidemark.engine.model.AttributeValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Map;

/**
 * A table's time-to-live setting, stored under the table option key {@code ttl}, and the expiry
 * rule of reference 6.2.
 *
 * <pre>
 * byte version (1) | boolean enabled | UTF attributeName | long lastChangeMillis (database clock)
 * </pre>
 *
 * @param enabled whether expired items are deleted
 * @param attributeName the expiry attribute (kept after disabling, for the next change's checks)
 * @param lastChangeMillis when the setting last changed (one change per hour)
 */
public record TtlSettings(boolean enabled, String attributeName, long lastChangeMillis) {
    /** The table option key. */
    public static final String KEY = "ttl";
    /** Expiry times older than this (five years of 365 days) are treated as malformed and never expire. */
    public static final long MAX_AGE_SECONDS = 5L * 365 * 24 * 3600;
    private static final byte VERSION = 1;

    /** The table's setting, or null when time to live was never configured. */
    public static TtlSettings of(TableMeta meta) {
        byte[] b = meta.options().get(KEY);
        if (b == null) {
            return null;
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(b))) {
            byte v = in.readByte();
            if (v != VERSION) {
                throw new IOException("unknown ttl settings version " + v);
            }
            return new TtlSettings(in.readBoolean(), in.readUTF(), in.readLong());
        } catch (IOException e) {
            throw new UncheckedIOException("bad ttl settings of table " + meta.name(), e);
        }
    }

    /** These settings stored in a table's options. */
    public TableOptions storeIn(TableOptions options) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            out.writeBoolean(enabled);
            out.writeUTF(attributeName);
            out.writeLong(lastChangeMillis);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return options.with(KEY, bytes.toByteArray());
    }

    /**
     * Whether an item has expired at a time: its top-level attribute is a number of epoch seconds
     * (fractions and exponents allowed) at or before now, and not more than five years before now.
     * Any other type, or no such attribute, never expires.
     */
    public static boolean expired(Map<String, AttributeValue> item, String attributeName, long nowMillis) {
        AttributeValue v = item == null ? null : item.get(attributeName);
        if (v == null || v.type() != AttributeValue.Type.N) {
            return false;
        }
        BigDecimal at = new BigDecimal(v.n());
        BigDecimal now = BigDecimal.valueOf(nowMillis).movePointLeft(3);
        return at.compareTo(now) <= 0 && at.compareTo(now.subtract(BigDecimal.valueOf(MAX_AGE_SECONDS))) > 0;
    }
}
