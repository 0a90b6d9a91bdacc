package dev.tidemark.mapper.internal;

import dev.tidemark.engine.ConditionalCheckFailedException;
import dev.tidemark.engine.Database;
import dev.tidemark.engine.DeleteItemRequest;
import dev.tidemark.engine.DeleteItemResult;
import dev.tidemark.engine.GetItemRequest;
import dev.tidemark.engine.GetItemResult;
import dev.tidemark.engine.PutItemRequest;
import dev.tidemark.engine.UpdateItemRequest;
import dev.tidemark.engine.UpdateItemResult;
import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.engine.model.ReturnValue;
import dev.tidemark.engine.model.ReturnValuesOnConditionCheckFailure;
import dev.tidemark.mapper.BatchGet;
import dev.tidemark.mapper.EntityManager;
import dev.tidemark.mapper.Key;
import dev.tidemark.mapper.Query;
import dev.tidemark.mapper.Scan;
import dev.tidemark.mapper.TableOptions;
import dev.tidemark.mapper.TransactGet;
import dev.tidemark.mapper.Transaction;
import dev.tidemark.mapper.Update;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** The entity manager. */
public final class EntityManagerImpl implements EntityManager {
    final Database db;
    final Schemas schemas;
    final Writes writes;
    final MapperConfig config;

    /**
     * Creates an entity manager.
     *
     * @param db the database
     * @param config its settings
     */
    public EntityManagerImpl(Database db, MapperConfig config) {
        this.db = db;
        this.config = config;
        this.schemas = new Schemas(config);
        this.writes = new Writes(config.clock());
    }

    @Override
    public Database database() {
        return db;
    }

    @Override
    public String tableName(Class<?> entityType) {
        return schemas.entity(entityType).shape.table();
    }

    /** Converts a key of Java values into key attributes. */
    Map<String, AttributeValue> key(EntityModel m, Key key) {
        TableShape s = m.shape;
        AttributeValue p = keyValue(m, s.pk(), key.partition());
        if (s.sk() == null) {
            if (key.sort() != null) {
                throw new IllegalArgumentException("Table " + s.table() + " of " + m.type.getSimpleName() + " has no sort key, "
                    + "but the key has a sort value");
            }
            return Map.of(s.pk().name(), p);
        }
        if (key.sort() == null) {
            throw new IllegalArgumentException("Table " + s.table() + " of " + m.type.getSimpleName()
                + " needs a sort key value (" + s.sk().property() + ")");
        }
        return Map.of(s.pk().name(), p, s.sk().name(), keyValue(m, s.sk(), key.sort()));
    }

    static AttributeValue keyValue(EntityModel m, TableShape.KeyAttr k, Object value) {
        if (value instanceof AttributeValue av) {
            return av;
        }
        try {
            AttributeValue v = k.conv().write(value);
            if (v == null) {
                throw new IllegalArgumentException("key value " + value + " writes no attribute");
            }
            return v;
        } catch (ClassCastException e) {
            throw new IllegalArgumentException("Key value " + value + " of " + value.getClass().getName()
                + " does not fit key property " + m.type.getSimpleName() + "." + k.property(), e);
        }
    }

    // ---------------------------------------------------------------- single items

    @Override
    public <T> T persist(T entity) {
        return put(entity, Writes.Kind.PERSIST);
    }

    @Override
    public <T> T save(T entity) {
        return put(entity, Writes.Kind.SAVE);
    }

    @SuppressWarnings("unchecked")
    private <T> T put(T entity, Writes.Kind kind) {
        Core core = schemas.coreOf(entity);
        Writes.Plan plan = writes.put(entity, core, kind);
        PutItemRequest.Builder b = PutItemRequest.builder().tableName(core.table).item(plan.item);
        if (plan.condition != null) {
            b.conditionExpression(plan.condition).expressionAttributeNames(plan.expr.names())
                .expressionAttributeValues(plan.expr.values())
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD);
        }
        try {
            db.putItem(b.build());
        } catch (ConditionalCheckFailedException e) {
            throw Writes.conditionFailed(plan, e.item().orElse(null), e);
        }
        return (T) plan.result(null);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T update(T entity) {
        Core core = schemas.coreOf(entity);
        Writes.Plan plan = writes.update(entity, core);
        UpdateItemRequest.Builder b = UpdateItemRequest.builder().tableName(core.table).key(plan.key)
            .conditionExpression(plan.condition).expressionAttributeNames(plan.expr.names())
            .expressionAttributeValues(plan.expr.values()).returnValues(ReturnValue.ALL_NEW)
            .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD);
        if (!plan.updateExpression.isEmpty()) {
            b.updateExpression(plan.updateExpression);
        }
        UpdateItemResult r;
        try {
            r = db.updateItem(b.build());
        } catch (ConditionalCheckFailedException e) {
            throw Writes.conditionFailed(plan, e.item().orElse(null), e);
        }
        return (T) plan.result(r.attributes());
    }

    @Override
    public <T> Update<T> update(Class<T> type, Key key) {
        return new UpdateImpl<>(this, schemas.entity(type), key, null);
    }

    @Override
    public <T> Optional<T> find(Class<T> type, Key key) {
        EntityModel m = schemas.entity(type);
        GetItemResult r = db.getItem(GetItemRequest.builder().tableName(m.shape.table()).key(key(m, key)).build());
        Map<String, AttributeValue> item = r.item();
        if (item == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(type.cast(m.read(item)));
    }

    @Override
    public void delete(Object entity) {
        Core core = schemas.coreOf(entity);
        Writes.Plan plan = writes.delete(entity, core);
        DeleteItemRequest.Builder b = DeleteItemRequest.builder().tableName(core.table).key(plan.key);
        if (plan.condition != null) {
            b.conditionExpression(plan.condition).expressionAttributeNames(plan.expr.names())
                .expressionAttributeValues(plan.expr.values())
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD);
        }
        try {
            db.deleteItem(b.build());
        } catch (ConditionalCheckFailedException e) {
            throw Writes.conditionFailed(plan, e.item().orElse(null), e);
        }
    }

    @Override
    public <T> Optional<T> delete(Class<T> type, Key key) {
        EntityModel m = schemas.entity(type);
        DeleteItemResult r = db.deleteItem(DeleteItemRequest.builder().tableName(m.shape.table()).key(key(m, key))
            .returnValues(ReturnValue.ALL_OLD).build());
        Map<String, AttributeValue> old = r.attributes();
        return old == null || old.isEmpty() ? Optional.empty() : Optional.ofNullable(type.cast(m.read(old)));
    }

    // ---------------------------------------------------------------- reads of many

    @Override
    public <T> Query<T> query(Class<T> type) {
        return new QueryImpl<>(this, schemas.entity(type), type);
    }

    @Override
    public <T> Scan<T> scan(Class<T> type) {
        return new ScanImpl<>(this, schemas.entity(type), type);
    }

    @Override
    public BatchGet batchGet() {
        return new BatchOps.Get(this);
    }

    @Override
    public <T> List<T> batchSave(Collection<? extends T> entities) {
        return BatchOps.save(this, entities);
    }

    @Override
    public void batchDelete(Collection<?> entities) {
        BatchOps.delete(this, entities);
    }

    // ---------------------------------------------------------------- transactions

    @Override
    public void inTransaction(Consumer<Transaction> work) {
        TransactionImpl tx = new TransactionImpl(this, false);
        work.accept(tx);
        tx.run();
    }

    @Override
    public Transaction transactWrite() {
        return new TransactionImpl(this, true);
    }

    @Override
    public TransactGet transactGet() {
        return new TransactionImpl.Get(this);
    }

    // ---------------------------------------------------------------- tables

    @Override
    public void createTable(TableOptions options, Class<?>... entityTypes) {
        new TableManager(this).create(options, entityTypes);
    }

    @Override
    public void validateTable(Class<?>... entityTypes) {
        new TableManager(this).validate(entityTypes);
    }
}
