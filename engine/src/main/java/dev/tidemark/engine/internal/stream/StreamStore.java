package dev.tidemark.engine.internal.stream;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stream records of one database, in append-only segment files under {@code <db>/streams}
 * ({@code segment-<number>.dat}), plus an in-memory index per stream (sequence number, file
 * position, creation time).
 *
 * <p>Frame: {@code int bodyLength | int crc32c(body) | body} ({@link StoredRecord}). Records are
 * appended in log order (the commit path calls {@link #append} under the store's commit-order
 * lock). At open every segment is read; a torn frame at the end of the last segment (a crash in the
 * middle of an append) is cut off, and recovery regenerates the records of every log record after
 * {@link #lastLogSequence()}. A segment is deleted once every record in it is past the retention,
 * except the newest segment, which always stays so that {@link #lastLogSequence()} survives.
 */
public final class StreamStore implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StreamStore.class);
    private static final long SEGMENT_BYTES = 64L << 20;
    private static final int SEGMENT_SHIFT = 40;

    /** The positions of one stream's records, in sequence order. */
    static final class StreamIndex {
        private long[] seqs = new long[16];
        private long[] positions = new long[16];
        private long[] created = new long[16];
        private volatile int size;
        /** Sequence numbers below this were deleted with their segment. */
        private volatile long trimmedBefore;

        synchronized void add(long seq, long pos, long createdMillis) {
            if (size == seqs.length) {
                seqs = Arrays.copyOf(seqs, size * 2);
                positions = Arrays.copyOf(positions, size * 2);
                created = Arrays.copyOf(created, size * 2);
            }
            seqs[size] = seq;
            positions[size] = pos;
            created[size] = createdMillis;
            size++;
        }

        synchronized void dropSegmentsBefore(long segment) {
            int n = 0;
            while (n < size && (positions[n] >>> SEGMENT_SHIFT) < segment) {
                n++;
            }
            if (n == 0) {
                return;
            }
            trimmedBefore = seqs[n - 1] + 1;
            seqs = Arrays.copyOfRange(seqs, n, Math.max(n + 16, seqs.length));
            positions = Arrays.copyOfRange(positions, n, Math.max(n + 16, positions.length));
            created = Arrays.copyOfRange(created, n, Math.max(n + 16, created.length));
            size -= n;
        }

        /** A consistent copy of the entries from the first with sequence >= seq, at most max. */
        synchronized long[][] from(long seq, int max) {
            int i = Arrays.binarySearch(seqs, 0, size, seq);
            if (i < 0) {
                i = -i - 1;
            }
            int n = Math.min(max, size - i);
            return new long[][] {Arrays.copyOfRange(seqs, i, i + n), Arrays.copyOfRange(positions, i, i + n),
                Arrays.copyOfRange(created, i, i + n)};
        }

        synchronized long firstSequence() {
            return size == 0 ? -1 : seqs[0];
        }

        synchronized long lastSequence() {
            return size == 0 ? -1 : seqs[size - 1];
        }

        /** The creation time of the first record, or -1. */
        synchronized long firstCreated() {
            return size == 0 ? -1 : created[0];
        }

        long trimmedBefore() {
            return trimmedBefore;
        }
    }

    private final Path dir;
    private final boolean force;
    private final TreeMap<Long, FileChannel> segments = new TreeMap<>();
    private final Map<Long, Long> segmentNewest = new ConcurrentHashMap<>();
    private final Map<String, StreamIndex> streams = new ConcurrentHashMap<>();
    private final CRC32C crc = new CRC32C();
    private long active;
    private long activeSize;
    private volatile long lastLogSequence;
    /** The highest stream sequence stored: a crash can keep only the first records of one log record's group. */
    private volatile long lastRecordSequence = -1;
    private volatile long appended;
    private volatile boolean failed;

    private StreamStore(Path dir, boolean force) {
        this.dir = dir;
        this.force = force;
    }

    /**
     * Opens (or creates) the stream store of a database.
     *
     * @param dir the {@code streams} directory
     * @param force whether each append is forced to disk (power-loss durability)
     * @return the store
     */
    public static StreamStore open(Path dir, boolean force) {
        StreamStore s = new StreamStore(dir, force);
        try {
            Files.createDirectories(dir);
            s.load();
        } catch (IOException e) {
            s.close();
            throw new UncheckedIOException("cannot open the stream store in " + dir + ": " + e.getMessage(), e);
        }
        return s;
    }

    private static String key(int tableId, String label) {
        return tableId + "/" + label;
    }

    private void load() throws IOException {
        List<Long> numbers = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.forEach(p -> {
                String n = p.getFileName().toString();
                if (n.startsWith("segment-") && n.endsWith(".dat")) {
                    numbers.add(Long.parseLong(n.substring(8, n.length() - 4)));
                }
            });
        }
        numbers.sort(null);
        if (numbers.isEmpty()) {
            numbers.add(1L);
        }
        for (int i = 0; i < numbers.size(); i++) {
            long number = numbers.get(i);
            boolean last = i == numbers.size() - 1;
            FileChannel ch = FileChannel.open(segmentPath(number), StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            segments.put(number, ch);
            long end = scan(number, ch);
            if (end < ch.size()) {
                if (last) {
                    LOG.warn("stream segment {}: cutting a torn record at offset {} (file length {})", segmentPath(number), end, ch.size());
                    ch.truncate(end);
                    ch.force(true);
                } else {
                    LOG.warn("stream segment {}: unreadable record at offset {}; the rest of this segment is skipped", segmentPath(number), end);
                }
            }
            if (last) {
                active = number;
                activeSize = end;
            }
        }
    }

    /** Reads a segment's frames into the indexes; returns where the valid frames end. */
    private long scan(long number, FileChannel ch) throws IOException {
        long size = ch.size();
        long off = 0;
        ByteBuffer head = ByteBuffer.allocate(8);
        long newest = 0;
        while (off + 8 <= size) {
            head.clear();
            readFully(ch, head, off);
            head.flip();
            int len = head.getInt();
            int sum = head.getInt();
            if (len <= 0 || off + 8 + len > size) {
                break;
            }
            ByteBuffer body = ByteBuffer.allocate(len);
            readFully(ch, body, off + 8);
            crc.reset();
            crc.update(body.array(), 0, len);
            if ((int) crc.getValue() != sum) {
                break;
            }
            body.flip();
            StoredRecord r = StoredRecord.readFrom(body);
            streams.computeIfAbsent(key(r.tableId(), r.label()), k -> new StreamIndex())
                .add(r.sequence(), (number << SEGMENT_SHIFT) | off, r.createdMillis());
            lastLogSequence = Math.max(lastLogSequence, r.logSequence());
            lastRecordSequence = Math.max(lastRecordSequence, r.sequence());
            newest = Math.max(newest, r.createdMillis());
            off += 8 + len;
        }
        segmentNewest.put(number, newest);
        return off;
    }

    private static void readFully(FileChannel ch, ByteBuffer buf, long pos) throws IOException {
        while (buf.hasRemaining()) {
            int n = ch.read(buf, pos + buf.position());
            if (n < 0) {
                throw new IOException("unexpected end of stream segment");
            }
        }
    }

    private Path segmentPath(long number) {
        return dir.resolve(String.format("segment-%012d.dat", number));
    }

    /** The highest log sequence that has stream records here (0 for none). */
    public long lastLogSequence() {
        return lastLogSequence;
    }

    /**
     * The highest stream sequence number stored (-1 for none). The records of one log record are
     * written together, but a crash can tear that write after its first frames, so recovery resumes
     * after this number, not after {@link #lastLogSequence()}.
     */
    public long lastRecordSequence() {
        return lastRecordSequence;
    }

    /**
     * Stops taking records after a failure to build them, so the records here stay a prefix of the
     * log's; the next open regenerates the rest.
     */
    public synchronized void fail(Throwable cause) {
        if (!failed) {
            failed = true;
            LOG.error("stream records could not be built; they are regenerated from the commit log at the next open: {}", cause.toString());
        }
    }

    /** Whether an append failed; records after it are regenerated at the next open. */
    public boolean failed() {
        return failed;
    }

    /**
     * Appends records, in sequence order, with one write. Never throws: when the write fails, the
     * store stops taking records (so the records it has stay a prefix of the log's) and the next
     * open regenerates the rest from the log.
     */
    public synchronized void append(List<StoredRecord> records) {
        if (records.isEmpty() || failed) {
            return;
        }
        try {
            if (activeSize >= SEGMENT_BYTES) {
                roll();
            }
            int total = 0;
            for (StoredRecord r : records) {
                total += 8 + r.encodedLength();
            }
            ByteBuffer buf = ByteBuffer.allocate(total);
            long[] offsets = new long[records.size()];
            for (int i = 0; i < records.size(); i++) {
                StoredRecord r = records.get(i);
                int start = buf.position();
                offsets[i] = activeSize + start;
                buf.position(start + 8);
                r.writeTo(buf);
                int len = buf.position() - start - 8;
                crc.reset();
                crc.update(buf.array(), start + 8, len);
                buf.putInt(start, len).putInt(start + 4, (int) crc.getValue());
            }
            buf.flip();
            FileChannel ch = segments.get(active);
            long pos = activeSize;
            while (buf.hasRemaining()) {
                pos += ch.write(buf, pos);
            }
            if (force) {
                ch.force(false);
            }
            activeSize = pos;
            long newest = segmentNewest.getOrDefault(active, 0L);
            for (int i = 0; i < records.size(); i++) {
                StoredRecord r = records.get(i);
                streams.computeIfAbsent(key(r.tableId(), r.label()), k -> new StreamIndex())
                    .add(r.sequence(), (active << SEGMENT_SHIFT) | offsets[i], r.createdMillis());
                lastLogSequence = Math.max(lastLogSequence, r.logSequence());
                lastRecordSequence = Math.max(lastRecordSequence, r.sequence());
                newest = Math.max(newest, r.createdMillis());
            }
            segmentNewest.put(active, newest);
        } catch (IOException | RuntimeException e) {
            failed = true;
            LOG.error("stream store append failed; stream records are regenerated from the commit log at the next open: {}", e.toString());
            return;
        }
        appended++;
        notifyAll();
    }

    private void roll() throws IOException {
        FileChannel old = segments.get(active);
        old.force(false);
        active++;
        segments.put(active, FileChannel.open(segmentPath(active), StandardOpenOption.CREATE_NEW, StandardOpenOption.READ, StandardOpenOption.WRITE));
        activeSize = 0;
        segmentNewest.put(active, 0L);
    }

    /** Waits up to a time for records appended after {@code seen} appends; returns the current count. */
    public synchronized long await(long seen, long millis) throws InterruptedException {
        if (appended == seen && millis > 0) {
            wait(millis);
        }
        return appended;
    }

    /** Wakes every thread in {@link #await}. */
    public synchronized void wake() {
        notifyAll();
    }

    /** Appends so far (for {@link #await}). */
    public long appendCount() {
        return appended;
    }

    /** The index of a stream, or null when it has no records. */
    StreamIndex index(int tableId, String label) {
        return streams.get(key(tableId, label));
    }

    /** Reads the record at a position. */
    StoredRecord read(long position) {
        try {
            return readOnce(position);
        } catch (java.nio.channels.ClosedChannelException e) {
            // an interrupted reader closed the shared channel: reopen it once
            synchronized (this) {
                long number = position >>> SEGMENT_SHIFT;
                FileChannel ch = segments.get(number);
                if (ch != null && !ch.isOpen()) {
                    try {
                        segments.put(number, FileChannel.open(segmentPath(number), StandardOpenOption.READ, StandardOpenOption.WRITE));
                    } catch (IOException io) {
                        throw new UncheckedIOException("cannot reopen stream segment " + segmentPath(number), io);
                    }
                }
            }
            try {
                return readOnce(position);
            } catch (IOException io) {
                throw new UncheckedIOException("cannot read stream record at " + position + ": " + io.getMessage(), io);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read stream record at " + position + ": " + e.getMessage(), e);
        }
    }

    private StoredRecord readOnce(long position) throws IOException {
        FileChannel ch;
        synchronized (this) {
            ch = segments.get(position >>> SEGMENT_SHIFT);
        }
        if (ch == null) {
            return null;
        }
        long off = position & ((1L << SEGMENT_SHIFT) - 1);
        {
            ByteBuffer head = ByteBuffer.allocate(8);
            readFully(ch, head, off);
            head.flip();
            int len = head.getInt();
            head.getInt();
            ByteBuffer body = ByteBuffer.allocate(len);
            readFully(ch, body, off + 8);
            body.flip();
            return StoredRecord.readFrom(body);
        }
    }

    /**
     * Deletes the segments (but never the newest) whose every record was created before
     * {@code beforeMillis}.
     */
    public void trim(long beforeMillis) {
        List<Long> doomed = new ArrayList<>();
        synchronized (this) {
            for (Long number : segments.keySet()) {
                if (number == active || segmentNewest.getOrDefault(number, Long.MAX_VALUE) >= beforeMillis) {
                    break;
                }
                doomed.add(number);
            }
            if (doomed.isEmpty()) {
                return;
            }
            long keepFrom = doomed.get(doomed.size() - 1) + 1;
            for (StreamIndex ix : streams.values()) {
                ix.dropSegmentsBefore(keepFrom);
            }
            for (Long number : doomed) {
                try {
                    segments.remove(number).close();
                    segmentNewest.remove(number);
                    Files.deleteIfExists(segmentPath(number));
                } catch (IOException e) {
                    LOG.warn("cannot delete stream segment {}: {}", segmentPath(number), e.toString());
                }
            }
        }
    }

    /** Closes the files (forcing the newest). */
    @Override
    public synchronized void close() {
        for (FileChannel ch : segments.values()) {
            try {
                if (ch.isOpen()) {
                    ch.force(false);
                    ch.close();
                }
            } catch (IOException e) {
                LOG.warn("cannot close a stream segment: {}", e.toString());
            }
        }
        segments.clear();
        notifyAll();
    }
}
