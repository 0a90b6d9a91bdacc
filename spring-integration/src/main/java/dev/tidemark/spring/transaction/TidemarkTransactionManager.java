package dev.tidemark.spring.transaction;

import dev.tidemark.mapper.EntityManager;
import dev.tidemark.mapper.Transaction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A {@link org.springframework.transaction.PlatformTransactionManager} for {@code @Transactional}
 * methods: the writes that {@link dev.tidemark.spring.core.TidemarkTemplate} (and so every
 * repository) makes during the transaction are collected and applied atomically by one
 * TransactWriteItems at commit, or dropped at rollback.
 *
 * <p>Key lookups ({@code findById}, {@code existsById}) inside the transaction see the
 * transaction's own pending writes and deletes; queries, scans and batch reads see committed data
 * only (TransactWriteItems applies all writes at once at the end, so the engine cannot show them
 * earlier). A pending one-off update ({@code @Update}) makes key lookups of that item read the
 * committed state. Write methods return the
 * entity as given; generated values and new versions are filled in at commit. The engine's limits
 * on one TransactWriteItems (at most 100 items, each item written once) apply to the whole
 * transaction; exceeding them fails the commit with the engine's {@code ValidationException}.
 * A version conflict fails the commit with {@link dev.tidemark.mapper.OptimisticLockException} and
 * nothing is written.
 */
public class TidemarkTransactionManager extends AbstractPlatformTransactionManager {
    private final EntityManager entityManager;

    /**
     * A transaction manager for the writes made through {@code entityManager}.
     *
     * @param entityManager the entity manager the template uses
     */
    public TidemarkTransactionManager(EntityManager entityManager) {
        this.entityManager = Objects.requireNonNull(entityManager, "entityManager");
    }

    /**
     * The writes collected by the transaction active on this thread for {@code entityManager}.
     *
     * @param entityManager the entity manager
     * @return the list to add writes to, or empty outside a transaction
     */
    public static Optional<List<Consumer<Transaction>>> pendingWrites(EntityManager entityManager) {
        Object holder = TransactionSynchronizationManager.getResource(entityManager);
        return holder instanceof WriteSet ws ? Optional.of(ws.writes) : Optional.empty();
    }

    /**
     * The entities the transaction active on this thread has written, by table and key: an entity
     * for a pending insert/save/update, empty for a pending delete. Lets key lookups see the
     * transaction's own writes before commit.
     *
     * @param entityManager the entity manager
     * @return the map to record writes in and read from, or empty outside a transaction
     */
    public static Optional<Map<List<Object>, Optional<Object>>> pendingEntities(EntityManager entityManager) {
        Object holder = TransactionSynchronizationManager.getResource(entityManager);
        return holder instanceof WriteSet ws ? Optional.of(ws.entities) : Optional.empty();
    }

    /** The writes of one transaction. */
    private static final class WriteSet {
        final List<Consumer<Transaction>> writes = new ArrayList<>();
        final Map<List<Object>, Optional<Object>> entities = new HashMap<>();
        boolean rollbackOnly;
    }

    /** Transaction object: the write set bound to the thread, if any. */
    private static final class TxObject implements org.springframework.transaction.support.SmartTransactionObject {
        WriteSet writeSet;

        @Override
        public boolean isRollbackOnly() {
            return writeSet != null && writeSet.rollbackOnly;
        }

        @Override
        public void flush() {
            // writes can only be applied together at commit
        }
    }

    @Override
    protected Object doGetTransaction() {
        TxObject tx = new TxObject();
        tx.writeSet = (WriteSet) TransactionSynchronizationManager.getResource(entityManager);
        return tx;
    }

    @Override
    protected boolean isExistingTransaction(Object transaction) {
        return ((TxObject) transaction).writeSet != null;
    }

    @Override
    protected void doBegin(Object transaction, TransactionDefinition definition) {
        if (definition.getIsolationLevel() != TransactionDefinition.ISOLATION_DEFAULT
            && definition.getIsolationLevel() != TransactionDefinition.ISOLATION_SERIALIZABLE) {
            throw new org.springframework.transaction.InvalidIsolationLevelException(
                "Tidemark transactions are serializable; isolation level " + definition.getIsolationLevel()
                    + " is not supported");
        }
        TxObject tx = (TxObject) transaction;
        tx.writeSet = new WriteSet();
        TransactionSynchronizationManager.bindResource(entityManager, tx.writeSet);
    }

    @Override
    protected Object doSuspend(Object transaction) {
        ((TxObject) transaction).writeSet = null;
        return TransactionSynchronizationManager.unbindResource(entityManager);
    }

    @Override
    protected void doResume(Object transaction, Object suspendedResources) {
        TransactionSynchronizationManager.bindResource(entityManager, suspendedResources);
    }

    @Override
    protected void doCommit(DefaultTransactionStatus status) throws TransactionException {
        TxObject tx = (TxObject) status.getTransaction();
        List<Consumer<Transaction>> writes = List.copyOf(tx.writeSet.writes);
        tx.writeSet.writes.clear();
        tx.writeSet.entities.clear();
        if (writes.isEmpty()) {
            return;
        }
        entityManager.inTransaction(t -> writes.forEach(w -> w.accept(t)));
    }

    @Override
    protected void doRollback(DefaultTransactionStatus status) throws TransactionException {
        ((TxObject) status.getTransaction()).writeSet.writes.clear();
        ((TxObject) status.getTransaction()).writeSet.entities.clear();
    }

    @Override
    protected void doSetRollbackOnly(DefaultTransactionStatus status) {
        ((TxObject) status.getTransaction()).writeSet.rollbackOnly = true;
    }

    @Override
    protected void doCleanupAfterCompletion(Object transaction) {
        TxObject tx = (TxObject) transaction;
        TransactionSynchronizationManager.unbindResourceIfPossible(entityManager);
        tx.writeSet = null;
    }
}
