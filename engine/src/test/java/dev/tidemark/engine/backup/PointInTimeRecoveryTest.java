package dev.tidemark.engine.backup;

import static dev.tidemark.engine.backup.BackupFixtures.createIndexed;
import static dev.tidemark.engine.backup.BackupFixtures.createSimple;
import static dev.tidemark.engine.backup.BackupFixtures.scanAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.tidemark.engine.Database;
import dev.tidemark.engine.DatabaseOptions;
import dev.tidemark.engine.InvalidRestoreTimeException;
import dev.tidemark.engine.PointInTimeRecoveryUnavailableException;
import dev.tidemark.engine.TableAlreadyExistsException;
import dev.tidemark.engine.TableNotFoundException;
import dev.tidemark.engine.ValidationException;
import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.engine.model.ContinuousBackupsStatus;
import dev.tidemark.engine.model.PointInTimeRecoveryDescription;
import dev.tidemark.engine.model.PointInTimeRecoveryStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Point-in-time recovery: the window, errors, and restores compared with a model at every second. */
class PointInTimeRecoveryTest {
    @TempDir
    Path dir;

    private TestClock clock;

    @BeforeEach
    void clock() {
        clock = new TestClock(Instant.parse("2031-03-01T10:00:00Z"));
    }

    @AfterEach
    void release() {
        clock.close();
    }

    private Database open() {
        return Database.open(dir, DatabaseOptions.builder().clock(clock).build());
    }

    private static void enable(Database db, String table, Integer days) {
        db.updateContinuousBackups(r -> r.tableName(table)
            .pointInTimeRecoverySpecification(dev.tidemark.engine.model.PointInTimeRecoverySpecification.builder()
                .pointInTimeRecoveryEnabled(true).recoveryPeriodInDays(days).build()));
    }

    private static PointInTimeRecoveryDescription describe(Database db, String table) {
        var d = db.describeContinuousBackups(r -> r.tableName(table)).continuousBackupsDescription();
        assertThat(d.continuousBackupsStatus()).isEqualTo(ContinuousBackupsStatus.ENABLED);
        return d.pointInTimeRecoveryDescription();
    }

    /** The model's items (k -> v) as a sorted list like {@link BackupFixtures#scanAll}. */
    private static List<Map<String, AttributeValue>> items(Map<String, Integer> model) {
        List<Map<String, AttributeValue>> out = new ArrayList<>();
        model.forEach((k, v) -> out.add(Map.of("k", AttributeValue.fromS(k), "v", AttributeValue.fromN(v))));
        out.sort(Comparator.comparing(Object::toString));
        return out;
    }

    /**
     * Random timed sequences of puts, updates and deletes over five keys: restoring to any second
     * of the window gives exactly the model's table as of that second.
     */
    @Test
    void restoreToAnySecondEqualsTheModel() {
        AtomicInteger example = new AtomicInteger();
        try (Database db = open()) {
            qt().withExamples(25).withShrinkCycles(20)
                .forAll(lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(1, 25), integers().between(0, 1000))
                .checkAssert((ops, pick) -> {
                    String table = "model" + example.incrementAndGet();
                    createSimple(db, table);
                    TreeMap<String, Integer> model = new TreeMap<>();
                    // one item before recovery is enabled: it must come from the base image
                    db.putItem(r -> r.tableName(table).item(Map.of("k", AttributeValue.fromS("k0"), "v", AttributeValue.fromN(-1))));
                    model.put("k0", -1);
                    clock.advance(1000);
                    enable(db, table, null);
                    TreeMap<Long, TreeMap<String, Integer>> history = new TreeMap<>();
                    history.put(clock.millis(), new TreeMap<>(model));
                    for (int op : ops) {
                        clock.advance(op % 2500);
                        int kind = (op / 2500) % 3;
                        String key = "k" + (op / 7500) % 5;
                        int value = (op / 37500) % 100;
                        if (kind == 0) {
                            db.putItem(r -> r.tableName(table).item(Map.of("k", AttributeValue.fromS(key), "v", AttributeValue.fromN(value))));
                            model.put(key, value);
                        } else if (kind == 1) {
                            db.updateItem(r -> r.tableName(table).key(Map.of("k", AttributeValue.fromS(key)))
                                .updateExpression("SET v = :v").expressionAttributeValues(Map.of(":v", AttributeValue.fromN(value))));
                            model.put(key, value);
                        } else {
                            db.deleteItem(r -> r.tableName(table).key(Map.of("k", AttributeValue.fromS(key))));
                            model.remove(key);
                        }
                        history.put(clock.millis(), new TreeMap<>(model));
                    }
                    clock.advance(1500);
                    PointInTimeRecoveryDescription w = describe(db, table);
                    long earliest = w.earliestRestorableDateTime().getEpochSecond();
                    long latest = w.latestRestorableDateTime().getEpochSecond();
                    assertThat(latest).isGreaterThanOrEqualTo(earliest);
                    // three seconds of the window: the first, the last and one picked at random
                    for (long second : new long[] {earliest, latest, earliest + pick % (latest - earliest + 1)}) {
                        Instant at = Instant.ofEpochSecond(second);
                        Map<String, Integer> expected = history.floorEntry(at.toEpochMilli()).getValue();
                        String target = table + "at" + second;
                        if (db.listTables(r -> { }).tableNames().contains(target)) {
                            continue;
                        }
                        db.restoreTableToPointInTime(r -> r.sourceTableName(table).targetTableName(target).restoreDateTime(at));
                        assertThat(scanAll(db, target)).as("table %s at %s", table, at).isEqualTo(items(expected));
                        db.deleteTable(r -> r.tableName(target));
                    }
                    db.deleteTable(r -> r.tableName(table));
                });
        }
    }

    private static List<String> bases(Path tableDir) throws java.io.IOException {
        if (!java.nio.file.Files.isDirectory(tableDir)) {
            return List.of();
        }
        try (var files = java.nio.file.Files.list(tableDir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        }
    }

    /** Waits (polling) until the background upkeep has brought the bases to the expected state. */
    private static List<String> awaitBases(Path tableDir, java.util.function.Predicate<List<String>> done) throws Exception {
        for (int i = 0; i < 400; i++) {
            List<String> b = bases(tableDir);
            if (done.test(b)) {
                return b;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("bases never reached the expected state: " + bases(tableDir));
    }

    /**
     * With a one-day period the background upkeep writes a new base each day and deletes the bases
     * the window no longer needs; restores inside the window still see the right items.
     */
    @Test
    void basesRollForwardWithTheWindow() throws Exception {
        try (Database db = open()) {
            createSimple(db, "daily");
            Path tableDir = dir.resolve("pitr").resolve(db.describeTable(r -> r.tableName("daily")).table().tableId());
            db.putItem(r -> r.tableName("daily").item(Map.of("k", AttributeValue.fromS("a"), "v", AttributeValue.fromN(0))));
            enable(db, "daily", 1);
            List<String> first = bases(tableDir);
            assertThat(first).hasSize(1);
            clock.advance(Duration.ofHours(25).toMillis());
            db.putItem(r -> r.tableName("daily").item(Map.of("k", AttributeValue.fromS("a"), "v", AttributeValue.fromN(1))));
            awaitBases(tableDir, b -> b.size() == 2);
            clock.advance(Duration.ofHours(2).toMillis());
            Instant second = clock.instant();
            clock.advance(Duration.ofHours(23).toMillis());
            db.putItem(r -> r.tableName("daily").item(Map.of("k", AttributeValue.fromS("a"), "v", AttributeValue.fromN(2))));
            List<String> now = awaitBases(tableDir, b -> b.size() == 2 && !b.contains(first.get(0)));
            assertThat(now).doesNotContain(first.get(0));
            PointInTimeRecoveryDescription d = describe(db, "daily");
            assertThat(d.earliestRestorableDateTime()).isAfter(Instant.parse("2031-03-02T10:00:00Z"));
            db.restoreTableToPointInTime(r -> r.sourceTableName("daily").targetTableName("mid").restoreDateTime(second));
            assertThat(scanAll(db, "mid")).extracting(i -> i.get("v").n()).containsExactly("1");
            db.restoreTableToPointInTime(r -> r.sourceTableName("daily").targetTableName("last").useLatestRestorableTime(true));
            assertThat(scanAll(db, "last")).extracting(i -> i.get("v").n()).containsExactly("2");
            assertThatThrownBy(() -> db.restoreTableToPointInTime(r -> r.sourceTableName("daily").targetTableName("gone")
                .restoreDateTime(Instant.parse("2031-03-01T10:00:05Z")))).isInstanceOf(InvalidRestoreTimeException.class);
        }
    }

    /** Deleting a table with recovery on keeps a system backup of it, restorable after the deletion. */
    @Test
    void deletingARecoverableTableKeepsASystemBackup() {
        try (Database db = open()) {
            createSimple(db, "gone");
            createSimple(db, "plain");
            db.putItem(r -> r.tableName("gone").item(Map.of("k", AttributeValue.fromS("a"), "v", AttributeValue.fromN(1))));
            db.putItem(r -> r.tableName("plain").item(Map.of("k", AttributeValue.fromS("a"))));
            enable(db, "gone", 7);
            clock.advance(2000);
            db.putItem(r -> r.tableName("gone").item(Map.of("k", AttributeValue.fromS("b"), "v", AttributeValue.fromN(2))));
            db.deleteTable(r -> r.tableName("gone"));
            db.deleteTable(r -> r.tableName("plain"));
            assertThat(db.listBackups(r -> { }).backupSummaries()).isEmpty();
            var system = db.listBackups(r -> r.backupType(dev.tidemark.engine.model.BackupTypeFilter.SYSTEM)).backupSummaries();
            assertThat(system).hasSize(1);
            assertThat(system.get(0).backupName()).isEqualTo("gone$DeletedTableBackup");
            assertThat(system.get(0).backupType()).isEqualTo(dev.tidemark.engine.model.BackupType.SYSTEM);
            assertThat(system.get(0).backupExpiryDateTime()).isEqualTo(clock.instant().plus(Duration.ofDays(35)));
            db.restoreTableFromBackup(r -> r.backupArn(system.get(0).backupArn()).targetTableName("back"));
            assertThat(scanAll(db, "back")).hasSize(2);
            assertThat(dir.resolve("pitr")).isEmptyDirectory();
        }
    }

    @Test
    void windowErrorsAndRestartKeepHistory() {
        Instant beforeChange;
        Instant enabledAt;
        try (Database db = open()) {
            createIndexed(db, "orders");
            assertThat(describe(db, "orders").pointInTimeRecoveryStatus()).isEqualTo(PointInTimeRecoveryStatus.DISABLED);
            assertThatThrownBy(() -> db.restoreTableToPointInTime(r -> r.sourceTableName("orders").targetTableName("xx1")
                .useLatestRestorableTime(true))).isInstanceOf(PointInTimeRecoveryUnavailableException.class);
            assertThatThrownBy(() -> db.describeContinuousBackups(r -> r.tableName("nope"))).isInstanceOf(TableNotFoundException.class);
            assertThatThrownBy(() -> enable(db, "orders", 36)).isInstanceOf(ValidationException.class);
            assertThatThrownBy(() -> enable(db, "orders", 0)).isInstanceOf(ValidationException.class);
            assertThat(describe(db, "orders").pointInTimeRecoveryStatus()).isEqualTo(PointInTimeRecoveryStatus.DISABLED);

            db.putItem(r -> r.tableName("orders").item(Map.of("pk", AttributeValue.fromS("a"), "sk", AttributeValue.fromN(1),
                "city", AttributeValue.fromS("Oslo"), "rank", AttributeValue.fromN(5))));
            clock.advance(400);
            enabledAt = clock.instant();
            enable(db, "orders", null);
            PointInTimeRecoveryDescription d = describe(db, "orders");
            assertThat(d.pointInTimeRecoveryStatus()).isEqualTo(PointInTimeRecoveryStatus.ENABLED);
            assertThat(d.recoveryPeriodInDays()).isEqualTo(35);
            assertThat(d.earliestRestorableDateTime()).isEqualTo(Instant.parse("2031-03-01T10:00:01Z"));
            clock.advance(5000);
            beforeChange = clock.instant();
            clock.advance(1000);
            db.putItem(r -> r.tableName("orders").item(Map.of("pk", AttributeValue.fromS("a"), "sk", AttributeValue.fromN(1),
                "city", AttributeValue.fromS("Lima"), "rank", AttributeValue.fromN(6))));
            clock.advance(2000);
            assertThatThrownBy(() -> db.restoreTableToPointInTime(r -> r.sourceTableName("orders").targetTableName("early")
                .restoreDateTime(enabledAt.minusSeconds(2)))).isInstanceOf(InvalidRestoreTimeException.class);
            assertThatThrownBy(() -> db.restoreTableToPointInTime(r -> r.sourceTableName("orders").targetTableName("late")
                .restoreDateTime(clock.instant().plusSeconds(5)))).isInstanceOf(InvalidRestoreTimeException.class);
            assertThatThrownBy(() -> db.restoreTableToPointInTime(r -> r.sourceTableName("orders").targetTableName("orders")
                .restoreDateTime(beforeChange))).isInstanceOf(TableAlreadyExistsException.class);
            assertThatThrownBy(() -> db.restoreTableToPointInTime(r -> r.sourceTableName("orders").targetTableName("both")
                .restoreDateTime(beforeChange).useLatestRestorableTime(true))).isInstanceOf(ValidationException.class);
            assertThat(db.listTables(r -> { }).tableNames()).containsExactly("orders");
        }
        clock.advance(3000);
        try (Database db = open()) {
            // by ARN, after a restart; the restored table has the source's indexes
            db.restoreTableToPointInTime(r -> r.sourceTableArn("arn:aws:dynamodb:tidemark:000000000000:table/orders")
                .targetTableName("old").restoreDateTime(beforeChange));
            assertThat(db.query(q -> q.tableName("old").indexName("byCity").keyConditionExpression("city = :c")
                .expressionAttributeValues(Map.of(":c", AttributeValue.fromS("Oslo")))).items()).hasSize(1);
            db.restoreTableToPointInTime(r -> r.sourceTableName("orders").targetTableName("now").useLatestRestorableTime(true));
            assertThat(scanAll(db, "now")).extracting(i -> i.get("city").s()).containsExactly("Lima");
            assertThat(scanAll(db, "old")).extracting(i -> i.get("city").s()).containsExactly("Oslo");

            // turning it off and on again resets the window
            db.updateContinuousBackups(r -> r.tableName("orders").pointInTimeRecoverySpecification(
                dev.tidemark.engine.model.PointInTimeRecoverySpecification.builder().pointInTimeRecoveryEnabled(false).build()));
            assertThat(describe(db, "orders").pointInTimeRecoveryStatus()).isEqualTo(PointInTimeRecoveryStatus.DISABLED);
            assertThat(dir.resolve("pitr")).isEmptyDirectory();
            clock.advance(10_000);
            enable(db, "orders", 2);
            PointInTimeRecoveryDescription d = describe(db, "orders");
            assertThat(d.recoveryPeriodInDays()).isEqualTo(2);
            assertThat(d.earliestRestorableDateTime()).isAfter(beforeChange.plusSeconds(10));
            // the window's start follows the period once the table is older than it
            clock.advance(Duration.ofDays(3).toMillis());
            d = describe(db, "orders");
            assertThat(d.earliestRestorableDateTime())
                .isEqualTo(clock.instant().minus(Duration.ofDays(2)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
            assertThat(d.latestRestorableDateTime()).isEqualTo(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        }
    }
}
