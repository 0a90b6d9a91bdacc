package dev.tidemark.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidemark.engine.Database;
import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.server.internal.UserStore;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line in its own JVM: SIGTERM stops it cleanly, with a checkpoint, and the data is there. */
class SigtermTest {
    @TempDir
    Path dir;

    @Test
    void sigtermCheckpointsAndCloses() throws Exception {
        Path users = dir.resolve("users.properties");
        UserStore.create(users, "ops", "pw");
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (a.startsWith("--add-") || a.startsWith("-Dchronicle")) {
                cmd.add(a);
            }
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), TidemarkServer.class.getName(),
                "--data", dir.resolve("db").toString(), "--port", "0", "--users", users.toString()));
        Path log = dir.resolve("server.out");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        StringBuilder output = new StringBuilder();
        try {
            Pattern serving = Pattern.compile("at (jdbc:tidemark://\\S+)");
            String url = null;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (url == null && System.nanoTime() < deadline && p.isAlive()) {
                Matcher m = serving.matcher(Files.readString(log));
                if (m.find()) {
                    url = m.group(1);
                } else {
                    Thread.sleep(50);
                }
            }
            assertThat(url).as(Files.readString(log)).isNotNull();
            try (Connection c = DriverManager.getConnection(url + ";user=ops;password=pw"); Statement s = c.createStatement()) {
                s.execute("create table notes (id varchar primary key, body varchar)");
                assertThat(s.executeUpdate("insert into notes (id, body) values ('n1', 'before sigterm')")).isEqualTo(1);
            }
            p.destroy(); // SIGTERM
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            output.append(Files.readString(log));
            assertThat(p.exitValue()).as(output.toString()).isZero();
        } finally {
            p.destroyForcibly();
        }
        assertThat(output.toString()).contains("Tidemark server stopping: checkpoint and close").contains("Tidemark server stopped");
        try (Stream<Path> files = Files.list(dir.resolve("db").resolve("checkpoints"))) {
            assertThat(files.count()).as("checkpoint files").isPositive();
        }
        try (Database db = Database.open(dir.resolve("db"))) {
            assertThat(db.getItem(g -> g.tableName("notes").key(Map.of("id", AttributeValue.fromS("n1")))).item())
                    .containsEntry("body", AttributeValue.fromS("before sigterm"));
        }
    }
}
