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
import dev.tidemark.spring.core.mapping.event.AfterDeleteEvent;
import dev.tidemark.spring.core.mapping.event.AfterSaveEvent;
import dev.tidemark.spring.core.mapping.event.BeforeConvertCallback;
import dev.tidemark.spring.core.mapping.event.BeforeDeleteEvent;
import dev.tidemark.spring.core.mapping.event.BeforeSaveEvent;
import dev.tidemark.spring.transaction.TidemarkTransactionManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ApplicationEventPublisherAware;
import org.springframework.data.mapping.callback.EntityCallbacks;

/**
 * The standard {@link TidemarkOperations}: every call goes to the {@link EntityManager}; writes made
 * while a {@link TidemarkTransactionManager} transaction is active are collected into it. Before an
 * entity is written the {@link BeforeConvertCallback} entity callbacks run (auditing among them);
 * {@link BeforeSaveEvent}, {@link AfterSaveEvent}, {@link BeforeDeleteEvent} and
 * {@link AfterDeleteEvent} are published to the application context.
 */
public class TidemarkTemplate implements TidemarkOperations, ApplicationEventPublisherAware, BeanFactoryAware {
    private final EntityManager entityManager;
    private final TidemarkMappingContext mappingContext;
    private ApplicationEventPublisher eventPublisher;
    private EntityCallbacks entityCallbacks;

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
    public void setApplicationEventPublisher(ApplicationEventPublisher applicationEventPublisher) {
        this.eventPublisher = applicationEventPublisher;
    }

    @Override
    public void setBeanFactory(BeanFactory beanFactory) {
        if (entityCallbacks == null) {
            entityCallbacks = EntityCallbacks.create(beanFactory);
        }
    }

    /** Sets the entity callbacks explicitly (by default those of the bean factory). */
    public void setEntityCallbacks(EntityCallbacks entityCallbacks) {
        this.entityCallbacks = entityCallbacks;
    }

    private <T> T beforeWrite(T entity) {
        String table = entityManager.tableName(entity.getClass());
        T e = entity;
        if (entityCallbacks != null) {
            e = entityCallbacks.callback(BeforeConvertCallback.class, e, table);
        }
        publish(new BeforeSaveEvent<>(e, table));
        return e;
    }

    private <T> T afterWrite(T entity) {
        publish(new AfterSaveEvent<>(entity, entityManager.tableName(entity.getClass())));
        return entity;
    }

    private void beforeDelete(Object entity) {
        publish(new BeforeDeleteEvent<>(entity, entityManager.tableName(entity.getClass())));
    }

    private void afterDelete(Object entity) {
        publish(new AfterDeleteEvent<>(entity, entityManager.tableName(entity.getClass())));
    }

    private void publish(Object event) {
        if (eventPublisher != null) {
            eventPublisher.publishEvent(event);
        }
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

    private List<Object> overlayKey(Class<?> type, Key key) {
        return List.of(entityManager.tableName(type), key);
    }

    /** Records a pending write (entity) or delete (null) for key lookups inside the transaction. */
    private void remember(Object entity, Class<?> type, Key key) {
        TidemarkTransactionManager.pendingEntities(entityManager).ifPresent(m -> {
            Class<?> t = entity != null ? entity.getClass() : type;
            Key k = key != null ? key : keyOf(entity);
            m.put(overlayKey(t, k), Optional.ofNullable(entity));
        });
    }

    private Key keyOf(Object entity) {
        TidemarkPersistentEntity e = mappingContext.getPersistentEntity(entity.getClass());
        Object p = e.partitionKey().get(entity);
        return e.sortKey() == null ? Key.of(p) : Key.of(p, e.sortKey().get(entity));
    }

    @Override
    public <T> T insert(T entity) {
        T e = beforeWrite(entity);
        Optional<List<Consumer<Transaction>>> tx = pending();
        if (tx.isPresent()) {
            tx.get().add(t -> t.persist(e));
            remember(e, null, null);
            return afterWrite(e);
        }
        return afterWrite(entityManager.persist(e));
    }

    @Override
    public <T> T save(T entity) {
        T e = beforeWrite(entity);
        Optional<List<Consumer<Transaction>>> tx = pending();
        if (tx.isPresent()) {
            tx.get().add(t -> t.save(e));
            remember(e, null, null);
            return afterWrite(e);
        }
        return afterWrite(entityManager.save(e));
    }

    @Override
    public <T> List<T> saveAll(Collection<T> entities) {
        List<T> prepared = new ArrayList<>(entities.size());
        for (T e : entities) {
            prepared.add(beforeWrite(e));
        }
        Optional<List<Consumer<Transaction>>> tx = pending();
        List<T> stored;
        if (tx.isPresent()) {
            for (T e : prepared) {
                tx.get().add(t -> t.save(e));
                remember(e, null, null);
            }
            stored = prepared;
        } else if (prepared.size() == 1) {
            stored = List.of(entityManager.save(prepared.get(0)));
        } else {
            stored = entityManager.batchSave(prepared);
        }
        stored.forEach(this::afterWrite);
        return stored;
    }

    @Override
    public <T> T update(T entity) {
        T e = beforeWrite(entity);
        Optional<List<Consumer<Transaction>>> tx = pending();
        if (tx.isPresent()) {
            tx.get().add(t -> t.update(e));
            remember(e, null, null);
            return afterWrite(e);
        }
        return afterWrite(entityManager.update(e));
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
            TidemarkTransactionManager.pendingEntities(entityManager).ifPresent(m -> m.remove(overlayKey(type, key)));
            return;
        }
        Update<T> u = entityManager.update(type, key);
        actions.accept(u);
        u.execute();
    }

    @Override
    public void delete(Object entity) {
        beforeDelete(entity);
        Optional<List<Consumer<Transaction>>> tx = pending();
        if (tx.isPresent()) {
            tx.get().add(t -> t.delete(entity));
            remember(null, entity.getClass(), keyOf(entity));
        } else {
            entityManager.delete(entity);
        }
        afterDelete(entity);
    }

    @Override
    public void deleteById(Class<?> type, Key key) {
        Optional<List<Consumer<Transaction>>> tx = pending();
        if (tx.isPresent()) {
            tx.get().add(t -> t.delete(type, key));
            remember(null, type, key);
            return;
        }
        entityManager.delete(type, key);
    }

    @Override
    public void deleteAll(Collection<?> entities) {
        entities.forEach(this::beforeDelete);
        Optional<List<Consumer<Transaction>>> tx = pending();
        if (tx.isPresent()) {
            for (Object e : entities) {
                tx.get().add(t -> t.delete(e));
                remember(null, e.getClass(), keyOf(e));
            }
        } else if (!entities.isEmpty()) {
            entityManager.batchDelete(entities);
        }
        entities.forEach(this::afterDelete);
    }

    @Override
    public <T> Optional<T> findById(Class<T> type, Key key) {
        Optional<Map<List<Object>, Optional<Object>>> overlay = TidemarkTransactionManager.pendingEntities(entityManager);
        if (overlay.isPresent()) {
            Optional<Object> pending = overlay.get().get(overlayKey(type, key));
            if (pending != null) {
                return pending.filter(type::isInstance).map(type::cast);
            }
        }
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
