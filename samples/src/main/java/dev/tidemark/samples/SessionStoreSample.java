package dev.tidemark.samples;

import dev.tidemark.engine.Database;
import dev.tidemark.engine.DatabaseOptions;
import dev.tidemark.engine.model.AttributeDefinition;
import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.engine.model.BillingMode;
import dev.tidemark.engine.model.KeySchemaElement;
import dev.tidemark.engine.model.KeyType;
import dev.tidemark.engine.model.ScalarAttributeType;
import dev.tidemark.engine.model.TimeToLiveSpecification;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Sample 4: a session store that replaces a cache. Sessions are items with a time-to-live
 * attribute ({@code expiresAt}, epoch seconds); the database deletes them some time after they
 * expire, and until then the reader treats an expired session as absent — the way DynamoDB users
 * read TTL tables, since deletion is not immediate. A read refreshes nothing; {@link SessionStore#touch}
 * extends a session (sliding expiry) only while it is still alive, with a condition.
 *
 * <p>The program moves a clock by hand instead of sleeping, so "30 minutes later" takes no time:
 * the database's time-driven features (TTL) follow the clock given in {@link DatabaseOptions}.
 *
 * <p>Run it with (after {@code ./tidemark --help} has built the launcher once)
 * {@code java $(cat samples/target/launcher/jvm.args) -cp "samples/target/tidemark-samples-0.1.0-SNAPSHOT.jar:$(cat samples/target/launcher/classpath.txt)" dev.tidemark.samples.SessionStoreSample [dir]}.
 */
public final class SessionStoreSample {
    private SessionStoreSample() {
    }

    /** A clock the program moves forward by hand. */
    static final class StepClock extends Clock {
        private volatile long millis;

        StepClock(Instant start) {
            this.millis = start.toEpochMilli();
        }

        void advance(Duration d) {
            millis += d.toMillis();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public long millis() {
            return millis;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis);
        }
    }

    /** One session: who is signed in and their data, until {@code expiresAt}. */
    public record Session(String id, String user, Map<String, String> data, Instant expiresAt) { }

    /** Sessions in one Tidemark table keyed by session id, expiring through TTL. */
    public static final class SessionStore {
        static final String TABLE = "sessions";
        private final Database db;
        private final Clock clock;
        private final Duration lifetime;

        SessionStore(Database db, Clock clock, Duration lifetime) {
            this.db = db;
            this.clock = clock;
            this.lifetime = lifetime;
        }

        /** Creates the table (if missing) and turns TTL on for {@code expiresAt}. */
        void createTable() {
            if (db.listTables(r -> { }).tableNames().contains(TABLE)) {
                return;
            }
            db.createTable(t -> t.tableName(TABLE).billingMode(BillingMode.PAY_PER_REQUEST)
                    .keySchema(KeySchemaElement.builder().attributeName("id").keyType(KeyType.HASH).build())
                    .attributeDefinitions(AttributeDefinition.builder().attributeName("id").attributeType(ScalarAttributeType.S).build()));
            db.updateTimeToLive(r -> r.tableName(TABLE)
                    .timeToLiveSpecification(TimeToLiveSpecification.builder().enabled(true).attributeName("expiresAt").build()));
        }

        /** Stores a new session that lives {@code lifetime} from now. */
        Session put(String id, String user, Map<String, String> data) {
            Instant expires = clock.instant().plus(lifetime);
            Map<String, AttributeValue> item = new HashMap<>();
            item.put("id", AttributeValue.fromS(id));
            item.put("user", AttributeValue.fromS(user));
            Map<String, AttributeValue> m = new HashMap<>();
            data.forEach((k, v) -> m.put(k, AttributeValue.fromS(v)));
            item.put("data", AttributeValue.fromM(m));
            item.put("expiresAt", AttributeValue.fromN(expires.getEpochSecond()));
            db.putItem(p -> p.tableName(TABLE).item(item));
            return new Session(id, user, data, Instant.ofEpochSecond(expires.getEpochSecond()));
        }

        /** The session, unless it is absent or expired (an expired item may not be deleted yet). */
        Optional<Session> get(String id) {
            Map<String, AttributeValue> item = raw(id);
            if (item == null || expired(item)) {
                return Optional.empty();
            }
            Map<String, String> data = new HashMap<>();
            item.get("data").m().forEach((k, v) -> data.put(k, v.s()));
            return Optional.of(new Session(id, item.get("user").s(), data, Instant.ofEpochSecond(Long.parseLong(item.get("expiresAt").n()))));
        }

        /** Extends a live session by {@code lifetime} from now; false when it is absent or already expired. */
        boolean touch(String id) {
            long now = clock.instant().getEpochSecond();
            long until = clock.instant().plus(lifetime).getEpochSecond();
            try {
                db.updateItem(u -> u.tableName(TABLE).key(Map.of("id", AttributeValue.fromS(id)))
                        .updateExpression("SET expiresAt = :until")
                        .conditionExpression("attribute_exists(id) AND expiresAt > :now")
                        .expressionAttributeValues(Map.of(":until", AttributeValue.fromN(until), ":now", AttributeValue.fromN(now))));
                return true;
            } catch (dev.tidemark.engine.ConditionalCheckFailedException e) {
                return false;
            }
        }

        /** Ends a session now (sign-out). */
        void delete(String id) {
            db.deleteItem(d -> d.tableName(TABLE).key(Map.of("id", AttributeValue.fromS(id))));
        }

        /** The stored item as it is, expired or not (what a reader that does not filter would see). */
        Map<String, AttributeValue> raw(String id) {
            Map<String, AttributeValue> item = db.getItem(g -> g.tableName(TABLE).key(Map.of("id", AttributeValue.fromS(id)))
                    .consistentRead(true)).item();
            return item == null || item.isEmpty() ? null : item;
        }

        private boolean expired(Map<String, AttributeValue> item) {
            AttributeValue at = item.get("expiresAt");
            return at != null && Long.parseLong(at.n()) <= clock.instant().getEpochSecond();
        }
    }

    /**
     * Runs the sample on a temporary directory, or on the one given.
     *
     * @param args an optional database directory
     * @throws Exception when the temporary directory cannot be made
     */
    public static void main(String[] args) throws Exception {
        Path dir = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("tidemark-sessions");
        run(dir, System.out);
    }

    /**
     * The walk-through: store sessions, read them, extend one, let time pass, read again (expired
     * sessions are filtered out before the sweeper deletes them), then let the sweeper delete them.
     *
     * @param dir the database directory
     * @param out where to print
     */
    public static void run(Path dir, PrintStream out) {
        StepClock clock = new StepClock(Instant.parse("2026-01-05T09:00:00Z"));
        Duration lifetime = Duration.ofMinutes(30);
        // First the sweeper is slow (hourly), so the expired-but-not-yet-deleted state is visible.
        DatabaseOptions slowSweep = DatabaseOptions.builder().clock(clock).ttlSweepInterval(Duration.ofHours(1)).build();
        try (Database db = Database.open(dir, slowSweep)) {
            SessionStore store = new SessionStore(db, clock, lifetime);
            store.createTable();
            out.println("09:00  sign-in     " + store.put("s-ann", "ann", Map.of("cart", "3 items", "theme", "dark")));
            out.println("09:00  sign-in     " + store.put("s-bob", "bob", Map.of("cart", "empty")));
            out.println("09:00  sign-in     " + store.put("s-cid", "cid", Map.of()));
            store.delete("s-cid");
            out.println("09:00  sign-out    s-cid -> read: " + store.get("s-cid").map(Session::user).orElse("(none)"));

            clock.advance(Duration.ofMinutes(20));
            out.println("09:20  read        s-ann -> " + store.get("s-ann").map(s -> s.user() + " " + s.data().get("cart")).orElse("(none)"));
            out.println("09:20  touch       s-ann -> " + store.touch("s-ann") + ", now expires at " + store.get("s-ann").orElseThrow().expiresAt());

            clock.advance(Duration.ofMinutes(15));
            out.println("09:35  read        s-bob -> " + store.get("s-bob").map(Session::user).orElse("(expired)")
                    + "; still stored: " + (store.raw("s-bob") != null) + " (not swept yet)");
            out.println("09:35  touch       s-bob -> " + store.touch("s-bob") + " (an expired session cannot be extended)");
            out.println("09:35  read        s-ann -> " + store.get("s-ann").map(Session::user).orElse("(expired)"));

            clock.advance(Duration.ofMinutes(20));
            out.println("09:55  read        s-ann -> " + store.get("s-ann").map(Session::user).orElse("(expired)")
                    + "; still stored: " + (store.raw("s-ann") != null));
        }
        // Reopened with the usual one-second sweep: the expired sessions are deleted in the background.
        DatabaseOptions sweep = DatabaseOptions.builder().clock(clock).ttlSweepInterval(Duration.ofMillis(100)).build();
        try (Database db = Database.open(dir, sweep)) {
            SessionStore store = new SessionStore(db, clock, lifetime);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while ((store.raw("s-ann") != null || store.raw("s-bob") != null) && System.nanoTime() < deadline) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            out.println("09:55  swept       s-ann stored: " + (store.raw("s-ann") != null) + ", s-bob stored: " + (store.raw("s-bob") != null));
            out.println("09:55  sign-in     " + store.put("s-ann2", "ann", Map.of("cart", "3 items")));
            out.println("09:55  read        s-ann2 -> " + store.get("s-ann2").map(Session::user).orElse("(none)"));
        }
    }
}
