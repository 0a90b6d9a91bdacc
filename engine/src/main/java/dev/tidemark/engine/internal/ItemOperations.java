package dev.tidemark.engine.internal;

import dev.tidemark.engine.BatchGetItemRequest;
import dev.tidemark.engine.BatchGetItemResult;
import dev.tidemark.engine.BatchWriteItemRequest;
import dev.tidemark.engine.BatchWriteItemResult;
import dev.tidemark.engine.ConditionalCheckFailedException;
import dev.tidemark.engine.DeleteItemRequest;
import dev.tidemark.engine.DeleteItemResult;
import dev.tidemark.engine.GetItemRequest;
import dev.tidemark.engine.GetItemResult;
import dev.tidemark.engine.PutItemRequest;
import dev.tidemark.engine.PutItemResult;
import dev.tidemark.engine.ResourceNotFoundException;
import dev.tidemark.engine.UpdateItemRequest;
import dev.tidemark.engine.UpdateItemResult;
import dev.tidemark.engine.ValidationException;
import dev.tidemark.engine.internal.expr.Condition;
import dev.tidemark.engine.internal.expr.Projection;
import dev.tidemark.engine.internal.expr.RequestExpressions;
import dev.tidemark.engine.internal.expr.UpdateOutcome;
import dev.tidemark.engine.internal.capacity.CapacityManager;
import dev.tidemark.engine.internal.capacity.Consumption;
import dev.tidemark.engine.internal.capacity.Units;
import dev.tidemark.engine.internal.capacity.WriteCosts;
import dev.tidemark.engine.internal.store.ItemEntry;
import dev.tidemark.engine.model.ConsumedCapacity;
import dev.tidemark.engine.internal.store.Store;
import dev.tidemark.engine.internal.store.TableMeta;
import dev.tidemark.engine.internal.store.TableState;
import dev.tidemark.engine.internal.value.ItemCodec;
import dev.tidemark.engine.internal.value.ItemSize;
import dev.tidemark.engine.internal.value.ItemValidator;
import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.engine.model.KeysAndAttributes;
import dev.tidemark.engine.model.ReturnValue;
import dev.tidemark.engine.model.ReturnValuesOnConditionCheckFailure;
import dev.tidemark.engine.model.WriteRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Single-item writes and reads and the batch operations (reference 3.2–3.9). */
final class ItemOperations {
    static final int MAX_BATCH_GET_KEYS = 100;
    static final int MAX_BATCH_WRITES = 25;
    static final long MAX_BATCH_GET_RESPONSE_BYTES = 16L << 20;

    private final Store store;
    private final Catalog catalog;
    private final KeyLocks locks;
    private final CapacityManager capacity;

    ItemOperations(Store store, Catalog catalog, KeyLocks locks, CapacityManager capacity) {
        this.store = store;
        this.catalog = catalog;
        this.locks = locks;
        this.capacity = capacity;
    }

    // ------------------------------------------------------------------------------ PutItem

    PutItemResult putItem(PutItemRequest r) {
        TableState t = catalog.table(r.tableName());
        ReturnValue rv = r.returnValues() == null ? ReturnValue.NONE : r.returnValues();
        if (rv != ReturnValue.NONE && rv != ReturnValue.ALL_OLD) {
            throw new ValidationException("ReturnValues can only be ALL_OLD or NONE");
        }
        if (r.item() == null) {
            throw new ValidationException("1 validation error detected: Value null at 'item' failed to satisfy constraint: Member must not be null");
        }
        RequestExpressions ex = expressions(t, r.conditionExpression(), null, null, r.expressionAttributeNames(), r.expressionAttributeValues());
        Map<String, AttributeValue> item = ItemValidator.normalizeItem(r.item());
        byte[] key = Keys.itemKey(t, item);
        long size = ItemSize.of(item);
        if (size > ItemSize.MAX_ITEM_BYTES) {
            throw new ValidationException("Item size has exceeded the maximum allowed size");
        }
        Keys.checkIndexKeys(t, item);
        byte[] body = ItemCodec.encode(item);
        Condition cond = ex == null ? null : ex.condition();
        boolean needOld = cond != null || rv == ReturnValue.ALL_OLD;
        boolean account = Consumption.wanted(r.returnConsumedCapacity()) || capacity.accounting(t);
        int stripe = locks.stripe(t.meta().id(), key);
        locks.lock(stripe);
        try {
            checkLive(t);
            ItemEntry oldEntry = needOld ? t.items().get(key) : null;
            Map<String, AttributeValue> old = oldEntry == null ? null : store.decode(oldEntry);
            Consumption used = null;
            // A put that only returns its units (no throttling, no metrics, no index) learns the
            // replaced item's size from the commit itself instead of looking it up first.
            boolean afterCommit = account && (cond == null || cond.test(old)) && t.indexes().length == 0 && !capacity.accounting(t);
            if (account && !afterCommit) {
                // decided before anything is written: a throttled put changes nothing
                used = new Consumption();
                ItemEntry e = needOld ? oldEntry : t.items().get(key);
                int oldSize = e == null ? -1 : e.size();
                if (cond != null && !cond.test(old)) {
                    WriteCosts.failed(used, t, oldSize, (int) size, false);
                } else {
                    Map<String, AttributeValue> oldImage = e == null ? null : old != null ? old
                        : t.indexes().length > 0 ? store.decode(e) : null;
                    WriteCosts.write(used, t, key, oldImage, oldSize, item, (int) size, false);
                }
                capacity.acquireOrThrow(used);
            }
            checkCondition(cond, old, r.returnValuesOnConditionCheckFailure());
            ConsumedCapacity consumed;
            if (afterCommit) {
                int[] replaced = new int[1];
                store.commit(List.of(new Store.Change(t, key, body, (int) size, item)), replaced);
                consumed = Consumption.write(r.returnConsumedCapacity(), t, Units.write(Math.max(replaced[0], (int) size)));
            } else {
                store.commit(List.of(new Store.Change(t, key, body, (int) size, item)));
                consumed = used == null ? null : used.single(r.returnConsumedCapacity(), t);
            }
            return PutItemResult.builder().attributes(rv == ReturnValue.ALL_OLD ? old : null)
                .consumedCapacity(consumed)
                .itemCollectionMetrics(ItemCollections.wanted(r.returnItemCollectionMetrics())
                    ? ItemCollections.metrics(t, item.get(t.meta().hashName())) : null)
                .build();
        } finally {
            locks.unlock(stripe);
        }
    }

    // ------------------------------------------------------------------------------ GetItem

    GetItemResult getItem(GetItemRequest r) {
        TableState t = catalog.table(r.tableName());
        Keys.Key key = Keys.key(t, r.key());
        RequestExpressions ex = expressions(t, null, r.projectionExpression(), null, r.expressionAttributeNames(), null);
        ItemEntry entry = t.items().get(key.encoded());
        Map<String, AttributeValue> item = entry == null ? null : store.decode(entry);
        ConsumedCapacity consumed = null;
        if (capacity.accounting(t)) {
            Consumption used = new Consumption();
            used.tableRead(t, Units.read(entry == null ? 0 : entry.size(), Units.ReadMode.of(r.consistentRead())));
            capacity.acquireOrThrow(used);
            consumed = used.single(r.returnConsumedCapacity(), t);
        } else if (Consumption.wanted(r.returnConsumedCapacity())) {
            // nothing to throttle or count: describe the units directly
            consumed = Consumption.read(r.returnConsumedCapacity(), t,
                Units.read(entry == null ? 0 : entry.size(), Units.ReadMode.of(r.consistentRead())));
        }
        if (item != null && ex != null && ex.projection() != null) {
            item = ex.projection().apply(item);
        }
        return GetItemResult.builder().item(item).consumedCapacity(consumed).build();
    }

    // ------------------------------------------------------------------------------ UpdateItem

    UpdateItemResult updateItem(UpdateItemRequest r) {
        TableState t = catalog.table(r.tableName());
        ReturnValue rv = r.returnValues() == null ? ReturnValue.NONE : r.returnValues();
        Keys.Key key = Keys.key(t, r.key());
        RequestExpressions ex = expressions(t, r.conditionExpression(), null, r.updateExpression(),
            r.expressionAttributeNames(), r.expressionAttributeValues());
        Condition cond = ex == null ? null : ex.condition();
        boolean account = Consumption.wanted(r.returnConsumedCapacity()) || capacity.accounting(t);
        int stripe = locks.stripe(t.meta().id(), key.encoded());
        locks.lock(stripe);
        try {
            checkLive(t);
            ItemEntry entry = t.items().get(key.encoded());
            Map<String, AttributeValue> old = entry == null ? null : store.decode(entry);
            int oldSize = entry == null ? -1 : entry.size();
            Consumption used = account ? new Consumption() : null;
            if (account && cond != null && !cond.test(old)) {
                WriteCosts.failed(used, t, oldSize, -1, false);
                capacity.acquireOrThrow(used);
            }
            checkCondition(cond, old, r.returnValuesOnConditionCheckFailure());
            Map<String, AttributeValue> updatedOld = Map.of();
            Map<String, AttributeValue> updatedNew = Map.of();
            Map<String, AttributeValue> next;
            if (ex == null || ex.update() == null) {
                next = old != null ? old : key.attributes();
            } else {
                UpdateOutcome out = ex.update().apply(old, key.attributes());
                next = out.newItem();
                updatedOld = out.updatedOld();
                updatedNew = out.updatedNew();
            }
            if (next != null && next != old) {
                next = ItemValidator.normalizeItem(next);
                long size = ItemSize.of(next);
                if (size > ItemSize.MAX_ITEM_BYTES) {
                    throw new ValidationException("Item size to update has exceeded the maximum allowed size");
                }
                Keys.checkIndexKeys(t, next);
                if (account) {
                    WriteCosts.write(used, t, key.encoded(), old, oldSize, next, (int) size, false);
                    capacity.acquireOrThrow(used);
                }
                store.commit(List.of(new Store.Change(t, key.encoded(), ItemCodec.encode(next), (int) size, next)));
            } else if (account) {
                // nothing changes (or a REMOVE on a missing item): the table still pays for the item
                WriteCosts.write(used, t, key.encoded(), old, oldSize, old, oldSize, false);
                capacity.acquireOrThrow(used);
            }
            Map<String, AttributeValue> attrs = switch (rv) {
                case NONE -> null;
                case ALL_OLD -> old;
                case ALL_NEW -> next;
                case UPDATED_OLD -> updatedOld.isEmpty() ? null : updatedOld;
                case UPDATED_NEW -> updatedNew.isEmpty() ? null : updatedNew;
            };
            return UpdateItemResult.builder().attributes(attrs)
                .consumedCapacity(used == null ? null : used.single(r.returnConsumedCapacity(), t))
                .itemCollectionMetrics(ItemCollections.wanted(r.returnItemCollectionMetrics())
                    ? ItemCollections.metrics(t, key.attributes().get(t.meta().hashName())) : null)
                .build();
        } finally {
            locks.unlock(stripe);
        }
    }

    // ------------------------------------------------------------------------------ DeleteItem

    DeleteItemResult deleteItem(DeleteItemRequest r) {
        TableState t = catalog.table(r.tableName());
        ReturnValue rv = r.returnValues() == null ? ReturnValue.NONE : r.returnValues();
        if (rv != ReturnValue.NONE && rv != ReturnValue.ALL_OLD) {
            throw new ValidationException("ReturnValues can only be ALL_OLD or NONE");
        }
        Keys.Key key = Keys.key(t, r.key());
        RequestExpressions ex = expressions(t, r.conditionExpression(), null, null, r.expressionAttributeNames(), r.expressionAttributeValues());
        Condition cond = ex == null ? null : ex.condition();
        boolean account = Consumption.wanted(r.returnConsumedCapacity()) || capacity.accounting(t);
        int stripe = locks.stripe(t.meta().id(), key.encoded());
        locks.lock(stripe);
        try {
            checkLive(t);
            Map<String, AttributeValue> old = cond != null || rv == ReturnValue.ALL_OLD ? store.read(t, key.encoded()) : null;
            Consumption used = null;
            if (account) {
                used = new Consumption();
                ItemEntry e = t.items().get(key.encoded());
                int oldSize = e == null ? -1 : e.size();
                if (cond != null && !cond.test(old)) {
                    WriteCosts.failed(used, t, oldSize, -1, false);
                } else {
                    Map<String, AttributeValue> oldImage = e == null ? null : old != null ? old
                        : t.indexes().length > 0 ? store.decode(e) : null;
                    WriteCosts.write(used, t, key.encoded(), oldImage, oldSize, null, -1, false);
                }
                capacity.acquireOrThrow(used);
            }
            checkCondition(cond, old, r.returnValuesOnConditionCheckFailure());
            if (t.items().containsKey(key.encoded())) {
                store.commit(List.of(new Store.Change(t, key.encoded(), null, 0)));
            }
            return DeleteItemResult.builder().attributes(rv == ReturnValue.ALL_OLD ? old : null)
                .consumedCapacity(used == null ? null : used.single(r.returnConsumedCapacity(), t))
                .itemCollectionMetrics(ItemCollections.wanted(r.returnItemCollectionMetrics())
                    ? ItemCollections.metrics(t, key.attributes().get(t.meta().hashName())) : null)
                .build();
        } finally {
            locks.unlock(stripe);
        }
    }

    // ------------------------------------------------------------------------------ BatchGetItem

    BatchGetItemResult batchGetItem(BatchGetItemRequest r) {
        Map<String, KeysAndAttributes> req = r.requestItems();
        if (req == null || req.isEmpty()) {
            throw new ValidationException("1 validation error detected: Value at 'requestItems' failed to satisfy constraint: Member must have length greater than or equal to 1");
        }
        int total = 0;
        for (Map.Entry<String, KeysAndAttributes> e : req.entrySet()) {
            List<Map<String, AttributeValue>> keys = e.getValue() == null ? null : e.getValue().keys();
            if (keys == null || keys.isEmpty()) {
                throw new ValidationException("1 validation error detected: Value at 'requestItems." + e.getKey()
                    + ".member.keys' failed to satisfy constraint: Member must have length greater than or equal to 1");
            }
            if (keys.size() > MAX_BATCH_GET_KEYS) {
                throw new ValidationException("1 validation error detected: Value at 'requestItems." + e.getKey()
                    + ".member.keys' failed to satisfy constraint: Member must have length less than or equal to 100");
            }
            total += keys.size();
        }
        if (total > MAX_BATCH_GET_KEYS) {
            throw new ValidationException("Too many items requested for the BatchGetItem call");
        }
        record Plan(String table, TableState state, List<Keys.Key> keys, Projection projection, KeysAndAttributes request) {
        }
        List<Plan> plans = new ArrayList<>();
        for (Map.Entry<String, KeysAndAttributes> e : req.entrySet()) {
            TableState t = catalog.table(e.getKey());
            KeysAndAttributes ka = e.getValue();
            RequestExpressions ex = expressions(t, null, ka.projectionExpression(), null, ka.expressionAttributeNames(), null);
            List<Keys.Key> keys = new ArrayList<>();
            // DynamoDB rejects keys given twice in the same form, but treats the same number written
            // differently (1e3, 1000) as distinct keys and returns the item once (reference 1.2).
            Set<Map<String, AttributeValue>> seenAsGiven = new HashSet<>();
            Set<ByteKey> seen = new HashSet<>();
            for (Map<String, AttributeValue> k : ka.keys()) {
                Keys.Key key = Keys.key(t, k);
                if (!seenAsGiven.add(k)) {
                    throw new ValidationException("Provided list of item keys contains duplicates");
                }
                if (seen.add(new ByteKey(key.encoded()))) {
                    keys.add(key);
                }
            }
            plans.add(new Plan(e.getKey(), t, keys, ex == null ? null : ex.projection(), ka));
        }
        Map<String, List<Map<String, AttributeValue>>> responses = new LinkedHashMap<>();
        Map<String, KeysAndAttributes> unprocessed = new LinkedHashMap<>();
        long bytes = 0;
        boolean wanted = Consumption.wanted(r.returnConsumedCapacity());
        Consumption used = null;
        CapacityManager.Shortfall throttled = null;
        int processed = 0;
        for (Plan p : plans) {
            List<Map<String, AttributeValue>> found = new ArrayList<>();
            List<Map<String, AttributeValue>> rest = new ArrayList<>();
            boolean account = wanted || capacity.accounting(p.state());
            Units.ReadMode mode = Units.ReadMode.of(p.request().consistentRead());
            for (Keys.Key k : p.keys()) {
                if (bytes >= MAX_BATCH_GET_RESPONSE_BYTES) {
                    rest.add(k.attributes());
                    continue;
                }
                ItemEntry entry = p.state().items().get(k.encoded());
                if (account) {
                    // each item rounded up on its own; a throttled key is returned unprocessed
                    Consumption one = new Consumption();
                    one.tableRead(p.state(), Units.read(entry == null ? 0 : entry.size(), mode));
                    CapacityManager.Shortfall s = capacity.acquire(one);
                    if (s != null) {
                        throttled = s;
                        rest.add(k.attributes());
                        continue;
                    }
                    used = used == null ? one : used;
                    if (used != one) {
                        used.addAll(one);
                    }
                }
                processed++;
                Map<String, AttributeValue> item = entry == null ? null : store.decode(entry);
                if (item != null) {
                    bytes += ItemSize.of(item);
                    found.add(p.projection() == null ? item : p.projection().apply(item));
                }
            }
            responses.put(p.table(), found);
            if (!rest.isEmpty()) {
                unprocessed.put(p.table(), p.request().toBuilder().keys(rest).build());
            }
        }
        if (throttled != null && processed == 0) {
            throw throttled.error();
        }
        if (wanted && used == null) {
            used = new Consumption();
        }
        if (wanted) {
            for (Plan p : plans) {
                used.part(p.state());
            }
        }
        return BatchGetItemResult.builder().responses(responses).unprocessedKeys(unprocessed)
            .consumedCapacity(used == null ? null : used.list(r.returnConsumedCapacity())).build();
    }

    // ------------------------------------------------------------------------------ BatchWriteItem

    BatchWriteItemResult batchWriteItem(BatchWriteItemRequest r) {
        Map<String, List<WriteRequest>> req = r.requestItems();
        if (req == null || req.isEmpty()) {
            throw new ValidationException("1 validation error detected: Value at 'requestItems' failed to satisfy constraint: Member must have length greater than or equal to 1");
        }
        int total = 0;
        for (Map.Entry<String, List<WriteRequest>> e : req.entrySet()) {
            if (e.getValue() == null || e.getValue().isEmpty()) {
                throw new ValidationException("1 validation error detected: Value at 'requestItems." + e.getKey()
                    + ".member' failed to satisfy constraint: Member must have length greater than or equal to 1");
            }
            total += e.getValue().size();
        }
        if (total > MAX_BATCH_WRITES) {
            throw new ValidationException("1 validation error detected: Value at 'requestItems' failed to satisfy constraint: "
                + "Map value must satisfy constraint: [Member must have length less than or equal to 25, Member must have length greater than or equal to 1]");
        }
        List<Store.Change> changes = new ArrayList<>(total);
        List<WriteRequest> sources = new ArrayList<>(total);
        List<String> tableNames = new ArrayList<>(total);
        Map<TableState, Set<AttributeValue>> touched = new LinkedHashMap<>();
        int[] stripes = new int[total];
        Set<ByteKey> seen = new HashSet<>();
        int i = 0;
        for (Map.Entry<String, List<WriteRequest>> e : req.entrySet()) {
            TableState t = catalog.table(e.getKey());
            for (WriteRequest w : e.getValue()) {
                if (w == null || (w.putRequest() == null) == (w.deleteRequest() == null)) {
                    throw new ValidationException("Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes: "
                        + "a WriteRequest must contain exactly one of PutRequest and DeleteRequest");
                }
                Store.Change c;
                if (w.putRequest() != null) {
                    if (w.putRequest().item() == null) {
                        throw new ValidationException("1 validation error detected: Value null at 'item' failed to satisfy constraint: Member must not be null");
                    }
                    Map<String, AttributeValue> item = ItemValidator.normalizeItem(w.putRequest().item());
                    byte[] key = Keys.itemKey(t, item);
                    long size = ItemSize.of(item);
                    if (size > ItemSize.MAX_ITEM_BYTES) {
                        throw new ValidationException("Item size has exceeded the maximum allowed size");
                    }
                    Keys.checkIndexKeys(t, item);
                    c = new Store.Change(t, key, ItemCodec.encode(item), (int) size, item);
                    ItemCollections.touch(touched, t, item);
                } else {
                    Keys.Key k = Keys.key(t, w.deleteRequest().key());
                    c = new Store.Change(t, k.encoded(), null, 0);
                    ItemCollections.touch(touched, t, k.attributes());
                }
                if (!seen.add(new ByteKey(c.key(), t.meta().id()))) {
                    throw new ValidationException("Provided list of item keys contains duplicates");
                }
                stripes[i++] = locks.stripe(t.meta().id(), c.key());
                changes.add(c);
                sources.add(w);
                tableNames.add(e.getKey());
            }
        }
        boolean wanted = Consumption.wanted(r.returnConsumedCapacity());
        int[] held = locks.lockAll(stripes);
        try {
            List<Store.Change> effective = new ArrayList<>(changes.size());
            Consumption used = wanted ? new Consumption() : null;
            Map<String, List<WriteRequest>> unprocessed = new LinkedHashMap<>();
            CapacityManager.Shortfall throttled = null;
            int admitted = 0;
            for (int k = 0; k < changes.size(); k++) {
                Store.Change c = changes.get(k);
                TableState t = c.table();
                checkLive(t);
                if (wanted) {
                    used.part(t);
                }
                if (wanted || capacity.accounting(t)) {
                    // each item rounded up on its own; a throttled item is returned unprocessed, not written
                    Consumption one = new Consumption();
                    ItemEntry old = t.items().get(c.key());
                    Map<String, AttributeValue> oldImage = old != null && t.indexes().length > 0 ? store.decode(old) : null;
                    WriteCosts.write(one, t, c.key(), oldImage, old == null ? -1 : old.size(), c.body() == null ? null : c.item(),
                        c.body() == null ? -1 : c.size(), false);
                    CapacityManager.Shortfall s = capacity.acquire(one);
                    if (s != null) {
                        throttled = s;
                        unprocessed.computeIfAbsent(tableNames.get(k), x -> new ArrayList<>()).add(sources.get(k));
                        continue;
                    }
                    if (wanted) {
                        used.addAll(one);
                    }
                }
                admitted++;
                if (c.body() != null || t.items().containsKey(c.key())) {
                    effective.add(c);
                }
            }
            if (throttled != null && admitted == 0) {
                throw throttled.error();
            }
            if (!effective.isEmpty()) {
                store.commit(effective);
            }
            return BatchWriteItemResult.builder().unprocessedItems(unprocessed)
                .consumedCapacity(used == null ? null : used.list(r.returnConsumedCapacity()))
                .itemCollectionMetrics(ItemCollections.wanted(r.returnItemCollectionMetrics()) ? ItemCollections.metrics(touched) : null)
                .build();
        } finally {
            locks.unlockAll(held);
        }
    }

    // ------------------------------------------------------------------------------ helpers

    static void checkLive(TableState t) {
        if (t.dropped()) {
            throw new ResourceNotFoundException("Requested resource not found: Table: " + t.meta().name() + " not found");
        }
    }

    private static void checkCondition(Condition cond, Map<String, AttributeValue> old,
                                       ReturnValuesOnConditionCheckFailure onFailure) {
        if (cond != null && !cond.test(old)) {
            throw new ConditionalCheckFailedException(
                onFailure == ReturnValuesOnConditionCheckFailure.ALL_OLD ? old : null);
        }
    }

    /** Compiles a request's expressions, or returns null when it has none at all. */
    static RequestExpressions expressions(TableState t, String condition, String projection, String update,
                                          Map<String, String> names, Map<String, AttributeValue> values) {
        return expressions(t, condition, projection, update, names, values, null);
    }

    /** Compiles a request's expressions including a filter, or returns null when it has none at all. */
    static RequestExpressions expressions(TableState t, String condition, String projection, String update,
                                          Map<String, String> names, Map<String, AttributeValue> values, String filter) {
        if (condition == null && projection == null && update == null && filter == null && names == null && values == null) {
            return null;
        }
        TableMeta m = t.meta();
        return RequestExpressions.builder()
            .condition(condition)
            .filter(filter)
            .projection(projection)
            .update(update)
            .names(names)
            .values(normalizeValues(values))
            .tableKey(m.hashName(), m.rangeName())
            .build();
    }

    static Map<String, AttributeValue> normalizeValues(Map<String, AttributeValue> values) {
        if (values == null) {
            return null;
        }
        Map<String, AttributeValue> out = new LinkedHashMap<>(values.size() * 2);
        for (Map.Entry<String, AttributeValue> e : values.entrySet()) {
            out.put(e.getKey(), ItemValidator.normalizeValue(e.getValue()));
        }
        return out;
    }

    /** A byte-array key with value equality, for duplicate detection. */
    record ByteKey(byte[] bytes, int table) {
        ByteKey(byte[] bytes) {
            this(bytes, 0);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ByteKey k && k.table == table && Arrays.equals(k.bytes, bytes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes) * 31 + table;
        }
    }
}
