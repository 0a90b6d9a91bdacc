package dev.tidemark.engine.internal.store;

import dev.tidemark.engine.internal.log.LogPosition;
import dev.tidemark.engine.internal.log.LogRecord;
import java.util.List;

/**
 * A feature that derives data from item writes in log order (the stream store). The store calls it
 * in the commit path, after a write record is appended and before its changes become visible, and
 * during recovery for every replayed write record before it is applied, so the hook always sees each
 * key's previous image in the directory.
 */
public interface CommitHook {
    /**
     * A live commit. Called while the writer holds the keys' locks and, once {@link Store#orderCommits()}
     * was called, the store's commit-order lock, so calls arrive in log order.
     *
     * @param store the store (to read previous images)
     * @param pos where the record was appended
     * @param service whether the database itself made the changes (TTL expiry), not a client
     * @param changes the changes, in slot order; the directory still holds the previous entries
     */
    void committed(Store store, LogPosition pos, boolean service, List<Store.Change> changes);

    /**
     * A write record replayed at open, before it is applied: the directory holds every key's
     * previous entry.
     *
     * @param store the store (to read previous images)
     * @param record the log record ({@link Store#TYPE_WRITE} or {@link Store#TYPE_SERVICE_WRITE})
     */
    void replayed(Store store, LogRecord record);
}
