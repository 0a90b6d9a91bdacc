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

/** Runs the records-only mapper sample and checks what it printed against what it stored. */
class MapperSampleTest {
    @TempDir
    Path dir;

    @Test
    void recordsAreStoredQueriedVersionedAndUpdatedInTransactions() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        MapperSample.run(dir.resolve("db"), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("query        issues 3..5 of tide: [3, 4, 5]")
                .contains("paging       page 1 [1, 2, 3, 4, 5], page 2 [6, 7, 8, 9, 10], more: true")
                .contains("update       issue 1 -> IN_PROGRESS (version 1 -> 2)")
                .contains("refused: OptimisticLockException")
                .contains("check        project.openIssues = 11, issues not closed = 11");
        // bob has issues 1, 4, 7, 10 (n % 3 == 1), due on Jan 6, 9, 12, 15; before Jan 15: 1, 4, 7
        assertThat(text).contains("query index  bob's issues due before 2026-01-15: [1 (2026-01-06), 4 (2026-01-09), 7 (2026-01-12)]");

        try (Database db = Database.open(dir.resolve("db"))) {
            Map<String, AttributeValue> project = db.getItem(g -> g.tableName("projects").key(Map.of("id", AttributeValue.fromS("tide")))).item();
            assertThat(project.get("openIssues")).isEqualTo(AttributeValue.fromN(11));
            Map<String, AttributeValue> issue = db.getItem(g -> g.tableName("issues")
                    .key(Map.of("project", AttributeValue.fromS("tide"), "number", AttributeValue.fromN(1)))).item();
            assertThat(issue.get("state")).isEqualTo(AttributeValue.fromS("CLOSED"));
            assertThat(issue.get("version")).isEqualTo(AttributeValue.fromN(3));
            assertThat(issue.get("comments").l().get(0).m()).containsEntry("author", AttributeValue.fromS("ann"));
            assertThat(db.describeTable(d -> d.tableName("issues")).table().globalSecondaryIndexes())
                    .extracting(g -> g.indexName()).containsExactly("byAssignee");
        }
    }
}
