package dev.tidemark.engine;

import static dev.tidemark.engine.Fixtures.def;
import static dev.tidemark.engine.Fixtures.hashKey;
import static dev.tidemark.engine.Fixtures.item;
import static dev.tidemark.engine.Fixtures.n;
import static dev.tidemark.engine.Fixtures.s;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tidemark.engine.internal.DatabaseEngine;
import dev.tidemark.engine.model.BillingMode;
import dev.tidemark.engine.model.Record;
import dev.tidemark.engine.model.ScalarAttributeType;
import dev.tidemark.engine.model.StreamSpecification;
import dev.tidemark.engine.model.StreamViewType;
import dev.tidemark.engine.model.TimeToLiveSpecification;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stream records are a function of the commit log: with the stream store and the checkpoints
 * removed, reopening regenerates every record from the log, the same as before, including the
 * service identity of time-to-live deletions and the records of a stream enabled later.
 */
class StreamRegenerationTest {
    @TempDir
    Path dir;

    private static Record withoutTime(Record r) {
        return r.toBuilder().dynamodb(r.dynamodb().toBuilder().approximateCreationDateTime(null).build()).build();
    }

    private static void deleteTree(Path p) throws IOException {
        try (Stream<Path> files = Files.walk(p)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }

    @Test
    @DisplayName("Records regenerated from the log equal the originals (TTL deletions keep the service identity)")
    void regenerateEverything() throws Exception {
        Instant start = Instant.now();
        MutableClock clock = new MutableClock(start);
        DatabaseOptions opts = DatabaseOptions.builder().clock(clock).ttlSweepInterval(Duration.ofHours(1)).build();
        long now = start.getEpochSecond();
        List<Record> before;
        String arn;
        try (Database db = Database.open(dir, opts)) {
            db.createTable(t -> t.tableName("tbl").billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(hashKey("id")).attributeDefinitions(def("id", ScalarAttributeType.S)));
            db.putItem(p -> p.tableName("tbl").item(item("id", s("before-stream"))));
            db.updateTable(u -> u.tableName("tbl").streamSpecification(
                StreamSpecification.builder().streamEnabled(true).streamViewType(StreamViewType.NEW_AND_OLD_IMAGES).build()));
            db.updateTimeToLive(u -> u.tableName("tbl").timeToLiveSpecification(
                TimeToLiveSpecification.builder().enabled(true).attributeName("exp").build()));
            for (int i = 0; i < 30; i++) {
                int k = i;
                db.putItem(p -> p.tableName("tbl").item(item("id", s("k" + (k % 7)), "v", n(k), "exp", n(now + k))));
            }
            db.putItem(p -> p.tableName("tbl").item(item("id", s("k1"), "v", n(22), "exp", n(now + 22)))); // identical: no record
            db.deleteItem(d -> d.tableName("tbl").key(item("id", s("k2"))));
            clock.advance(Duration.ofSeconds(25));
            assertThat(((DatabaseEngine) db).sweepExpiredItems()).isPositive();
            arn = StreamReader.arn(db, "tbl");
            before = StreamReader.readAll(db, arn, 1000);
        }
        assertThat(before.stream().filter(r -> r.userIdentity() != null)).isNotEmpty();
        deleteTree(dir.resolve("streams"));
        deleteTree(dir.resolve("checkpoints"));
        try (Database db = Database.open(dir, opts)) {
            List<Record> after = StreamReader.readAll(db, arn, 1000);
            assertThat(after).hasSameSizeAs(before);
            assertThat(after.stream().map(StreamRegenerationTest::withoutTime).toList())
                .isEqualTo(before.stream().map(StreamRegenerationTest::withoutTime).toList());
            assertThat(after).noneMatch(r -> r.dynamodb().keys().equals(Map.of("id", s("before-stream"))));
        }
    }
}
