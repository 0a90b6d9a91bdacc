package dev.tidemark.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidemark.server.DemoData;
import dev.tidemark.server.TidemarkServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code tidemark serve --demo} in-process: it prints how to connect, and the demo data answers over remote JDBC. */
class ServeCommandTest {
    @TempDir
    Path dir;

    @Test
    void serveDemoPrintsCredentialsAndServesTheDemoData() throws Exception {
        CommandLine cl = TidemarkCli.commandLine();
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(new StringWriter(), true));
        ServeCommand serve = cl.getSubcommands().get("serve").getCommand();
        CompletableFuture<Integer> code = CompletableFuture.supplyAsync(
                () -> cl.execute("serve", "--data", dir.resolve("db").toString(), "--port", "0", "--demo"));
        TidemarkServer server;
        try {
            server = serve.awaitStarted(Duration.ofSeconds(120));
        } catch (IllegalStateException e) {
            throw new AssertionError(out + " " + (code.isDone() ? code.get() : ""), e);
        }
        String text = out.toString();
        assertThat(text).contains("Loading the demo data set").contains("Tidemark serving").contains("at " + server.url())
                .contains("JDBC URL:").contains("SQLLine:     ./tidemark sql --url " + server.url())
                .contains("DBeaver:").contains("dev.tidemark.jdbc.TidemarkDriver").contains("AWS SDKs:    endpoint http://");
        Matcher m = Pattern.compile("Credentials: user admin, password (\\S+) \\(generated now").matcher(text);
        assertThat(m.find()).as(text).isTrue();
        String password = m.group(1);

        long total = 0;
        try (Connection c = DriverManager.getConnection(server.url() + ";user=admin;password=" + password);
             Statement s = c.createStatement()) {
            for (String table : DemoData.TABLES) {
                try (ResultSet rs = s.executeQuery("select count(*) from " + table)) {
                    rs.next();
                    total += rs.getLong(1);
                }
            }
            try (ResultSet rs = s.executeQuery("select count(*) from orders$byStatus where status = 'PAID'")) {
                rs.next();
                assertThat(rs.getLong(1)).isPositive();
            }
        }
        assertThat(total).isGreaterThanOrEqualTo(10_000);

        serve.stop();
        assertThat(code.get(60, TimeUnit.SECONDS)).isZero();
        assertThat(server.isClosed()).isTrue();
        assertThat(out.toString()).contains("Tidemark server stopped");

        // a second start does not load again, and says who can connect
        CommandLine again = TidemarkCli.commandLine();
        StringWriter out2 = new StringWriter();
        again.setOut(new PrintWriter(out2, true));
        ServeCommand serve2 = again.getSubcommands().get("serve").getCommand();
        CompletableFuture<Integer> code2 = CompletableFuture.supplyAsync(
                () -> again.execute("serve", "--data", dir.resolve("db").toString(), "--port", "0", "--demo"));
        serve2.awaitStarted(Duration.ofSeconds(60));
        serve2.stop();
        assertThat(code2.get(60, TimeUnit.SECONDS)).isZero();
        assertThat(out2.toString()).doesNotContain("Loading the demo data set").contains("Credentials: the users in");

        // the demo tables carry a stream and TTL
        String db = dir.resolve("db").toString();
        assertThat(CliTest.run("describe", "--data", db, "orders").out()).containsPattern("Stream\\s+on \\(NEW_AND_OLD_IMAGES\\)")
                .containsPattern("PITR\\s+on \\(");
        assertThat(CliTest.run("describe", "--data", db, "carts").out()).containsPattern("TTL\\s+on \\(attribute expiresAt\\)")
                .containsPattern("Items\\s+" + DemoData.CARTS + "\\n");
    }
}
