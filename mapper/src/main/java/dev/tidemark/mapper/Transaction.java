package dev.tidemark.mapper;

import java.util.Map;
import java.util.function.Consumer;

/**
 * Writes of entities of any types, applied atomically by one TransactWriteItems when the
 * transaction executes: all or nothing. Version attributes are checked and incremented as in the
 * single-item operations; a stale one cancels the whole transaction with an
 * {@link OptimisticLockException}. Obtained from {@link EntityManager#inTransaction(Consumer)} or
 * {@link EntityManager#transactWrite()}.
 */
public interface Transaction {

    /** Creates an entity; the transaction fails with {@link EntityExistsException} if its key exists. */
    Transaction persist(Object entity);

    /** Creates or replaces an entity. */
    Transaction save(Object entity);

    /** Replaces an existing entity; fails with {@link EntityNotFoundException} when it is missing. */
    Transaction update(Object entity);

    /** A one-off update of the item with {@code key}. */
    <T> Transaction update(Class<T> type, Key key, Consumer<Update<T>> actions);

    /** Deletes an entity (checking its version when it has one). */
    Transaction delete(Object entity);

    /** Deletes the item with {@code key}. */
    Transaction delete(Class<?> type, Key key);

    /**
     * Requires a condition on an item that this transaction does not write.
     *
     * @param type the entity type
     * @param key the item's key
     * @param condition condition expression (syntax as in {@link Query} filters)
     * @param params values for the condition's {@code :name} placeholders
     * @return this transaction
     */
    Transaction conditionCheck(Class<?> type, Key key, String condition, Map<String, Object> params);

    /** Makes the transaction idempotent for ten minutes under this token. */
    Transaction clientRequestToken(String token);

    /**
     * Runs the transaction (only for {@link EntityManager#transactWrite()}; inTransaction runs it itself).
     *
     * @throws OptimisticLockException when a version check failed
     * @throws dev.tidemark.engine.TransactionCanceledException when another condition failed
     */
    void execute();
}
