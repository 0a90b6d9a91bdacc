package dev.tidemark.engine.internal;

import java.util.Arrays;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Striped locks over primary keys. A write holds the stripes of the keys it changes from reading
 * the current image until the new one is visible; several stripes are always taken in ascending
 * order, so writers never deadlock.
 */
final class KeyLocks {
    private static final int STRIPES = 4096;
    private final ReentrantLock[] locks = new ReentrantLock[STRIPES];

    KeyLocks() {
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    /** The stripe of a key of a table. */
    int stripe(int tableId, byte[] key) {
        int h = Arrays.hashCode(key) * 31 + tableId;
        h ^= h >>> 16;
        h *= 0x45d9f3b;
        h ^= h >>> 16;
        return h & (STRIPES - 1);
    }

    /** Locks one stripe. */
    void lock(int stripe) {
        locks[stripe].lock();
    }

    /** Unlocks one stripe. */
    void unlock(int stripe) {
        locks[stripe].unlock();
    }

    /** Locks several stripes in ascending order; returns the distinct, sorted stripes to unlock later. */
    int[] lockAll(int[] stripes) {
        int[] sorted = Arrays.stream(stripes).sorted().distinct().toArray();
        int locked = 0;
        try {
            for (int s : sorted) {
                locks[s].lock();
                locked++;
            }
        } catch (RuntimeException | Error e) {
            for (int i = 0; i < locked; i++) {
                locks[sorted[i]].unlock();
            }
            throw e;
        }
        return sorted;
    }

    /** Unlocks stripes returned by {@link #lockAll}. */
    void unlockAll(int[] sorted) {
        for (int i = sorted.length - 1; i >= 0; i--) {
            locks[sorted[i]].unlock();
        }
    }
}
