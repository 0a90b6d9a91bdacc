package dev.tidemark.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidemark.calcite.TidemarkDatabases;
import dev.tidemark.engine.Database;
import dev.tidemark.engine.model.AttributeDefinition;
import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.engine.model.BillingMode;
import dev.tidemark.engine.model.KeySchemaElement;
import dev.tidemark.engine.model.KeyType;
import dev.tidemark.engine.model.ScalarAttributeType;
import dev.tidemark.engine.model.StreamSpecification;
import dev.tidemark.engine.model.StreamViewType;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** backup, restore, pitr, export and stream tail run in-process on a temporary database directory. */
class BackupStreamCommandsTest {
    @TempDir
    Path dir;
    Path db;

    /** Runs the command line in-process, as {@link CliTest} does. */
    static CliTest.Result run(String... args) {
        return CliTest.run(args);
    }

    @BeforeEach
    void database() {
        db = dir.resolve("db");
        try (TidemarkDatabases.Handle h = TidemarkDatabases.open(db)) {
            Database d = h.database();
            d.createTable(t -> t.tableName("notes").billingMode(BillingMode.PAY_PER_REQUEST)
                    .keySchema(KeySchemaElement.builder().attributeName("id").keyType(KeyType.HASH).build())
                    .attributeDefinitions(AttributeDefinition.builder().attributeName("id").attributeType(ScalarAttributeType.S).build())
                    .streamSpecification(StreamSpecification.builder().streamEnabled(true)
                            .streamViewType(StreamViewType.NEW_AND_OLD_IMAGES).build()));
            put(d, "a", "first");
            put(d, "b", "second");
        }
    }

    private static void put(Database d, String id, String text) {
        d.putItem(p -> p.tableName("notes").item(Map.of("id", AttributeValue.fromS(id), "text", AttributeValue.fromS(text))));
    }

    private <T> T withDb(java.util.function.Function<Database, T> f) {
        try (TidemarkDatabases.Handle h = TidemarkDatabases.open(db)) {
            return f.apply(h.database());
        }
    }

    private long count(String table) {
        return withDb(d -> (long) d.scan(s -> s.tableName(table)).items().size());
    }

    @Test
    void helpAndUsageErrors() {
        for (List<String> cmd : List.of(List.of("backup"), List.of("backup", "create"), List.of("backup", "list"),
                List.of("backup", "delete"), List.of("restore"), List.of("pitr"), List.of("export"), List.of("stream"),
                List.of("stream", "tail"))) {
            String[] args = Stream.concat(cmd.stream(), Stream.of("--help")).toArray(String[]::new);
            CliTest.Result r = run(args);
            assertThat(r.code()).as(cmd.toString()).isZero();
            assertThat(r.out()).as(cmd.toString()).contains("Usage: tidemark " + String.join(" ", cmd)).contains("--help");
        }
        assertThat(run("--help").out()).contains("backup", "restore", "pitr", "export", "stream");
        CliTest.Result noSub = run("backup");
        assertThat(noSub.code()).isEqualTo(2);
        assertThat(noSub.err()).contains("missing subcommand");
        CliTest.Result neither = run("restore", "--data", db.toString(), "--to", "x");
        assertThat(neither.code()).isEqualTo(2);
        assertThat(neither.err()).contains("either a <backup-arn> or --table");
        CliTest.Result badTime = run("restore", "--data", db.toString(), "--table", "notes", "--to-time", "yesterday", "--to", "x");
        assertThat(badTime.code()).isEqualTo(2);
        assertThat(badTime.err()).contains("ISO-8601");
        CliTest.Result badSetting = run("pitr", "--data", db.toString(), "maybe", "notes");
        assertThat(badSetting.code()).isEqualTo(2);
        CliTest.Result incomplete = run("export", "--data", db.toString(), "notes", "--to", dir.resolve("e").toString(), "--incremental");
        assertThat(incomplete.code()).isEqualTo(2);
        assertThat(incomplete.err()).contains("--from");
        CliTest.Result badFrom = run("stream", "tail", "--data", db.toString(), "notes", "--from", "middle");
        assertThat(badFrom.code()).isEqualTo(2);
    }

    @Test
    void backupCreateListRestoreDelete() {
        CliTest.Result created = run("backup", "create", "--data", db.toString(), "notes", "--name", "nightly");
        assertThat(created.code()).as(created.err()).isZero();
        Matcher m = Pattern.compile("(\\S+/backup/\\S+)").matcher(created.out());
        assertThat(m.find()).as(created.out()).isTrue();
        String arn = m.group(1);
        assertThat(created.out()).contains("Backup nightly of notes AVAILABLE");

        withDb(d -> {
            put(d, "c", "after the backup");
            return null;
        });
        CliTest.Result list = run("backup", "list", "--data", db.toString(), "notes");
        assertThat(list.code()).isZero();
        assertThat(list.out()).containsPattern("notes\\s+nightly\\s+USER\\s+AVAILABLE").contains(arn);
        assertThat(run("backup", "list", "--data", db.toString(), "nosuch").out()).contains("No backups of nosuch.");

        CliTest.Result restored = run("restore", "--data", db.toString(), arn, "--to", "notes_copy");
        assertThat(restored.code()).as(restored.err()).isZero();
        assertThat(restored.out()).contains("Restored backup " + arn + " into notes_copy");
        assertThat(count("notes_copy")).isEqualTo(2);
        assertThat(count("notes")).isEqualTo(3);

        CliTest.Result again = run("restore", "--data", db.toString(), arn, "--to", "notes_copy");
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).startsWith("tidemark restore: ").contains("notes_copy");

        CliTest.Result deleted = run("backup", "delete", "--data", db.toString(), arn);
        assertThat(deleted.code()).as(deleted.err()).isZero();
        assertThat(deleted.out()).contains("Deleted backup nightly");
        assertThat(run("backup", "list", "--data", db.toString(), "notes").out()).contains("No backups of notes.");
        CliTest.Result gone = run("backup", "delete", "--data", db.toString(), arn);
        assertThat(gone.code()).isEqualTo(1);
        assertThat(gone.err()).contains("BackupNotFoundException");
        CliTest.Result noTable = run("backup", "create", "--data", db.toString(), "nosuch");
        assertThat(noTable.code()).isEqualTo(1);
        assertThat(noTable.err()).startsWith("tidemark backup create: ");
    }

    @Test
    void pitrRestoresToATimeAndExportWritesTheTable() throws Exception {
        CliTest.Result off = run("restore", "--data", db.toString(), "--table", "notes", "--to-time", "latest", "--to", "x");
        assertThat(off.code()).isEqualTo(1);
        assertThat(off.err()).contains("PointInTimeRecoveryUnavailableException");

        CliTest.Result on = run("pitr", "--data", db.toString(), "on", "notes");
        assertThat(on.code()).as(on.err()).isZero();
        assertThat(on.out()).contains("Point-in-time recovery of notes: ENABLED");
        Instant enabled = Instant.now();
        sleepUntil(enabled.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1).plusMillis(100));
        withDb(d -> {
            put(d, "a", "changed");
            return null;
        });
        sleepUntil(Instant.now().plusMillis(1100));
        Instant t = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        sleepUntil(t.plusSeconds(1).plusMillis(100));
        withDb(d -> {
            put(d, "z", "late");
            return null;
        });

        CliTest.Result atTime = run("restore", "--data", db.toString(), "--table", "notes", "--to-time", t.toString(), "--to", "notes_then");
        assertThat(atTime.code()).as(atTime.err()).isZero();
        assertThat(atTime.out()).contains("Restored notes as of " + t + " into notes_then");
        assertThat(count("notes_then")).isEqualTo(2);
        String text = withDb(d -> d.getItem(g -> g.tableName("notes_then").key(Map.of("id", AttributeValue.fromS("a"))))
                .item().get("text").s());
        assertThat(text).isEqualTo("changed");
        // the latest restorable time is the last whole second: let the write of z fall before it
        sleepUntil(t.plusSeconds(2).plusMillis(100));
        CliTest.Result latest = run("restore", "--data", db.toString(), "--table", "notes", "--to-time", "latest", "--to", "notes_now");
        assertThat(latest.code()).as(latest.err()).isZero();
        assertThat(count("notes_now")).isEqualTo(3);

        Path exports = dir.resolve("exports");
        CliTest.Result export = run("export", "--data", db.toString(), "notes", "--to", exports.toString());
        assertThat(export.code()).as(export.err()).isZero();
        assertThat(export.out()).contains("Exporting notes to").contains("Exported 3 items");
        try (Stream<Path> files = Files.walk(exports)) {
            assertThat(files.map(p -> p.getFileName().toString())).contains("manifest-summary.json");
        }
        CliTest.Result incremental = run("export", "--data", db.toString(), "notes", "--to", exports.toString(), "--prefix", "inc",
                "--incremental", "--from", t.toString(), "--until", Instant.now().toString());
        assertThat(incremental.code()).as(incremental.err()).isZero();
        assertThat(incremental.out()).contains("(incremental)").contains("Exported 1 items");
        CliTest.Result early = run("export", "--data", db.toString(), "notes", "--to", exports.toString(), "--at", "2001-01-01T00:00:00Z");
        assertThat(early.code()).isEqualTo(1);
        assertThat(early.err()).contains("InvalidExportTimeException");

        CliTest.Result disable = run("pitr", "--data", db.toString(), "off", "notes");
        assertThat(disable.code()).isZero();
        assertThat(disable.out()).contains("DISABLED");
    }

    private static void sleepUntil(Instant t) throws InterruptedException {
        long ms = java.time.Duration.between(Instant.now(), t).toMillis();
        if (ms > 0) {
            Thread.sleep(ms);
        }
    }

    @Test
    void streamTailPrintsRecordsAsTheyComeUntilStopped() throws Exception {
        try (TidemarkDatabases.Handle keepOpen = TidemarkDatabases.open(db)) {
            Database d = keepOpen.database();
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine cl = TidemarkCli.commandLine();
            cl.setOut(new PrintWriter(out, true));
            cl.setErr(new PrintWriter(err, true));
            AtomicInteger code = new AtomicInteger(-1);
            Thread tail = new Thread(() -> code.set(cl.execute("stream", "tail", "--data", db.toString(), "notes",
                    "--from", "trim-horizon")));
            tail.start();
            waitFor(() -> out.toString().lines().count() >= 2, out, err);
            String[] first = out.toString().split("\\R");
            assertThat(first[0]).matches("\\S+ INSERT keys=\\{\"id\":\\{\"S\":\"a\"\\}\\} new=\\{.*\"text\":\\{\"S\":\"first\"\\}.*");
            assertThat(first[1]).contains("INSERT keys={\"id\":{\"S\":\"b\"}}");

            put(d, "a", "edited");
            d.deleteItem(r -> r.tableName("notes").key(Map.of("id", AttributeValue.fromS("b"))));
            waitFor(() -> out.toString().lines().count() >= 4, out, err);
            String[] lines = out.toString().split("\\R");
            assertThat(lines[2]).contains("MODIFY keys={\"id\":{\"S\":\"a\"}}").contains("new={\"id\":{\"S\":\"a\"},\"text\":{\"S\":\"edited\"}}")
                    .contains("old={\"id\":{\"S\":\"a\"},\"text\":{\"S\":\"first\"}}");
            assertThat(lines[3]).contains("REMOVE keys={\"id\":{\"S\":\"b\"}}").contains("old=").doesNotContain("new=");
            assertThat(err.toString()).contains("Following the stream of notes (NEW_AND_OLD_IMAGES)");

            tail.interrupt();
            tail.join(10_000);
            assertThat(tail.isAlive()).isFalse();
            assertThat(code.get()).isZero();
        }
        CliTest.Result latest = run("stream", "tail", "--data", db.toString(), "nosuch");
        assertThat(latest.code()).isEqualTo(1);
    }

    private static void waitFor(java.util.function.BooleanSupplier condition, StringWriter out, StringWriter err)
            throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting; out: " + out + " err: " + err).isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
