package dev.tidemark.engine.internal.log;

import dev.tidemark.engine.InternalServerErrorException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Forcing a {@link CommitLog}'s cycle files to the device, with group commit: concurrent callers of
 * {@link #syncUpTo(long)} share one force. The first caller that needs a force becomes the leader,
 * snapshots the last appended index and forces every cycle file written since the previous force;
 * callers arriving meanwhile wait, and return without a force of their own once a completed force
 * covers their index.
 *
 * <p>Owns the per-cycle {@link FileChannel}s used for forcing (opened once per cycle file, forcing
 * the directory then so the new file's entry is durable), the first cycle not yet forced, and the
 * count of forces. The first unforced cycle is guarded by the log's append lock, shared with this
 * class, so that the log can note an append while it holds that lock anyway.
 */
final class GroupCommit {
    /** Logs under the commit log's name: these messages are about the log. */
    private static final Logger LOG = LoggerFactory.getLogger(CommitLog.class);

    private final Path dir;
    private final ReentrantLock appendLock;
    /** The index of the last record appended, -1 if none; called with {@link #appendLock} held. */
    private final LongSupplier appendedIndex;
    /** The index of the last visible record, -1 if none. */
    private final LongSupplier lastIndex;
    /** Runs before each device force. */
    private final Runnable beforeForce;
    private final DateTimeFormatter cycleFormat;
    private final net.openhft.chronicle.queue.RollCycle rollCycle;

    // guarded by appendLock
    private int firstUnsyncedCycle = Integer.MAX_VALUE;

    private final Object syncMonitor = new Object();
    // guarded by syncMonitor
    private long syncedIndex = -1;
    private boolean syncing;
    private final ConcurrentHashMap<Integer, FileChannel> syncChannels = new ConcurrentHashMap<>();
    private final AtomicLong forces = new AtomicLong();

    /**
     * @param dir the log directory (absolute)
     * @param appendLock the log's append lock, which serialises appends
     * @param appendedIndex the index of the last record appended, {@code -1} if none; called with
     *     {@code appendLock} held
     * @param lastIndex the index of the last visible record, {@code -1} if none
     * @param beforeForce runs before each device force
     */
    GroupCommit(Path dir, net.openhft.chronicle.queue.RollCycle rollCycle, ReentrantLock appendLock, LongSupplier appendedIndex, LongSupplier lastIndex,
            Runnable beforeForce) {
        this.dir = dir;
        this.appendLock = appendLock;
        this.appendedIndex = appendedIndex;
        this.lastIndex = lastIndex;
        this.beforeForce = beforeForce;
        this.rollCycle = rollCycle;
        this.cycleFormat = DateTimeFormatter.ofPattern(rollCycle.format()).withZone(ZoneOffset.UTC);
    }

    /** Notes that a record was appended to {@code cycle}; the caller holds the append lock. */
    void appended(int cycle) {
        firstUnsyncedCycle = Math.min(firstUnsyncedCycle, cycle);
    }

    /** Group commit: returns once a force covering {@code index} has completed. */
    void syncUpTo(long index) {
        synchronized (syncMonitor) {
            while (true) {
                if (syncedIndex >= index) {
                    return;
                }
                if (!syncing) {
                    syncing = true;
                    break;
                }
                try {
                    syncMonitor.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InternalServerErrorException("commit log append failed: interrupted while waiting for sync", e);
                }
            }
        }
        long target;
        int fromCycle;
        int toCycle;
        appendLock.lock();
        try {
            target = appendedIndex.getAsLong();
            fromCycle = firstUnsyncedCycle;
            toCycle = target < 0 ? -1 : rollCycle.toCycle(target);
            firstUnsyncedCycle = Integer.MAX_VALUE;
        } finally {
            appendLock.unlock();
        }
        Exception failure = null;
        try {
            for (int c = fromCycle; c <= toCycle; c++) {
                force(c);
            }
        } catch (IOException | RuntimeException e) {
            failure = e;
            appendLock.lock();
            try {
                firstUnsyncedCycle = Math.min(firstUnsyncedCycle, fromCycle);
            } finally {
                appendLock.unlock();
            }
        }
        synchronized (syncMonitor) {
            syncing = false;
            if (failure == null) {
                syncedIndex = Math.max(syncedIndex, target);
            }
            syncMonitor.notifyAll();
        }
        if (failure != null) {
            throw new InternalServerErrorException("commit log append failed: cannot force the log to the device: " + failure, failure);
        }
    }

    private void force(int cycle) throws IOException {
        FileChannel ch = syncChannels.get(cycle);
        if (ch == null) {
            Path file = cycleFile(cycle);
            if (!Files.exists(file)) {
                if (cycle < rollCycle.toCycle(Math.max(lastIndex.getAsLong(), 0))) {
                    return; // a cycle with no records of ours (skipped day)
                }
                throw new NoSuchFileException(file.toString());
            }
            ch = FileChannel.open(file, StandardOpenOption.WRITE);
            // the cycle file is new to this process: make its directory entry durable once
            forceDirectory(dir);
            FileChannel prev = syncChannels.putIfAbsent(cycle, ch);
            if (prev != null) {
                ch.close();
                ch = prev;
            }
        }
        try {
            beforeForce.run();
            ch.force(false);
            forces.incrementAndGet();
        } catch (IOException | RuntimeException e) {
            syncChannels.remove(cycle, ch);
            try {
                ch.close();
            } catch (IOException ignored) {
                // reopened on the next attempt
            }
            throw e;
        }
    }

    /** Forces {@code dir} itself, making the entries of files created or renamed in it durable. */
    static void forceDirectory(Path dir) throws IOException {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        }
    }

    /** The Chronicle cycle file holding the records of {@code cycle}. */
    Path cycleFile(int cycle) {
        String name = cycleFormat.format(Instant.ofEpochMilli((long) cycle * rollCycle.lengthInMillis()));
        return dir.resolve(name + SingleChronicleQueue.SUFFIX);
    }

    /** Closes the forcing channel of a cycle whose file is being deleted. */
    void forget(int cycle) {
        FileChannel ch = syncChannels.remove(cycle);
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException e) {
                LOG.warn("commit log {}: cannot close {}: {}", dir, ch, e.toString());
            }
        }
    }

    /** Number of device forces performed so far (for tests of group commit). */
    long forceCount() {
        return forces.get();
    }

    /**
     * Closes the channels opened for forcing, first forcing each if {@code force}; failures are
     * logged, not thrown. Called once, when the log closes.
     */
    void close(boolean force) {
        for (FileChannel ch : syncChannels.values()) {
            try {
                if (force) {
                    ch.force(false);
                }
                ch.close();
            } catch (IOException e) {
                LOG.warn("commit log {}: cannot force/close {}: {}", dir, ch, e.toString());
            }
        }
        syncChannels.clear();
    }
}
