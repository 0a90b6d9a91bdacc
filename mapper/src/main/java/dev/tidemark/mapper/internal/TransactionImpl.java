package dev.tidemark.mapper.internal;

import dev.tidemark.engine.TransactGetItemsResult;
import dev.tidemark.engine.TransactWriteItemsRequest;
import dev.tidemark.engine.TransactionCanceledException;
import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.engine.model.CancellationReason;
import dev.tidemark.engine.model.ConditionCheck;
import dev.tidemark.engine.model.Delete;
import dev.tidemark.engine.model.ItemResponse;
import dev.tidemark.engine.model.Put;
import dev.tidemark.engine.model.ReturnValuesOnConditionCheckFailure;
import dev.tidemark.engine.model.TransactGetItem;
import dev.tidemark.engine.model.TransactWriteItem;
import dev.tidemark.mapper.Key;
import dev.tidemark.mapper.TransactGet;
import dev.tidemark.mapper.Transaction;
import dev.tidemark.mapper.Update;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** A write transaction: collects actions and runs them as one TransactWriteItems. */
final class TransactionImpl implements Transaction {
    private final EntityManagerImpl em;
    private final boolean explicit;
    private final List<TransactWriteItem> items = new ArrayList<>();
    /** Per action: the planned write, the one-off update, or null for a plain delete/condition check. */
    private final List<Object> actions = new ArrayList<>();
    private String token;
    private boolean done;

    TransactionImpl(EntityManagerImpl em, boolean explicit) {
        this.em = em;
        this.explicit = explicit;
    }

    private void check() {
        if (done) {
            throw new IllegalStateException("The transaction has already run");
        }
    }

    private Transaction put(Object entity, Writes.Kind kind) {
        check();
        Core core = em.schemas.coreOf(entity);
        Writes.Plan p = em.writes.put(entity, core, kind);
        items.add(TransactWriteItem.builder().put(Put.builder().tableName(core.table).item(p.item)
            .conditionExpression(p.condition).expressionAttributeNames(p.expr.names())
            .expressionAttributeValues(p.expr.values())
            .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD).build()).build());
        actions.add(p);
        return this;
    }

    @Override
    public Transaction persist(Object entity) {
        return put(entity, Writes.Kind.PERSIST);
    }

    @Override
    public Transaction save(Object entity) {
        return put(entity, Writes.Kind.SAVE);
    }

    @Override
    public Transaction update(Object entity) {
        check();
        Core core = em.schemas.coreOf(entity);
        Writes.Plan p = em.writes.update(entity, core);
        dev.tidemark.engine.model.Update.Builder b = dev.tidemark.engine.model.Update.builder().tableName(core.table)
            .key(p.key).conditionExpression(p.condition).expressionAttributeNames(p.expr.names())
            .expressionAttributeValues(p.expr.values())
            .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD);
        if (!p.updateExpression.isEmpty()) {
            b.updateExpression(p.updateExpression);
        }
        items.add(TransactWriteItem.builder().update(b.build()).build());
        actions.add(p);
        return this;
    }

    @Override
    public <T> Transaction update(Class<T> type, Key key, Consumer<Update<T>> spec) {
        check();
        UpdateImpl<T> u = new UpdateImpl<>(em, em.schemas.entity(type), key, this);
        spec.accept(u);
        items.add(TransactWriteItem.builder().update(u.toTransactItem()).build());
        actions.add(u);
        return this;
    }

    @Override
    public Transaction delete(Object entity) {
        check();
        Core core = em.schemas.coreOf(entity);
        Writes.Plan p = em.writes.delete(entity, core);
        items.add(TransactWriteItem.builder().delete(Delete.builder().tableName(core.table).key(p.key)
            .conditionExpression(p.condition).expressionAttributeNames(p.expr.names())
            .expressionAttributeValues(p.expr.values())
            .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD).build()).build());
        actions.add(p);
        return this;
    }

    @Override
    public Transaction delete(Class<?> type, Key key) {
        check();
        EntityModel m = em.schemas.entity(type);
        items.add(TransactWriteItem.builder().delete(Delete.builder().tableName(m.shape.table()).key(em.key(m, key))
            .build()).build());
        actions.add(null);
        return this;
    }

    @Override
    public Transaction conditionCheck(Class<?> type, Key key, String condition, Map<String, Object> params) {
        check();
        EntityModel m = em.schemas.entity(type);
        Expr x = new Expr();
        Map<String, AttributeValue> values = new HashMap<>();
        params.forEach((k, v) -> values.put(k, em.schemas.dynamic(v)));
        String c = x.resolve(condition, p -> QueryImpl.attributeOf(m, p), values);
        items.add(TransactWriteItem.builder().conditionCheck(ConditionCheck.builder().tableName(m.shape.table())
            .key(em.key(m, key)).conditionExpression(c).expressionAttributeNames(x.names())
            .expressionAttributeValues(x.values()).build()).build());
        actions.add(null);
        return this;
    }

    @Override
    public Transaction clientRequestToken(String token) {
        this.token = token;
        return this;
    }

    @Override
    public void execute() {
        if (!explicit) {
            throw new IllegalStateException("inTransaction runs the transaction when the lambda returns");
        }
        run();
    }

    void run() {
        check();
        done = true;
        if (items.isEmpty()) {
            return;
        }
        try {
            em.db.transactWriteItems(TransactWriteItemsRequest.builder().transactItems(items).clientRequestToken(token).build());
        } catch (TransactionCanceledException e) {
            List<CancellationReason> reasons = e.cancellationReasons();
            for (int i = 0; i < reasons.size() && i < actions.size(); i++) {
                CancellationReason r = reasons.get(i);
                if (!"ConditionalCheckFailed".equals(r.code())) {
                    continue;
                }
                Object a = actions.get(i);
                RuntimeException mapped = e;
                if (a instanceof Writes.Plan p) {
                    mapped = Writes.conditionFailed(p, r.item(), e);
                } else if (a instanceof UpdateImpl<?> u) {
                    mapped = u.conditionFailed(r.item(), e);
                }
                if (mapped != e) {
                    throw mapped;
                }
            }
            throw e;
        }
        for (Object a : actions) {
            if (a instanceof Writes.Plan p && p.core.mutable() && p.kind != Writes.Kind.UPDATE) {
                p.result(null);
            }
        }
    }

    /** A snapshot read. */
    static final class Get implements TransactGet {
        private final EntityManagerImpl em;
        private final List<TransactGetItem> items = new ArrayList<>();
        private final List<EntityModel> models = new ArrayList<>();

        Get(EntityManagerImpl em) {
            this.em = em;
        }

        @Override
        public TransactGet add(Class<?> type, Key key) {
            EntityModel m = em.schemas.entity(type);
            items.add(TransactGetItem.builder().get(dev.tidemark.engine.model.Get.builder().tableName(m.shape.table())
                .key(em.key(m, key)).build()).build());
            models.add(m);
            return this;
        }

        @Override
        public List<Object> execute() {
            TransactGetItemsResult r = em.db.transactGetItems(b -> b.transactItems(items));
            List<Object> out = new ArrayList<>(models.size());
            List<ItemResponse> responses = r.responses();
            for (int i = 0; i < models.size(); i++) {
                Map<String, AttributeValue> item = responses.get(i) == null ? null : responses.get(i).item();
                out.add(item == null || item.isEmpty() ? null : models.get(i).read(item));
            }
            return out;
        }
    }
}
