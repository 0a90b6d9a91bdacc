package dev.tidemark.engine;

import static dev.tidemark.engine.Fixtures.hashKey;
import static dev.tidemark.engine.Fixtures.def;
import static dev.tidemark.engine.Fixtures.item;
import static dev.tidemark.engine.Fixtures.n;
import static dev.tidemark.engine.Fixtures.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.engine.model.BillingMode;
import dev.tidemark.engine.model.ConditionCheck;
import dev.tidemark.engine.model.OperationType;
import dev.tidemark.engine.model.Put;
import dev.tidemark.engine.model.PutRequest;
import dev.tidemark.engine.model.Record;
import dev.tidemark.engine.model.ScalarAttributeType;
import dev.tidemark.engine.model.ShardIteratorType;
import dev.tidemark.engine.model.StreamDescription;
import dev.tidemark.engine.model.StreamSpecification;
import dev.tidemark.engine.model.StreamStatus;
import dev.tidemark.engine.model.StreamViewType;
import dev.tidemark.engine.model.TransactWriteItem;
import dev.tidemark.engine.model.WriteRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** DynamoDB Streams (reference 7): enabling, the records writes produce, and the read API. */
class StreamsTest {
    private static final Instant START = Instant.parse("2026-03-01T10:00:00.250Z");
    private MutableClock clock;
    private Database db;

    @BeforeEach
    void open() {
        clock = new MutableClock(START);
        db = Database.openTemporary(DatabaseOptions.builder().clock(clock).build());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void table(String name, StreamViewType view) {
        db.createTable(t -> t.tableName(name).billingMode(BillingMode.PAY_PER_REQUEST)
            .keySchema(hashKey("id")).attributeDefinitions(def("id", ScalarAttributeType.S))
            .streamSpecification(view == null ? null : StreamSpecification.builder().streamEnabled(true).streamViewType(view).build()));
    }

    private List<Record> records(String table) {
        return StreamReader.readAll(db, StreamReader.arn(db, table), 1000);
    }

    private static StreamSpecification spec(Boolean enabled, StreamViewType view) {
        return StreamSpecification.builder().streamEnabled(enabled).streamViewType(view).build();
    }

    @Test
    @DisplayName("7.1 CreateTable with a stream: DescribeTable shows the specification, label and ARN; ListStreams and DescribeStream list it")
    void createWithStream() {
        table("tb1", StreamViewType.NEW_AND_OLD_IMAGES);
        var d = db.describeTable(r -> r.tableName("tb1")).table();
        assertThat(d.streamSpecification()).isEqualTo(spec(true, StreamViewType.NEW_AND_OLD_IMAGES));
        assertThat(d.latestStreamLabel()).isEqualTo("2026-03-01T10:00:00.250");
        assertThat(d.latestStreamArn()).isEqualTo("arn:aws:dynamodb:tidemark:000000000000:table/tb1/stream/2026-03-01T10:00:00.250");
        assertThat(db.listStreams(r -> r.tableName("tb1")).streams()).singleElement()
            .satisfies(s -> assertThat(s.streamArn()).isEqualTo(d.latestStreamArn()));
        StreamDescription sd = db.describeStream(r -> r.streamArn(d.latestStreamArn())).streamDescription();
        assertThat(sd.streamStatus()).isEqualTo(StreamStatus.ENABLED);
        assertThat(sd.streamViewType()).isEqualTo(StreamViewType.NEW_AND_OLD_IMAGES);
        assertThat(sd.tableName()).isEqualTo("tb1");
        assertThat(sd.shards()).singleElement().satisfies(sh -> {
            assertThat(sh.shardId()).hasSizeBetween(28, 65);
            assertThat(sh.sequenceNumberRange().endingSequenceNumber()).isNull();
        });

        table("plain", null);
        assertThat(db.describeTable(r -> r.tableName("plain")).table().latestStreamArn()).isNull();
        db.putItem(p -> p.tableName("plain").item(item("id", s("a"))));
        assertThat(db.listStreams(r -> r.tableName("plain")).streams()).isEmpty();
    }

    @Test
    @DisplayName("7.1 Invalid stream specifications and enabling twice / disabling none are ValidationExceptions that change nothing")
    void specificationRules() {
        assertThatThrownBy(() -> table2("bad1", spec(null, StreamViewType.KEYS_ONLY))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> table2("bad2", spec(true, null))).isInstanceOf(ValidationException.class);
        assertThat(db.listTables(r -> r.limit(10)).tableNames()).isEmpty();
        table2("off", spec(false, null));
        assertThat(db.describeTable(r -> r.tableName("off")).table().streamSpecification()).isNull();
        assertThatThrownBy(() -> db.updateTable(u -> u.tableName("off").streamSpecification(spec(false, null))))
            .isInstanceOf(ValidationException.class);

        table("onn", StreamViewType.KEYS_ONLY);
        String arn = StreamReader.arn(db, "onn");
        assertThatThrownBy(() -> db.updateTable(u -> u.tableName("onn").streamSpecification(spec(true, StreamViewType.KEYS_ONLY))))
            .isInstanceOf(ValidationException.class).hasMessageContaining("already has an enabled stream");
        assertThatThrownBy(() -> db.updateTable(u -> u.tableName("onn").streamSpecification(spec(true, StreamViewType.NEW_IMAGE))))
            .isInstanceOf(ValidationException.class);
        assertThat(StreamReader.arn(db, "onn")).isEqualTo(arn);
        assertThat(db.describeTable(r -> r.tableName("onn")).table().streamSpecification().streamViewType()).isEqualTo(StreamViewType.KEYS_ONLY);
        assertThatThrownBy(() -> db.describeStream(r -> r.streamArn(arn + "x"))).isInstanceOf(ResourceNotFoundException.class);
    }

    private void table2(String name, StreamSpecification spec) {
        db.createTable(t -> t.tableName(name).billingMode(BillingMode.PAY_PER_REQUEST)
            .keySchema(hashKey("id")).attributeDefinitions(def("id", ScalarAttributeType.S)).streamSpecification(spec));
    }

    @Test
    @DisplayName("7.1/7.3 Disabling closes the shard (ending sequence number, no NextShardIterator at its end); enabling again makes a new stream")
    void disableAndReenable() {
        table("tbl", StreamViewType.NEW_IMAGE);
        String first = StreamReader.arn(db, "tbl");
        db.putItem(p -> p.tableName("tbl").item(item("id", s("a"))));
        clock.advance(Duration.ofSeconds(1));
        db.updateTable(u -> u.tableName("tbl").streamSpecification(spec(false, null)));
        var d = db.describeTable(r -> r.tableName("tbl")).table();
        assertThat(d.streamSpecification()).isNull();
        assertThat(d.latestStreamArn()).isEqualTo(first);
        db.putItem(p -> p.tableName("tbl").item(item("id", s("b"))));

        StreamDescription sd = db.describeStream(r -> r.streamArn(first)).streamDescription();
        assertThat(sd.streamStatus()).isEqualTo(StreamStatus.DISABLED);
        String shard = sd.shards().get(0).shardId();
        assertThat(sd.shards().get(0).sequenceNumberRange().endingSequenceNumber()).isNotNull();
        String it = db.getShardIterator(g -> g.streamArn(first).shardId(shard).shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
        GetRecordsResult r = db.getRecords(g -> g.shardIterator(it));
        assertThat(r.records()).extracting(x -> x.dynamodb().keys().get("id").s()).containsExactly("a");
        assertThat(r.nextShardIterator()).as("a closed shard read to its end").isNull();

        clock.advance(Duration.ofSeconds(1));
        db.updateTable(u -> u.tableName("tbl").streamSpecification(spec(true, StreamViewType.KEYS_ONLY)));
        String second = StreamReader.arn(db, "tbl");
        assertThat(second).isNotEqualTo(first);
        db.putItem(p -> p.tableName("tbl").item(item("id", s("c"))));
        assertThat(records("tbl")).extracting(x -> x.dynamodb().keys().get("id").s()).containsExactly("c");
        assertThat(db.listStreams(x -> x.tableName("tbl")).streams()).extracting(x -> x.streamArn()).containsExactly(first, second);
        assertThat(db.listStreams(x -> x.tableName("tbl").limit(1)).lastEvaluatedStreamArn()).isEqualTo(first);
        assertThat(db.listStreams(x -> x.tableName("tbl").exclusiveStartStreamArn(first)).streams())
            .extracting(x -> x.streamArn()).containsExactly(second);

        clock.advance(Duration.ofHours(25));
        db.putItem(p -> p.tableName("tbl").item(item("id", s("d"))));
        assertThat(db.listStreams(x -> x.tableName("tbl")).streams()).as("a disabled stream is gone 24 hours later")
            .extracting(x -> x.streamArn()).containsExactly(second);
        assertThatThrownBy(() -> db.describeStream(x -> x.streamArn(first))).isInstanceOf(ResourceNotFoundException.class);
        assertThat(records("tbl")).extracting(x -> x.dynamodb().keys().get("id").s()).containsExactly("d");
    }

    @Test
    @DisplayName("7.2 INSERT/MODIFY/REMOVE with images; no record for writes that change nothing; metadata fields")
    void recordsOfWrites() {
        table("tbl", StreamViewType.NEW_AND_OLD_IMAGES);
        db.putItem(p -> p.tableName("tbl").item(item("id", s("k"), "a", n(1), "m", AttributeValue.fromM(Map.of("x", n(1), "y", s("z")))))); // INSERT
        db.putItem(p -> p.tableName("tbl").item(item("id", s("k"), "m", AttributeValue.fromM(Map.of("y", s("z"), "x", n(1))), "a", n("1.0")))); // identical
        db.updateItem(u -> u.tableName("tbl").key(item("id", s("k"))).updateExpression("SET a = :v").expressionAttributeValues(Map.of(":v", n(1)))); // same value
        db.updateItem(u -> u.tableName("tbl").key(item("id", s("k"))).updateExpression("REMOVE nothere")); // missing attribute
        db.deleteItem(d -> d.tableName("tbl").key(item("id", s("missing")))); // missing item
        db.updateItem(u -> u.tableName("tbl").key(item("id", s("k"))).updateExpression("SET a = :v").expressionAttributeValues(Map.of(":v", n(2)))); // MODIFY
        db.putItem(p -> p.tableName("tbl").item(item("id", s("k"), "b", s("new")))); // replacing put: MODIFY
        db.updateItem(u -> u.tableName("tbl").key(item("id", s("u"))).updateExpression("SET a = :v").expressionAttributeValues(Map.of(":v", n(5)))); // INSERT by update
        db.deleteItem(d -> d.tableName("tbl").key(item("id", s("k")))); // REMOVE

        List<Record> rs = records("tbl");
        assertThat(rs).extracting(Record::eventName).containsExactly(OperationType.INSERT, OperationType.MODIFY,
            OperationType.MODIFY, OperationType.INSERT, OperationType.REMOVE);
        Record insert = rs.get(0);
        assertThat(insert.eventSource()).isEqualTo("aws:dynamodb");
        assertThat(insert.eventVersion()).isEqualTo("1.1");
        assertThat(insert.awsRegion()).isEqualTo("tidemark");
        assertThat(insert.userIdentity()).isNull();
        assertThat(insert.dynamodb().keys()).isEqualTo(Map.of("id", s("k")));
        assertThat(insert.dynamodb().oldImage()).isNull();
        assertThat(insert.dynamodb().newImage()).containsEntry("a", n(1));
        assertThat(insert.dynamodb().sizeBytes()).isPositive();
        assertThat(insert.dynamodb().streamViewType()).isEqualTo(StreamViewType.NEW_AND_OLD_IMAGES);
        assertThat(insert.dynamodb().approximateCreationDateTime()).isEqualTo(Instant.parse("2026-03-01T10:00:00Z"));
        assertThat(rs.get(1).dynamodb().oldImage()).containsEntry("a", n(1));
        assertThat(rs.get(1).dynamodb().newImage()).containsEntry("a", n(2));
        assertThat(rs.get(2).dynamodb().newImage()).isEqualTo(item("id", s("k"), "b", s("new")));
        assertThat(rs.get(4).dynamodb().newImage()).isNull();
        assertThat(rs.get(4).dynamodb().oldImage()).isEqualTo(item("id", s("k"), "b", s("new")));

        Set<String> ids = new HashSet<>();
        String prev = "";
        for (Record r : rs) {
            String seq = r.dynamodb().sequenceNumber();
            assertThat(seq).matches("[0-9]{21,40}");
            assertThat(new java.math.BigInteger(seq)).isGreaterThan(prev.isEmpty() ? java.math.BigInteger.ZERO.subtract(java.math.BigInteger.ONE) : new java.math.BigInteger(prev));
            prev = seq;
            assertThat(ids.add(r.eventID())).isTrue();
        }
        assertThat(records("tbl")).as("reading again gives the same records").isEqualTo(rs);
    }

    @Test
    @DisplayName("7.1 The view type decides which images records carry")
    void viewTypes() {
        for (StreamViewType v : StreamViewType.values()) {
            String name = "v_" + v.name();
            table(name, v);
            db.putItem(p -> p.tableName(name).item(item("id", s("k"), "a", n(1))));
            db.putItem(p -> p.tableName(name).item(item("id", s("k"), "a", n(2))));
            Record modify = records(name).get(1);
            boolean withOld = v == StreamViewType.OLD_IMAGE || v == StreamViewType.NEW_AND_OLD_IMAGES;
            boolean withNew = v == StreamViewType.NEW_IMAGE || v == StreamViewType.NEW_AND_OLD_IMAGES;
            assertThat(modify.dynamodb().oldImage()).as(name).isEqualTo(withOld ? item("id", s("k"), "a", n(1)) : null);
            assertThat(modify.dynamodb().newImage()).as(name).isEqualTo(withNew ? item("id", s("k"), "a", n(2)) : null);
            assertThat(modify.dynamodb().keys()).isEqualTo(Map.of("id", s("k")));
        }
    }

    @Test
    @DisplayName("7.2 A batch and a transaction produce one record per item changed")
    void batchesAndTransactions() {
        table("tbl", StreamViewType.NEW_IMAGE);
        db.putItem(p -> p.tableName("tbl").item(item("id", s("same"), "v", n(1))));
        db.batchWriteItem(b -> b.requestItems(Map.of("tbl", List.of(
            WriteRequest.builder().putRequest(PutRequest.builder().item(item("id", s("b1"))).build()).build(),
            WriteRequest.builder().putRequest(PutRequest.builder().item(item("id", s("b2"))).build()).build(),
            WriteRequest.builder().putRequest(PutRequest.builder().item(item("id", s("same"), "v", n(1))).build()).build()))));
        db.transactWriteItems(t -> t.transactItems(
            TransactWriteItem.builder().put(Put.builder().tableName("tbl").item(item("id", s("tb1"))).build()).build(),
            TransactWriteItem.builder().put(Put.builder().tableName("tbl").item(item("id", s("b1"), "x", n(1))).build()).build(),
            TransactWriteItem.builder().conditionCheck(ConditionCheck.builder().tableName("tbl").key(item("id", s("b2")))
                .conditionExpression("attribute_exists(id)").build()).build()));
        assertThat(records("tbl")).extracting(r -> r.eventName() + " " + r.dynamodb().keys().get("id").s())
            .containsExactly("INSERT same", "INSERT b1", "INSERT b2", "INSERT tb1", "MODIFY b1");
    }

    @Test
    @DisplayName("7.3 GetRecords pages by Limit; LATEST, AT_ and AFTER_SEQUENCE_NUMBER iterators; bad Limit and sequence numbers")
    void pagingAndIterators() {
        table("tbl", StreamViewType.KEYS_ONLY);
        for (int i = 0; i < 25; i++) {
            int k = i;
            db.putItem(p -> p.tableName("tbl").item(item("id", s("k" + k))));
        }
        String arn = StreamReader.arn(db, "tbl");
        String shard = db.describeStream(r -> r.streamArn(arn)).streamDescription().shards().get(0).shardId();
        String it = db.getShardIterator(g -> g.streamArn(arn).shardId(shard).shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
        List<Integer> pages = new java.util.ArrayList<>();
        List<Record> all = new java.util.ArrayList<>();
        for (int p = 0; p < 5; p++) {
            String cur = it;
            GetRecordsResult r = db.getRecords(g -> g.shardIterator(cur).limit(7));
            pages.add(r.records().size());
            all.addAll(r.records());
            it = r.nextShardIterator();
            assertThat(it).as("an open shard always has a next iterator").isNotNull();
        }
        assertThat(pages).containsExactly(7, 7, 7, 4, 0);
        assertThat(all).extracting(r -> r.dynamodb().keys().get("id").s()).containsExactlyElementsOf(
            java.util.stream.IntStream.range(0, 25).mapToObj(i -> "k" + i).toList());

        String latest = db.getShardIterator(g -> g.streamArn(arn).shardId(shard).shardIteratorType(ShardIteratorType.LATEST)).shardIterator();
        db.putItem(p -> p.tableName("tbl").item(item("id", s("after"))));
        assertThat(db.getRecords(g -> g.shardIterator(latest)).records()).extracting(r -> r.dynamodb().keys().get("id").s()).containsExactly("after");
        String old = it;
        assertThat(db.getRecords(g -> g.shardIterator(old)).records()).as("the old iterator sees the new record too").hasSize(1);

        String seq5 = all.get(5).dynamodb().sequenceNumber();
        String at = db.getShardIterator(g -> g.streamArn(arn).shardId(shard).shardIteratorType(ShardIteratorType.AT_SEQUENCE_NUMBER).sequenceNumber(seq5)).shardIterator();
        assertThat(db.getRecords(g -> g.shardIterator(at).limit(2)).records()).extracting(r -> r.dynamodb().keys().get("id").s()).containsExactly("k5", "k6");
        String after = db.getShardIterator(g -> g.streamArn(arn).shardId(shard).shardIteratorType(ShardIteratorType.AFTER_SEQUENCE_NUMBER).sequenceNumber(seq5)).shardIterator();
        assertThat(db.getRecords(g -> g.shardIterator(after).limit(2)).records()).extracting(r -> r.dynamodb().keys().get("id").s()).containsExactly("k6", "k7");

        assertThatThrownBy(() -> db.getRecords(g -> g.shardIterator(at).limit(1001))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> db.getRecords(g -> g.shardIterator(at).limit(0))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> db.getRecords(g -> g.shardIterator("garbage!"))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> db.getShardIterator(g -> g.streamArn(arn).shardId(shard).shardIteratorType(ShardIteratorType.AT_SEQUENCE_NUMBER)))
            .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> db.getShardIterator(g -> g.streamArn(arn).shardId(shard).shardIteratorType(ShardIteratorType.LATEST).sequenceNumber(seq5)))
            .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> db.getShardIterator(g -> g.streamArn(arn).shardId(shard).shardIteratorType(ShardIteratorType.AT_SEQUENCE_NUMBER).sequenceNumber("12x")))
            .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> db.getShardIterator(g -> g.streamArn(arn).shardId("shardId-nope").shardIteratorType(ShardIteratorType.LATEST)))
            .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    @DisplayName("7.3 GetRecords stops at 1 MB")
    void oneMegabyte() {
        table("tbl", StreamViewType.NEW_IMAGE);
        String big = "x".repeat(300_000);
        for (int i = 0; i < 5; i++) {
            int k = i;
            db.putItem(p -> p.tableName("tbl").item(item("id", s("k" + k), "big", s(big))));
        }
        String arn = StreamReader.arn(db, "tbl");
        String shard = db.describeStream(r -> r.streamArn(arn)).streamDescription().shards().get(0).shardId();
        String it = db.getShardIterator(g -> g.streamArn(arn).shardId(shard).shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
        GetRecordsResult first = db.getRecords(g -> g.shardIterator(it));
        assertThat(first.records()).hasSize(3);
        assertThat(first.records().stream().mapToLong(r -> r.dynamodb().sizeBytes()).sum()).isLessThanOrEqualTo(1 << 20);
        assertThat(db.getRecords(g -> g.shardIterator(first.nextShardIterator())).records()).hasSize(2);
    }

    @Test
    @DisplayName("7.3 Iterators expire after 15 minutes; records older than 24 hours are trimmed")
    void expiryAndTrimming() {
        table("tbl", StreamViewType.KEYS_ONLY);
        db.putItem(p -> p.tableName("tbl").item(item("id", s("old"))));
        String arn = StreamReader.arn(db, "tbl");
        String shard = db.describeStream(r -> r.streamArn(arn)).streamDescription().shards().get(0).shardId();
        String seqOld = StreamReader.readAll(db, arn, 10).get(0).dynamodb().sequenceNumber();
        String it = db.getShardIterator(g -> g.streamArn(arn).shardId(shard).shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
        clock.advance(Duration.ofMinutes(14));
        assertThat(db.getRecords(g -> g.shardIterator(it)).records()).hasSize(1);
        clock.advance(Duration.ofMinutes(2));
        assertThatThrownBy(() -> db.getRecords(g -> g.shardIterator(it))).isInstanceOf(ExpiredIteratorException.class);

        clock.advance(Duration.ofHours(23).plusMinutes(40));
        String nearEnd = db.getShardIterator(g -> g.streamArn(arn).shardId(shard).shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
        db.putItem(p -> p.tableName("tbl").item(item("id", s("new"))));
        clock.advance(Duration.ofMinutes(10));
        assertThatThrownBy(() -> db.getRecords(g -> g.shardIterator(nearEnd))).isInstanceOf(TrimmedDataAccessException.class);
        assertThatThrownBy(() -> db.getShardIterator(g -> g.streamArn(arn).shardId(shard).shardIteratorType(ShardIteratorType.AT_SEQUENCE_NUMBER).sequenceNumber(seqOld)))
            .isInstanceOf(TrimmedDataAccessException.class);
        assertThat(StreamReader.readAll(db, arn, 10)).as("TRIM_HORIZON starts after the trimmed record")
            .extracting(r -> r.dynamodb().keys().get("id").s()).containsExactly("new");
    }
}
