package dev.tidemark.spring.core;

import dev.tidemark.engine.ResourceNotFoundException;
import dev.tidemark.mapper.EntityManager;
import dev.tidemark.mapper.Key;
import dev.tidemark.mapper.Query;
import dev.tidemark.mapper.Scan;
import dev.tidemark.mapper.Transaction;
import dev.tidemark.mapper.Update;
import dev.tidemark.spring.core.mapping.TidemarkMappingContext;
import dev.tidemark.spring.core.mapping.TidemarkPersistentEntity;
import dev.tidemark.spring.transaction.TidemarkTransactionManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The standard {@link TidemarkOperations}: every call goes to the {@link EntityManager}; writes made
 * while a {@link TidemarkTransactionManager} transaction is active are collected into it.
 */
public class TidemarkTemplate implements TidemarkOperations {
    private final EntityManager entityManager;
    private final TidemarkMappingContext mappingContext;

    /**
     * A template over an entity manager with a fresh metamodel.
     *
     * @param entityManager the entity manager
     */
    public TidemarkTemplate(EntityManager entityManager) {
        this(entityManager, new TidemarkMappingContext());
    }

    /**
     * A template over an entity manager and a shared metamodel.
     *
     * @param entityManager the entity manager
     * @param mappingContext the metamodel
     */
    public TidemarkTemplate(EntityManager entityManager, TidemarkMappingContext mappingContext) {
        this.entityManager = Objects.requireNonNull(entityManager, "entityManager");
        this.mappingContext = Objects.requireNonNull(mappingContext, "mappingContext");
    }

    @Override
    public EntityManager getEntityManager() {
        return entityManager;
    }

    @Override
    public TidemarkMappingContext getMappingContext() {
        return mappingContext;
    }

    private Optional<List<Consumer<Transaction>>> pending() {
        return TidemarkTransactionManager.pendingWrites(entityManager);
    }

    @Override
    public <T> T insert(T entity) {
        Optional<List<Consumer<Transaction>>> tx = pending();
        if (tx.isPresent()) {
            tx.get().add(t -> t.persist(entity));
            return entity;
        }
        return entityManager.persist(entity);
    }

    @Override
    public <T> T save(T entity) {
        Optional<List<Consumer<Transaction>>> tx = pending();
        if (tx.isPresent()) {
            tx.get().add(t -> t.save(entity));
            return entity;
        }
        return entityManager.save(entity);
    }

    @Override
    public <T> List<T> saveAll(Collection<T> entities) {
        Optional<List<Consumer<Transaction>>> tx = pending();
        if (tx.isPresent()) {
            for (T e : entities) {
                tx.get().add(t -> t.save(e));
            }
            return new ArrayList<>(entities);
        }
        if (entities.size() == 1) {
            return List.of(entityManager.save(entities.iterator().next()));
        }
        return entityManager.batchSave(entities);
    }

    @Override
    public <T> T update(T entity) {
        Optional<List<Consumer<Transaction>>> tx = pending();
        if (tx.isPresent()) {
            tx.get().add(t -> t.update(entity));
            return entity;
        }
        return entityManager.update(entity);
    }

    @Override
    public <T> Update<T> update(Class<T> type, Key key) {
        return entityManager.update(type, key);
    }

    @Override
    public <T> void updateLater(Class<T> type, Key key, Consumer<Update<T>> actions) {
        Optional<List<Consumer<Transaction>>> tx = pending();
        if (tx.isPresent()) {
            tx.get().add(t -> t.update(type, key, actions));
            return;
        }
        Update<T> u = entityManager.update(type, key);
        actions.accept(u);
        u.execute();
    }

    @Override
    public void delete(Object entity) {
        Optional<List<Consumer<Transaction>>> tx = pending();
        if (tx.isPresent()) {
            tx.get().add(t -> t.delete(entity));
            return;
        }
        entityManager.delete(entity);
    }

    @Override
    public void deleteById(Class<?> type, Key key) {
        Optional<List<Consumer<Transaction>>> tx = pending();
        if (tx.isPresent()) {
            tx.get().add(t -> t.delete(type, key));
            return;
        }
        entityManager.delete(type, key);
    }

    @Override
    public void deleteAll(Collection<?> entities) {
        Optional<List<Consumer<Transaction>>> tx = pending();
        if (tx.isPresent()) {
            for (Object e : entities) {
                tx.get().add(t -> t.delete(e));
            }
            return;
        }
        if (!entities.isEmpty()) {
            entityManager.batchDelete(entities);
        }
    }

    @Override
    public <T> Optional<T> findById(Class<T> type, Key key) {
        return entityManager.find(type, key);
    }

    @Override
    public <T> List<T> findAllById(Class<T> type, Collection<Key> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return entityManager.batchGet().add(type, keys).execute().of(type);
    }

    @Override
    public <T> Query<T> query(Class<T> type) {
        return entityManager.query(type);
    }

    @Override
    public <T> Scan<T> scan(Class<T> type) {
        return entityManager.scan(type);
    }

    @Override
    public long count(Class<?> type) {
        TidemarkPersistentEntity e = mappingContext.getPersistentEntity(type);
        Scan<?> scan = entityManager.scan(type);
        scan.project(keyProperties(e));
        return scan.stream().count();
    }

    static String[] keyProperties(TidemarkPersistentEntity e) {
        return e.table().sortKey() == null ? new String[] {e.table().partitionKey()}
            : new String[] {e.table().partitionKey(), e.table().sortKey()};
    }

    @Override
    public String continuationToken(Object entity, String indexName) {
        return entityManager.continuationToken(entity, indexName);
    }

    @Override
    public void createTableIfMissing(Class<?> type) {
        String table = entityManager.tableName(type);
        try {
            entityManager.database().describeTable(b -> b.tableName(table));
        } catch (ResourceNotFoundException e) {
            entityManager.createTable(type);
        }
    }

    @Override
    public void validateTable(Class<?> type) {
        entityManager.validateTable(type);
    }
}
