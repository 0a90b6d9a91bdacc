package dev.tidemark.engine.internal.stream;

import dev.tidemark.engine.internal.store.TableMeta;
import dev.tidemark.engine.internal.store.TableOptions;
import dev.tidemark.engine.model.StreamViewType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * A table's streams, stored under the table option key {@code stream}: the current stream (if
 * enabled) and the disabled ones whose records are still within the 24-hour retention.
 *
 * <pre>
 * byte version (1) | int count | count times: UTF label, byte viewType ordinal, long createdMillis, long disabledMillis (-1 = enabled)
 * </pre>
 */
public final class StreamSettings {
    /** The table option key. */
    public static final String KEY = "stream";
    /** Region part of ARNs, as the table ARNs use it. */
    public static final String ARN_PREFIX = "arn:aws:dynamodb:tidemark:000000000000:table/";
    /** How long records (and disabled streams) stay readable. */
    public static final long RETENTION_MILLIS = 24L * 3600 * 1000;
    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS").withZone(ZoneOffset.UTC);
    private static final byte VERSION = 1;

    /**
     * One stream of a table.
     *
     * @param label the label (an ISO-like UTC timestamp, unique per table)
     * @param viewType what records carry
     * @param createdMillis when it was enabled
     * @param disabledMillis when it was disabled, or -1 while enabled
     */
    public record Stream(String label, StreamViewType viewType, long createdMillis, long disabledMillis) {
        /** Whether the stream receives records. */
        public boolean enabled() {
            return disabledMillis < 0;
        }

        /** The stream's ARN for a table name. */
        public String arn(String tableName) {
            return ARN_PREFIX + tableName + "/stream/" + label;
        }
    }

    private StreamSettings() {
    }

    /** The streams of a table, oldest first (empty when it never had one). */
    public static List<Stream> streams(TableMeta meta) {
        byte[] b = meta.options().get(KEY);
        if (b == null) {
            return List.of();
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(b))) {
            byte v = in.readByte();
            if (v != VERSION) {
                throw new IOException("unknown stream settings version " + v);
            }
            int n = in.readInt();
            List<Stream> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(new Stream(in.readUTF(), StreamViewType.values()[in.readByte()], in.readLong(), in.readLong()));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("bad stream settings of table " + meta.name(), e);
        }
    }

    /** The table's enabled stream, or null. */
    public static Stream current(TableMeta meta) {
        if (!meta.options().contains(KEY)) {
            return null;
        }
        List<Stream> all = streams(meta);
        Stream last = all.isEmpty() ? null : all.get(all.size() - 1);
        return last != null && last.enabled() ? last : null;
    }

    /** The table's latest stream, enabled or not, or null. */
    public static Stream latest(TableMeta meta) {
        List<Stream> all = streams(meta);
        return all.isEmpty() ? null : all.get(all.size() - 1);
    }

    /** The table's options with a new stream list. */
    public static TableOptions with(TableOptions options, List<Stream> streams) {
        if (streams.isEmpty()) {
            return options.without(KEY);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            out.writeInt(streams.size());
            for (Stream s : streams) {
                out.writeUTF(s.label());
                out.writeByte(s.viewType().ordinal());
                out.writeLong(s.createdMillis());
                out.writeLong(s.disabledMillis());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return options.with(KEY, bytes.toByteArray());
    }

    /** A label for a stream enabled at this time, later than every label the table had. */
    public static String newLabel(List<Stream> existing, long nowMillis) {
        long t = nowMillis;
        for (Stream s : existing) {
            t = Math.max(t, s.createdMillis() + 1);
        }
        return LABEL.format(Instant.ofEpochMilli(t));
    }

    /** The creation time a label was made from. */
    public static long labelMillis(List<Stream> existing, long nowMillis) {
        long t = nowMillis;
        for (Stream s : existing) {
            t = Math.max(t, s.createdMillis() + 1);
        }
        return t;
    }
}
