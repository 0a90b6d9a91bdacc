package dev.tidemark.engine.backup;

import dev.tidemark.engine.internal.log.CommitLog;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A clock the test moves forward by hand, used both as the database clock and (through the
 * commit log's test hook) as the source of log record timestamps, so log time and the recovery
 * window agree. Only moves forward.
 */
final class TestClock extends Clock implements AutoCloseable {
    private final AtomicLong millis;

    TestClock(Instant start) {
        millis = new AtomicLong(start.toEpochMilli());
        CommitLog.timeSourceForTests(millis::get);
    }

    /** Moves the clock forward. */
    void advance(long ms) {
        millis.addAndGet(ms);
    }

    @Override
    public long millis() {
        return millis.get();
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(millis.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the test clock is UTC only");
    }

    /** Puts log timestamps back on the system clock. */
    @Override
    public void close() {
        CommitLog.timeSourceForTests(null);
    }
}
