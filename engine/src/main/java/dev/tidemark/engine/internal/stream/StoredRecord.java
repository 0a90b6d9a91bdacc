package dev.tidemark.engine.internal.stream;

import dev.tidemark.engine.internal.value.ItemCodec;
import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.engine.model.OperationType;
import dev.tidemark.engine.model.StreamViewType;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One stream record as the stream store keeps it. Images the view type does not carry are null.
 *
 * <pre>
 * long sequence | long createdMillis | int tableId | short labelLength, label (UTF-8)
 * byte event (OperationType ordinal) | byte flags (1 = made by the service) | byte viewType ordinal
 * int sizeBytes | int keysLength, keys | int oldLength (-1 = none), old | int newLength (-1 = none), new
 * </pre>
 * Keys and images are {@link ItemCodec} bodies.
 *
 * @param sequence the sequence number: log sequence times 1000 plus the slot in the log record
 * @param createdMillis when the change was made
 * @param tableId the table's internal id
 * @param label the stream's label
 * @param event what happened
 * @param service whether the database made the change (TTL expiry)
 * @param viewType the stream's view type
 * @param sizeBytes the size of keys and carried images
 * @param keys the encoded key attributes
 * @param oldImage the encoded old image, or null
 * @param newImage the encoded new image, or null
 */
public record StoredRecord(long sequence, long createdMillis, int tableId, String label, OperationType event,
                           boolean service, StreamViewType viewType, int sizeBytes,
                           byte[] keys, byte[] oldImage, byte[] newImage) {

    /** Sequence numbers per log record: a record carries at most this many item changes. */
    public static final long SLOTS = 1000;

    /** The sequence number of the change in {@code slot} of the log record with this sequence. */
    public static long sequence(long logSequence, int slot) {
        return logSequence * SLOTS + slot;
    }

    /** The log sequence a stream sequence number belongs to. */
    public long logSequence() {
        return sequence / SLOTS;
    }

    /** The sequence number as the API shows it: 21 digits. */
    public static String format(long sequence) {
        String s = Long.toString(sequence);
        return "0".repeat(Math.max(0, 21 - s.length())) + s;
    }

    /** Decoded keys. */
    public Map<String, AttributeValue> decodedKeys() {
        return ItemCodec.decode(keys, 0, keys.length);
    }

    /** Decoded old image, or null. */
    public Map<String, AttributeValue> decodedOld() {
        return oldImage == null ? null : ItemCodec.decode(oldImage, 0, oldImage.length);
    }

    /** Decoded new image, or null. */
    public Map<String, AttributeValue> decodedNew() {
        return newImage == null ? null : ItemCodec.decode(newImage, 0, newImage.length);
    }

    /** The encoded length. */
    int encodedLength() {
        return 8 + 8 + 4 + 2 + label.getBytes(StandardCharsets.UTF_8).length + 3 + 4
            + 4 + keys.length + 4 + (oldImage == null ? 0 : oldImage.length) + 4 + (newImage == null ? 0 : newImage.length);
    }

    /** Writes the record at the buffer's position. */
    void writeTo(ByteBuffer buf) {
        byte[] l = label.getBytes(StandardCharsets.UTF_8);
        buf.putLong(sequence).putLong(createdMillis).putInt(tableId).putShort((short) l.length).put(l);
        buf.put((byte) event.ordinal()).put((byte) (service ? 1 : 0)).put((byte) viewType.ordinal());
        buf.putInt(sizeBytes);
        buf.putInt(keys.length).put(keys);
        putBytes(buf, oldImage);
        putBytes(buf, newImage);
    }

    private static void putBytes(ByteBuffer buf, byte[] b) {
        if (b == null) {
            buf.putInt(-1);
        } else {
            buf.putInt(b.length).put(b);
        }
    }

    private static byte[] getBytes(ByteBuffer buf) {
        int n = buf.getInt();
        if (n < 0) {
            return null;
        }
        byte[] b = new byte[n];
        buf.get(b);
        return b;
    }

    /** Reads a record written by {@link #writeTo}. */
    static StoredRecord readFrom(ByteBuffer buf) {
        long seq = buf.getLong();
        long created = buf.getLong();
        int table = buf.getInt();
        byte[] l = new byte[buf.getShort()];
        buf.get(l);
        OperationType event = OperationType.values()[buf.get()];
        boolean service = buf.get() == 1;
        StreamViewType view = StreamViewType.values()[buf.get()];
        int size = buf.getInt();
        byte[] keys = getBytes(buf);
        byte[] old = getBytes(buf);
        byte[] neu = getBytes(buf);
        return new StoredRecord(seq, created, table, new String(l, StandardCharsets.UTF_8), event, service, view, size, keys, old, neu);
    }
}
