package dev.tidemark.engine.crash;

import dev.tidemark.engine.Database;
import dev.tidemark.engine.DatabaseOptions;
import dev.tidemark.engine.internal.log.CommitLog;
import dev.tidemark.engine.model.AttributeDefinition;
import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.engine.model.BillingMode;
import dev.tidemark.engine.model.GlobalSecondaryIndex;
import dev.tidemark.engine.model.KeySchemaElement;
import dev.tidemark.engine.model.KeyType;
import dev.tidemark.engine.model.Projection;
import dev.tidemark.engine.model.ProjectionType;
import dev.tidemark.engine.model.ScalarAttributeType;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.openhft.chronicle.queue.rollcycles.TestRollCycles;

/**
 * The child process of {@link CompactionCrashTest}: one log cycle per (fast) second, one writer
 * putting and deleting items of a small key set, and a thread compacting the log all the time.
 * Prints {@code BEGIN op key version} before and {@code ACK op key version} after each write, until
 * it is killed. Arguments: directory, base time (epoch ms), seed.
 */
public final class CompactionWorkload {
    static final String TABLE = "compacted";
    static final String GSI = "byGroup";
    static final int KEYS = 25;
    /** Log time runs this many times faster than real time, so cycles roll every 50 ms. */
    static final int SPEED = 20;

    private CompactionWorkload() {
    }

    /** Uses the same small cycles and fast clock as the child (the verifier opens the same log). */
    static void useFastLog(long base) {
        long start = System.nanoTime();
        CommitLog.timeSourceForTests(() -> base + (System.nanoTime() - start) / 1_000_000 * SPEED);
        CommitLog.rollCycleForTests(TestRollCycles.TEST_SECONDLY, 64 << 10);
    }

    static void createTable(Database db) {
        if (db.listTables(r -> { }).tableNames().contains(TABLE)) {
            return;
        }
        db.createTable(c -> c.tableName(TABLE)
            .keySchema(List.of(KeySchemaElement.builder().attributeName("k").keyType(KeyType.HASH).build()))
            .attributeDefinitions(List.of(
                AttributeDefinition.builder().attributeName("k").attributeType(ScalarAttributeType.S).build(),
                AttributeDefinition.builder().attributeName("g").attributeType(ScalarAttributeType.S).build()))
            .billingMode(BillingMode.PAY_PER_REQUEST)
            .globalSecondaryIndexes(List.of(GlobalSecondaryIndex.builder().indexName(GSI)
                .keySchema(List.of(KeySchemaElement.builder().attributeName("g").keyType(KeyType.HASH).build()))
                .projection(Projection.builder().projectionType(ProjectionType.ALL).build()).build())));
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        useFastLog(Long.parseLong(args[1]));
        Random rnd = new Random(Long.parseLong(args[2]));
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Database db = Database.open(dir, DatabaseOptions.defaults());
        createTable(db);
        Thread compactor = new Thread(() -> {
            while (true) {
                db.checkpoint();
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        compactor.setDaemon(true);
        compactor.start();
        out.println("READY");
        for (long op = Long.parseLong(args[1]); ; op++) {
            String key = "key" + rnd.nextInt(KEYS);
            if (rnd.nextInt(6) == 0) {
                out.println("BEGIN DEL " + key + " " + op);
                db.deleteItem(r -> r.tableName(TABLE).key(Map.of("k", AttributeValue.fromS(key))));
                out.println("ACK DEL " + key + " " + op);
            } else {
                long version = op;
                byte[] pad = new byte[500 + rnd.nextInt(1500)];
                rnd.nextBytes(pad);
                out.println("BEGIN PUT " + key + " " + op);
                db.putItem(r -> r.tableName(TABLE).item(Map.of("k", AttributeValue.fromS(key), "v", AttributeValue.fromN(version),
                    "g", AttributeValue.fromS("g" + version % 3), "pad", AttributeValue.fromB(pad))));
                out.println("ACK PUT " + key + " " + op);
            }
        }
    }
}
