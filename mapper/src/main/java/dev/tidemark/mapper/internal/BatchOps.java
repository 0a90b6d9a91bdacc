package dev.tidemark.mapper.internal;

import dev.tidemark.engine.BatchGetItemResult;
import dev.tidemark.engine.BatchWriteItemResult;
import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.engine.model.DeleteRequest;
import dev.tidemark.engine.model.KeysAndAttributes;
import dev.tidemark.engine.model.PutRequest;
import dev.tidemark.engine.model.WriteRequest;
import dev.tidemark.mapper.BatchGet;
import dev.tidemark.mapper.Key;
import dev.tidemark.mapper.MapperException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Batch reads and writes, chunked to the engine's limits, retrying unprocessed items with backoff. */
final class BatchOps {
    static final int MAX_GET = 100;
    static final int MAX_WRITE = 25;

    private BatchOps() {
    }

    private static void backoff(EntityManagerImpl em, int attempt, int left) {
        if (attempt + 1 >= em.config.batchMaxAttempts()) {
            throw new MapperException(left + " batch items were still unprocessed after " + em.config.batchMaxAttempts()
                + " attempts");
        }
        long delay = Math.min(1000, em.config.batchBaseDelayMillis() << Math.min(attempt, 20));
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MapperException("interrupted while retrying unprocessed batch items", e);
        }
    }

    /** Writes requests, 25 at a time, until none is unprocessed. */
    static void write(EntityManagerImpl em, List<Map.Entry<String, WriteRequest>> all) {
        for (int from = 0; from < all.size(); from += MAX_WRITE) {
            Map<String, List<WriteRequest>> chunk = new LinkedHashMap<>();
            for (Map.Entry<String, WriteRequest> e : all.subList(from, Math.min(all.size(), from + MAX_WRITE))) {
                chunk.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue());
            }
            for (int attempt = 0; !chunk.isEmpty(); attempt++) {
                Map<String, List<WriteRequest>> req = chunk;
                BatchWriteItemResult r = em.db.batchWriteItem(b -> b.requestItems(req));
                chunk = r.unprocessedItems() == null ? Map.of() : r.unprocessedItems();
                if (!chunk.isEmpty()) {
                    backoff(em, attempt, chunk.values().stream().mapToInt(List::size).sum());
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    static <T> List<T> save(EntityManagerImpl em, Collection<? extends T> entities) {
        List<Map.Entry<String, WriteRequest>> requests = new ArrayList<>(entities.size());
        List<Writes.Plan> plans = new ArrayList<>(entities.size());
        for (Object e : entities) {
            Core core = em.schemas.coreOf(e);
            Writes.Plan p = em.writes.put(e, core, Writes.Kind.BATCH);
            plans.add(p);
            requests.add(Map.entry(core.table, WriteRequest.builder().putRequest(PutRequest.builder().item(p.item).build()).build()));
        }
        write(em, requests);
        List<T> out = new ArrayList<>(plans.size());
        for (Writes.Plan p : plans) {
            out.add((T) p.result(null));
        }
        return out;
    }

    static void delete(EntityManagerImpl em, Collection<?> entities) {
        List<Map.Entry<String, WriteRequest>> requests = new ArrayList<>(entities.size());
        for (Object e : entities) {
            Core core = em.schemas.coreOf(e);
            requests.add(Map.entry(core.table, WriteRequest.builder()
                .deleteRequest(DeleteRequest.builder().key(core.keyOf(e)).build()).build()));
        }
        write(em, requests);
    }

    /** A batch read. */
    static final class Get implements BatchGet {
        private final EntityManagerImpl em;
        /** table -> key -> models that asked for it. */
        private final Map<String, Map<Map<String, AttributeValue>, Set<EntityModel>>> wanted = new LinkedHashMap<>();

        Get(EntityManagerImpl em) {
            this.em = em;
        }

        @Override
        public BatchGet add(Class<?> type, Collection<Key> keys) {
            EntityModel m = em.schemas.entity(type);
            Map<Map<String, AttributeValue>, Set<EntityModel>> t = wanted.computeIfAbsent(m.shape.table(),
                k -> new LinkedHashMap<>());
            for (Key k : keys) {
                t.computeIfAbsent(em.key(m, k), x -> new LinkedHashSet<>()).add(m);
            }
            return this;
        }

        @Override
        public Result execute() {
            List<Map.Entry<String, Map<String, AttributeValue>>> all = new ArrayList<>();
            wanted.forEach((table, keys) -> keys.keySet().forEach(k -> all.add(Map.entry(table, k))));
            Map<Class<?>, List<Object>> byType = new LinkedHashMap<>();
            List<Object> everything = new ArrayList<>();
            for (int from = 0; from < all.size(); from += MAX_GET) {
                Map<String, List<Map<String, AttributeValue>>> chunkKeys = new LinkedHashMap<>();
                for (Map.Entry<String, Map<String, AttributeValue>> e : all.subList(from, Math.min(all.size(), from + MAX_GET))) {
                    chunkKeys.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue());
                }
                Map<String, KeysAndAttributes> req = new LinkedHashMap<>();
                chunkKeys.forEach((t, ks) -> req.put(t, KeysAndAttributes.builder().keys(ks).build()));
                for (int attempt = 0; !req.isEmpty(); attempt++) {
                    Map<String, KeysAndAttributes> send = new HashMap<>(req);
                    BatchGetItemResult r = em.db.batchGetItem(b -> b.requestItems(send));
                    r.responses().forEach((table, items) -> {
                        for (Map<String, AttributeValue> item : items) {
                            collect(table, item, byType, everything);
                        }
                    });
                    req.clear();
                    if (r.unprocessedKeys() != null && !r.unprocessedKeys().isEmpty()) {
                        req.putAll(r.unprocessedKeys());
                        backoff(em, attempt, req.values().stream().mapToInt(k -> k.keys().size()).sum());
                    }
                }
            }
            return new Result() {
                @Override
                public <T> List<T> of(Class<T> type) {
                    List<T> out = new ArrayList<>();
                    for (Object o : byType.getOrDefault(type, List.of())) {
                        out.add(type.cast(o));
                    }
                    return out;
                }

                @Override
                public List<Object> all() {
                    return List.copyOf(everything);
                }
            };
        }

        private void collect(String table, Map<String, AttributeValue> item, Map<Class<?>, List<Object>> byType,
                             List<Object> everything) {
            Map<Map<String, AttributeValue>, Set<EntityModel>> t = wanted.get(table);
            EntityModel any = t.values().iterator().next().iterator().next();
            Map<String, AttributeValue> key = new HashMap<>();
            key.put(any.shape.pk().name(), item.get(any.shape.pk().name()));
            if (any.shape.sk() != null) {
                key.put(any.shape.sk().name(), item.get(any.shape.sk().name()));
            }
            Set<EntityModel> models = t.get(key);
            if (models == null) {
                return;
            }
            Object first = null;
            for (EntityModel m : models) {
                Object o = m.read(item);
                if (o != null) {
                    byType.computeIfAbsent(m.type, k -> new ArrayList<>()).add(o);
                    if (first == null) {
                        first = o;
                    }
                }
            }
            if (first != null) {
                everything.add(first);
            }
        }
    }
}
