package dev.tidemark.engine.internal.log;

import dev.tidemark.engine.Durability;
import dev.tidemark.engine.InternalServerErrorException;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.queue.RollCycle;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueueBuilder;
import net.openhft.chronicle.queue.rollcycles.LargeRollCycles;
import net.openhft.chronicle.wire.DocumentContext;

/**
 * The commit log: the database's source of truth, one Chronicle Queue in a directory of its own.
 *
 * <p>Every record is one Chronicle document holding
 * {@code [type:1][sequence:8][timestamp:8][payload:n][crc32c:4]}, all little-endian, the CRC32C
 * covering every byte before it (see {@link RecordCodec} and {@code docs/design/storage.md}).
 * Sequence numbers start at 1 and grow by one per record, also across reopen; timestamps never
 * decrease.
 *
 * <p>Queue settings: roll cycle {@link LargeRollCycles#LARGE_DAILY} (one {@code yyyyMMddL.cq4} file
 * per UTC day, up to 2^37 records a day, so no roll inside a test and one file of manageable size
 * per day), block size 256 MiB (a day's data maps in few large chunks, so a random read by index
 * rarely needs a new mapping: about 3 µs instead of 15 µs; the files are sparse, so the block size
 * costs address space, not disk).
 *
 * <p>Open: takes an exclusive {@link FileLock} on {@code LOCK} in the directory (a second opener,
 * in this or another process, fails with {@link IllegalStateException}), then scans the whole log
 * once, checking every record's checksum and the sequence chain. A record that fails the check and
 * is the last one (torn by a crash during append, e.g. a power loss that wrote the header's page
 * but not all data pages) is dropped: a WARN is logged and a <em>drop marker</em> record
 * ({@link #TYPE_DROP_MARKER}, payload = the dropped index, carrying the last valid sequence) is
 * appended after it. A bad record followed by a marker naming it is skipped by every reader, so a
 * dropped record is never seen, also after later appends and reopens. A bad record anywhere else
 * throws {@link CorruptLogException}. A process killed in the middle of a Chronicle document leaves
 * a zero (unwritten) header: Chronicle never shows it, and the next appender writes over it, after
 * force-releasing the queue's write lock held by the dead process (Chronicle checks that the owning
 * process is gone, so this takes milliseconds).
 *
 * <p>Durability: with {@link Durability#PROCESS_CRASH} an append returns once the record is in the
 * memory-mapped file. With {@link Durability#POWER_LOSS} it returns after the cycle file has been
 * forced with {@link FileChannel#force(boolean) force(false)} on a channel opened on the same file
 * (on Linux fsync writes back the page cache pages that the shared mapping dirtied); concurrent
 * appenders share one force (group commit): one of them forces everything appended so far, the
 * others wait for it.
 *
 * <p>Thread safety: all methods may be called from any thread. Appends are serialised by a lock;
 * reads use one Chronicle tailer per thread and never take the append lock.
 *
 * <p>Parts: {@link DirectoryLock} (the LOCK file), {@link LogValidator} (the scan on open) and
 * {@link GroupCommit} (forcing to the device, group commit).
 */
public final class CommitLog implements AutoCloseable {
    /**
     * Reserved record type of the drop marker that follows a dropped torn record. Callers cannot
     * append records of this type; readers never see them.
     */
    public static final byte TYPE_DROP_MARKER = (byte) 0xFF;

    /** Roll cycle of the queue; see the class comment. */
    static final RollCycle ROLL_CYCLE = LargeRollCycles.LARGE_DAILY;
    /** Block (mapping chunk) size of the queue; see the class comment. */
    static final long BLOCK_SIZE = 256L << 20;
    /**
     * How long Chronicle waits for its own write lock before forcing it. Only this process writes
     * (the LOCK file guarantees it) and appends are serialised, so the lock is only ever found held
     * when a dead process left it; Chronicle releases those at once when it sees the owner is dead.
     * The timeout bounds the wait if the dead owner's process id has been reused meanwhile.
     */
    static final long CHRONICLE_TIMEOUT_MS = 500;

    private final Path dir;
    private final Durability durability;
    private final DirectoryLock lock;
    private final SingleChronicleQueue queue;
    private final GroupCommit groupCommit;
    /** The queue's roll cycle: {@link #ROLL_CYCLE}, or a test's (see {@link #rollCycleForTests}). */
    private final RollCycle rollCycle;

    private final ReentrantLock appendLock = new ReentrantLock();
    // guarded by appendLock
    private ExcerptAppender appender;
    private byte[] encodeBuffer = new byte[256];
    private long lastTimestamp;

    private volatile long lastSequence;
    private volatile long lastIndex = -1;
    private volatile boolean closed;

    /** Indices of dropped torn records and of their drop markers: invisible to every reader. */
    private final Set<Long> hidden = ConcurrentHashMap.newKeySet();

    private final List<ExcerptTailer> tailers = new CopyOnWriteArrayList<>();
    private final ThreadLocal<ExcerptTailer> threadTailer = new ThreadLocal<>();

    /**
     * Test hook, not API: when set, record timestamps come from this source instead of the system
     * clock (still never decreasing along the log), so tests of point-in-time features control
     * log time. Null in production.
     */
    private static volatile java.util.function.LongSupplier timeSourceForTests;

    /** Sets (or with null, clears) the test time source of record timestamps; see the field. */
    public static void timeSourceForTests(java.util.function.LongSupplier source) {
        timeSourceForTests = source;
    }

    /** Test hook, not API: the roll cycle and block size of logs opened from now on (null: the defaults). */
    private static volatile RollCycle rollCycleForTests;
    private static volatile long blockSizeForTests = BLOCK_SIZE;

    /**
     * Test hook, not API: logs opened from now on use this roll cycle and block size (with
     * {@link #timeSourceForTests} also as Chronicle's clock, so a test rolls cycles by moving its
     * time); null restores the defaults. Tests of log compaction use it to get many small cycles.
     */
    public static void rollCycleForTests(RollCycle cycle, long blockSize) {
        rollCycleForTests = cycle;
        blockSizeForTests = blockSize;
    }

    /** Runs before each device force; tests use it to widen the group-commit window. */
    volatile Runnable beforeForce = () -> { };
    /** Runs after a record's bytes are written, before its document is committed; crash tests halt here. */
    volatile Runnable insideDocument = () -> { };

    private CommitLog(Path dir, Durability durability, DirectoryLock lock, SingleChronicleQueue queue) {
        this.dir = dir;
        this.durability = durability;
        this.lock = lock;
        this.queue = queue;
        this.rollCycle = queue.rollCycle();
        this.groupCommit = new GroupCommit(dir, rollCycle, appendLock, this::lastAppendedIndexLocked, this::lastIndex,
                () -> beforeForce.run());
    }

    /**
     * Opens or creates the log in {@code dir}, validating it (see the class comment).
     *
     * @throws IllegalStateException if another process (or another open log in this JVM) holds the
     *     directory's {@code LOCK} file
     * @throws CorruptLogException if a record other than the last one is corrupt
     * @throws UncheckedIOException if the directory or lock file cannot be created
     */
    public static CommitLog open(Path dir, Durability durability) {
        Path abs = dir.toAbsolutePath();
        DirectoryLock lock = null;
        SingleChronicleQueue queue = null;
        try {
            Files.createDirectories(abs);
            lock = DirectoryLock.acquire(abs);
            RollCycle testCycle = rollCycleForTests;
            java.util.function.LongSupplier testTime = timeSourceForTests;
            SingleChronicleQueueBuilder builder = SingleChronicleQueueBuilder.binary(abs)
                    .rollCycle(testCycle != null ? testCycle : ROLL_CYCLE)
                    .blockSize(testCycle != null ? blockSizeForTests : BLOCK_SIZE)
                    .timeoutMS(CHRONICLE_TIMEOUT_MS);
            if (testCycle != null && testTime != null) {
                builder.timeProvider(testTime::getAsLong);
            }
            queue = builder.build();
            CommitLog log = new CommitLog(abs, durability, lock, queue);
            log.validate();
            return log;
        } catch (IOException e) {
            closeQuietly(queue, lock);
            throw new UncheckedIOException("cannot open commit log in " + abs + ": " + e, e);
        } catch (RuntimeException | Error e) {
            closeQuietly(queue, lock);
            throw e;
        }
    }

    private static void closeQuietly(SingleChronicleQueue queue, DirectoryLock lock) {
        if (queue != null) {
            queue.close();
        }
        if (lock != null) {
            lock.release();
        }
    }

    /** Scans the whole log (see {@link LogValidator}) and drops a torn last record. */
    private void validate() {
        LogValidator.Result r = LogValidator.scan(queue, dir, hidden);
        lastSequence = r.lastSequence();
        lastIndex = r.lastIndex();
        lastTimestamp = r.lastTimestamp();
        if (r.tornIndex() != LogValidator.NO_TORN_RECORD) {
            appendMarker(r.tornIndex());
        }
    }

    /** The file to name in messages: Chronicle's current file, or the directory if it has none. */
    static Path fileOf(Path dir, File f) {
        return f == null ? dir : f.toPath();
    }

    private void appendMarker(long droppedIndex) {
        byte[] payload = new byte[8];
        RecordCodec.putLong(payload, 0, droppedIndex);
        appendLock.lock();
        try {
            LogPosition pos = write(TYPE_DROP_MARKER, lastSequence, payload, 0, 8);
            hidden.add(droppedIndex);
            hidden.add(pos.index());
        } finally {
            appendLock.unlock();
        }
        groupCommit.syncUpTo(lastAppendedIndex());
    }

    private long lastAppendedIndex() {
        appendLock.lock();
        try {
            return lastAppendedIndexLocked();
        } finally {
            appendLock.unlock();
        }
    }

    /** The index of the last record appended (a drop marker included), -1 if none; caller holds appendLock. */
    private long lastAppendedIndexLocked() {
        return appender == null ? lastIndex : Math.max(lastIndex, appender.lastIndexAppended());
    }

    /**
     * Appends one record; see the class comment for the format and durability.
     *
     * @param type the record type (any value but {@link #TYPE_DROP_MARKER})
     * @param payload the payload
     * @return the record's position
     * @throws InternalServerErrorException on an I/O error or full disk; nothing is acknowledged
     *     and the log stays usable (a later append retries). If forcing to the device failed, the
     *     record may still be in the log: its outcome is unknown, as with any unacknowledged write.
     */
    public LogPosition append(byte type, byte[] payload) {
        return append(type, payload, 0, payload.length);
    }

    /**
     * Appends one record whose payload is {@code buf[off, off + len)}; see {@link #append(byte, byte[])}.
     */
    public LogPosition append(byte type, byte[] buf, int off, int len) {
        if (type == TYPE_DROP_MARKER) {
            throw new IllegalArgumentException("record type " + TYPE_DROP_MARKER + " is reserved");
        }
        java.util.Objects.checkFromIndexSize(off, len, buf.length);
        LogPosition pos;
        appendLock.lock();
        try {
            ensureOpen();
            pos = write(type, lastSequence + 1, buf, off, len);
            lastSequence = pos.sequence();
            lastIndex = pos.index();
        } finally {
            appendLock.unlock();
        }
        if (durability == Durability.POWER_LOSS) {
            groupCommit.syncUpTo(pos.index());
        }
        return pos;
    }

    /** Writes one document; caller holds appendLock. Does not change lastSequence/lastIndex. */
    private LogPosition write(byte type, long sequence, byte[] buf, int off, int len) {
        java.util.function.LongSupplier testTime = timeSourceForTests;
        long ts = Math.max(testTime == null ? System.currentTimeMillis() : testTime.getAsLong(), lastTimestamp);
        int n = RecordCodec.encodedLength(len);
        if (encodeBuffer.length < n) {
            encodeBuffer = new byte[Math.max(n, encodeBuffer.length * 2)];
        }
        RecordCodec.encode(encodeBuffer, type, sequence, ts, buf, off, len);
        long index;
        try {
            if (appender == null) {
                appender = queue.createAppender();
                // appends are serialised by appendLock, but may come from any thread
                appender.singleThreadedCheckDisabled(true);
            }
            DocumentContext dc = appender.writingDocument();
            try {
                dc.wire().bytes().write(encodeBuffer, 0, n);
                insideDocument.run();
            } catch (RuntimeException | Error e) {
                dc.rollbackOnClose();
                throw e;
            } finally {
                dc.close();
            }
            index = appender.lastIndexAppended();
            groupCommit.appended(rollCycle.toCycle(index));
        } catch (Exception | InternalError e) {
            // Chronicle may throw checked I/O exceptions without declaring them; InternalError is how
            // the JVM reports a fault (SIGBUS) on a mapped page, e.g. a full disk.
            resetAppender();
            throw new InternalServerErrorException("commit log append failed: " + e, e);
        }
        lastTimestamp = ts;
        return new LogPosition(index, sequence, ts);
    }

    private void resetAppender() {
        ExcerptAppender a = appender;
        appender = null;
        if (a != null) {
            try {
                a.close();
            } catch (RuntimeException | Error ignored) {
                // a fresh appender is created on the next append
            }
        }
    }

    /** Forces everything appended so far to the device. */
    public void sync() {
        ensureOpen();
        long target = lastAppendedIndex();
        if (target >= 0) {
            groupCommit.syncUpTo(target);
        }
    }

    /** Number of device forces performed so far (for tests of group commit). */
    long forceCount() {
        return groupCommit.forceCount();
    }

    /**
     * Reads the record at {@code index} and verifies its checksum.
     *
     * @throws IllegalArgumentException if there is no (visible) record at that index
     * @throws CorruptLogException if the checksum does not match
     */
    public LogRecord read(long index) {
        ensureOpen();
        if (hidden.contains(index)) {
            throw new IllegalArgumentException("no record at index 0x" + Long.toHexString(index) + " (a dropped torn record)");
        }
        ExcerptTailer tailer = threadTailer.get();
        if (tailer == null) {
            tailer = queue.createTailer();
            tailers.add(tailer);
            threadTailer.set(tailer);
        }
        if (!tailer.moveToIndex(index)) {
            throw new IllegalArgumentException("no record at index 0x" + Long.toHexString(index));
        }
        try (DocumentContext dc = tailer.readingDocument()) {
            if (!dc.isPresent() || dc.index() != index) {
                throw new IllegalArgumentException("no record at index 0x" + Long.toHexString(index));
            }
            LogRecord r = decode(tailer, dc);
            if (r.type() == TYPE_DROP_MARKER) {
                throw new IllegalArgumentException("no record at index 0x" + Long.toHexString(index) + " (a drop marker)");
            }
            return r;
        }
    }

    private LogRecord decode(ExcerptTailer tailer, DocumentContext dc) {
        Bytes<?> bytes = dc.wire().bytes();
        long offset = bytes.readPosition();
        byte[] raw = new byte[(int) bytes.readRemaining()];
        bytes.read(offset, raw, 0, raw.length);
        String problem = RecordCodec.check(raw);
        if (problem != null) {
            throw new CorruptLogException(fileOf(dir, tailer.currentFile()), dc.index(), offset, problem);
        }
        return RecordCodec.decode(dc.index(), raw);
    }

    /** Where a record's data sits in its cycle file (tests use it to damage records on purpose). */
    record Location(Path file, long offset, int length) {
    }

    /** Locates the record at {@code index} in its cycle file, without checking it. */
    Location locate(long index) {
        ExcerptTailer tailer = queue.createTailer();
        try {
            if (!tailer.moveToIndex(index)) {
                throw new IllegalArgumentException("no record at index 0x" + Long.toHexString(index));
            }
            try (DocumentContext dc = tailer.readingDocument()) {
                Bytes<?> bytes = dc.wire().bytes();
                return new Location(fileOf(dir, tailer.currentFile()), bytes.readPosition(), (int) bytes.readRemaining());
            }
        } finally {
            tailer.close();
        }
    }

    /**
     * Calls {@code consumer} for every visible record with an index greater than
     * {@code afterIndex}, in log order. Pass {@code -1} or {@link Long#MIN_VALUE} for all records.
     * Single-threaded; meant for recovery.
     *
     * @throws CorruptLogException if a record fails its checksum (torn tails were dropped on open)
     */
    public void replay(long afterIndex, Consumer<LogRecord> consumer) {
        ensureOpen();
        ExcerptTailer tailer = queue.createTailer();
        try {
            if (afterIndex >= 0) {
                if (tailer.moveToIndex(afterIndex)) {
                    try (DocumentContext dc = tailer.readingDocument()) {
                        // skip the record at afterIndex itself
                    }
                } else if (afterIndex >= lastAppendedIndex()) {
                    return;
                } else {
                    tailer.toStart();
                }
            }
            while (true) {
                LogRecord r;
                try (DocumentContext dc = tailer.readingDocument()) {
                    if (!dc.isPresent()) {
                        return;
                    }
                    long index = dc.index();
                    if (index <= afterIndex || hidden.contains(index)) {
                        continue;
                    }
                    r = decode(tailer, dc);
                    if (r.type() == TYPE_DROP_MARKER) {
                        continue;
                    }
                }
                consumer.accept(r);
            }
        } finally {
            tailer.close();
        }
    }

    /** The sequence number of the last visible record; 0 when the log is empty. */
    public long lastSequence() {
        return lastSequence;
    }

    /** The index of the last visible record; {@code -1} when the log is empty (real indices are positive). */
    public long lastIndex() {
        return lastIndex;
    }

    /** The log's directory (absolute). */
    public Path directory() {
        return dir;
    }

    /** The durability this log acknowledges appends at. */
    public Durability durability() {
        return durability;
    }

    // ----------------------------------------------------------------------------- cycles (for compaction)

    /** The cycle (file) a record index belongs to. */
    public int cycleOf(long index) {
        return rollCycle.toCycle(index);
    }

    /** The cycle appends go to now: that of the last record appended, or -1 for an empty log. */
    public int currentCycle() {
        long last = lastAppendedIndex();
        return last < 0 ? -1 : rollCycle.toCycle(last);
    }

    /** The cycles that have a file, oldest first. */
    public java.util.NavigableSet<Integer> cycles() {
        queue.refreshDirectoryListing();
        java.util.TreeSet<Integer> out = new java.util.TreeSet<>();
        int first = queue.firstCycle();
        int last = queue.lastCycle();
        if (first == Integer.MAX_VALUE || last < first) {
            return out;
        }
        for (Long c : queue.listCyclesBetween(first, last)) {
            out.add(c.intValue());
        }
        return out;
    }

    /** Bytes written into a cycle's file (its write position), 0 when it has no file. */
    public long cycleBytes(int cycle) {
        var store = queue.storeForCycle(cycle, queue.epoch(), false, null);
        if (store == null) {
            return 0;
        }
        try {
            return store.writePosition();
        } finally {
            queue.closeStore(store);
        }
    }

    /**
     * Deletes the file of a cycle older than the current one. The caller guarantees that nothing
     * needs its records any more (no directory entry points into it, recovery never replays it, no
     * retention hold covers it); reading one of its records afterwards fails like reading any
     * index that does not exist.
     *
     * @return whether a file was deleted
     */
    public boolean deleteCycle(int cycle) {
        appendLock.lock();
        try {
            ensureOpen();
            int current = currentCycle();
            if (current < 0 || cycle >= current) {
                throw new IllegalArgumentException("cycle " + cycle + " is not older than the current cycle " + current);
            }
            Path file = groupCommit.cycleFile(cycle);
            groupCommit.forget(cycle);
            boolean deleted = Files.deleteIfExists(file);
            queue.refreshDirectoryListing();
            return deleted;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete commit log cycle " + cycle + " in " + dir + ": " + e, e);
        } finally {
            appendLock.unlock();
        }
    }

    /**
     * Total length of the log's files ({@code *.cq4} cycle files and the {@code *.cq4t} metadata).
     * Cycle files are sparse and grow in 256 MiB steps, so this is the apparent size, an upper
     * bound of the disk space used.
     */
    public long sizeBytes() {
        long total = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.{cq4,cq4t}")) {
            for (Path f : files) {
                try {
                    total += Files.size(f);
                } catch (NoSuchFileException ignored) {
                    // deleted meanwhile
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list commit log files in " + dir + ": " + e, e);
        }
        return total;
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("commit log " + dir + " is closed");
        }
    }

    /** Forces the log if it acknowledges at power-loss durability, then closes the queue and releases LOCK. */
    @Override
    public void close() {
        appendLock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            if (appender != null) {
                appender.close();
                appender = null;
            }
        } finally {
            appendLock.unlock();
        }
        groupCommit.close(durability == Durability.POWER_LOSS);
        for (ExcerptTailer t : tailers) {
            try {
                t.singleThreadedCheckDisabled(true);
                t.close();
            } catch (RuntimeException ignored) {
                // the queue's close releases it
            }
        }
        tailers.clear();
        closeQuietly(queue, lock);
    }

    @Override
    public String toString() {
        return "CommitLog[" + dir + ", " + durability + ", lastSequence=" + lastSequence + "]";
    }
}
