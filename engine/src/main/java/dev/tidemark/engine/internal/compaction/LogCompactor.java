package dev.tidemark.engine.internal.compaction;

import dev.tidemark.engine.internal.backup.KeyLocking;
import dev.tidemark.engine.internal.log.CommitLog;
import dev.tidemark.engine.internal.store.ItemEntry;
import dev.tidemark.engine.internal.store.Store;
import dev.tidemark.engine.internal.store.TableState;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reclaims the commit log's superseded records, one cycle file at a time (see
 * {@code docs/design/backups.md}, "Log compaction").
 *
 * <p>A cycle older than the one being appended to is <em>eligible</em> when all its records lie
 * before the retention floor ({@code Store.retention().floor()}: stream readers, point-in-time
 * recovery, running backups and exports). An eligible cycle whose live images (those directory
 * entries point to) take less than {@link #RELOCATE_BELOW} of its bytes has them copied forward:
 * re-appended as {@link Store#TYPE_RELOCATE} records under the keys' locks, each only if its entry
 * still points at the old place, so relocation is ordered with writers exactly like a write and a
 * crash at any instant leaves either the old or the new copy current. An eligible cycle that no
 * live entry points into and that no kept checkpoint's recovery would replay (it lies wholly before
 * the oldest kept checkpoint's index) is deleted. When relocation or deletion needs it, two
 * checkpoints are written first (with an empty relocation record between them), so that both kept
 * checkpoints are newer than the cycle. A cycle is deleted only after it has been found empty for
 * a grace period (2 s), so a reader holding an entry it took just before a relocation still reads.
 */
public final class LogCompactor {
    private static final Logger LOG = LoggerFactory.getLogger(LogCompactor.class);
    /** Relocate a cycle's live images when they are less than this fraction of its bytes. */
    static final double RELOCATE_BELOW = 0.5;
    private static final int BATCH = 100;
    /**
     * A cycle is deleted only once it has been found empty for this long: a reader that took a
     * directory entry just before its image was relocated still finds the old copy. 2 s; tests
     * shorten it with the system property {@code tidemark.compaction.graceMillis}, read when the
     * database opens.
     */
    private final long graceNanos = java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(
        Long.getLong("tidemark.compaction.graceMillis", 2_000));

    /** Cycles found empty, and when they were first found so. */
    private final Map<Integer, Long> emptySince = new HashMap<>();

    private final Store store;
    private final KeyLocking locking;

    /** What one run did. */
    public record Result(int relocatedImages, int deletedCycles) {
    }

    /**
     * Creates the compactor.
     *
     * @param store the storage
     * @param locking the key locks writers take
     */
    public LogCompactor(Store store, KeyLocking locking) {
        this.store = store;
        this.locking = locking;
    }

    private record Live(TableState table, byte[] key, ItemEntry entry) {
    }

    /** Runs one compaction; safe to call at any time, from one thread at a time. */
    public synchronized Result compact() throws IOException {
        CommitLog log = store.log();
        int current = log.currentCycle();
        java.util.NavigableSet<Integer> cycles = log.cycles();
        if (current < 0 || cycles.isEmpty() || cycles.first() >= current) {
            return new Result(0, 0); // only the cycle being appended to: nothing to do, no directory walk
        }
        int limit = Math.min(current, floorCycle(log));
        Map<Integer, List<Live>> live = liveBefore(log, limit);
        int relocated = 0;
        for (Map.Entry<Integer, List<Live>> e : live.entrySet()) {
            long bytes = 0;
            for (Live l : e.getValue()) {
                bytes += l.entry().size();
            }
            if (bytes < RELOCATE_BELOW * log.cycleBytes(e.getKey())) {
                relocated += relocate(e.getValue());
            }
        }
        // cycles with no live image left, re-checked after relocation
        limit = Math.min(current, floorCycle(log));
        live = liveBefore(log, limit);
        List<Integer> empty = new ArrayList<>();
        for (int c : log.cycles()) {
            if (c < limit && !live.containsKey(c)) {
                empty.add(c);
            }
        }
        if (empty.isEmpty()) {
            return new Result(relocated, 0);
        }
        if (checkpointCycle(log) <= empty.get(empty.size() - 1)) {
            store.checkpoint();
            store.appendNoop();
            store.checkpoint();
        }
        int checkpointCycle = checkpointCycle(log);
        int deleted = 0;
        long now = System.nanoTime();
        emptySince.keySet().retainAll(empty);
        for (int c : empty) {
            long since = emptySince.computeIfAbsent(c, x -> now);
            if (now - since >= graceNanos && c < checkpointCycle && c < floorCycle(log) && log.deleteCycle(c)) {
                emptySince.remove(c);
                deleted++;
            }
        }
        if (relocated > 0 || deleted > 0) {
            LOG.debug("log compaction: {} images relocated, {} cycle files deleted", relocated, deleted);
        }
        return new Result(relocated, deleted);
    }

    /** The cycle of the oldest kept checkpoint's index: cycles before it are never replayed. */
    private int checkpointCycle(CommitLog log) throws IOException {
        long index = store.checkpoints().oldestKeptIndex();
        return index < 0 ? Integer.MIN_VALUE : log.cycleOf(index);
    }

    /** The cycle of the retention floor: cycles before it hold nothing a reader needs. */
    private int floorCycle(CommitLog log) {
        long floor = store.retention().floor();
        if (floor == Long.MAX_VALUE) {
            return Integer.MAX_VALUE;
        }
        return floor < 0 ? Integer.MIN_VALUE : log.cycleOf(floor);
    }

    /** The live images in cycles before {@code limit}, per cycle. */
    private Map<Integer, List<Live>> liveBefore(CommitLog log, int limit) {
        Map<Integer, List<Live>> out = new HashMap<>();
        if (limit == Integer.MIN_VALUE) {
            return out;
        }
        for (TableState t : store.tables()) {
            for (Map.Entry<byte[], ItemEntry> e : t.items().entrySet()) {
                int c = log.cycleOf(e.getValue().logIndex());
                if (c < limit) {
                    out.computeIfAbsent(c, x -> new ArrayList<>()).add(new Live(t, e.getKey(), e.getValue()));
                }
            }
        }
        return out;
    }

    private int relocate(List<Live> images) {
        int moved = 0;
        Map<TableState, List<Live>> byTable = new HashMap<>();
        for (Live l : images) {
            byTable.computeIfAbsent(l.table(), t -> new ArrayList<>()).add(l);
        }
        for (Map.Entry<TableState, List<Live>> e : byTable.entrySet()) {
            TableState t = e.getKey();
            List<Live> all = e.getValue();
            for (int from = 0; from < all.size(); from += BATCH) {
                List<Live> batch = all.subList(from, Math.min(all.size(), from + BATCH));
                List<byte[]> keys = new ArrayList<>(batch.size());
                List<ItemEntry> entries = new ArrayList<>(batch.size());
                for (Live l : batch) {
                    keys.add(l.key());
                    entries.add(l.entry());
                }
                moved += locking.withKeys(t.meta().id(), keys, () -> store.relocate(t, keys, entries));
            }
        }
        return moved;
    }
}
