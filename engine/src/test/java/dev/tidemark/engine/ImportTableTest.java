package dev.tidemark.engine;

import static dev.tidemark.engine.Fixtures.def;
import static dev.tidemark.engine.Fixtures.hashKey;
import static dev.tidemark.engine.Fixtures.item;
import static dev.tidemark.engine.Fixtures.n;
import static dev.tidemark.engine.Fixtures.rangeKey;
import static dev.tidemark.engine.Fixtures.s;
import static dev.tidemark.engine.Fixtures.scanAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.engine.model.BillingMode;
import dev.tidemark.engine.model.CsvOptions;
import dev.tidemark.engine.model.GlobalSecondaryIndex;
import dev.tidemark.engine.model.ImportStatus;
import dev.tidemark.engine.model.ImportTableDescription;
import dev.tidemark.engine.model.InputCompressionType;
import dev.tidemark.engine.model.InputFormat;
import dev.tidemark.engine.model.InputFormatOptions;
import dev.tidemark.engine.model.Projection;
import dev.tidemark.engine.model.ProjectionType;
import dev.tidemark.engine.model.ProvisionedThroughput;
import dev.tidemark.engine.model.ScalarAttributeType;
import dev.tidemark.engine.model.TableCreationParameters;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ImportTable from local files: DynamoDB JSON (gzip) and CSV, bad records, GSIs, validation and idempotency. */
class ImportTableTest {
    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("db"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static TableCreationParameters ordersTable(String name) {
        return TableCreationParameters.builder().tableName(name).billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(hashKey("customer"), rangeKey("seq"))
                .attributeDefinitions(def("customer", ScalarAttributeType.S), def("seq", ScalarAttributeType.N),
                        def("status", ScalarAttributeType.S))
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("byStatus").keySchema(hashKey("status"))
                        .projection(Projection.builder().projectionType(ProjectionType.ALL).build()).build())
                .build();
    }

    private ImportTableDescription await(ImportTableDescription started) throws InterruptedException {
        for (int i = 0; i < 6000; i++) {
            ImportTableDescription d = db.describeImport(r -> r.importArn(started.importArn())).importTableDescription();
            if (d.importStatus() != ImportStatus.IN_PROGRESS) {
                return d;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the import did not finish");
    }

    private static void gzip(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static List<String> errorLines(ImportTableDescription d) throws IOException {
        return Files.readAllLines(Path.of(d.errorFile()));
    }

    @Test
    void dynamoJsonGzipWithEveryTypeBadLinesAndAnIndex() throws Exception {
        Path src = dir.resolve("bucket");
        StringBuilder a = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            a.append("{\"Item\":{\"customer\":{\"S\":\"c").append(i % 7).append("\"},\"seq\":{\"N\":\"").append(i)
                    .append("\"},\"status\":{\"S\":\"").append(i % 3 == 0 ? "PAID" : "NEW").append("\"}}}\n");
        }
        gzip(src.resolve("exports/data/part-1.json.gz"), a.toString());
        String every = "{\"Item\":{\"customer\":{\"S\":\"all\"},\"seq\":{\"N\":\"1\"},\"b\":{\"B\":\"AQID\"},"
                + "\"t\":{\"BOOL\":true},\"z\":{\"NULL\":true},\"ss\":{\"SS\":[\"x\",\"y\"]},\"ns\":{\"NS\":[\"1\",\"2.5\"]},"
                + "\"bs\":{\"BS\":[\"AQ==\"]},\"l\":{\"L\":[{\"S\":\"q\\u00e9\\n\"},{\"N\":\"-3e2\"}]},"
                + "\"m\":{\"M\":{\"k\":{\"S\":\"v\"}}}}}\n";
        String bad = "not json at all\n"
                + "{\"Item\":{\"customer\":{\"S\":\"c1\"}}}\n"                                  // no sort key
                + "{\"Item\":{\"customer\":{\"N\":\"1\"},\"seq\":{\"N\":\"1\"}}}\n"              // wrong key type
                + "{\"Item\":{\"customer\":{\"S\":\"c1\"},\"seq\":{\"N\":\"1\"},\"status\":{\"N\":\"5\"}}}\n" // index key type
                + "{\"Item\":{\"customer\":{\"S\":\"c1\"},\"seq\":{\"N\":\"x\"}}}\n"              // not a number
                + "\n"
                + "{\"Item\":{\"customer\":{\"S\":\"c1\"},\"seq\":{\"N\":\"1\"},\"e\":{\"SS\":[]}}}\n"; // empty set: engine rejects
        gzip(src.resolve("exports/data/part-2.json.gz"), every + bad);
        gzip(src.resolve("other/ignored.json.gz"), "garbage\n");

        ImportTableDescription started = db.importTable(r -> r.s3BucketSource(b -> b.s3Bucket(src.toString()).s3KeyPrefix("exports/"))
                .inputFormat(InputFormat.DYNAMODB_JSON).inputCompressionType(InputCompressionType.GZIP)
                .tableCreationParameters(ordersTable("orders"))).importTableDescription();
        assertThat(started.importArn()).startsWith(started.tableArn() + "/import/");
        assertThat(db.listTables(l -> { }).tableNames()).contains("orders");

        ImportTableDescription done = await(started);
        assertThat(done.importStatus()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(done.processedItemCount()).isEqualTo(307);
        assertThat(done.importedItemCount()).isEqualTo(301);
        assertThat(done.errorCount()).isEqualTo(6);
        assertThat(done.processedSizeBytes()).isEqualTo(done.totalSizeBytes()).isPositive();
        assertThat(done.endTime()).isNotNull();

        assertThat(scanAll(db, "orders")).hasSize(301);
        Map<String, AttributeValue> all = db.getItem(g -> g.tableName("orders").key(item("customer", s("all"), "seq", n(1)))).item();
        assertThat(all.get("b")).isEqualTo(AttributeValue.fromB(new byte[] {1, 2, 3}));
        assertThat(all.get("t")).isEqualTo(AttributeValue.fromBool(true));
        assertThat(all.get("z")).isEqualTo(AttributeValue.nul());
        assertThat(all.get("ss")).isEqualTo(AttributeValue.fromSs("x", "y"));
        assertThat(all.get("ns")).isEqualTo(AttributeValue.fromNs("1", "2.5"));
        assertThat(all.get("bs")).isEqualTo(AttributeValue.fromBs(List.of(new byte[] {1})));
        assertThat(all.get("l")).isEqualTo(AttributeValue.fromL(s("qé\n"), n("-300")));
        assertThat(all.get("m")).isEqualTo(AttributeValue.fromM(Map.of("k", s("v"))));

        // the index was built from the imported items
        QueryResult paid = db.query(q -> q.tableName("orders").indexName("byStatus").keyConditionExpression("#s = :s")
                .expressionAttributeNames(Map.of("#s", "status")).expressionAttributeValues(Map.of(":s", s("PAID"))));
        assertThat(paid.count()).isEqualTo(100);

        List<String> errors = errorLines(done);
        assertThat(errors).hasSize(6);
        assertThat(errors.get(0)).contains("\"file\":\"exports/data/part-2.json.gz\"", "\"line\":2", "invalid JSON");
        assertThat(errors.get(1)).contains("\"line\":3", "Missing the key seq");
        assertThat(errors.get(2)).contains("Type mismatch for key customer expected: S actual: N");
        assertThat(errors.get(3)).contains("Type mismatch for Index Key status", "IndexName: byStatus");
        assertThat(errors.get(4)).contains("is not a number");
        assertThat(errors.get(5)).contains("\"line\":8", "ValidationException");
        assertThat(Path.of(done.errorFile())).startsWith(dir.resolve("db").resolve("imports"));
    }

    @Test
    void csvWithHeaderDelimiterQuotesAndBadRecords() throws Exception {
        Path file = dir.resolve("people.csv");
        Files.writeString(file, "id;name;age;note\n"
                + "1;Ann;31;\"likes; semicolons\"\n"
                + "2;Bob;;\"two\nlines\"\n"
                + "\n"
                + "x;Bad key;1;n\n"
                + "3;Too;many;fields;here\n"
                + ";No key;1;n\n"
                + "4;\"Quote \"\"inside\"\"\";44;ok\r\n");
        ImportTableDescription done = await(db.importTable(r -> r.s3BucketSource(b -> b.s3Bucket(file.toString()))
                .inputFormat(InputFormat.CSV)
                .inputFormatOptions(InputFormatOptions.builder().csv(CsvOptions.builder().delimiter(";").build()).build())
                .tableCreationParameters(t -> t.tableName("people").billingMode(BillingMode.PAY_PER_REQUEST)
                        .keySchema(hashKey("id")).attributeDefinitions(def("id", ScalarAttributeType.N)))).importTableDescription());
        assertThat(done.importStatus()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(done.processedItemCount()).isEqualTo(6);
        assertThat(done.importedItemCount()).isEqualTo(3);
        assertThat(done.errorCount()).isEqualTo(3);
        Map<String, AttributeValue> ann = db.getItem(g -> g.tableName("people").key(item("id", n(1)))).item();
        assertThat(ann).isEqualTo(item("id", n(1), "name", s("Ann"), "age", s("31"), "note", s("likes; semicolons")));
        Map<String, AttributeValue> bob = db.getItem(g -> g.tableName("people").key(item("id", n(2)))).item();
        assertThat(bob).isEqualTo(item("id", n(2), "name", s("Bob"), "note", s("two\nlines")));
        assertThat(db.getItem(g -> g.tableName("people").key(item("id", n(4)))).item().get("name"))
                .isEqualTo(s("Quote \"inside\""));
        List<String> errors = errorLines(done);
        assertThat(errors).hasSize(3);
        assertThat(errors.get(0)).contains("\"file\":\"people.csv\"", "\"line\":6", "declared N");
        assertThat(errors.get(1)).contains("\"line\":7", "5 fields, the header has 4");
        assertThat(errors.get(2)).contains("\"line\":8", "Missing the key id");
    }

    @Test
    void csvWithHeaderListAndGzipAcrossFilesLaterRecordsWin() throws Exception {
        Path src = dir.resolve("csv");
        gzip(src.resolve("a.csv.gz"), "k1,1,first\nk2,2,second\n");
        gzip(src.resolve("b.csv.gz"), "k1,3,replaced\n");
        ImportTableDescription done = await(db.importTable(r -> r.s3BucketSource(b -> b.s3Bucket(src.toString()))
                .inputFormat(InputFormat.CSV).inputCompressionType(InputCompressionType.GZIP)
                .inputFormatOptions(InputFormatOptions.builder().csv(CsvOptions.builder().headerList("pk", "rank", "label").build()).build())
                .tableCreationParameters(t -> t.tableName("ttt").billingMode(BillingMode.PAY_PER_REQUEST)
                        .keySchema(hashKey("pk")).attributeDefinitions(def("pk", ScalarAttributeType.S), def("rank", ScalarAttributeType.N))
                        .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("byRank").keySchema(hashKey("rank"))
                                .projection(Projection.builder().projectionType(ProjectionType.KEYS_ONLY).build()).build())))
                .importTableDescription());
        assertThat(done.importStatus()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(done.errorCount()).isZero();
        assertThat(scanAll(db, "ttt")).containsExactlyInAnyOrder(
                item("pk", s("k1"), "rank", n(3), "label", s("replaced")),
                item("pk", s("k2"), "rank", n(2), "label", s("second")));
        // GSI key columns take their declared type (N), other columns are strings
        assertThat(db.query(q -> q.tableName("ttt").indexName("byRank").keyConditionExpression("#r = :r")
                .expressionAttributeNames(Map.of("#r", "rank")).expressionAttributeValues(Map.of(":r", n(3)))).count()).isEqualTo(1);
        assertThat(db.query(q -> q.tableName("ttt").indexName("byRank").keyConditionExpression("#r = :r")
                .expressionAttributeNames(Map.of("#r", "rank")).expressionAttributeValues(Map.of(":r", n(1)))).count()).isZero();
    }

    @Test
    void invalidRequestsChangeNothing() throws Exception {
        Path file = dir.resolve("x.json");
        Files.writeString(file, "{\"Item\":{\"id\":{\"S\":\"a\"}}}\n");
        TableCreationParameters table = TableCreationParameters.builder().tableName("xxx").billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(hashKey("id")).attributeDefinitions(def("id", ScalarAttributeType.S)).build();
        assertThatThrownBy(() -> db.importTable(r -> r.inputFormat(InputFormat.DYNAMODB_JSON).tableCreationParameters(table)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("s3BucketSource");
        assertThatThrownBy(() -> db.importTable(r -> r.s3BucketSource(b -> b.s3Bucket(dir.resolve("missing").toString()))
                .inputFormat(InputFormat.DYNAMODB_JSON).tableCreationParameters(table)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("is not an existing directory or file");
        assertThatThrownBy(() -> db.importTable(r -> r.s3BucketSource(b -> b.s3Bucket(file.toString()))
                .inputFormat(InputFormat.ION).tableCreationParameters(table)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("ION is not supported");
        assertThatThrownBy(() -> db.importTable(r -> r.s3BucketSource(b -> b.s3Bucket(file.toString()))
                .inputFormat(InputFormat.CSV).tableCreationParameters(table)
                .inputFormatOptions(InputFormatOptions.builder().csv(CsvOptions.builder().delimiter("#").build()).build())))
                .isInstanceOf(ValidationException.class).hasMessageContaining("delimiter");
        assertThatThrownBy(() -> db.importTable(r -> r.s3BucketSource(b -> b.s3Bucket(file.toString()))
                .inputFormat(InputFormat.CSV).tableCreationParameters(table)
                .inputFormatOptions(InputFormatOptions.builder().csv(CsvOptions.builder().headerList("id", "id").build()).build())))
                .isInstanceOf(ValidationException.class).hasMessageContaining("appears twice");
        assertThatThrownBy(() -> db.importTable(r -> r.s3BucketSource(b -> b.s3Bucket(file.toString()))
                .inputFormat(InputFormat.DYNAMODB_JSON).tableCreationParameters(table.toBuilder().keySchema(List.of()).build())))
                .isInstanceOf(ValidationException.class);
        assertThat(db.listTables(l -> { }).tableNames()).isEmpty();
        assertThat(db.listImports(l -> { }).importSummaryList()).isEmpty();

        Fixtures.hashTable(db, "xxx", "id", ScalarAttributeType.S);
        assertThatThrownBy(() -> db.importTable(r -> r.s3BucketSource(b -> b.s3Bucket(file.toString()))
                .inputFormat(InputFormat.DYNAMODB_JSON).tableCreationParameters(table)))
                .isInstanceOf(ResourceInUseException.class);
        assertThat(db.listImports(l -> { }).importSummaryList()).isEmpty();
        assertThatThrownBy(() -> db.describeImport(d -> d.importArn("arn:aws:dynamodb:tidemark:000000000000:table/xxx/import/nope")))
                .isInstanceOf(ImportNotFoundException.class);
    }

    @Test
    void clientTokenIsIdempotentAndConflictsWithOtherParameters() throws Exception {
        Path file = dir.resolve("x.json");
        Files.writeString(file, "{\"Item\":{\"id\":{\"S\":\"a\"}}}\n");
        ImportTableRequest request = ImportTableRequest.builder().clientToken("token-1")
                .s3BucketSource(b -> b.s3Bucket(file.toString())).inputFormat(InputFormat.DYNAMODB_JSON)
                .tableCreationParameters(t -> t.tableName("xxx").billingMode(BillingMode.PAY_PER_REQUEST)
                        .keySchema(hashKey("id")).attributeDefinitions(def("id", ScalarAttributeType.S))).build();
        ImportTableDescription first = db.importTable(request).importTableDescription();
        ImportTableDescription again = db.importTable(request).importTableDescription();
        assertThat(again.importArn()).isEqualTo(first.importArn());
        assertThatThrownBy(() -> db.importTable(request.toBuilder().inputCompressionType(InputCompressionType.GZIP).build()))
                .isInstanceOf(ImportConflictException.class);
        await(first);
        assertThat(db.listImports(l -> { }).importSummaryList()).hasSize(1);
    }

    @Test
    void importsAreListedNewestFirstAndSurviveReopening() throws Exception {
        Path file = dir.resolve("x.json");
        Files.writeString(file, "{\"Item\":{\"id\":{\"S\":\"a\"}}}\n{\"Item\":{\"id\":{\"S\":\"b\"}}}\n");
        String[] arns = new String[3];
        for (int i = 0; i < 3; i++) {
            String name = "tab" + i;
            arns[i] = await(db.importTable(r -> r.s3BucketSource(b -> b.s3Bucket(file.toString())).inputFormat(InputFormat.DYNAMODB_JSON)
                    .tableCreationParameters(t -> t.tableName(name).billingMode(BillingMode.PAY_PER_REQUEST)
                            .keySchema(hashKey("id")).attributeDefinitions(def("id", ScalarAttributeType.S)))).importTableDescription())
                    .importArn();
            Thread.sleep(2); // distinct start milliseconds order the list
        }
        ListImportsResult page1 = db.listImports(l -> l.pageSize(2));
        assertThat(page1.importSummaryList()).extracting(s -> s.importArn()).containsExactly(arns[2], arns[1]);
        ListImportsResult page2 = db.listImports(l -> l.pageSize(2).nextToken(page1.nextToken()));
        assertThat(page2.importSummaryList()).extracting(s -> s.importArn()).containsExactly(arns[0]);
        assertThat(page2.nextToken()).isNull();
        String t1 = db.describeTable(d -> d.tableName("tab1")).table().tableArn();
        assertThat(db.listImports(l -> l.tableArn(t1)).importSummaryList()).extracting(s -> s.importArn()).containsExactly(arns[1]);
        assertThatThrownBy(() -> db.listImports(l -> l.pageSize(26))).isInstanceOf(ValidationException.class);

        db.close();
        db = Database.open(dir.resolve("db"));
        ImportTableDescription d = db.describeImport(r -> r.importArn(arns[0])).importTableDescription();
        assertThat(d.importStatus()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(d.importedItemCount()).isEqualTo(2);
        assertThat(d.tableCreationParameters().tableName()).isEqualTo("tab0");
        assertThat(db.listImports(l -> { }).importSummaryList()).hasSize(3);
    }

    @Test
    void closingTheDatabaseStopsARunningImportWhichIsThenFailedNotInProgress() throws Exception {
        Path file = dir.resolve("many.json");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 50_000; i++) {
            sb.append("{\"Item\":{\"id\":{\"S\":\"k").append(i).append("\"}}}\n");
        }
        Files.writeString(file, sb);
        String arn = db.importTable(r -> r.s3BucketSource(b -> b.s3Bucket(file.toString())).inputFormat(InputFormat.DYNAMODB_JSON)
                .tableCreationParameters(t -> t.tableName("many").billingMode(BillingMode.PAY_PER_REQUEST)
                        .keySchema(hashKey("id")).attributeDefinitions(def("id", ScalarAttributeType.S))))
                .importTableDescription().importArn();
        db.close();
        db = Database.open(dir.resolve("db"));
        ImportTableDescription d = db.describeImport(r -> r.importArn(arn)).importTableDescription();
        assertThat(d.importStatus()).isIn(ImportStatus.COMPLETED, ImportStatus.FAILED);
        if (d.importStatus() == ImportStatus.FAILED) {
            assertThat(d.failureCode()).isEqualTo("Interrupted");
        }
        // what the import says it wrote is what the table holds
        assertThat((long) scanAll(db, "many").size()).isEqualTo(d.importedItemCount());
    }

    @Test
    void throttledWritesAreRetriedNotCountedAsErrors() throws Exception {
        // a clock that moves one second per reading, so a 1-WCU table refills as the import retries
        java.time.Clock ticking = new java.time.Clock() {
            private final java.util.concurrent.atomic.AtomicLong seconds = new java.util.concurrent.atomic.AtomicLong(1_800_000_000L);

            @Override
            public java.time.ZoneId getZone() {
                return java.time.ZoneOffset.UTC;
            }

            @Override
            public java.time.Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public java.time.Instant instant() {
                return java.time.Instant.ofEpochSecond(seconds.incrementAndGet());
            }
        };
        db.close();
        db = Database.open(dir.resolve("throttled"), DatabaseOptions.builder().clock(ticking).build());
        Path file = dir.resolve("items.json");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 800; i++) {
            sb.append("{\"Item\":{\"id\":{\"S\":\"k").append(i).append("\"}}}\n");
        }
        Files.writeString(file, sb);
        ImportTableDescription done = await(db.importTable(r -> r.s3BucketSource(b -> b.s3Bucket(file.toString()))
                .inputFormat(InputFormat.DYNAMODB_JSON)
                .tableCreationParameters(t -> t.tableName("slow").billingMode(BillingMode.PROVISIONED)
                        .provisionedThroughput(ProvisionedThroughput.builder().readCapacityUnits(1L).writeCapacityUnits(1L).build())
                        .keySchema(hashKey("id")).attributeDefinitions(def("id", ScalarAttributeType.S)))).importTableDescription());
        assertThat(done.importStatus()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(done.errorCount()).isZero();
        assertThat(done.importedItemCount()).isEqualTo(800);
        assertThat(scanAll(db, "slow")).hasSize(800);
    }

    @Test
    void corruptGzipFailsTheImport() throws Exception {
        Path file = dir.resolve("bad.json.gz");
        Files.writeString(file, "this is not gzip");
        ImportTableDescription done = await(db.importTable(r -> r.s3BucketSource(b -> b.s3Bucket(file.toString()))
                .inputFormat(InputFormat.DYNAMODB_JSON).inputCompressionType(InputCompressionType.GZIP)
                .tableCreationParameters(t -> t.tableName("xxx").billingMode(BillingMode.PAY_PER_REQUEST)
                        .keySchema(hashKey("id")).attributeDefinitions(def("id", ScalarAttributeType.S)))).importTableDescription());
        assertThat(done.importStatus()).isEqualTo(ImportStatus.FAILED);
        assertThat(done.failureCode()).isEqualTo("InvalidCompression");
        assertThat(done.failureMessage()).contains("bad.json.gz");
    }
}
