package dev.tidemark.engine.backup;

import static dev.tidemark.engine.backup.BackupFixtures.createIndexed;
import static dev.tidemark.engine.backup.BackupFixtures.createSimple;
import static dev.tidemark.engine.backup.BackupFixtures.scanAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tidemark.engine.BackupNotFoundException;
import dev.tidemark.engine.Database;
import dev.tidemark.engine.ListBackupsResult;
import dev.tidemark.engine.TableAlreadyExistsException;
import dev.tidemark.engine.TableNotFoundException;
import dev.tidemark.engine.ValidationException;
import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.engine.model.BackupDetails;
import dev.tidemark.engine.model.BackupStatus;
import dev.tidemark.engine.model.BackupSummary;
import dev.tidemark.engine.model.BackupType;
import dev.tidemark.engine.model.BackupTypeFilter;
import dev.tidemark.engine.model.BillingMode;
import dev.tidemark.engine.model.TableDescription;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On-demand backups: create, describe, list, delete, restore with overrides, errors, durability. */
class BackupTest {
    @TempDir
    Path dir;

    private static Map<String, AttributeValue> person(int p, int s) {
        Map<String, AttributeValue> m = new HashMap<>();
        m.put("pk", AttributeValue.fromS("p" + p));
        m.put("sk", AttributeValue.fromN(s));
        m.put("rank", AttributeValue.fromN(100 - s));
        if (s % 3 != 0) {
            m.put("city", AttributeValue.fromS(s % 3 == 1 ? "Oslo" : "Lima"));
        }
        m.put("tags", AttributeValue.fromSs("t" + s, "x"));
        m.put("blob", AttributeValue.fromB(new byte[] {(byte) p, (byte) s}));
        m.put("nested", AttributeValue.fromM(Map.of("l", AttributeValue.fromL(AttributeValue.fromN(s), AttributeValue.nul()))));
        return m;
    }

    @Test
    void backupSurvivesTableDeletionAndRestartAndRestoresWithIndexes() {
        List<Map<String, AttributeValue>> expected;
        List<Map<String, AttributeValue>> expectedGsi;
        String arn;
        try (Database db = Database.open(dir)) {
            createIndexed(db, "people");
            for (int p = 0; p < 5; p++) {
                for (int s = 0; s < 30; s++) {
                    int pp = p;
                    int ss = s;
                    db.putItem(r -> r.tableName("people").item(person(pp, ss)));
                }
            }
            db.deleteItem(r -> r.tableName("people").key(Map.of("pk", AttributeValue.fromS("p0"), "sk", AttributeValue.fromN(0))));
            expected = scanAll(db, "people");
            expectedGsi = scanAll(db, "people", "byCity");
            BackupDetails d = db.createBackup(r -> r.tableName("people").backupName("nightly")).backupDetails();
            assertThat(d.backupStatus()).isEqualTo(BackupStatus.AVAILABLE);
            assertThat(d.backupType()).isEqualTo(BackupType.USER);
            assertThat(d.backupArn()).startsWith("arn:aws:dynamodb:tidemark:000000000000:table/people/backup/");
            arn = d.backupArn();
            // writes after the backup are not in it
            db.putItem(r -> r.tableName("people").item(person(9, 9)));
            db.deleteTable(r -> r.tableName("people"));
        }
        assertThat(dir.resolve("backups")).isDirectory();
        try (Database db = Database.open(dir)) {
            var desc = db.describeBackup(r -> r.backupArn(arn)).backupDescription();
            assertThat(desc.sourceTableDetails().tableName()).isEqualTo("people");
            assertThat(desc.sourceTableDetails().itemCount()).isEqualTo(expected.size());
            TableDescription t = db.restoreTableFromBackup(r -> r.backupArn(arn).targetTableName("people2")).tableDescription();
            assertThat(t.itemCount()).isEqualTo(expected.size());
            assertThat(t.globalSecondaryIndexes()).extracting(g -> g.indexName()).containsExactly("byCity");
            assertThat(t.localSecondaryIndexes()).extracting(l -> l.indexName()).containsExactly("byRank");
            assertThat(t.provisionedThroughput().readCapacityUnits()).isEqualTo(5L);
            assertThat(scanAll(db, "people2")).isEqualTo(expected);
            assertThat(scanAll(db, "people2", "byCity")).isEqualTo(expectedGsi);
            var q = db.query(r -> r.tableName("people2").indexName("byCity").keyConditionExpression("city = :c")
                .expressionAttributeValues(Map.of(":c", AttributeValue.fromS("Lima")))).items();
            assertThat(q).isNotEmpty().allSatisfy(i -> assertThat(i.get("city")).isEqualTo(AttributeValue.fromS("Lima")));
            assertThat(q).hasSize((int) expected.stream().filter(i -> AttributeValue.fromS("Lima").equals(i.get("city"))).count());
            var lsi = db.query(r -> r.tableName("people2").indexName("byRank").keyConditionExpression("pk = :p AND #r < :r")
                .expressionAttributeNames(Map.of("#r", "rank"))
                .expressionAttributeValues(Map.of(":p", AttributeValue.fromS("p1"), ":r", AttributeValue.fromN(80)))).items();
            assertThat(lsi).hasSize(9);
            // restored table is a normal table: writes work
            db.putItem(r -> r.tableName("people2").item(person(7, 7)));
            assertThat(scanAll(db, "people2")).hasSize(expected.size() + 1);
        }
        // the restored data is logged like any write: it survives a restart
        try (Database db = Database.open(dir)) {
            assertThat(scanAll(db, "people2")).hasSize(expected.size() + 1);
            assertThat(scanAll(db, "people2", "byCity")).hasSize(expectedGsi.size() + 1);
        }
    }

    @Test
    void overridesDropIndexesAndChangeBilling() {
        try (Database db = Database.open(dir)) {
            createIndexed(db, "people");
            for (int s = 0; s < 10; s++) {
                int ss = s;
                db.putItem(r -> r.tableName("people").item(person(1, ss)));
            }
            String arn = db.createBackup(r -> r.tableName("people").backupName("bk1")).backupDetails().backupArn();
            TableDescription t = db.restoreTableFromBackup(r -> r.backupArn(arn).targetTableName("bare")
                .billingModeOverride(BillingMode.PAY_PER_REQUEST)
                .globalSecondaryIndexOverride(List.of()).localSecondaryIndexOverride(List.of())).tableDescription();
            assertThat(t.globalSecondaryIndexes()).isNull();
            assertThat(t.localSecondaryIndexes()).isNull();
            assertThat(t.billingModeSummary().billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
            assertThat(scanAll(db, "bare")).isEqualTo(scanAll(db, "people"));
            TableDescription more = db.restoreTableFromBackup(r -> r.backupArn(arn).targetTableName("more")
                .provisionedThroughputOverride(dev.tidemark.engine.model.ProvisionedThroughput.builder()
                    .readCapacityUnits(20L).writeCapacityUnits(30L).build())).tableDescription();
            assertThat(more.provisionedThroughput().readCapacityUnits()).isEqualTo(20L);
            assertThat(more.provisionedThroughput().writeCapacityUnits()).isEqualTo(30L);
            assertThat(more.globalSecondaryIndexes()).singleElement()
                .satisfies(g -> assertThat(g.provisionedThroughput().readCapacityUnits()).isEqualTo(3L));
            assertThat(scanAll(db, "more", "byCity")).isEqualTo(scanAll(db, "people", "byCity"));
            db.deleteTable(r -> r.tableName("more"));
            assertThatThrownBy(() -> db.query(r -> r.tableName("bare").indexName("byCity").keyConditionExpression("city = :c")
                .expressionAttributeValues(Map.of(":c", AttributeValue.fromS("Lima"))))).isInstanceOf(ValidationException.class);
            // an override naming an index the backup does not have is rejected and creates nothing
            assertThatThrownBy(() -> db.restoreTableFromBackup(r -> r.backupArn(arn).targetTableName("other")
                .globalSecondaryIndexOverride(List.of(dev.tidemark.engine.model.GlobalSecondaryIndex.builder().indexName("nope")
                    .keySchema(List.of(BackupFixtures.key("city", dev.tidemark.engine.model.KeyType.HASH)))
                    .projection(dev.tidemark.engine.model.Projection.builder()
                        .projectionType(dev.tidemark.engine.model.ProjectionType.ALL).build()).build()))))
                .isInstanceOf(ValidationException.class);
            assertThat(db.listTables(r -> { }).tableNames()).containsExactlyInAnyOrder("people", "bare");
        }
    }

    @Test
    void errorsAreTypedAndChangeNothing() {
        try (Database db = Database.open(dir)) {
            createSimple(db, "tt1");
            createSimple(db, "tt2");
            db.putItem(r -> r.tableName("tt1").item(Map.of("k", AttributeValue.fromS("a"))));
            assertThatThrownBy(() -> db.createBackup(r -> r.tableName("missing").backupName("bb1")))
                .isInstanceOf(TableNotFoundException.class);
            assertThatThrownBy(() -> db.createBackup(r -> r.tableName("tt1").backupName("x")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("backupName");
            assertThatThrownBy(() -> db.createBackup(r -> r.tableName("tt1").backupName("bad name!")))
                .isInstanceOf(ValidationException.class);
            assertThat(db.listBackups(r -> r.backupType(BackupTypeFilter.ALL)).backupSummaries()).isEmpty();
            String arn = db.createBackup(r -> r.tableName("tt1").backupName("good")).backupDetails().backupArn();
            assertThatThrownBy(() -> db.restoreTableFromBackup(r -> r.backupArn(arn).targetTableName("tt2")))
                .isInstanceOf(TableAlreadyExistsException.class);
            assertThatThrownBy(() -> db.restoreTableFromBackup(r -> r.backupArn(arn + "x").targetTableName("tt3")))
                .isInstanceOf(BackupNotFoundException.class);
            assertThatThrownBy(() -> db.describeBackup(r -> r.backupArn("arn:nope"))).isInstanceOf(BackupNotFoundException.class);
            var deleted = db.deleteBackup(r -> r.backupArn(arn)).backupDescription();
            assertThat(deleted.backupDetails().backupStatus()).isEqualTo(BackupStatus.DELETED);
            assertThatThrownBy(() -> db.describeBackup(r -> r.backupArn(arn))).isInstanceOf(BackupNotFoundException.class);
            assertThatThrownBy(() -> db.deleteBackup(r -> r.backupArn(arn))).isInstanceOf(BackupNotFoundException.class);
            assertThat(db.listTables(r -> { }).tableNames()).containsExactlyInAnyOrder("tt1", "tt2");
        }
    }

    @Test
    void listBackupsFiltersByTableTimeAndTypeAndPages() throws Exception {
        try (Database db = Database.open(dir)) {
            createSimple(db, "aaa");
            createSimple(db, "bbb");
            List<String> arns = new ArrayList<>();
            List<Instant> created = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String table = i % 2 == 0 ? "aaa" : "bbb";
                int ii = i;
                BackupDetails d = db.createBackup(r -> r.tableName(table).backupName("bk" + ii)).backupDetails();
                arns.add(d.backupArn());
                created.add(d.backupCreationDateTime());
                Thread.sleep(3);
            }
            assertThat(db.listBackups(r -> { }).backupSummaries()).extracting(BackupSummary::backupArn).containsExactlyElementsOf(arns);
            assertThat(db.listBackups(r -> r.tableName("aaa")).backupSummaries()).extracting(BackupSummary::backupName)
                .containsExactly("bk0", "bk2", "bk4");
            assertThat(db.listBackups(r -> r.timeRangeLowerBound(created.get(2)).timeRangeUpperBound(created.get(4)))
                .backupSummaries()).extracting(BackupSummary::backupName).containsExactly("bk2", "bk3");
            assertThat(db.listBackups(r -> r.backupType(BackupTypeFilter.SYSTEM)).backupSummaries()).isEmpty();
            List<String> paged = new ArrayList<>();
            String start = null;
            do {
                String from = start;
                ListBackupsResult page = db.listBackups(r -> r.limit(4).exclusiveStartBackupArn(from));
                page.backupSummaries().forEach(b -> paged.add(b.backupArn()));
                start = page.lastEvaluatedBackupArn();
            } while (start != null);
            assertThat(paged).containsExactlyElementsOf(arns);
            assertThatThrownBy(() -> db.listBackups(r -> r.limit(0))).isInstanceOf(ValidationException.class);
        }
    }

    /**
     * Writers each rewrite a group of keys in one BatchWriteItem (all keys of a group get the same
     * version in one log record). A backup taken meanwhile must hold every group at a single
     * version (no torn batch), at least the version acknowledged before the backup started and at
     * most the one started before it returned.
     */
    @Test
    void backupDuringConcurrentWritesIsConsistent() throws Exception {
        int groups = 4;
        int keysPerGroup = 8;
        try (Database db = Database.open(dir)) {
            createSimple(db, "hot");
            AtomicBoolean stop = new AtomicBoolean();
            Map<Integer, Long> acked = new ConcurrentHashMap<>();
            Map<Integer, Long> started = new ConcurrentHashMap<>();
            List<Thread> writers = new ArrayList<>();
            for (int g = 0; g < groups; g++) {
                int group = g;
                Thread t = new Thread(() -> {
                    for (long v = 1; !stop.get(); v++) {
                        long version = v;
                        started.put(group, version);
                        List<dev.tidemark.engine.model.WriteRequest> puts = new ArrayList<>();
                        for (int k = 0; k < keysPerGroup; k++) {
                            Map<String, AttributeValue> key = Map.of("k", AttributeValue.fromS(group + "-" + k));
                            if (version % 5 == 0) {
                                // every fifth version deletes the whole group
                                puts.add(dev.tidemark.engine.model.WriteRequest.builder().deleteRequest(
                                    dev.tidemark.engine.model.DeleteRequest.builder().key(key).build()).build());
                            } else {
                                puts.add(dev.tidemark.engine.model.WriteRequest.builder().putRequest(dev.tidemark.engine.model.PutRequest.builder()
                                    .item(Map.of("k", key.get("k"), "v", AttributeValue.fromN(version),
                                        "pad", AttributeValue.fromS("x".repeat(100)))).build()).build());
                            }
                        }
                        db.batchWriteItem(r -> r.requestItems(Map.of("hot", puts)));
                        acked.put(group, version);
                    }
                });
                writers.add(t);
                t.start();
            }
            Random rnd = new Random(7);
            for (int round = 0; round < 5; round++) {
                Thread.sleep(20 + rnd.nextInt(30));
                Map<Integer, Long> before = new HashMap<>(acked);
                String arn = db.createBackup(r -> r.tableName("hot").backupName("round")).backupDetails().backupArn();
                Map<Integer, Long> after = new HashMap<>(started);
                String target = "copy" + round;
                db.restoreTableFromBackup(r -> r.backupArn(arn).targetTableName(target));
                Map<Integer, List<Long>> versions = scanAll(db, target).stream().collect(Collectors.groupingBy(
                    i -> Integer.parseInt(i.get("k").s().split("-")[0]),
                    Collectors.mapping(i -> Long.parseLong(i.get("v").n()), Collectors.toList())));
                for (Map.Entry<Integer, List<Long>> e : versions.entrySet()) {
                    assertThat(e.getValue()).as("group %s in backup %s", e.getKey(), round).hasSize(keysPerGroup);
                    assertThat(e.getValue().stream().distinct()).as("one version per group").hasSize(1);
                    long v = e.getValue().get(0);
                    assertThat(v).isGreaterThanOrEqualTo(before.getOrDefault(e.getKey(), 0L));
                    assertThat(v).isLessThanOrEqualTo(after.get(e.getKey()));
                }
                for (Map.Entry<Integer, Long> e : before.entrySet()) {
                    long startedAfter = after.get(e.getKey());
                    if (startedAfter - e.getValue() <= 1 && e.getValue() % 5 != 0 && startedAfter % 5 != 0) {
                        // the acknowledged put or the next put is in the backup (a delete that
                        // started right after the acknowledged put may legitimately be in it too)
                        assertThat(versions).as("group acknowledged before the backup").containsKey(e.getKey());
                    }
                }
                for (Map.Entry<Integer, List<Long>> e : versions.entrySet()) {
                    assertThat(e.getValue().get(0) % 5).as("a deleted group is absent, not partly present").isNotZero();
                }
            }
            stop.set(true);
            for (Thread t : writers) {
                t.join();
            }
            assertThat(acked.values()).allSatisfy(v -> assertThat(v).isGreaterThan(1L));
        }
    }

    @Test
    void interruptedBackupLeavesNoTrace() throws Exception {
        Path leftover = dir.resolve("backups").resolve(".0000000000000-deadbeef.tmp");
        Files.createDirectories(leftover);
        Files.writeString(leftover.resolve("items.dat"), "half");
        try (Database db = Database.open(dir)) {
            assertThat(leftover).doesNotExist();
            assertThat(db.listBackups(r -> r.backupType(BackupTypeFilter.ALL)).backupSummaries()).isEmpty();
        }
    }
}
