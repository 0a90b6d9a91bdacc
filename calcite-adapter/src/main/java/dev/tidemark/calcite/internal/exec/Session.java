package dev.tidemark.calcite.internal.exec;

import dev.tidemark.calcite.TidemarkSqlException;
import dev.tidemark.engine.Database;
import dev.tidemark.engine.TidemarkException;
import dev.tidemark.engine.TransactionCanceledException;
import dev.tidemark.engine.model.CancellationReason;
import dev.tidemark.engine.model.TransactWriteItem;
import java.util.ArrayList;
import java.util.List;

/**
 * The write state of one SQL connection: with auto-commit on, each statement writes at once; with it
 * off, writes collect here and become one TransactWriteItems at commit.
 */
public final class Session {
    /** The most writes one engine transaction may hold. */
    public static final int MAX_TRANSACTION_WRITES = 100;

    private final Database db;
    private boolean autoCommit = true;
    private final List<TransactWriteItem> pending = new ArrayList<>();

    /** Creates a session on {@code db}. */
    public Session(Database db) {
        this.db = db;
    }

    /** The database. */
    public Database database() {
        return db;
    }

    private final ThreadLocal<Boolean> upsert = ThreadLocal.withInitial(() -> Boolean.FALSE);

    /** Runs {@code action} with INSERTs on this thread replacing existing items instead of failing. */
    public <T> T upserting(java.util.concurrent.Callable<T> action) throws Exception {
        upsert.set(Boolean.TRUE);
        try {
            return action.call();
        } finally {
            upsert.remove();
        }
    }

    /** Whether INSERTs on this thread are upserts. */
    public boolean upsert() {
        return upsert.get();
    }

    /** Whether each statement commits at once. */
    public synchronized boolean autoCommit() {
        return autoCommit;
    }

    /** Switches auto-commit; switching it on commits pending writes, as JDBC requires. */
    public synchronized void setAutoCommit(boolean on) {
        if (on && !autoCommit) {
            commit();
        }
        autoCommit = on;
    }

    /** Adds writes of one statement to the open transaction, all or none. */
    public synchronized void buffer(List<TransactWriteItem> writes) {
        if (pending.size() + writes.size() > MAX_TRANSACTION_WRITES) {
            throw new TidemarkSqlException("54000", null, "A transaction holds at most " + MAX_TRANSACTION_WRITES
                    + " writes (one engine TransactWriteItems); this statement would make it "
                    + (pending.size() + writes.size()) + ". Commit earlier or use auto-commit.", null);
        }
        pending.addAll(writes);
    }

    /** How many writes wait for commit. */
    public synchronized int pendingWrites() {
        return pending.size();
    }

    /** Sends the pending writes as one TransactWriteItems; on failure they are discarded. */
    public synchronized void commit() {
        if (pending.isEmpty()) {
            return;
        }
        List<TransactWriteItem> writes = new ArrayList<>(pending);
        pending.clear();
        try {
            db.transactWriteItems(t -> t.transactItems(writes));
        } catch (TransactionCanceledException e) {
            boolean duplicate = false;
            for (int i = 0; i < e.cancellationReasons().size(); i++) {
                CancellationReason r = e.cancellationReasons().get(i);
                if ("ConditionalCheckFailed".equals(r.code()) && writes.get(i).put() != null) {
                    duplicate = true;
                }
            }
            throw new TidemarkSqlException(duplicate ? "23505" : "40001", e.errorName(),
                    (duplicate ? "duplicate key: an inserted row's key already exists; " : "the transaction was cancelled; ")
                            + "nothing was written (" + e.getMessage() + ")", e);
        } catch (TidemarkException e) {
            throw Errors.translate(e);
        }
    }

    /** Discards the pending writes. */
    public synchronized void rollback() {
        pending.clear();
    }
}
