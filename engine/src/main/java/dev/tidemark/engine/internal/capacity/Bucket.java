package dev.tidemark.engine.internal.capacity;

/**
 * A token bucket of one table or index and one kind of unit. It refills at {@code rate} units per
 * second up to {@code max} (provisioned: 300 seconds of capacity, DynamoDB's burst; on-demand
 * ceilings: one second). A request takes its units only if all of them are there; a request
 * larger than the whole bucket goes through when the bucket is full, leaving it in debt. Also
 * keeps the units consumed per minute of the clock for auto scaling. Guarded by the owning
 * {@link TableRuntime}'s lock.
 */
final class Bucket {
    /** Completed minutes kept for auto scaling. */
    static final int HISTORY_MINUTES = 30;

    private double rate;
    private double max;
    private double tokens;
    private long lastMillis;
    private long minute = Long.MIN_VALUE;
    private double minuteUnits;
    private final double[] history = new double[HISTORY_MINUTES];
    private int historySize;

    Bucket(double rate, double burstSeconds, long nowMillis) {
        this.rate = rate;
        this.max = rate * burstSeconds;
        this.tokens = max;
        this.lastMillis = nowMillis;
    }

    /** Changes the rate; the tokens carried over are capped by the new maximum. */
    void configure(double newRate, double burstSeconds, long nowMillis) {
        refill(nowMillis);
        rate = newRate;
        max = newRate * burstSeconds;
        tokens = Math.min(tokens, max);
    }

    double rate() {
        return rate;
    }

    double tokens(long nowMillis) {
        refill(nowMillis);
        return tokens;
    }

    private void refill(long nowMillis) {
        if (nowMillis > lastMillis) {
            tokens = Math.min(max, tokens + (nowMillis - lastMillis) / 1000.0 * rate);
            lastMillis = nowMillis;
        }
    }

    /** Whether {@code units} can be taken now (refilling first). */
    boolean has(double units, long nowMillis) {
        refill(nowMillis);
        return units <= max ? tokens >= units - 1e-9 : tokens >= max - 1e-9;
    }

    /** Takes units (after {@link #has}), and counts them for the minute. */
    void take(double units, long nowMillis) {
        tokens -= units;
        count(units, nowMillis);
    }

    /** Counts consumed units for the minute without taking tokens. */
    void count(double units, long nowMillis) {
        roll(nowMillis);
        minuteUnits += units;
    }

    /** Closes the minutes that ended before {@code nowMillis}. */
    void roll(long nowMillis) {
        long m = Math.floorDiv(nowMillis, 60_000L);
        if (minute == Long.MIN_VALUE) {
            minute = m;
            return;
        }
        if (m - minute > HISTORY_MINUTES) {
            minute = m - HISTORY_MINUTES;
            minuteUnits = 0;
        }
        while (minute < m) {
            if (historySize == HISTORY_MINUTES) {
                System.arraycopy(history, 1, history, 0, HISTORY_MINUTES - 1);
                historySize--;
            }
            history[historySize++] = minuteUnits;
            minuteUnits = 0;
            minute++;
        }
    }

    /** Units consumed in each of the last {@code n} completed minutes, oldest first; fewer if not known. */
    double[] lastMinutes(int n) {
        int k = Math.min(n, historySize);
        double[] out = new double[k];
        System.arraycopy(history, historySize - k, out, 0, k);
        return out;
    }

    /** Forgets the minutes counted so far (after a scaling action). */
    void clearHistory() {
        historySize = 0;
    }
}
