package dev.tidemark.engine.internal.log;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32C;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Atomic checkpoint files in one directory.
 *
 * <p>A checkpoint is written to {@code checkpoint-<sequence>.tmp}, forced to the device, renamed to
 * {@code checkpoint-<sequence, 20 digits>.ckpt}, and the directory is forced; only then are older
 * checkpoints deleted, always keeping the newest previous one. {@link #latest()} returns the newest
 * file whose checksum verifies, so a torn or damaged newest file falls back to the previous one.
 *
 * <p>File layout (big-endian, as {@link DataOutputStream} writes):
 * {@code [magic "TMCK":4][version:4][logIndex:8][sequence:8][createdMillis:8][body:n]
 * [bodyLength:8][crc32c:4][end magic "KCMT":4]}; the CRC32C covers every byte from the start of the
 * file to the end of {@code bodyLength}.
 *
 * <p>Not thread-safe for concurrent writers: one checkpointer writes at a time.
 */
public final class CheckpointStore {
    private static final Logger LOG = LoggerFactory.getLogger(CheckpointStore.class);

    static final int MAGIC = 0x544D434B; // "TMCK"
    static final int END_MAGIC = 0x4B434D54; // "KCMT"
    static final int VERSION = 1;
    static final int HEADER = 4 + 4 + 8 + 8 + 8;
    static final int TRAILER = 8 + 4 + 4;
    private static final String PREFIX = "checkpoint-";
    private static final String SUFFIX = ".ckpt";

    private final Path dir;

    /** Creates a store over {@code dir}; the directory is created on the first write. */
    public CheckpointStore(Path dir) {
        this.dir = dir.toAbsolutePath();
    }

    /** The directory holding the checkpoint files. */
    public Path directory() {
        return dir;
    }

    /** Writes the body of a checkpoint. */
    @FunctionalInterface
    public interface CheckpointWriter {
        /** Writes the checkpoint's content to {@code out} (do not close it). */
        void write(DataOutputStream out) throws IOException;
    }

    /** One valid checkpoint on disk. */
    public interface Checkpoint {
        /** The checkpoint covers the log up to and including this index. */
        long logIndex();

        /** The sequence number of the record at {@link #logIndex()}. */
        long sequence();

        /** Opens the body for reading; the caller closes the stream. */
        DataInputStream open() throws IOException;
    }

    /**
     * Writes a checkpoint that covers the log up to and including {@code logIndex}, atomically:
     * either the whole new checkpoint is in place and durable when this returns, or (on an
     * exception or crash) the previous one is still the latest.
     */
    public void write(long logIndex, long sequence, CheckpointWriter body) throws IOException {
        Files.createDirectories(dir);
        String name = PREFIX + String.format("%020d", sequence);
        Path tmp = dir.resolve(name + ".tmp");
        Path target = dir.resolve(name + SUFFIX);
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            CRC32C crc = new CRC32C();
            OutputStream raw = new NonClosing(new BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16));
            CheckedOutputStream checked = new CheckedOutputStream(raw, crc);
            DataOutputStream header = new DataOutputStream(checked);
            header.writeInt(MAGIC);
            header.writeInt(VERSION);
            header.writeLong(logIndex);
            header.writeLong(sequence);
            header.writeLong(System.currentTimeMillis());
            header.flush();
            Counting counting = new Counting(checked);
            DataOutputStream out = new DataOutputStream(new NonClosing(counting));
            body.write(out);
            out.flush();
            header.writeLong(counting.count);
            header.flush();
            DataOutputStream trailer = new DataOutputStream(raw);
            trailer.writeInt((int) crc.getValue());
            trailer.writeInt(END_MAGIC);
            trailer.flush();
            raw.flush();
            ch.force(true);
        } catch (IOException | RuntimeException | Error e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        GroupCommit.forceDirectory(dir);
        prune(target);
    }

    /** Deletes checkpoints older than the one before {@code newest}, and stale temp files. */
    private void prune(Path newest) throws IOException {
        String newestName = newest.getFileName().toString();
        boolean keptPrevious = false;
        for (Path p : list()) {
            if (p.getFileName().toString().compareTo(newestName) >= 0) {
                continue;
            }
            if (!keptPrevious) {
                keptPrevious = true;
                continue;
            }
            Files.deleteIfExists(p);
        }
        try (DirectoryStream<Path> tmps = Files.newDirectoryStream(dir, PREFIX + "*.tmp")) {
            for (Path t : tmps) {
                Files.deleteIfExists(t);
            }
        }
    }

    /** Checkpoint files, newest (highest sequence) first. */
    private List<Path> list() throws IOException {
        List<Path> all = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return all;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, PREFIX + "*" + SUFFIX)) {
            files.forEach(all::add);
        }
        all.sort(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed());
        return all;
    }

    /**
     * The smallest log index among the checkpoint files kept (the newest and its fallback), or -1
     * when there is none. Log records up to it are never replayed by a recovery, whichever of the
     * kept checkpoints it starts from.
     */
    public long oldestKeptIndex() throws IOException {
        long min = Long.MAX_VALUE;
        for (Path p : list()) {
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(p), 64))) {
                in.readInt();
                in.readInt();
                min = Math.min(min, in.readLong());
            } catch (java.io.EOFException e) {
                return -1; // a torn file: be conservative
            }
        }
        return min == Long.MAX_VALUE ? -1 : min;
    }

    /** The newest checkpoint whose checksum verifies, or empty; damaged files are skipped with a WARN. */
    public Optional<Checkpoint> latest() throws IOException {
        for (Path p : list()) {
            Optional<Checkpoint> c = verify(p);
            if (c.isPresent()) {
                return c;
            }
        }
        return Optional.empty();
    }

    private Optional<Checkpoint> verify(Path file) throws IOException {
        long size = Files.size(file);
        if (size < HEADER + TRAILER) {
            LOG.warn("ignoring checkpoint {}: too short ({} bytes)", file, size);
            return Optional.empty();
        }
        ByteBuffer trailer = ByteBuffer.allocate(TRAILER).order(ByteOrder.BIG_ENDIAN);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ch.read(trailer, size - TRAILER);
        }
        trailer.flip();
        long bodyLength = trailer.getLong();
        int storedCrc = trailer.getInt();
        int endMagic = trailer.getInt();
        if (endMagic != END_MAGIC || bodyLength != size - HEADER - TRAILER) {
            LOG.warn("ignoring checkpoint {}: incomplete (torn) file", file);
            return Optional.empty();
        }
        CRC32C crc = new CRC32C();
        long logIndex;
        long sequence;
        try (DataInputStream in = new DataInputStream(new CheckedInputStream(
                new BufferedInputStream(Files.newInputStream(file), 1 << 16), crc))) {
            int magic = in.readInt();
            int version = in.readInt();
            logIndex = in.readLong();
            sequence = in.readLong();
            in.readLong();
            if (magic != MAGIC || version != VERSION) {
                LOG.warn("ignoring checkpoint {}: bad magic or version {}", file, version);
                return Optional.empty();
            }
            byte[] buf = new byte[1 << 16];
            long left = bodyLength + 8;
            while (left > 0) {
                int n = in.read(buf, 0, (int) Math.min(buf.length, left));
                if (n < 0) {
                    return Optional.empty();
                }
                left -= n;
            }
        }
        if ((int) crc.getValue() != storedCrc) {
            LOG.warn("ignoring checkpoint {}: checksum mismatch", file);
            return Optional.empty();
        }
        return Optional.of(new FileCheckpoint(file, logIndex, sequence, bodyLength));
    }

    private record FileCheckpoint(Path file, long logIndex, long sequence, long bodyLength) implements Checkpoint {
        @Override
        public DataInputStream open() throws IOException {
            InputStream in = Files.newInputStream(file);
            try {
                in.skipNBytes(HEADER);
            } catch (IOException e) {
                in.close();
                throw e;
            }
            return new DataInputStream(new BufferedInputStream(new Bounded(in, bodyLength), 1 << 16));
        }
    }

    /** An input stream limited to the first {@code limit} bytes of its source. */
    private static final class Bounded extends java.io.FilterInputStream {
        private long left;

        Bounded(InputStream in, long limit) {
            super(in);
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = super.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = super.read(b, off, (int) Math.min(len, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }

        @Override
        public int available() throws IOException {
            return (int) Math.min(super.available(), left);
        }
    }

    /** Counts the bytes written through it. */
    private static final class Counting extends FilterOutputStream {
        long count;

        Counting(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }

    /** Shields the file from a body writer that closes its stream: close only flushes. */
    private static final class NonClosing extends FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
