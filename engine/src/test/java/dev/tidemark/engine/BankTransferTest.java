package dev.tidemark.engine;

import static dev.tidemark.engine.Fixtures.hashTable;
import static dev.tidemark.engine.Fixtures.item;
import static dev.tidemark.engine.Fixtures.n;
import static dev.tidemark.engine.Fixtures.s;
import static dev.tidemark.engine.Fixtures.scanAll;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.engine.model.CancellationReason;
import dev.tidemark.engine.model.Get;
import dev.tidemark.engine.model.ItemResponse;
import dev.tidemark.engine.model.ScalarAttributeType;
import dev.tidemark.engine.model.TransactGetItem;
import dev.tidemark.engine.model.TransactWriteItem;
import dev.tidemark.engine.model.Update;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The concurrency invariant of transactions (reference 3.13, 3.15): money moved between accounts
 * with TransactWriteItems is never created or destroyed, no balance goes negative, and a
 * TransactGetItems snapshot never sees half of a transfer.
 */
class BankTransferTest {
    private static final String TABLE = "bank";
    private static final int INITIAL = 100;
    private static final int WRITERS = 4;
    private static final int TRANSFERS_PER_WRITER = 3_000;
    /** Amounts up to 150 against balances starting at 100: some transfers must fail their condition. */
    private static final int MAX_AMOUNT = 150;

    private Database db;

    @BeforeEach
    void open() {
        db = Database.openTemporary();
        hashTable(db, TABLE, "id", ScalarAttributeType.S);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static Map<String, AttributeValue> key(int account) {
        return item("id", s("acct-" + account));
    }

    private void openAccounts(int accounts) {
        for (int i = 0; i < accounts; i++) {
            int a = i;
            db.putItem(p -> p.tableName(TABLE).item(item("id", s("acct-" + a), "balance", n(INITIAL))));
        }
    }

    /** Outcome counts of the writer threads, and anything unexpected they met. */
    private static final class Tally {
        final AtomicLong committed = new AtomicLong();
        final AtomicLong cancelled = new AtomicLong();
        final ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
    }

    private void transfer(int from, int to, int amount, Tally tally) {
        AttributeValue amt = n(amount);
        TransactWriteItem debit = TransactWriteItem.builder().update(Update.builder().tableName(TABLE).key(key(from))
            .updateExpression("SET balance = balance - :amt").conditionExpression("balance >= :amt")
            .expressionAttributeValues(Map.of(":amt", amt)).build()).build();
        TransactWriteItem credit = TransactWriteItem.builder().update(Update.builder().tableName(TABLE).key(key(to))
            .updateExpression("SET balance = balance + :amt")
            .expressionAttributeValues(Map.of(":amt", amt)).build()).build();
        try {
            db.transactWriteItems(r -> r.transactItems(debit, credit));
            tally.committed.incrementAndGet();
        } catch (TransactionCanceledException e) {
            List<String> codes = e.cancellationReasons().stream().map(CancellationReason::code).toList();
            if (!codes.equals(List.of("ConditionalCheckFailed", "None"))) {
                tally.problems.add("transfer " + from + "->" + to + " of " + amount + " cancelled with " + codes);
            }
            tally.cancelled.incrementAndGet();
        } catch (RuntimeException e) {
            tally.problems.add("transfer " + from + "->" + to + " of " + amount + " failed: " + e);
        }
    }

    private List<Thread> startWriters(int accounts, long seed, Tally tally) {
        List<Thread> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            Random rnd = new Random(seed + w);
            Thread t = new Thread(() -> {
                for (int i = 0; i < TRANSFERS_PER_WRITER; i++) {
                    int from = rnd.nextInt(accounts);
                    int to = rnd.nextInt(accounts - 1);
                    if (to >= from) {
                        to++;
                    }
                    transfer(from, to, 1 + rnd.nextInt(MAX_AMOUNT), tally);
                }
            }, "transfer-" + w);
            t.start();
            writers.add(t);
        }
        return writers;
    }

    private static long balance(Map<String, AttributeValue> item) {
        return Long.parseLong(item.get("balance").n());
    }

    private static void assertWritersBehaved(Tally tally) {
        assertThat(tally.problems).as("unexpected outcomes of transfers").isEmpty();
        assertThat(tally.committed.get()).as("committed transfers").isPositive();
        assertThat(tally.cancelled.get()).as("transfers whose balance condition failed").isPositive();
        assertThat(tally.committed.get() + tally.cancelled.get()).isEqualTo((long) WRITERS * TRANSFERS_PER_WRITER);
    }

    @Test
    @Timeout(120)
    @DisplayName("3.15 Every TransactGetItems snapshot of the whole 100-account bank, taken during transfers, sums to the total")
    void snapshotsNeverSeeHalfATransfer() throws Exception {
        int accounts = 100; // TransactGetItems reads at most 100 items: one snapshot covers all the money
        long total = (long) accounts * INITIAL;
        openAccounts(accounts);
        Tally tally = new Tally();
        AtomicBoolean done = new AtomicBoolean();
        AtomicLong snapshots = new AtomicLong();
        ConcurrentLinkedQueue<String> badSnapshots = new ConcurrentLinkedQueue<>();
        long seed = System.nanoTime();
        Thread auditor = new Thread(() -> {
            Random rnd = new Random(seed ^ 0x5eed);
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < accounts; i++) {
                order.add(i);
            }
            while (!done.get() || snapshots.get() == 0) {
                Collections.shuffle(order, rnd); // a different lock and read order each time
                List<TransactGetItem> gets = new ArrayList<>(accounts);
                for (int a : order) {
                    gets.add(TransactGetItem.builder().get(Get.builder().tableName(TABLE).key(key(a)).build()).build());
                }
                try {
                    List<ItemResponse> r = db.transactGetItems(g -> g.transactItems(gets)).responses();
                    long sum = 0;
                    for (int i = 0; i < accounts; i++) {
                        Map<String, AttributeValue> it = r.get(i).item();
                        if (it == null || !it.get("id").equals(key(order.get(i)).get("id"))) {
                            badSnapshots.add("response " + i + " is " + it + ", expected account " + order.get(i));
                            continue;
                        }
                        long b = balance(it);
                        if (b < 0) {
                            badSnapshots.add("negative balance " + it);
                        }
                        sum += b;
                    }
                    if (sum != total) {
                        badSnapshots.add("snapshot sums to " + sum + ", not " + total);
                    }
                    snapshots.incrementAndGet();
                } catch (RuntimeException e) {
                    badSnapshots.add("snapshot failed: " + e);
                    return;
                }
            }
        }, "auditor");
        auditor.start();
        List<Thread> writers = startWriters(accounts, seed, tally);
        for (Thread w : writers) {
            w.join();
        }
        done.set(true);
        auditor.join();

        assertThat(badSnapshots).as("snapshots (seed %d)", seed).isEmpty();
        assertThat(snapshots.get()).as("snapshots taken").isPositive();
        assertWritersBehaved(tally);
        List<Map<String, AttributeValue>> all = scanAll(db, TABLE);
        assertThat(all).hasSize(accounts);
        assertThat(all.stream().mapToLong(BankTransferTest::balance).sum()).isEqualTo(total);
    }

    @Test
    @Timeout(120)
    @DisplayName("3.13 4 threads of transfers over 1,000 accounts: the total is kept and no balance goes negative")
    void totalKeptOverThousandAccounts() throws Exception {
        int accounts = 1_000;
        long total = (long) accounts * INITIAL;
        openAccounts(accounts);
        Tally tally = new Tally();
        long seed = System.nanoTime();
        for (Thread w : startWriters(accounts, seed, tally)) {
            w.join();
        }
        assertWritersBehaved(tally);
        List<Map<String, AttributeValue>> all = scanAll(db, TABLE);
        assertThat(all).as("seed %d", seed).hasSize(accounts);
        assertThat(all).as("no negative balance (seed %d)", seed).allSatisfy(it -> assertThat(balance(it)).isNotNegative());
        assertThat(all.stream().mapToLong(BankTransferTest::balance).sum()).as("seed %d", seed).isEqualTo(total);
    }

    @Test
    @Timeout(120)
    @DisplayName("3.15 Single-item UpdateItem deposits interleaved with transfers on the same accounts lose no update")
    void singleItemWritesSerializeWithTransactions() throws Exception {
        int accounts = 50; // few accounts: deposits and transfers meet on the same items often
        int deposits = 4_000;
        openAccounts(accounts);
        Tally tally = new Tally();
        long seed = System.nanoTime();
        ConcurrentLinkedQueue<String> depositProblems = new ConcurrentLinkedQueue<>();
        Thread depositor = new Thread(() -> {
            Random rnd = new Random(seed ^ 0xde9);
            for (int i = 0; i < deposits; i++) {
                int a = rnd.nextInt(accounts);
                try {
                    db.updateItem(u -> u.tableName(TABLE).key(key(a)).updateExpression("SET balance = balance + :one")
                        .expressionAttributeValues(Map.of(":one", n(1))));
                } catch (RuntimeException e) {
                    depositProblems.add("deposit to " + a + " failed: " + e);
                }
            }
        }, "depositor");
        depositor.start();
        for (Thread w : startWriters(accounts, seed, tally)) {
            w.join();
        }
        depositor.join();
        assertThat(depositProblems).isEmpty();
        assertWritersBehaved(tally);
        List<Map<String, AttributeValue>> all = scanAll(db, TABLE);
        assertThat(all).allSatisfy(it -> assertThat(balance(it)).isNotNegative());
        assertThat(all.stream().mapToLong(BankTransferTest::balance).sum()).as("seed %d", seed)
            .isEqualTo((long) accounts * INITIAL + deposits);
    }
}
