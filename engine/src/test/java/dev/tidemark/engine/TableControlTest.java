package dev.tidemark.engine;

import static dev.tidemark.engine.Fixtures.def;
import static dev.tidemark.engine.Fixtures.hashKey;
import static dev.tidemark.engine.Fixtures.hashTable;
import static dev.tidemark.engine.Fixtures.item;
import static dev.tidemark.engine.Fixtures.n;
import static dev.tidemark.engine.Fixtures.rangeKey;
import static dev.tidemark.engine.Fixtures.s;
import static dev.tidemark.engine.Fixtures.scanAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tidemark.engine.model.BillingMode;
import dev.tidemark.engine.model.KeyType;
import dev.tidemark.engine.model.ProvisionedThroughput;
import dev.tidemark.engine.model.ScalarAttributeType;
import dev.tidemark.engine.model.TableDescription;
import dev.tidemark.engine.model.TableStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Control-plane behaviour: CreateTable, DescribeTable, ListTables, UpdateTable, DeleteTable (reference 2.1, 2.2, 2.7, 5). */
class TableControlTest {
    private Database db;

    @BeforeEach
    void open() {
        db = Database.openTemporary();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static ProvisionedThroughput pt(Long r, Long w) {
        return ProvisionedThroughput.builder().readCapacityUnits(r).writeCapacityUnits(w).build();
    }

    private void assertCreateRejected(Consumer<CreateTableRequest.Builder> req, String message) {
        assertThatThrownBy(() -> db.createTable(req)).isInstanceOf(ValidationException.class).hasMessageContaining(message);
        assertThat(db.listTables(l -> { }).tableNames()).isEmpty();
    }

    @Test
    @DisplayName("2.1 CreateTable: first KeySchemaElement must be HASH")
    void firstKeyMustBeHash() {
        assertCreateRejected(t -> t.tableName("tbl").billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(rangeKey("a")).attributeDefinitions(def("a", ScalarAttributeType.S)),
            "Invalid KeySchema: The first KeySchemaElement is not a HASH key type");
    }

    @Test
    @DisplayName("2.1 CreateTable: second KeySchemaElement must be RANGE")
    void secondKeyMustBeRange() {
        assertCreateRejected(t -> t.tableName("tbl").billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(hashKey("a"), hashKey("b"))
                .attributeDefinitions(def("a", ScalarAttributeType.S), def("b", ScalarAttributeType.S)),
            "Invalid KeySchema: The second KeySchemaElement is not a RANGE key type");
    }

    @Test
    @DisplayName("2.1 CreateTable: hash and range key with the same name are rejected")
    void sameNameKeys() {
        assertCreateRejected(t -> t.tableName("tbl").billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(hashKey("a"), rangeKey("a")).attributeDefinitions(def("a", ScalarAttributeType.S)),
            "Both the Hash Key and the Range Key element in the KeySchema have the same name");
    }

    @Test
    @DisplayName("2.1 CreateTable: KeySchema of 0 or 3 elements is rejected")
    void keySchemaLength() {
        assertCreateRejected(t -> t.tableName("tbl").billingMode(BillingMode.PAY_PER_REQUEST)
            .keySchema(List.of()).attributeDefinitions(def("a", ScalarAttributeType.S)), "keySchema");
        assertCreateRejected(t -> t.tableName("tbl").billingMode(BillingMode.PAY_PER_REQUEST)
            .keySchema(hashKey("a"), rangeKey("b"), rangeKey("c"))
            .attributeDefinitions(def("a", ScalarAttributeType.S), def("b", ScalarAttributeType.S),
                def("c", ScalarAttributeType.S)), "keySchema");
    }

    @Test
    @DisplayName("2.1 CreateTable: a key attribute missing from AttributeDefinitions is rejected")
    void missingDefinition() {
        assertCreateRejected(t -> t.tableName("tbl").billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(hashKey("a"), rangeKey("b")).attributeDefinitions(def("a", ScalarAttributeType.S)),
            "Some index key attributes are not defined in AttributeDefinitions");
    }

    @Test
    @DisplayName("2.1 CreateTable: missing AttributeDefinitions is rejected")
    void noDefinitions() {
        assertThatThrownBy(() -> db.createTable(t -> t.tableName("tbl").billingMode(BillingMode.PAY_PER_REQUEST)
            .keySchema(hashKey("a")))).isInstanceOf(ValidationException.class);
        assertThat(db.listTables(l -> { }).tableNames()).isEmpty();
    }

    @Test
    @DisplayName("2.1 CreateTable: spurious (unused) AttributeDefinitions are rejected")
    void spuriousDefinition() {
        assertThatThrownBy(() -> db.createTable(t -> t.tableName("tbl").billingMode(BillingMode.PAY_PER_REQUEST)
            .keySchema(hashKey("a"))
            .attributeDefinitions(def("a", ScalarAttributeType.S), def("extra", ScalarAttributeType.N))))
            .isInstanceOf(ValidationException.class);
        assertThat(db.listTables(l -> { }).tableNames()).isEmpty();
    }

    @Test
    @DisplayName("2.1 CreateTable: the same attribute defined twice is rejected")
    void duplicateDefinition() {
        assertThatThrownBy(() -> db.createTable(t -> t.tableName("tbl").billingMode(BillingMode.PAY_PER_REQUEST)
            .keySchema(hashKey("a"))
            .attributeDefinitions(def("a", ScalarAttributeType.S), def("a", ScalarAttributeType.N))))
            .isInstanceOf(ValidationException.class);
        assertThat(db.listTables(l -> { }).tableNames()).isEmpty();
    }

    @Test
    @DisplayName("1.7 Table names: 3..255 chars of [a-zA-Z0-9_.-]; others rejected with ValidationException")
    void tableNames() {
        for (String bad : List.of("ab", "x".repeat(256), "bad name", "tab/le", "ümlaut")) {
            assertThatThrownBy(() -> hashTable(db, bad, "id", ScalarAttributeType.S))
                .as(bad).isInstanceOf(ValidationException.class);
        }
        for (String good : List.of("abc", "x".repeat(255), "a_b.c-D9")) {
            hashTable(db, good, "id", ScalarAttributeType.S);
        }
        assertThat(db.listTables(l -> { }).tableNames()).hasSize(3);
    }

    @Test
    @DisplayName("1.7 Table names are case-sensitive")
    void tableNamesCaseSensitive() {
        hashTable(db, "Users", "id", ScalarAttributeType.S);
        hashTable(db, "users", "id", ScalarAttributeType.S);
        db.putItem(p -> p.tableName("Users").item(item("id", s("1"))));
        assertThat(scanAll(db, "users")).isEmpty();
        assertThat(scanAll(db, "Users")).hasSize(1);
    }

    @Test
    @DisplayName("1.7 Item op with a malformed table name is a ValidationException, not ResourceNotFound")
    void itemOpBadName() {
        assertThatThrownBy(() -> db.getItem(g -> g.tableName("a").key(item("id", s("1")))))
            .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> db.getItem(g -> g.tableName("no such").key(item("id", s("1")))))
            .isInstanceOf(ValidationException.class);
    }

    @Test
    @DisplayName("2.1 BillingMode PROVISIONED is the default and requires ProvisionedThroughput")
    void provisionedRequiresThroughput() {
        assertCreateRejected(t -> t.tableName("tbl").keySchema(hashKey("a")).attributeDefinitions(def("a", ScalarAttributeType.S)),
            "ProvisionedThroughput must be specified when BillingMode is PROVISIONED");
        assertCreateRejected(t -> t.tableName("tbl").billingMode(BillingMode.PROVISIONED).keySchema(hashKey("a"))
                .attributeDefinitions(def("a", ScalarAttributeType.S)).provisionedThroughput(pt(5L, null)),
            "ProvisionedThroughput must be specified when BillingMode is PROVISIONED");
        TableDescription d = db.createTable(t -> t.tableName("tbl").keySchema(hashKey("a"))
            .attributeDefinitions(def("a", ScalarAttributeType.S)).provisionedThroughput(pt(5L, 7L))).tableDescription();
        assertThat(d.billingModeSummary().billingMode()).isEqualTo(BillingMode.PROVISIONED);
        assertThat(d.provisionedThroughput().readCapacityUnits()).isEqualTo(5L);
        assertThat(d.provisionedThroughput().writeCapacityUnits()).isEqualTo(7L);
    }

    @Test
    @DisplayName("2.1 PAY_PER_REQUEST forbids ProvisionedThroughput")
    void onDemandForbidsThroughput() {
        assertCreateRejected(t -> t.tableName("tbl").billingMode(BillingMode.PAY_PER_REQUEST).keySchema(hashKey("a"))
                .attributeDefinitions(def("a", ScalarAttributeType.S)).provisionedThroughput(pt(1L, 1L)),
            "Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST");
    }

    @Test
    @DisplayName("2.1 Minimum provisioned throughput is 1 RCU / 1 WCU")
    void minimumThroughput() {
        assertThatThrownBy(() -> db.createTable(t -> t.tableName("tbl").keySchema(hashKey("a"))
            .attributeDefinitions(def("a", ScalarAttributeType.S)).provisionedThroughput(pt(0L, 1L))))
            .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> db.createTable(t -> t.tableName("tbl").keySchema(hashKey("a"))
            .attributeDefinitions(def("a", ScalarAttributeType.S)).provisionedThroughput(pt(1L, 0L))))
            .isInstanceOf(ValidationException.class);
        db.createTable(t -> t.tableName("tbl").keySchema(hashKey("a"))
            .attributeDefinitions(def("a", ScalarAttributeType.S)).provisionedThroughput(pt(1L, 1L)));
    }

    @Test
    @DisplayName("2.1/2.7 On-demand tables report RCU/WCU = 0 and a PAY_PER_REQUEST summary")
    void onDemandZeros() {
        hashTable(db, "tbl", "id", ScalarAttributeType.S);
        TableDescription d = db.describeTable(r -> r.tableName("tbl")).table();
        assertThat(d.provisionedThroughput()).isNotNull();
        assertThat(d.provisionedThroughput().readCapacityUnits()).isZero();
        assertThat(d.provisionedThroughput().writeCapacityUnits()).isZero();
        assertThat(d.billingModeSummary().billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
    }

    @Test
    @DisplayName("2.1/5 CreateTable on an existing name is ResourceInUseException and keeps the old table")
    void createExisting() {
        hashTable(db, "tbl", "id", ScalarAttributeType.S);
        db.putItem(p -> p.tableName("tbl").item(item("id", s("1"))));
        assertThatThrownBy(() -> hashTable(db, "tbl", "other", ScalarAttributeType.N))
            .isInstanceOf(ResourceInUseException.class);
        assertThat(db.describeTable(r -> r.tableName("tbl")).table().keySchema().get(0).attributeName()).isEqualTo("id");
        assertThat(scanAll(db, "tbl")).hasSize(1);
    }

    @Test
    @DisplayName("2.1 CreateTable returns ACTIVE (synchronous) and the table accepts data at once")
    void createIsActive() {
        TableDescription d = db.createTable(t -> t.tableName("tbl").billingMode(BillingMode.PAY_PER_REQUEST)
            .keySchema(hashKey("pk"), rangeKey("sk"))
            .attributeDefinitions(def("pk", ScalarAttributeType.S), def("sk", ScalarAttributeType.N))).tableDescription();
        assertThat(d.tableStatus()).isEqualTo(TableStatus.ACTIVE);
        db.putItem(p -> p.tableName("tbl").item(item("pk", s("a"), "sk", n(1))));
        assertThat(db.describeTable(r -> r.tableName("tbl")).table().tableStatus()).isEqualTo(TableStatus.ACTIVE);
    }

    @Test
    @DisplayName("2.7 DescribeTable shape: name, ARN, UUID id, status, creation time, key schema, definitions, throughput, counts")
    void describeShape() {
        Instant before = Instant.now().minusSeconds(1);
        db.createTable(t -> t.tableName("Music").billingMode(BillingMode.PAY_PER_REQUEST)
            .keySchema(hashKey("Artist"), rangeKey("Song"))
            .attributeDefinitions(def("Song", ScalarAttributeType.B), def("Artist", ScalarAttributeType.S)));
        TableDescription d = db.describeTable(r -> r.tableName("Music")).table();
        assertThat(d.tableName()).isEqualTo("Music");
        assertThat(d.tableArn()).startsWith("arn:").endsWith(":table/Music");
        assertThat(UUID.fromString(d.tableId()).toString()).isEqualTo(d.tableId());
        assertThat(d.tableStatus()).isEqualTo(TableStatus.ACTIVE);
        assertThat(d.creationDateTime()).isAfter(before).isBeforeOrEqualTo(Instant.now());
        assertThat(d.keySchema()).extracting(k -> k.attributeName() + ":" + k.keyType())
            .containsExactly("Artist:HASH", "Song:RANGE");
        assertThat(d.attributeDefinitions()).extracting(a -> a.attributeName() + ":" + a.attributeType())
            .containsExactlyInAnyOrder("Artist:S", "Song:B");
        assertThat(d.provisionedThroughput()).isNotNull();
        assertThat(d.provisionedThroughput().numberOfDecreasesToday()).isZero();
        assertThat(d.itemCount()).isNotNull();
        assertThat(d.tableSizeBytes()).isNotNull();
    }

    @Test
    @DisplayName("2.7 DescribeTable of a missing table is ResourceNotFoundException")
    void describeMissing() {
        assertThatThrownBy(() -> db.describeTable(r -> r.tableName("nothere")))
            .isInstanceOf(ResourceNotFoundException.class).hasMessageContaining("Requested resource not found");
    }

    @Test
    @DisplayName("5 Data operations on a missing table are ResourceNotFoundException")
    void dataOpsOnMissingTable() {
        List<Runnable> ops = List.of(
            () -> db.putItem(p -> p.tableName("nothere").item(item("id", s("1")))),
            () -> db.getItem(g -> g.tableName("nothere").key(item("id", s("1")))),
            () -> db.updateItem(u -> u.tableName("nothere").key(item("id", s("1")))),
            () -> db.deleteItem(x -> x.tableName("nothere").key(item("id", s("1")))),
            () -> db.scan(x -> x.tableName("nothere")),
            () -> db.query(q -> q.tableName("nothere").keyConditionExpression("id = :v")
                .expressionAttributeValues(java.util.Map.of(":v", s("1")))));
        for (Runnable op : ops) {
            assertThatThrownBy(op::run).isInstanceOf(ResourceNotFoundException.class);
        }
    }

    @Test
    @DisplayName("2.7 ListTables: sorted pages of Limit names, LastEvaluatedTableName chains to the full list")
    void listTablesPaging() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            String name = String.format("t%02d", (i * 7) % 23);
            names.add(name);
            hashTable(db, name, "id", ScalarAttributeType.S);
        }
        names.sort(null);
        List<String> seen = new ArrayList<>();
        String start = null;
        int pages = 0;
        do {
            String esk = start;
            ListTablesResult r = db.listTables(l -> l.limit(5).exclusiveStartTableName(esk));
            assertThat(r.tableNames().size()).isLessThanOrEqualTo(5);
            seen.addAll(r.tableNames());
            start = r.lastEvaluatedTableName();
            if (start != null) {
                assertThat(start).isEqualTo(r.tableNames().get(r.tableNames().size() - 1));
            }
            pages++;
        } while (start != null);
        assertThat(seen).containsExactlyElementsOf(names);
        assertThat(pages).isEqualTo(5);
        assertThat(db.listTables(l -> { }).tableNames()).containsExactlyElementsOf(names);
        assertThat(db.listTables(l -> { }).lastEvaluatedTableName()).isNull();
    }

    @Test
    @DisplayName("2.7 ListTables: Limit outside 1..100 is rejected; default page is up to 100 names")
    void listTablesLimit() {
        assertThatThrownBy(() -> db.listTables(l -> l.limit(0))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> db.listTables(l -> l.limit(101))).isInstanceOf(ValidationException.class);
        for (int i = 0; i < 101; i++) {
            hashTable(db, String.format("tab%03d", i), "id", ScalarAttributeType.S);
        }
        ListTablesResult first = db.listTables(l -> { });
        assertThat(first.tableNames()).hasSize(100);
        assertThat(first.lastEvaluatedTableName()).isEqualTo("tab099");
        ListTablesResult second = db.listTables(l -> l.exclusiveStartTableName("tab099"));
        assertThat(second.tableNames()).containsExactly("tab100");
        assertThat(second.lastEvaluatedTableName()).isNull();
    }

    @Test
    @DisplayName("2.2 UpdateTable: an empty request is rejected")
    void updateEmpty() {
        hashTable(db, "tbl", "id", ScalarAttributeType.S);
        assertThatThrownBy(() -> db.updateTable(u -> u.tableName("tbl"))).isInstanceOf(ValidationException.class);
    }

    @Test
    @DisplayName("2.2 UpdateTable: throughput change is applied and described; LastIncreaseDateTime set")
    void updateThroughput() {
        db.createTable(t -> t.tableName("tbl").keySchema(hashKey("a"))
            .attributeDefinitions(def("a", ScalarAttributeType.S)).provisionedThroughput(pt(1L, 1L)));
        TableDescription d = db.updateTable(u -> u.tableName("tbl").provisionedThroughput(pt(10L, 20L))).tableDescription();
        assertThat(d.provisionedThroughput().readCapacityUnits()).isEqualTo(10L);
        assertThat(d.provisionedThroughput().writeCapacityUnits()).isEqualTo(20L);
        assertThat(d.provisionedThroughput().lastIncreaseDateTime()).isNotNull();
        TableDescription desc = db.describeTable(r -> r.tableName("tbl")).table();
        assertThat(desc.provisionedThroughput().readCapacityUnits()).isEqualTo(10L);
        TableDescription dec = db.updateTable(u -> u.tableName("tbl").provisionedThroughput(pt(5L, 20L))).tableDescription();
        assertThat(dec.provisionedThroughput().numberOfDecreasesToday()).isEqualTo(1L);
        assertThat(dec.provisionedThroughput().lastDecreaseDateTime()).isNotNull();
    }

    @Test
    @DisplayName("2.2 UpdateTable: switching to PAY_PER_REQUEST zeros throughput and records the switch time; back to PROVISIONED needs throughput")
    void updateBillingMode() {
        db.createTable(t -> t.tableName("tbl").keySchema(hashKey("a"))
            .attributeDefinitions(def("a", ScalarAttributeType.S)).provisionedThroughput(pt(3L, 4L)));
        db.putItem(p -> p.tableName("tbl").item(item("a", s("k"))));
        TableDescription d = db.updateTable(u -> u.tableName("tbl").billingMode(BillingMode.PAY_PER_REQUEST)).tableDescription();
        assertThat(d.billingModeSummary().billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
        assertThat(d.billingModeSummary().lastUpdateToPayPerRequestDateTime()).isNotNull();
        assertThat(d.provisionedThroughput().readCapacityUnits()).isZero();
        assertThat(d.provisionedThroughput().writeCapacityUnits()).isZero();
        assertThatThrownBy(() -> db.updateTable(u -> u.tableName("tbl").billingMode(BillingMode.PROVISIONED)))
            .isInstanceOf(ValidationException.class)
            .hasMessageContaining("ProvisionedThroughput must be specified when BillingMode is PROVISIONED");
        assertThatThrownBy(() -> db.updateTable(u -> u.tableName("tbl").provisionedThroughput(pt(1L, 1L))))
            .isInstanceOf(ValidationException.class)
            .hasMessageContaining("Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST");
        TableDescription back = db.updateTable(u -> u.tableName("tbl").billingMode(BillingMode.PROVISIONED)
            .provisionedThroughput(pt(2L, 2L))).tableDescription();
        assertThat(back.billingModeSummary().billingMode()).isEqualTo(BillingMode.PROVISIONED);
        assertThat(back.provisionedThroughput().readCapacityUnits()).isEqualTo(2L);
        assertThat(scanAll(db, "tbl")).containsExactly(item("a", s("k")));
    }

    @Test
    @DisplayName("2.2/5 UpdateTable of a missing table is ResourceNotFoundException")
    void updateMissing() {
        assertThatThrownBy(() -> db.updateTable(u -> u.tableName("nothere").billingMode(BillingMode.PAY_PER_REQUEST)))
            .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    @DisplayName("2.1 DeleteTable: returns the description (DELETING), removes the table and its items; again -> ResourceNotFound")
    void deleteTable() {
        hashTable(db, "tbl", "id", ScalarAttributeType.S);
        hashTable(db, "keep", "id", ScalarAttributeType.S);
        db.putItem(p -> p.tableName("tbl").item(item("id", s("1"))));
        TableDescription d = db.deleteTable(x -> x.tableName("tbl")).tableDescription();
        assertThat(d.tableName()).isEqualTo("tbl");
        assertThat(d.tableStatus()).isIn(TableStatus.DELETING, TableStatus.ACTIVE);
        assertThat(d.keySchema()).extracting(k -> k.keyType()).containsExactly(KeyType.HASH);
        assertThat(db.listTables(l -> { }).tableNames()).containsExactly("keep");
        assertThatThrownBy(() -> db.describeTable(r -> r.tableName("tbl"))).isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> db.getItem(g -> g.tableName("tbl").key(item("id", s("1")))))
            .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> db.deleteTable(x -> x.tableName("tbl"))).isInstanceOf(ResourceNotFoundException.class);
        hashTable(db, "tbl", "id", ScalarAttributeType.S);
        assertThat(scanAll(db, "tbl")).isEmpty();
    }

    @Test
    @DisplayName("1.8 Key attribute types other than S, N, B cannot be declared (the model only offers S, N, B)")
    void scalarKeyTypes() {
        assertThat(ScalarAttributeType.values()).extracting(Enum::name).containsExactlyInAnyOrder("S", "N", "B");
        for (ScalarAttributeType type : ScalarAttributeType.values()) {
            hashTable(db, "t_" + type, "id", type);
        }
        assertThat(db.listTables(l -> { }).tableNames()).hasSize(3);
    }

    @Test
    @DisplayName("1.7 Key attribute names longer than 255 bytes are rejected at CreateTable")
    void keyNameLength() {
        String longName = "k".repeat(256);
        assertThatThrownBy(() -> hashTable(db, "tbl", longName, ScalarAttributeType.S)).isInstanceOf(ValidationException.class);
        hashTable(db, "tbl", "k".repeat(255), ScalarAttributeType.S);
    }
}
