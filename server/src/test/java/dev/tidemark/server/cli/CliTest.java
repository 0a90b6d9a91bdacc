package dev.tidemark.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidemark.calcite.TidemarkDatabases;
import dev.tidemark.engine.Database;
import dev.tidemark.engine.model.AttributeDefinition;
import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.engine.model.BillingMode;
import dev.tidemark.engine.model.GlobalSecondaryIndex;
import dev.tidemark.engine.model.KeySchemaElement;
import dev.tidemark.engine.model.KeyType;
import dev.tidemark.engine.model.Projection;
import dev.tidemark.engine.model.ProjectionType;
import dev.tidemark.engine.model.PointInTimeRecoverySpecification;
import dev.tidemark.engine.model.ScalarAttributeType;
import dev.tidemark.engine.model.StreamSpecification;
import dev.tidemark.engine.model.StreamViewType;
import dev.tidemark.engine.model.TimeToLiveSpecification;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Each subcommand run in-process through picocli: output, messages on stderr and exit codes. */
class CliTest {
    @TempDir
    Path dir;
    Path db;

    record Result(int code, String out, String err) { }

    static Result run(String... args) {
        CommandLine cl = TidemarkCli.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    @BeforeEach
    void database() {
        db = dir.resolve("db");
        try (TidemarkDatabases.Handle h = TidemarkDatabases.open(db)) {
            Database d = h.database();
            d.createTable(t -> t.tableName("orders").billingMode(BillingMode.PAY_PER_REQUEST)
                    .keySchema(KeySchemaElement.builder().attributeName("customer").keyType(KeyType.HASH).build(),
                            KeySchemaElement.builder().attributeName("seq").keyType(KeyType.RANGE).build())
                    .attributeDefinitions(def("customer", ScalarAttributeType.S), def("seq", ScalarAttributeType.N),
                            def("status", ScalarAttributeType.S))
                    .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("byStatus")
                            .keySchema(KeySchemaElement.builder().attributeName("status").keyType(KeyType.HASH).build())
                            .projection(Projection.builder().projectionType(ProjectionType.KEYS_ONLY).build()).build())
                    .streamSpecification(StreamSpecification.builder().streamEnabled(true).streamViewType(StreamViewType.NEW_IMAGE).build()));
            d.updateTimeToLive(u -> u.tableName("orders").timeToLiveSpecification(TimeToLiveSpecification.builder()
                    .enabled(true).attributeName("expiresAt").build()));
            d.updateContinuousBackups(u -> u.tableName("orders").pointInTimeRecoverySpecification(
                    PointInTimeRecoverySpecification.builder().pointInTimeRecoveryEnabled(true).build()));
            for (int i = 1; i <= 3; i++) {
                int seq = i;
                d.putItem(p -> p.tableName("orders").item(Map.of("customer", AttributeValue.fromS("ann"),
                        "seq", AttributeValue.fromN(seq), "status", AttributeValue.fromS(seq == 2 ? "PAID" : "NEW"),
                        "total", AttributeValue.fromN(seq * 10L))));
            }
            d.createTable(t -> t.tableName("notes").billingMode(BillingMode.PAY_PER_REQUEST)
                    .keySchema(KeySchemaElement.builder().attributeName("id").keyType(KeyType.HASH).build())
                    .attributeDefinitions(def("id", ScalarAttributeType.S)));
        }
    }

    private static AttributeDefinition def(String name, ScalarAttributeType type) {
        return AttributeDefinition.builder().attributeName(name).attributeType(type).build();
    }

    @Test
    void helpEverywhereAndUsageErrorsExitWithTwo() {
        Result root = run("--help");
        assertThat(root.code()).isZero();
        assertThat(root.out()).contains("serve", "sql", "tables", "describe", "import", "Exit codes: 0 ok");
        for (String cmd : List.of("serve", "sql", "tables", "describe", "import")) {
            Result r = run(cmd, "--help");
            assertThat(r.code()).as(cmd).isZero();
            assertThat(r.out()).as(cmd).contains("Usage: tidemark " + cmd).contains("--help");
        }
        Result none = run();
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).contains("missing command").contains("Usage: tidemark");
        Result unknown = run("frobnicate");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("frobnicate");
        Result badOption = run("tables", "--nope");
        assertThat(badOption.code()).isEqualTo(2);
        assertThat(badOption.err()).contains("Unknown option: '--nope'");
        Result missing = run("describe", "--data", db.toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("Missing required parameter: '<table>'");
        Result both = run("sql", "--data", db.toString(), "-e", "select 1", "-f", "x.sql");
        assertThat(both.code()).isEqualTo(2);
        assertThat(both.err()).contains("either -e or -f");
    }

    @Test
    void tablesListsKeysIndexesAndCounts() {
        Result r = run("tables", "--data", db.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("TABLE").contains("ITEMS").contains("INDEXES");
        assertThat(r.out()).containsPattern("orders\\s+ACTIVE\\s+3\\s+\\d+ B\\s+customer \\(S\\), seq \\(N\\)\\s+1 global\\s+ttl, stream, pitr");
        assertThat(r.out()).containsPattern("notes\\s+ACTIVE\\s+0\\s+0 B\\s+id \\(S\\)\\s+none\\s+-");
        assertThat(r.out()).contains("2 tables, 3 items");

        Result missing = run("tables", "--data", dir.resolve("nowhere").toString());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("tidemark tables: no database directory");
        assertThat(Files.exists(dir.resolve("nowhere"))).isFalse();
    }

    @Test
    void describeShowsKeysIndexesAndFeatureStates() {
        Result r = run("describe", "--data", db.toString(), "orders");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).containsPattern("Partition key\\s+customer \\(S\\)").containsPattern("Sort key\\s+seq \\(N\\)")
                .containsPattern("Items\\s+3").containsPattern("Billing\\s+PAY_PER_REQUEST")
                .containsPattern("TTL\\s+on \\(attribute expiresAt\\)").containsPattern("Stream\\s+on \\(NEW_IMAGE\\), arn:")
                .containsPattern("PITR\\s+on \\(\\d+ days, restorable from \\S+ to \\S+\\)")
                .containsPattern("byStatus\\s+global\\s+status \\(S\\)\\s+KEYS_ONLY\\s+ACTIVE\\s+3");
        assertThat(run("describe", "--data", db.toString(), "notes").out()).containsPattern("TTL\\s+off\\n")
                .containsPattern("Stream\\s+off\\n").containsPattern("PITR\\s+off\\n").contains("No secondary indexes.");
        Result none = run("describe", "--data", db.toString(), "nosuch");
        assertThat(none.code()).isEqualTo(1);
        assertThat(none.err()).startsWith("tidemark describe: ResourceNotFoundException");
    }

    @Test
    void sqlRunsOneStatementOrAFile() throws Exception {
        Result q = run("sql", "--data", db.toString(), "-e",
                "select seq, status, total from orders where customer = 'ann' and seq >= 2 order by seq");
        assertThat(q.code()).as(q.err()).isZero();
        assertThat(q.out()).containsPattern("seq\\s+status\\s+total").containsPattern("2\\s+PAID\\s+20")
                .containsPattern("3\\s+NEW\\s+30").contains("(2 rows)");

        Result csv = run("sql", "--data", db.toString(), "--csv", "-e", "select count(*) as n from orders");
        assertThat(csv.out()).isEqualToNormalizingNewlines("n\n3\n");

        Result bad = run("sql", "--data", db.toString(), "-e", "select nothing from nowhere");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).startsWith("tidemark sql: ").contains("SQLState");

        Path script = dir.resolve("script.sql");
        Files.writeString(script, "-- notes; with a semicolon in a comment\n"
                + "create table memo (id varchar primary key, body varchar);\n"
                + "insert into memo (id, body) values ('n1', 'a; b');\n"
                + "insert into memo (id, body) values ('n2', 'it''s');\n"
                + "select id, body from memo order by id;\n");
        Result f = run("sql", "--data", db.toString(), "-f", script.toString());
        assertThat(f.code()).as(f.err()).isZero();
        assertThat(f.out()).contains("1 row affected").containsPattern("n1\\s+a; b").containsPattern("n2\\s+it's");

        Files.writeString(script, "insert into memo (id, body) values ('n3', 'x');\ninsert into memo (id, body) values ('n1', 'dup');\n"
                + "insert into memo (id, body) values ('n4', 'never');\n");
        Result dup = run("sql", "--data", db.toString(), "-f", script.toString());
        assertThat(dup.code()).isEqualTo(1);
        assertThat(dup.err()).contains("statement 2 of 3").contains("23505");
        assertThat(run("sql", "--data", db.toString(), "--csv", "-e", "select count(*) as n from memo").out())
                .isEqualToNormalizingNewlines("n\n3\n");
    }

    @Test
    void sqlWithoutStatementsIsTheSqlLineShell() {
        java.io.InputStream stdin = System.in;
        java.io.PrintStream stdout = System.out;
        java.io.ByteArrayOutputStream leaked = new java.io.ByteArrayOutputStream();
        Result r;
        try {
            System.setIn(new java.io.ByteArrayInputStream("!tables\nselect seq, status from orders where seq = 2;\n!quit\n"
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            System.setOut(new java.io.PrintStream(leaked, true, java.nio.charset.StandardCharsets.UTF_8));
            r = run("sql", "--data", db.toString());
        } finally {
            System.setIn(stdin);
            System.setOut(stdout);
        }
        String all = r.out() + leaked.toString(java.nio.charset.StandardCharsets.UTF_8) + r.err();
        assertThat(r.code()).as(all + r.err()).isZero();
        assertThat(all).containsPattern("\\|\\s*tidemark\\s*\\|\\s*orders\\s*\\|\\s*TABLE")
                .containsPattern("\\|\\s*2\\s*\\|\\s*PAID\\s*\\|").contains("1 row selected");
    }

    @Test
    void scriptSplittingKeepsQuotesAndDropsComments() {
        assertThat(SqlCommand.split("select ';' from t; /* a; b */ select \"x;y\" from u;\n-- c;\n  ;"))
                .containsExactly("select ';' from t", "select \"x;y\" from u");
    }

    @Test
    void importLoadsATableAndReportsSkippedRecords() throws Exception {
        Path src = dir.resolve("people.csv");
        Files.writeString(src, "id|name\n1|Ann\n2|Bob\nthree|Bad\n");
        Result r = run("import", "--data", db.toString(), "--source", src.toString(), "--format", "csv", "--delimiter", "|",
                "--table", "people", "--key", "id:N");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Imported 2 items into people").contains("3 records read, 1 skipped")
                .contains("Skipped records and their reasons: ").contains("errors.jsonl");
        assertThat(run("describe", "--data", db.toString(), "people").out()).containsPattern("Items\\s+2");

        Result again = run("import", "--data", db.toString(), "--source", src.toString(), "--format", "csv", "--delimiter", "|",
                "--table", "people", "--key", "id:N");
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).startsWith("tidemark import: ResourceInUseException");

        Result badType = run("import", "--data", db.toString(), "--source", src.toString(), "--format", "csv",
                "--table", "people2", "--key", "id:X");
        assertThat(badType.code()).isEqualTo(2);
        assertThat(badType.err()).contains("must be S, N or B");
        Result badFormat = run("import", "--data", db.toString(), "--source", src.toString(), "--format", "xml",
                "--table", "people2", "--key", "id:S");
        assertThat(badFormat.code()).isEqualTo(2);
        Result missingSource = run("import", "--data", db.toString(), "--source", dir.resolve("none").toString(),
                "--format", "csv", "--table", "people2", "--key", "id:S");
        assertThat(missingSource.code()).isEqualTo(1);
        assertThat(missingSource.err()).contains("ValidationException").contains("not an existing directory or file");
        assertThat(run("tables", "--data", db.toString()).out()).doesNotContain("people2");
    }

    @Test
    void progressLineShowsRateShareAndTimeLeft() {
        assertThat(ProgressLine.format(12_000, 3, 250, 1000, Duration.ofSeconds(3)))
                .isEqualTo("12,000 items  (3 skipped)  4,000 items/s  25%  0:09 left");
        assertThat(ProgressLine.format(10, 0, 0, 0, Duration.ofSeconds(1))).isEqualTo("10 items  10 items/s");
        assertThat(ProgressLine.format(10, 0, 10, 10, Duration.ofSeconds(1))).isEqualTo("10 items  10 items/s  100%");
    }
}
