package dev.tidemark.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock tests move by hand: capacity refills, auto scaling, TTL expiry, iterator expiry, stream retention. */
final class MutableClock extends Clock {
    private volatile Instant now;

    MutableClock(Instant start) {
        this.now = start;
    }

    /** Midnight UTC of a fixed day. */
    static MutableClock atMidnight() {
        return new MutableClock(Instant.parse("2026-03-02T00:00:00Z"));
    }

    void advance(Duration d) {
        now = now.plus(d);
    }

    void advanceSeconds(double seconds) {
        now = now.plusNanos((long) (seconds * 1e9));
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
    public Instant instant() {
        return now;
    }
}
