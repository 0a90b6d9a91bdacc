package dev.tidemark.engine.internal.capacity;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * DynamoDB's limits on changing capacity (reference 2.2): per table and per global index, four
 * decreases at any time in a UTC day, then one more each time no decrease happened in the previous
 * hour (at most 27 a day); and at most four switches to on-demand in a rolling 24 hours.
 */
public final class DecreaseRules {
    /** Decreases a UTC day allows freely. */
    public static final int FREE_DECREASES = 4;
    /** Decreases a UTC day allows at most. */
    public static final int MAX_DECREASES = 27;
    /** Switches to on-demand a rolling 24 hours allows. */
    public static final int MAX_SWITCHES = 4;

    private DecreaseRules() {
    }

    /** Decreases already made in {@code now}'s UTC day, given the last one and its day's count. */
    public static int today(Instant last, long count, Instant now) {
        return last != null && sameUtcDay(last, now) ? (int) count : 0;
    }

    /** Why a decrease at {@code now} is refused, or null when it is allowed. */
    public static String refusal(String resource, Instant last, long count, Instant now) {
        int n = today(last, count, now);
        if (n < FREE_DECREASES) {
            return null;
        }
        if (n >= MAX_DECREASES || last.isAfter(now.minus(Duration.ofHours(1)))) {
            return "Subscriber limit exceeded: Provisioned throughput decreases are limited within a given UTC day. "
                + "After the first 4 decreases, each subsequent decrease in the same UTC day can be performed at most once "
                + "every 3600 seconds. Number of decreases today: " + n + ". Last decrease at " + last + ". Resource: " + resource;
        }
        return null;
    }

    /** The switches to on-demand still inside the 24-hour window at {@code now}. */
    public static List<Instant> recentSwitches(List<Instant> switches, Instant now) {
        List<Instant> out = new ArrayList<>();
        for (Instant i : switches) {
            if (i.isAfter(now.minus(Duration.ofHours(24)))) {
                out.add(i);
            }
        }
        return out;
    }

    private static boolean sameUtcDay(Instant a, Instant b) {
        return a.atZone(ZoneOffset.UTC).toLocalDate().equals(b.atZone(ZoneOffset.UTC).toLocalDate());
    }
}
