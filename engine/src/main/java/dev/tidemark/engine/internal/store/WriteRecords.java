package dev.tidemark.engine.internal.store;

import java.nio.ByteBuffer;
import java.util.List;

/**
 * The payload of a write record in the commit log: one or more item mutations that become visible
 * together. Single-item writes carry one; a BatchWriteItem carries all of its puts and deletes.
 *
 * <pre>
 * int count
 * count times:
 *   int tableId, byte op (1 = put, 2 = delete), int keyLength, key bytes,
 *   if put: int itemSize (DynamoDB size), int bodyLength, body bytes (ItemCodec)
 * </pre>
 */
public final class WriteRecords {
    /** Operation code of a put (the body is the whole new image). */
    public static final byte PUT = 1;
    /** Operation code of a delete. */
    public static final byte DELETE = 2;

    private WriteRecords() {
    }

    /**
     * One item mutation.
     *
     * @param tableId the table's internal id
     * @param key the encoded primary key
     * @param body the encoded new image, or null for a delete
     * @param size the DynamoDB size of the new image (0 for a delete)
     */
    public record Mutation(int tableId, byte[] key, byte[] body, int size) {
    }

    /** Receives the mutations of a record in order. */
    @FunctionalInterface
    public interface Visitor {
        /**
         * Called once per mutation.
         *
         * @param slot position of the mutation in the record
         * @param tableId table id
         * @param key encoded key (a fresh array)
         * @param op {@link #PUT} or {@link #DELETE}
         * @param size item size for puts
         */
        void mutation(int slot, int tableId, byte[] key, byte op, int size);
    }

    /** Encodes mutations as one payload. */
    public static byte[] encode(List<Mutation> mutations) {
        int len = 4;
        for (Mutation m : mutations) {
            len += 4 + 1 + 4 + m.key().length;
            if (m.body() != null) {
                len += 4 + 4 + m.body().length;
            }
        }
        ByteBuffer buf = ByteBuffer.allocate(len);
        buf.putInt(mutations.size());
        for (Mutation m : mutations) {
            buf.putInt(m.tableId());
            buf.put(m.body() == null ? DELETE : PUT);
            buf.putInt(m.key().length).put(m.key());
            if (m.body() != null) {
                buf.putInt(m.size());
                buf.putInt(m.body().length).put(m.body());
            }
        }
        return buf.array();
    }

    /** Visits the mutations of a payload. */
    public static void forEach(byte[] payload, Visitor visitor) {
        ByteBuffer buf = ByteBuffer.wrap(payload);
        int count = buf.getInt();
        for (int slot = 0; slot < count; slot++) {
            int tableId = buf.getInt();
            byte op = buf.get();
            byte[] key = new byte[buf.getInt()];
            buf.get(key);
            int size = 0;
            if (op == PUT) {
                size = buf.getInt();
                int bodyLen = buf.getInt();
                buf.position(buf.position() + bodyLen);
            } else if (op != DELETE) {
                throw new IllegalStateException("unknown mutation op " + op + " in slot " + slot);
            }
            visitor.mutation(slot, tableId, key, op, size);
        }
    }

    /** The body of the put in {@code slot} (a fresh array). */
    public static byte[] body(byte[] payload, int slot) {
        ByteBuffer buf = ByteBuffer.wrap(payload);
        int count = buf.getInt();
        if (slot >= count) {
            throw new IllegalStateException("slot " + slot + " beyond " + count + " mutations");
        }
        for (int i = 0; ; i++) {
            buf.getInt();
            byte op = buf.get();
            int keyLen = buf.getInt();
            buf.position(buf.position() + keyLen);
            if (op != PUT) {
                if (i == slot) {
                    throw new IllegalStateException("slot " + slot + " is a delete");
                }
                continue;
            }
            buf.getInt();
            int bodyLen = buf.getInt();
            if (i == slot) {
                byte[] body = new byte[bodyLen];
                buf.get(body);
                return body;
            }
            buf.position(buf.position() + bodyLen);
        }
    }
}
