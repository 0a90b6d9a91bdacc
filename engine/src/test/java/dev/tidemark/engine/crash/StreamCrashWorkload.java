package dev.tidemark.engine.crash;

import dev.tidemark.engine.Database;
import dev.tidemark.engine.ResourceInUseException;
import dev.tidemark.engine.model.AttributeDefinition;
import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.engine.model.BillingMode;
import dev.tidemark.engine.model.Delete;
import dev.tidemark.engine.model.DeleteRequest;
import dev.tidemark.engine.model.KeySchemaElement;
import dev.tidemark.engine.model.KeyType;
import dev.tidemark.engine.model.Put;
import dev.tidemark.engine.model.PutRequest;
import dev.tidemark.engine.model.ScalarAttributeType;
import dev.tidemark.engine.model.StreamSpecification;
import dev.tidemark.engine.model.StreamViewType;
import dev.tidemark.engine.model.TransactWriteItem;
import dev.tidemark.engine.model.Update;
import dev.tidemark.engine.model.WriteRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The child process of {@link StreamCrashTest}: writes to a table with a NEW_AND_OLD_IMAGES stream
 * from two threads (puts, often identical to the current item, updates, deletes, batches and
 * transactions over twelve keys) until it is killed, or, with a count, until it has done that many
 * operations and printed {@code DONE}. Prints {@code READY} before the first write.
 */
public final class StreamCrashWorkload {
    static final String TABLE = "scrash";
    static final int KEYS = 12;

    private StreamCrashWorkload() {
    }

    /**
     * Runs the workload.
     *
     * @param args directory, seed, and optionally an operation count per thread
     */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        long seed = Long.parseLong(args[1]);
        long count = args.length > 2 ? Long.parseLong(args[2]) : Long.MAX_VALUE;
        Database db = Database.open(dir);
        try {
            db.createTable(t -> t.tableName(TABLE).billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(KeySchemaElement.builder().attributeName("id").keyType(KeyType.HASH).build())
                .attributeDefinitions(AttributeDefinition.builder().attributeName("id").attributeType(ScalarAttributeType.S).build())
                .streamSpecification(StreamSpecification.builder().streamEnabled(true).streamViewType(StreamViewType.NEW_AND_OLD_IMAGES).build()));
        } catch (ResourceInUseException exists) {
            // a later cycle
        }
        System.out.println("READY");
        System.out.flush();
        Thread[] threads = new Thread[2];
        for (int t = 0; t < threads.length; t++) {
            Random rnd = new Random(seed + t);
            threads[t] = new Thread(() -> {
                for (long i = 0; i < count; i++) {
                    step(db, rnd);
                }
            });
            threads[t].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        System.out.println("DONE");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE); // killed by the parent: no clean close
    }

    private static AttributeValue key(Random rnd) {
        return AttributeValue.fromS("k" + rnd.nextInt(KEYS));
    }

    private static void step(Database db, Random rnd) {
        AttributeValue k = key(rnd);
        AttributeValue v = AttributeValue.fromN(rnd.nextInt(3));
        switch (rnd.nextInt(6)) {
            case 0, 1 -> db.putItem(p -> p.tableName(TABLE).item(Map.of("id", k, "a", v)));
            case 2 -> db.updateItem(u -> u.tableName(TABLE).key(Map.of("id", k)).updateExpression("SET b = :v")
                .expressionAttributeValues(Map.of(":v", v)));
            case 3 -> db.deleteItem(d -> d.tableName(TABLE).key(Map.of("id", k)));
            case 4 -> {
                int base = rnd.nextInt(KEYS);
                db.batchWriteItem(b -> b.requestItems(Map.of(TABLE, List.of(
                    WriteRequest.builder().putRequest(PutRequest.builder().item(Map.of("id", AttributeValue.fromS("k" + base), "a", v)).build()).build(),
                    WriteRequest.builder().putRequest(PutRequest.builder().item(Map.of("id", AttributeValue.fromS("k" + (base + 1) % KEYS), "c", v)).build()).build(),
                    WriteRequest.builder().deleteRequest(DeleteRequest.builder().key(Map.of("id", AttributeValue.fromS("k" + (base + 2) % KEYS))).build()).build()))));
            }
            default -> {
                int base = rnd.nextInt(KEYS);
                db.transactWriteItems(t -> t.transactItems(
                    TransactWriteItem.builder().put(Put.builder().tableName(TABLE).item(Map.of("id", AttributeValue.fromS("k" + base), "t", v)).build()).build(),
                    TransactWriteItem.builder().update(Update.builder().tableName(TABLE).key(Map.of("id", AttributeValue.fromS("k" + (base + 5) % KEYS)))
                        .updateExpression("SET a = :v").expressionAttributeValues(Map.of(":v", v)).build()).build(),
                    TransactWriteItem.builder().delete(Delete.builder().tableName(TABLE).key(Map.of("id", AttributeValue.fromS("k" + (base + 7) % KEYS))).build()).build()));
            }
        }
    }
}
