package dev.tidemark.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidemark.engine.model.ScalarAttributeType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Table changes (which hold the catalog lock while they log) and checkpoints (which stop writers to
 * read the log position, then read the catalog) run at the same time without deadlocking, and the
 * last change survives a reopen.
 */
class CheckpointCatalogRaceTest {
    @TempDir
    Path dir;

    @Test
    void tableChangesAndCheckpointsInterleaveWithoutDeadlock() throws Exception {
        int rounds = 3_000;
        try (Database db = Database.open(dir)) {
            Fixtures.hashTable(db, "race", "id", ScalarAttributeType.S);
            db.putItem(p -> p.tableName("race").item(Fixtures.item("id", Fixtures.s("a"))));
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<?> changes = pool.submit(() -> {
                    for (int i = 0; i < rounds; i++) {
                        db.setTableOption("race", "race", Integer.toString(i).getBytes(StandardCharsets.UTF_8));
                    }
                });
                Future<?> checkpoints = pool.submit(() -> {
                    for (int i = 0; i < rounds; i++) {
                        db.putItem(p -> p.tableName("race").item(Fixtures.item("id", Fixtures.s("a"))));
                        db.checkpoint();
                    }
                });
                // generous: both loops take well under a second each when nothing blocks
                changes.get(2, TimeUnit.MINUTES);
                checkpoints.get(2, TimeUnit.MINUTES);
            } finally {
                pool.shutdownNow();
            }
        }
        try (Database db = Database.open(dir)) {
            assertThat(new String(db.tableOption("race", "race"), StandardCharsets.UTF_8)).isEqualTo(Integer.toString(rounds - 1));
        }
    }
}
