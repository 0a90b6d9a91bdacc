package dev.tidemark.engine.internal.backup;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

/**
 * A table image on disk: a directory holding {@code image.meta} (the caller's metadata bytes) and
 * {@code items.dat} (every item's encoded key, size and body), each checksummed, so the image
 * needs nothing else to be restored (not the commit log, not the table).
 *
 * <pre>
 * image.meta: magic "TMIM" | version 1 | int length | metadata bytes | crc32c (int, over all before)
 * items.dat:  magic "TMIT" | version 1 | per item: int keyLength, key, int size, int bodyLength, body
 *             | int -1 | long itemCount | crc32c (int, over all before)
 * </pre>
 *
 * <p>Writing is atomic: the files go to {@code .<name>.tmp}, are forced, and the directory is
 * renamed to {@code <name>} and its parent forced. A crash leaves either no image or a complete
 * one; {@link #cleanTemporary} deletes leftovers on open.
 */
final class ImageFiles {
    private static final int META_MAGIC = 0x544D494D; // "TMIM"
    private static final int ITEMS_MAGIC = 0x544D4954; // "TMIT"
    private static final int VERSION = 1;
    static final String META = "image.meta";
    static final String ITEMS = "items.dat";

    /** One item of an image. */
    record Item(byte[] key, int size, byte[] body) {
    }

    /** Supplies the items to write, in any order. */
    interface Source {
        /** Passes every item to the sink. */
        void forEach(Consumer<Item> sink) throws IOException;
    }

    private ImageFiles() {
    }

    /**
     * Writes an image atomically as {@code parent/name}.
     *
     * @return the number of items written
     */
    static long write(Path parent, String name, byte[] meta, Source items) throws IOException {
        Files.createDirectories(parent);
        Path tmp = parent.resolve("." + name + ".tmp");
        deleteTree(tmp);
        Files.createDirectories(tmp);
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp.resolve(META))))) {
            CRC32C crc = new CRC32C();
            DataOutputStream c = new DataOutputStream(new CheckedOutputStream(nonClosing(out), crc));
            c.writeInt(META_MAGIC);
            c.writeInt(VERSION);
            c.writeInt(meta.length);
            c.write(meta);
            c.flush();
            out.writeInt((int) crc.getValue());
        }
        long[] count = {0};
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp.resolve(ITEMS)), 1 << 16))) {
            CRC32C crc = new CRC32C();
            DataOutputStream c = new DataOutputStream(new BufferedOutputStream(new CheckedOutputStream(nonClosing(out), crc), 1 << 16));
            c.writeInt(ITEMS_MAGIC);
            c.writeInt(VERSION);
            items.forEach(item -> {
                try {
                    c.writeInt(item.key().length);
                    c.write(item.key());
                    c.writeInt(item.size());
                    c.writeInt(item.body().length);
                    c.write(item.body());
                    count[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            c.writeInt(-1);
            c.writeLong(count[0]);
            c.flush();
            out.writeInt((int) crc.getValue());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        force(tmp.resolve(META));
        force(tmp.resolve(ITEMS));
        force(tmp);
        Path target = parent.resolve(name);
        deleteTree(target);
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        force(parent);
        return count[0];
    }

    /** Reads and checks an image's metadata bytes. */
    static byte[] readMeta(Path dir) throws IOException {
        byte[] all = Files.readAllBytes(dir.resolve(META));
        if (all.length < 16) {
            throw new IOException("image metadata " + dir.resolve(META) + " is truncated");
        }
        CRC32C crc = new CRC32C();
        crc.update(all, 0, all.length - 4);
        DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(all));
        int magic = in.readInt();
        int version = in.readInt();
        int len = in.readInt();
        if (magic != META_MAGIC || version != VERSION || len != all.length - 16) {
            throw new IOException("image metadata " + dir.resolve(META) + " has a bad header");
        }
        byte[] meta = new byte[len];
        in.readFully(meta);
        if (in.readInt() != (int) crc.getValue()) {
            throw new IOException("image metadata " + dir.resolve(META) + " fails its checksum");
        }
        return meta;
    }

    /**
     * Reads every item of an image, checking the checksum at the end.
     *
     * @throws IOException when the file is damaged (the items already passed may be wrong: callers
     *     read into a new table they drop on failure, or check first with {@link #verify})
     */
    static long readItems(Path dir, Consumer<Item> sink) throws IOException {
        Path file = dir.resolve(ITEMS);
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            CRC32C crc = new CRC32C();
            DataInputStream in = new DataInputStream(new CheckedInputStream(raw, crc));
            if (in.readInt() != ITEMS_MAGIC || in.readInt() != VERSION) {
                throw new IOException("image items " + file + " have a bad header");
            }
            long n = 0;
            for (int len = in.readInt(); len >= 0; len = in.readInt()) {
                byte[] key = new byte[len];
                in.readFully(key);
                int size = in.readInt();
                byte[] body = new byte[in.readInt()];
                in.readFully(body);
                sink.accept(new Item(key, size, body));
                n++;
            }
            long count = in.readLong();
            int expected = (int) crc.getValue();
            int stored = new DataInputStream(raw).readInt();
            if (count != n || stored != expected) {
                throw new IOException("image items " + file + " fail their checksum");
            }
            return n;
        } catch (EOFException e) {
            throw new IOException("image items " + file + " are truncated", e);
        }
    }

    /** Checks an image completely without keeping its items. */
    static void verify(Path dir) throws IOException {
        readMeta(dir);
        readItems(dir, item -> { });
    }

    /** Deletes {@code .*.tmp} leftovers of interrupted writes in a directory. */
    static void cleanTemporary(Path parent) throws IOException {
        if (!Files.isDirectory(parent)) {
            return;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(parent, ".*.tmp")) {
            for (Path p : ds) {
                deleteTree(p);
            }
        }
    }

    /** Deletes a directory tree if present. */
    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Forces a file or directory to the device (directories: where the platform allows it). */
    static void force(Path p) throws IOException {
        if (Files.isDirectory(p)) {
            try (FileChannel ch = FileChannel.open(p, StandardOpenOption.READ)) {
                ch.force(true);
            } catch (IOException ignored) {
                // some platforms cannot open directories; the rename is still atomic
            }
        } else {
            try (FileChannel ch = FileChannel.open(p, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
        }
    }

    private static OutputStream nonClosing(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
