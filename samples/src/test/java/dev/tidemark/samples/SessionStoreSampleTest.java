package dev.tidemark.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidemark.engine.Database;
import dev.tidemark.engine.model.AttributeValue;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the session store sample and checks what it printed against what the table holds afterwards. */
class SessionStoreSampleTest {
    @TempDir
    Path dir;

    @Test
    void sessionsAreReadUntilTheyExpireThenFilteredThenSwept() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SessionStoreSample.run(dir.resolve("db"), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("09:00  sign-out    s-cid -> read: (none)")
                .contains("09:20  read        s-ann -> ann 3 items")
                // touched at 09:20 for 30 minutes: 09:50
                .contains("09:20  touch       s-ann -> true, now expires at 2026-01-05T09:50:00Z")
                .contains("09:35  read        s-bob -> (expired); still stored: true (not swept yet)")
                .contains("09:35  touch       s-bob -> false")
                .contains("09:35  read        s-ann -> ann")
                .contains("09:55  read        s-ann -> (expired); still stored: true")
                .contains("09:55  swept       s-ann stored: false, s-bob stored: false")
                .contains("09:55  read        s-ann2 -> ann");

        try (Database db = Database.open(dir.resolve("db"))) {
            Map<String, AttributeValue> fresh = db.getItem(g -> g.tableName("sessions").key(Map.of("id", AttributeValue.fromS("s-ann2")))).item();
            assertThat(fresh.get("user")).isEqualTo(AttributeValue.fromS("ann"));
            // 09:55 + 30 minutes, as epoch seconds
            assertThat(fresh.get("expiresAt")).isEqualTo(AttributeValue.fromN(java.time.Instant.parse("2026-01-05T10:25:00Z").getEpochSecond()));
            assertThat(db.scan(s -> s.tableName("sessions")).items()).hasSize(1);
        }
    }

    @Test
    void mainRunsOnAGivenDirectory() throws Exception {
        PrintStream saved = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            SessionStoreSample.main(new String[] {dir.resolve("main").toString()});
        } finally {
            System.setOut(saved);
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("swept       s-ann stored: false");
    }
}
