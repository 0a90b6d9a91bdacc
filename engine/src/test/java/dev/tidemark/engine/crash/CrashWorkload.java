package dev.tidemark.engine.crash;

import dev.tidemark.engine.ConditionalCheckFailedException;
import dev.tidemark.engine.Database;
import dev.tidemark.engine.ResourceInUseException;
import dev.tidemark.engine.model.AttributeDefinition;
import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.engine.model.ConditionCheck;
import dev.tidemark.engine.model.Put;
import dev.tidemark.engine.model.TransactWriteItem;
import dev.tidemark.engine.model.Update;
import dev.tidemark.engine.model.BillingMode;
import dev.tidemark.engine.model.CreateGlobalSecondaryIndexAction;
import dev.tidemark.engine.model.GlobalSecondaryIndexUpdate;
import dev.tidemark.engine.model.GlobalSecondaryIndex;
import dev.tidemark.engine.model.LocalSecondaryIndex;
import dev.tidemark.engine.model.Projection;
import dev.tidemark.engine.model.ProjectionType;
import dev.tidemark.engine.model.KeySchemaElement;
import dev.tidemark.engine.model.KeyType;
import dev.tidemark.engine.model.PutRequest;
import dev.tidemark.engine.model.ScalarAttributeType;
import dev.tidemark.engine.model.WriteRequest;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The child process of {@link CrashRecoveryTest}: writes from several threads until it is killed.
 * Each thread owns its own keys and runs one operation at a time, printing {@code B} before an
 * operation and {@code A} once the engine acknowledged it, so the parent knows, per key, the last
 * acknowledged state and the at most one operation that may or may not have landed.
 *
 * <p>The table has a sort key and two secondary indexes, so a crash must also leave them consistent:
 * a key {@code t<thread>-k<n>} is the item {@code pk="t<thread>", sk=<n>}; LSI {@code byV} is pk + v
 * (KEYS_ONLY), GSI {@code byG} is g + v (INCLUDE c). Every write that sets v also sets g to
 * {@link #g(long) g(v)}, or removes g when that is null, so each item must satisfy g = g(v).
 *
 * <pre>
 * B thread opId PUT key          → item {pk=key, v=opId}
 * B thread opId UPD key          → if it exists: v=opId, c=c+1 (condition attribute_exists(pk))
 * B thread opId DEL key          → item gone
 * B thread opId BAT key1,key2,.. → every key: {pk=key, v=opId}, all or none
 * B thread opId TXN key1,key2,.. → every key: v=opId and no c, all or none (TransactWriteItems:
 *                                  Puts, the last key an Update, plus a ConditionCheck that holds
 *                                  on another key of the thread, which must stay unchanged)
 * A thread opId [ccf]            → acknowledged ("ccf": the update's condition failed, no change)
 * </pre>
 */
public final class CrashWorkload {
    static final String TABLE = "crash";
    static final int KEYS_PER_THREAD = 40;
    /** The local secondary index: table partition key + v, KEYS_ONLY. */
    static final String LSI = "byV";
    /** The global secondary index: g + v, projecting c. */
    static final String GSI = "byG";
    /** A GSI on pad (KEYS_ONLY) that one cycle adds by UpdateTable and that is CREATING when that cycle is killed. */
    static final String LATE_GSI = "byPad";

    private CrashWorkload() {
    }

    /**
     * Runs the workload.
     *
     * @param args directory, thread count, first operation id, random seed, and optionally
     *             {@code addIndex}: pause index backfills and add the GSI {@link #LATE_GSI}, which
     *             so stays CREATING until the process is killed
     */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int threads = Integer.parseInt(args[1]);
        long firstOp = Long.parseLong(args[2]);
        long seed = Long.parseLong(args[3]);
        PrintStream out = new PrintStream(System.out, true, "UTF-8");
        Database db = Database.open(dir);
        try {
            db.createTable(t -> t.tableName(TABLE)
                .keySchema(element("pk", KeyType.HASH), element("sk", KeyType.RANGE))
                .attributeDefinitions(definition("pk", ScalarAttributeType.S), definition("sk", ScalarAttributeType.N),
                    definition("v", ScalarAttributeType.N), definition("g", ScalarAttributeType.S))
                .localSecondaryIndexes(LocalSecondaryIndex.builder().indexName(LSI)
                    .keySchema(element("pk", KeyType.HASH), element("v", KeyType.RANGE))
                    .projection(Projection.builder().projectionType(ProjectionType.KEYS_ONLY).build()).build())
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName(GSI)
                    .keySchema(element("g", KeyType.HASH), element("v", KeyType.RANGE))
                    .projection(Projection.builder().projectionType(ProjectionType.INCLUDE).nonKeyAttributes("c").build()).build())
                .billingMode(BillingMode.PAY_PER_REQUEST));
        } catch (ResourceInUseException exists) {
            // created by an earlier cycle
        }
        if (args.length > 4 && args[4].equals("addIndex")) {
            // never closed: the index is still CREATING when the kill comes
            Class.forName("dev.tidemark.engine.internal.IndexBackfill").getMethod("pauseForTesting").invoke(null);
            db.updateTable(u -> u.tableName(TABLE).attributeDefinitions(definition("pad", ScalarAttributeType.S))
                .globalSecondaryIndexUpdates(GlobalSecondaryIndexUpdate.builder().create(CreateGlobalSecondaryIndexAction.builder()
                    .indexName(LATE_GSI).keySchema(element("pad", KeyType.HASH))
                    .projection(Projection.builder().projectionType(ProjectionType.KEYS_ONLY).build()).build()).build()));
        }
        out.println("READY");
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            Thread w = new Thread(() -> run(db, out, thread, firstOp + thread * 1_000_000L, new Random(seed * 31 + thread)));
            w.start();
            workers.add(w);
        }
        for (Thread w : workers) {
            w.join();
        }
    }

    static String key(int thread, int k) {
        return "t" + thread + "-k" + k;
    }

    /** The table key of a key name {@code t<thread>-k<n>}. */
    static Map<String, AttributeValue> tableKey(String key) {
        int dash = key.indexOf("-k");
        return Map.of("pk", AttributeValue.fromS(key.substring(0, dash)),
            "sk", AttributeValue.fromN(key.substring(dash + 2)));
    }

    /** The key name of an item. */
    static String keyName(Map<String, AttributeValue> item) {
        return item.get("pk").s() + "-k" + item.get("sk").n();
    }

    /** The GSI partition an item with this v belongs to, or null (not in the GSI): 4 partitions, one in 5 absent. */
    static String g(long v) {
        return v % 5 == 0 ? null : "g" + (v % 4);
    }

    /** An item for a put: the key, v, g(v) when not null, and the given extra attributes. */
    private static Map<String, AttributeValue> putItem(String key, long op, String pad) {
        Map<String, AttributeValue> it = new HashMap<>(tableKey(key));
        it.put("v", AttributeValue.fromN(op));
        if (g(op) != null) {
            it.put("g", AttributeValue.fromS(g(op)));
        }
        if (pad != null) {
            it.put("pad", AttributeValue.fromS(pad));
        }
        return it;
    }

    /** The part of a SET clause that sets g to g(op); empty when g(op) is null (the caller removes g). */
    private static String gSet(long op) {
        return g(op) == null ? "" : ", g = :g";
    }

    private static Map<String, AttributeValue> withG(Map<String, AttributeValue> values, long op) {
        Map<String, AttributeValue> out = new HashMap<>(values);
        if (g(op) != null) {
            out.put(":g", AttributeValue.fromS(g(op)));
        }
        return out;
    }

    private static KeySchemaElement element(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }

    private static AttributeDefinition definition(String name, ScalarAttributeType type) {
        return AttributeDefinition.builder().attributeName(name).attributeType(type).build();
    }

    private static void run(Database db, PrintStream out, int thread, long op, Random rnd) {
        String pad = "x".repeat(50 + rnd.nextInt(200));
        while (true) {
            op++;
            int kind = rnd.nextInt(11);
            String key = key(thread, rnd.nextInt(KEYS_PER_THREAD));
            AttributeValue v = AttributeValue.fromN(op);
            long opId = op;
            if (kind < 4) {
                synchronized (out) {
                    out.println("B " + thread + " " + op + " PUT " + key);
                }
                db.putItem(p -> p.tableName(TABLE).item(putItem(key, opId, pad)));
                ack(out, thread, op, "");
            } else if (kind < 7) {
                synchronized (out) {
                    out.println("B " + thread + " " + op + " UPD " + key);
                }
                String result = "";
                try {
                    db.updateItem(u -> u.tableName(TABLE).key(tableKey(key))
                        .updateExpression("SET v = :v, c = if_not_exists(c, :zero) + :one" + gSet(opId)
                            + (g(opId) == null ? " REMOVE g" : ""))
                        .conditionExpression("attribute_exists(pk)")
                        .expressionAttributeValues(withG(Map.of(":v", v, ":zero", AttributeValue.fromN(0),
                            ":one", AttributeValue.fromN(1)), opId)));
                } catch (ConditionalCheckFailedException e) {
                    result = " ccf";
                }
                ack(out, thread, op, result);
            } else if (kind < 9) {
                synchronized (out) {
                    out.println("B " + thread + " " + op + " DEL " + key);
                }
                db.deleteItem(d -> d.tableName(TABLE).key(tableKey(key)));
                ack(out, thread, op, "");
            } else if (kind == 10) {
                transaction(db, out, thread, op, rnd);
            } else {
                List<String> keys = new ArrayList<>();
                Map<String, Boolean> seen = new HashMap<>();
                while (keys.size() < 5) {
                    String k = key(thread, rnd.nextInt(KEYS_PER_THREAD));
                    if (seen.putIfAbsent(k, true) == null) {
                        keys.add(k);
                    }
                }
                synchronized (out) {
                    out.println("B " + thread + " " + op + " BAT " + String.join(",", keys));
                }
                List<WriteRequest> writes = new ArrayList<>();
                for (String k : keys) {
                    writes.add(WriteRequest.builder().putRequest(PutRequest.builder()
                        .item(putItem(k, opId, null)).build()).build());
                }
                db.batchWriteItem(b -> b.requestItems(Map.of(TABLE, writes)));
                ack(out, thread, op, "");
            }
        }
    }

    /** 2 to 4 distinct keys of the thread written atomically, and one more key only checked. */
    private static void transaction(Database db, PrintStream out, int thread, long op, Random rnd) {
        int count = 2 + rnd.nextInt(3);
        List<String> keys = new ArrayList<>();
        Map<String, Boolean> seen = new HashMap<>();
        while (keys.size() < count + 1) {
            String k = key(thread, rnd.nextInt(KEYS_PER_THREAD));
            if (seen.putIfAbsent(k, true) == null) {
                keys.add(k);
            }
        }
        String checked = keys.remove(count);
        synchronized (out) {
            out.println("B " + thread + " " + op + " TXN " + String.join(",", keys));
        }
        AttributeValue v = AttributeValue.fromN(op);
        List<TransactWriteItem> actions = new ArrayList<>();
        for (int i = 0; i < count - 1; i++) {
            actions.add(TransactWriteItem.builder().put(Put.builder().tableName(TABLE)
                .item(putItem(keys.get(i), op, null)).build()).build());
        }
        // an Update that creates the item or rewrites it, leaving the same state a Put would
        actions.add(TransactWriteItem.builder().update(Update.builder().tableName(TABLE)
            .key(tableKey(keys.get(count - 1)))
            .updateExpression("SET v = :v" + gSet(op) + " REMOVE c" + (g(op) == null ? ", g" : ""))
            .expressionAttributeValues(withG(Map.of(":v", v), op)).build()).build());
        actions.add(TransactWriteItem.builder().conditionCheck(ConditionCheck.builder().tableName(TABLE)
            .key(tableKey(checked))
            .conditionExpression("attribute_exists(pk) OR attribute_not_exists(pk)").build()).build());
        Collections.shuffle(actions, rnd);
        db.transactWriteItems(r -> r.transactItems(actions));
        ack(out, thread, op, "");
    }

    private static void ack(PrintStream out, int thread, long op, String suffix) {
        synchronized (out) {
            out.println("A " + thread + " " + op + suffix);
        }
    }
}
