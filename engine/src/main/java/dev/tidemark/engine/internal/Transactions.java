package dev.tidemark.engine.internal;

import dev.tidemark.engine.IdempotentParameterMismatchException;
import dev.tidemark.engine.TransactGetItemsRequest;
import dev.tidemark.engine.TransactGetItemsResult;
import dev.tidemark.engine.TransactWriteItemsRequest;
import dev.tidemark.engine.TransactWriteItemsResult;
import dev.tidemark.engine.TransactionCanceledException;
import dev.tidemark.engine.TransactionInProgressException;
import dev.tidemark.engine.ValidationException;
import dev.tidemark.engine.internal.capacity.CapacityManager;
import dev.tidemark.engine.internal.capacity.Consumption;
import dev.tidemark.engine.internal.capacity.Units;
import dev.tidemark.engine.internal.capacity.WriteCosts;
import dev.tidemark.engine.internal.expr.RequestExpressions;
import dev.tidemark.engine.internal.store.ItemEntry;
import dev.tidemark.engine.internal.expr.UpdateOutcome;
import dev.tidemark.engine.internal.store.Store;
import dev.tidemark.engine.internal.store.TableState;
import dev.tidemark.engine.internal.value.ItemCodec;
import dev.tidemark.engine.internal.value.ItemSize;
import dev.tidemark.engine.internal.value.ItemValidator;
import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.engine.model.CancellationReason;
import dev.tidemark.engine.model.Get;
import dev.tidemark.engine.model.ItemResponse;
import dev.tidemark.engine.model.ReturnValuesOnConditionCheckFailure;
import dev.tidemark.engine.model.TransactGetItem;
import dev.tidemark.engine.model.TransactWriteItem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

/**
 * TransactWriteItems and TransactGetItems (reference 3.13–3.15).
 *
 * <p>A transaction validates everything it can before touching data, then locks the stripes of all
 * its keys in ascending order (the same locks single-item writes take), reads the current images,
 * checks every condition, computes every new image, and — when nothing failed — appends all of its
 * changes as one commit-log record and installs them before unlocking. So a transaction is
 * serializable against every other write, is atomic through crashes (one record), and a
 * TransactGetItems, which reads under the same locks, never sees part of one. A single-item write
 * that meets a running transaction waits for it (microseconds) instead of failing with
 * {@code TransactionConflictException}.
 */
final class Transactions {
    static final int MAX_ACTIONS = 100;
    static final long MAX_REQUEST_BYTES = 4L << 20;
    static final int MAX_TOKEN_LENGTH = 36;
    static final long TOKEN_WINDOW_NANOS = TimeUnit.MINUTES.toNanos(10);
    static final String SAME_ITEM = "Transaction request cannot include multiple operations on one item";

    private final Store store;
    private final Catalog catalog;
    private final KeyLocks locks;
    private final CapacityManager capacity;
    /** ClientRequestToken to the request it came with, and whether and when it completed. */
    private final ConcurrentHashMap<String, TokenUse> tokens = new ConcurrentHashMap<>();
    /**
     * Completed tokens in (about) the order they completed, so that expired ones are dropped from
     * the head at constant cost per call instead of scanning every remembered token.
     */
    private final ConcurrentLinkedQueue<Map.Entry<String, TokenUse>> completed = new ConcurrentLinkedQueue<>();

    private record TokenUse(TransactWriteItemsRequest request, boolean done, long completedNanos) {
        boolean expired(long now) {
            return done && now - completedNanos > TOKEN_WINDOW_NANOS;
        }
    }

    /** One validated write action. */
    private record Action(int index, TransactWriteItem source, TableState table, Keys.Key key, byte[] encodedKey,
                          Map<String, AttributeValue> item, RequestExpressions ex,
                          ReturnValuesOnConditionCheckFailure onFailure, String invalid) {
    }

    Transactions(Store store, Catalog catalog, KeyLocks locks, CapacityManager capacity) {
        this.store = store;
        this.catalog = catalog;
        this.locks = locks;
        this.capacity = capacity;
    }

    // ------------------------------------------------------------------------------ writes

    TransactWriteItemsResult write(TransactWriteItemsRequest r) {
        checkCount(r.transactItems());
        String token = r.clientRequestToken();
        if (token == null) {
            return execute(r);
        }
        if (token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
            throw new ValidationException("1 validation error detected: Value '" + token
                + "' at 'clientRequestToken' failed to satisfy constraint: Member must have length between 1 and 36");
        }
        long now = System.nanoTime();
        dropExpiredTokens(now);
        TokenUse running = new TokenUse(r, false, 0);
        TokenUse earlier;
        while ((earlier = tokens.putIfAbsent(token, running)) != null && earlier.expired(now)) {
            tokens.remove(token, earlier); // past its window but not dropped yet: the token is free again
        }
        if (earlier != null) {
            if (!earlier.request().equals(r)) {
                throw new IdempotentParameterMismatchException(
                    "Request parameters do not match the parameters of the previous request with the same client request token");
            }
            if (!earlier.done()) {
                throw new TransactionInProgressException("The transaction with the given request token is already in progress");
            }
            return TransactWriteItemsResult.builder().build();
        }
        try {
            TransactWriteItemsResult result = execute(r);
            TokenUse use = new TokenUse(r, true, System.nanoTime());
            tokens.put(token, use);
            completed.add(Map.entry(token, use));
            return result;
        } catch (RuntimeException | Error e) {
            tokens.remove(token, running); // only a successful transaction makes its token idempotent
            throw e;
        }
    }

    /** Forgets tokens whose 10-minute window has passed, oldest first; stops at the first live one. */
    private void dropExpiredTokens(long now) {
        Map.Entry<String, TokenUse> head = completed.peek();
        if (head == null || !head.getValue().expired(now)) {
            return;
        }
        synchronized (completed) {
            while ((head = completed.peek()) != null && head.getValue().expired(now)) {
                completed.poll();
                tokens.remove(head.getKey(), head.getValue());
            }
        }
    }

    private TransactWriteItemsResult execute(TransactWriteItemsRequest r) {
        List<TransactWriteItem> items = r.transactItems();
        int n = items.size();
        List<Action> actions = new ArrayList<>(n);
        CancellationReason[] reasons = new CancellationReason[n];
        boolean itemInvalid = false;
        long requestBytes = 0;
        for (int i = 0; i < n; i++) {
            Action a = prepare(i, items.get(i));
            if (a.invalid() != null) {
                // per-item validation error: only the first is reported (reference 3.13)
                if (!itemInvalid) {
                    reasons[i] = reason("ValidationError", a.invalid(), null);
                }
                itemInvalid = true;
            }
            if (a.item() != null) {
                requestBytes += ItemSize.of(a.item());
            }
            actions.add(a);
        }
        if (requestBytes > MAX_REQUEST_BYTES) {
            throw new ValidationException("Transaction request size has exceeded the maximum allowed size of 4 MB");
        }
        Set<ItemOperations.ByteKey> seen = new HashSet<>();
        for (Action a : actions) {
            byte[] k = a.encodedKey();
            if (k != null && !seen.add(new ItemOperations.ByteKey(k, a.table().meta().id()))) {
                throw new ValidationException(SAME_ITEM);
            }
        }
        if (itemInvalid) {
            throw cancelled(reasons);
        }
        int[] stripes = new int[n];
        for (int i = 0; i < n; i++) {
            stripes[i] = locks.stripe(actions.get(i).table().meta().id(), actions.get(i).encodedKey());
        }
        boolean account = Consumption.wanted(r.returnConsumedCapacity());
        for (int i = 0; i < n && !account; i++) {
            account = capacity.accounting(actions.get(i).table());
        }
        int[] held = locks.lockAll(stripes);
        try {
            List<Store.Change> changes = new ArrayList<>(n);
            List<Action> changing = new ArrayList<>(n);
            Consumption used = account ? new Consumption() : null;
            boolean failed = false;
            for (Action a : actions) {
                ItemOperations.checkLive(a.table());
                boolean conditional = a.ex() != null && a.ex().condition() != null;
                // Only a condition or an update needs the current image; a plain put or delete does not.
                Map<String, AttributeValue> old = conditional || a.source().update() != null
                    ? store.read(a.table(), a.encodedKey()) : null;
                if (conditional && !a.ex().condition().test(old)) {
                    reasons[a.index()] = reason("ConditionalCheckFailed", "The conditional request failed",
                        a.onFailure() == ReturnValuesOnConditionCheckFailure.ALL_OLD ? old : null);
                    failed = true;
                    continue;
                }
                try {
                    Store.Change c = change(a, old);
                    if (c != null) {
                        changes.add(c);
                        changing.add(a);
                    }
                    if (account) {
                        charge(used, a, old, c);
                    }
                } catch (ValidationException e) {
                    reasons[a.index()] = reason("ValidationError", e.getMessage(), null);
                    failed = true;
                }
            }
            if (!failed) {
                int overflow = store.collectionOverflow(changes);
                if (overflow >= 0) {
                    reasons[changing.get(overflow).index()] = reason("ItemCollectionSizeLimitExceeded", "Collection size exceeded.", null);
                    failed = true;
                }
            }
            if (failed) {
                throw cancelled(reasons);
            }
            if (account) {
                CapacityManager.Shortfall s = capacity.acquire(used);
                if (s != null) {
                    throw throttled(s, actions.stream().map(Action::table).toList());
                }
            }
            if (!changes.isEmpty()) {
                store.commitChecked(changes);
            }
            List<dev.tidemark.engine.model.ConsumedCapacity> consumed = used == null ? null : used.list(r.returnConsumedCapacity());
            if (!ItemCollections.wanted(r.returnItemCollectionMetrics())) {
                return TransactWriteItemsResult.builder().consumedCapacity(consumed).build();
            }
            Map<TableState, Set<AttributeValue>> touched = new LinkedHashMap<>();
            for (Action a : actions) {
                if (a.source().conditionCheck() == null) {
                    ItemCollections.touch(touched, a.table(), a.item() != null ? a.item() : a.key().attributes());
                }
            }
            return TransactWriteItemsResult.builder().itemCollectionMetrics(ItemCollections.metrics(touched))
                .consumedCapacity(consumed).build();
        } finally {
            locks.unlockAll(held);
        }
    }

    /**
     * Charges one action of a transaction that will commit: the table pays twice the units of the
     * same write outside a transaction (prepare and commit), a ConditionCheck twice the units of
     * writing the checked item; index writes are charged once, as for any write.
     */
    private void charge(Consumption used, Action a, Map<String, AttributeValue> old, Store.Change c) {
        TableState t = a.table();
        ItemEntry e = t.items().get(a.encodedKey());
        int oldSize = e == null ? -1 : e.size();
        if (a.source().conditionCheck() != null) {
            used.tableWrite(t, 2 * Units.write(oldSize));
            return;
        }
        Map<String, AttributeValue> oldImage = e == null ? null : old != null ? old : t.indexes().length > 0 ? store.decode(e) : null;
        if (c == null) {
            // a delete of a missing item, or an update that leaves no item: the table pays the minimum
            WriteCosts.write(used, t, a.encodedKey(), oldImage, oldSize, oldImage, oldSize, true);
        } else {
            WriteCosts.write(used, t, a.encodedKey(), oldImage, oldSize, c.body() == null ? null : c.item(),
                c.body() == null ? -1 : c.size(), true);
        }
    }

    /** The cancellation of a transaction that a table or index had not the units for. */
    private static TransactionCanceledException throttled(CapacityManager.Shortfall s, List<TableState> tables) {
        CancellationReason[] reasons = new CancellationReason[tables.size()];
        String message = s.error().getMessage();
        for (int i = 0; i < reasons.length; i++) {
            if (tables.get(i) == s.table()) {
                reasons[i] = reason(s.reasonCode(), message, null);
            }
        }
        return cancelled(reasons);
    }

    /** The change an action makes to its item, given the current image; null for none. */
    private static Store.Change change(Action a, Map<String, AttributeValue> old) {
        TransactWriteItem w = a.source();
        if (w.conditionCheck() != null) {
            return null;
        }
        if (w.delete() != null) {
            return a.table().items().containsKey(a.encodedKey())
                ? new Store.Change(a.table(), a.encodedKey(), null, 0) : null;
        }
        Map<String, AttributeValue> next;
        String tooBig;
        if (w.put() != null) {
            next = a.item();
            tooBig = "Item size has exceeded the maximum allowed size";
        } else {
            UpdateOutcome out = a.ex().update().apply(old, a.key().attributes());
            next = out.newItem();
            if (next == null) {
                return null;
            }
            next = ItemValidator.normalizeItem(next);
            tooBig = "Item size to update has exceeded the maximum allowed size";
        }
        long size = ItemSize.of(next);
        if (size > ItemSize.MAX_ITEM_BYTES) {
            throw new ValidationException(tooBig);
        }
        Keys.checkIndexKeys(a.table(), next);
        return new Store.Change(a.table(), a.encodedKey(), ItemCodec.encode(next), (int) size, next);
    }

    /**
     * Validates one action. Request-level problems (no or several operations, unknown table,
     * expression errors) throw; problems with the item or key return an action without a key.
     */
    private Action prepare(int index, TransactWriteItem w) {
        if (w == null) {
            throw new ValidationException("1 validation error detected: Value null at 'transactItems." + (index + 1)
                + ".member' failed to satisfy constraint: Member must not be null");
        }
        int ops = (w.conditionCheck() != null ? 1 : 0) + (w.put() != null ? 1 : 0) + (w.update() != null ? 1 : 0)
            + (w.delete() != null ? 1 : 0);
        if (ops != 1) {
            throw new ValidationException("TransactItems can only contain one of Check, Put, Update or Delete");
        }
        String tableName;
        Map<String, AttributeValue> key;
        String condition;
        String update = null;
        Map<String, String> names;
        Map<String, AttributeValue> values;
        ReturnValuesOnConditionCheckFailure onFailure;
        Map<String, AttributeValue> putItem = null;
        if (w.conditionCheck() != null) {
            var c = w.conditionCheck();
            tableName = c.tableName();
            key = c.key();
            condition = c.conditionExpression();
            names = c.expressionAttributeNames();
            values = c.expressionAttributeValues();
            onFailure = c.returnValuesOnConditionCheckFailure();
            if (condition == null) {
                throw new ValidationException("The ConditionCheck action requires a ConditionExpression");
            }
        } else if (w.put() != null) {
            var p = w.put();
            tableName = p.tableName();
            key = null;
            putItem = p.item();
            condition = p.conditionExpression();
            names = p.expressionAttributeNames();
            values = p.expressionAttributeValues();
            onFailure = p.returnValuesOnConditionCheckFailure();
            if (putItem == null) {
                throw new ValidationException("1 validation error detected: Value null at 'transactItems." + (index + 1)
                    + ".member.put.item' failed to satisfy constraint: Member must not be null");
            }
        } else if (w.update() != null) {
            var u = w.update();
            tableName = u.tableName();
            key = u.key();
            update = u.updateExpression();
            condition = u.conditionExpression();
            names = u.expressionAttributeNames();
            values = u.expressionAttributeValues();
            onFailure = u.returnValuesOnConditionCheckFailure();
            if (update == null) {
                throw new ValidationException("1 validation error detected: Value null at 'transactItems." + (index + 1)
                    + ".member.update.updateExpression' failed to satisfy constraint: Member must not be null");
            }
        } else {
            var d = w.delete();
            tableName = d.tableName();
            key = d.key();
            condition = d.conditionExpression();
            names = d.expressionAttributeNames();
            values = d.expressionAttributeValues();
            onFailure = d.returnValuesOnConditionCheckFailure();
        }
        TableState t = catalog.table(tableName);
        RequestExpressions ex = ItemOperations.expressions(t, condition, null, update, names, values);
        try {
            if (putItem != null) {
                Map<String, AttributeValue> item = ItemValidator.normalizeItem(putItem);
                byte[] encoded = Keys.itemKey(t, item);
                if (ItemSize.of(item) > ItemSize.MAX_ITEM_BYTES) {
                    throw new ValidationException("Item size has exceeded the maximum allowed size");
                }
                Keys.checkIndexKeys(t, item);
                return new Action(index, w, t, null, encoded, item, ex, onFailure, null);
            }
            Keys.Key k = Keys.key(t, key);
            return new Action(index, w, t, k, k.encoded(), null, ex, onFailure, null);
        } catch (ValidationException e) {
            return new Action(index, w, t, null, null, null, ex, onFailure, e.getMessage());
        }
    }

    // ------------------------------------------------------------------------------ reads

    TransactGetItemsResult read(TransactGetItemsRequest r) {
        List<TransactGetItem> items = r.transactItems();
        checkCount(items);
        if (r.returnConsumedCapacity() == dev.tidemark.engine.model.ReturnConsumedCapacity.INDEXES) {
            // reference 3.14: TransactGetItems takes only TOTAL or NONE
            throw new ValidationException("1 validation error detected: Value 'INDEXES' at 'returnConsumedCapacity' failed to satisfy "
                + "constraint: Member must satisfy enum value set: [TOTAL, NONE]");
        }
        int n = items.size();
        TableState[] tables = new TableState[n];
        byte[][] keys = new byte[n][];
        RequestExpressions[] exprs = new RequestExpressions[n];
        int[] stripes = new int[n];
        Set<ItemOperations.ByteKey> seen = new HashSet<>();
        for (int i = 0; i < n; i++) {
            TransactGetItem item = items.get(i);
            Get g = item == null ? null : item.get();
            if (g == null) {
                throw new ValidationException("1 validation error detected: Value null at 'transactItems." + (i + 1)
                    + ".member.get' failed to satisfy constraint: Member must not be null");
            }
            tables[i] = catalog.table(g.tableName());
            keys[i] = Keys.key(tables[i], g.key()).encoded();
            exprs[i] = ItemOperations.expressions(tables[i], null, g.projectionExpression(), null, g.expressionAttributeNames(), null);
            if (!seen.add(new ItemOperations.ByteKey(keys[i], tables[i].meta().id()))) {
                throw new ValidationException(SAME_ITEM);
            }
            stripes[i] = locks.stripe(tables[i].meta().id(), keys[i]);
        }
        boolean account = Consumption.wanted(r.returnConsumedCapacity());
        for (int i = 0; i < n && !account; i++) {
            account = capacity.accounting(tables[i]);
        }
        Consumption used = account ? new Consumption() : null;
        List<ItemResponse> responses = new ArrayList<>(n);
        int[] held = locks.lockAll(stripes);
        try {
            for (int i = 0; i < n; i++) {
                ItemOperations.checkLive(tables[i]);
                ItemEntry e = tables[i].items().get(keys[i]);
                Map<String, AttributeValue> item = e == null ? null : store.decode(e);
                if (account) {
                    used.tableRead(tables[i], Units.read(e == null ? 0 : e.size(), Units.ReadMode.TRANSACTIONAL));
                }
                if (item != null && exprs[i] != null && exprs[i].projection() != null) {
                    item = exprs[i].projection().apply(item);
                }
                responses.add(ItemResponse.builder().item(item).build());
            }
            if (account) {
                CapacityManager.Shortfall s = capacity.acquire(used);
                if (s != null) {
                    throw throttled(s, java.util.Arrays.asList(tables));
                }
            }
        } finally {
            locks.unlockAll(held);
        }
        return TransactGetItemsResult.builder().responses(responses)
            .consumedCapacity(used == null ? null : used.list(r.returnConsumedCapacity())).build();
    }

    // ------------------------------------------------------------------------------ helpers

    private static void checkCount(List<?> items) {
        if (items == null) {
            throw new ValidationException("1 validation error detected: Value null at 'transactItems' failed to satisfy constraint: Member must not be null");
        }
        if (items.isEmpty() || items.size() > MAX_ACTIONS) {
            throw new ValidationException("1 validation error detected: Value '" + items.size()
                + "' at 'transactItems' failed to satisfy constraint: Member must have length less than or equal to 100"
                + " and greater than or equal to 1");
        }
    }

    private static CancellationReason reason(String code, String message, Map<String, AttributeValue> item) {
        return CancellationReason.builder().code(code).message(message).item(item).build();
    }

    private static TransactionCanceledException cancelled(CancellationReason[] reasons) {
        List<CancellationReason> list = new ArrayList<>(reasons.length);
        for (CancellationReason r : reasons) {
            list.add(r != null ? r : reason("None", null, null));
        }
        return new TransactionCanceledException(list);
    }
}
