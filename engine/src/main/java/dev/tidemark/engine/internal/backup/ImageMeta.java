package dev.tidemark.engine.internal.backup;

import dev.tidemark.engine.internal.store.TableMeta;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * What {@code image.meta} says about a table image (a backup or a point-in-time base).
 *
 * @param id the backup id (or base name)
 * @param name the backup's name (empty for bases)
 * @param type USER or SYSTEM backup, or BASE for a point-in-time base
 * @param createdMillis when it was requested, by the database clock
 * @param expiryMillis when a system backup expires, or -1
 * @param logIndex the log index the image is consistent at
 * @param logTimestamp the timestamp of the record at {@code logIndex} (log time)
 * @param itemCount number of items
 * @param sizeBytes sum of the items' sizes
 * @param table the table's metadata at {@code logIndex}
 */
record ImageMeta(String id, String name, String type, long createdMillis, long expiryMillis,
                 long logIndex, long logTimestamp, long itemCount, long sizeBytes, TableMeta table) {
    private static final int FORMAT = 1;

    byte[] encode() {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(FORMAT);
            out.writeUTF(id);
            out.writeUTF(name);
            out.writeUTF(type);
            out.writeLong(createdMillis);
            out.writeLong(expiryMillis);
            out.writeLong(logIndex);
            out.writeLong(logTimestamp);
            out.writeLong(itemCount);
            out.writeLong(sizeBytes);
            table.writeTo(out);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ImageMeta decode(byte[] b) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(b));
        int format = in.readInt();
        if (format != FORMAT) {
            throw new IOException("unknown image metadata format " + format);
        }
        return new ImageMeta(in.readUTF(), in.readUTF(), in.readUTF(), in.readLong(), in.readLong(), in.readLong(),
            in.readLong(), in.readLong(), in.readLong(), TableMeta.readFrom(in));
    }
}
