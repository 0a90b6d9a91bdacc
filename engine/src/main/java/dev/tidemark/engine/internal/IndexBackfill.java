package dev.tidemark.engine.internal;

import dev.tidemark.engine.internal.store.IndexMeta;
import dev.tidemark.engine.internal.store.IndexState;
import dev.tidemark.engine.internal.store.Store;
import dev.tidemark.engine.internal.store.TableMeta;
import dev.tidemark.engine.internal.store.TableState;
import dev.tidemark.engine.model.IndexStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds a global secondary index added by UpdateTable from the table's existing items, online
 * (reference 2.6).
 *
 * <p>From the moment the index's metadata is published (status CREATING), every write keeps the
 * index up to date, because writers read the index list after taking their key locks. The
 * backfill then visits every key of the table under that key's lock and indexes the item's image
 * of that instant. So each item ends up indexed by either its writer or the backfill, whichever
 * came last, and the finished index equals the one computed from the table. Items whose values
 * break the index's key rules are left out. When the pass ends the index becomes ACTIVE (a logged
 * metadata change). A crash in between loses nothing: at open every index is rebuilt from the
 * table, and an index still CREATING is then marked ACTIVE.
 */
public final class IndexBackfill {
    private static final Logger LOG = LoggerFactory.getLogger(IndexBackfill.class);
    private static volatile CountDownLatch hold;

    private final Store store;
    private final KeyLocks locks;
    private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "tidemark-index-backfill");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean closed;

    IndexBackfill(Store store, KeyLocks locks) {
        this.store = store;
        this.locks = locks;
    }

    /**
     * Stops every backfill from making progress until the returned handle is closed, so tests can
     * observe an index in the CREATING state.
     *
     * @return closing it lets backfills continue
     */
    public static AutoCloseable pauseForTesting() {
        CountDownLatch latch = new CountDownLatch(1);
        hold = latch;
        return () -> {
            hold = null;
            latch.countDown();
        };
    }

    /** Starts building an index in the background. */
    void start(TableState table, int indexId) {
        workers.execute(() -> {
            try {
                run(table, indexId);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                if (!closed) {
                    LOG.warn("backfill of an index of table {} stopped; it completes when the database is reopened: {}",
                        table.meta().name(), e.toString());
                }
            }
        });
    }

    private void run(TableState table, int indexId) throws InterruptedException {
        IndexState ix = find(table, indexId);
        if (ix == null) {
            return;
        }
        int tableId = table.meta().id();
        for (byte[] key : table.items().keySet()) {
            CountDownLatch h = hold;
            if (h != null) {
                h.await();
            }
            if (closed || ix.dropped() || table.dropped()) {
                return;
            }
            int stripe = locks.stripe(tableId, key);
            locks.lock(stripe);
            try {
                store.backfill(table, ix, key);
            } finally {
                locks.unlock(stripe);
            }
        }
        CountDownLatch h = hold;
        if (h != null) {
            h.await();
        }
        if (!closed && !ix.dropped() && !table.dropped()) {
            activate(store, table, indexId);
        }
    }

    /** Marks an index ACTIVE, if it still exists and is CREATING. */
    static void activate(Store store, TableState table, int indexId) {
        store.updateTable(table, m -> {
            List<IndexMeta> next = new ArrayList<>(m.indexes());
            for (int i = 0; i < next.size(); i++) {
                if (next.get(i).id() == indexId && next.get(i).status() == IndexStatus.CREATING) {
                    next.set(i, next.get(i).withStatus(IndexStatus.ACTIVE));
                }
            }
            return m.withIndexes(next, m.nextIndexId());
        });
    }

    /** At open: indexes still CREATING were completed by the rebuild, so they become ACTIVE. */
    static void completeInterrupted(Store store) {
        for (TableState t : store.tables()) {
            for (IndexMeta i : t.meta().indexes()) {
                if (i.status() == IndexStatus.CREATING) {
                    activate(store, t, i.id());
                }
            }
        }
    }

    private static IndexState find(TableState table, int indexId) {
        for (IndexState i : table.indexes()) {
            if (i.meta().id() == indexId) {
                return i;
            }
        }
        return null;
    }

    /** Stops running backfills (their indexes complete at the next open). */
    void close() {
        closed = true;
        workers.shutdownNow();
        try {
            workers.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether a table has an index being built. */
    static boolean building(TableMeta m) {
        return m.indexes().stream().anyMatch(i -> i.status() == IndexStatus.CREATING);
    }
}
