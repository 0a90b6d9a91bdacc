package dev.tidemark.spring.core;

import dev.tidemark.mapper.EntityManager;
import dev.tidemark.mapper.Key;
import dev.tidemark.mapper.Query;
import dev.tidemark.mapper.Scan;
import dev.tidemark.mapper.Update;
import dev.tidemark.spring.core.mapping.TidemarkMappingContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Entity operations over the Tidemark object mapper, the layer Spring Data repositories delegate to.
 * Inside a transaction of {@link dev.tidemark.spring.transaction.TidemarkTransactionManager} the
 * writes are not applied at once but collected and applied together by one TransactWriteItems at
 * commit; key lookups ({@link #findById}) see the transaction's pending writes, other reads see
 * committed data.
 */
public interface TidemarkOperations {

    /** The entity manager underneath. */
    EntityManager getEntityManager();

    /** The key and index metamodel. */
    TidemarkMappingContext getMappingContext();

    /**
     * Creates an entity; fails with {@link dev.tidemark.mapper.EntityExistsException} when its key is taken.
     *
     * @param entity the entity
     * @param <T> its type
     * @return the entity as stored (as given when the write is deferred to a transaction)
     */
    <T> T insert(T entity);

    /**
     * Creates or replaces an entity, checking the version of a versioned one.
     *
     * @param entity the entity
     * @param <T> its type
     * @return the entity as stored (as given when the write is deferred to a transaction)
     */
    <T> T save(T entity);

    /**
     * Creates or replaces entities: one BatchWriteItem per 25 outside a transaction (versions are
     * then incremented but not checked), part of the transaction inside one.
     *
     * @param entities the entities
     * @param <T> their type
     * @return the entities as stored
     */
    <T> List<T> saveAll(Collection<T> entities);

    /**
     * Replaces an existing entity; fails with {@link dev.tidemark.mapper.EntityNotFoundException} when missing.
     *
     * @param entity the entity
     * @param <T> its type
     * @return the entity as stored
     */
    <T> T update(T entity);

    /**
     * Starts a one-off update (increment, add to set, ...) of the item with {@code key}; it runs at
     * once, even inside a transaction (use {@link #updateLater} to make it part of one).
     *
     * @param type the entity type
     * @param key the key
     * @param <T> the entity type
     * @return the update builder
     */
    <T> Update<T> update(Class<T> type, Key key);

    /**
     * A one-off update that joins the current transaction, or runs at once without one.
     *
     * @param type the entity type
     * @param key the key
     * @param actions fills in the update
     * @param <T> the entity type
     */
    <T> void updateLater(Class<T> type, Key key, java.util.function.Consumer<Update<T>> actions);

    /** Deletes an entity (checking its version when it has one). */
    void delete(Object entity);

    /** Deletes the item with {@code key}, whatever its version. */
    void deleteById(Class<?> type, Key key);

    /** Deletes entities (in batches outside a transaction). */
    void deleteAll(Collection<?> entities);

    /** Reads an entity by key. */
    <T> Optional<T> findById(Class<T> type, Key key);

    /** Reads entities by keys with BatchGetItem; missing keys are skipped. Order is not kept. */
    <T> List<T> findAllById(Class<T> type, Collection<Key> keys);

    /** Starts a query of one partition of the table or of an index. */
    <T> Query<T> query(Class<T> type);

    /** Starts a scan. */
    <T> Scan<T> scan(Class<T> type);

    /** Counts all entities of a type (a scan reading only key attributes). */
    long count(Class<?> type);

    /**
     * A continuation token that resumes a query or scan right after {@code entity}.
     *
     * @param entity an entity
     * @param indexName the index read, or null for the table
     * @return the token
     */
    String continuationToken(Object entity, String indexName);

    /** Creates the entity's table (with its indexes) unless a table of that name exists. */
    void createTableIfMissing(Class<?> type);

    /** Checks the existing table against the entity's keys and indexes. */
    void validateTable(Class<?> type);
}
