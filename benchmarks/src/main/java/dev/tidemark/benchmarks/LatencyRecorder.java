package dev.tidemark.benchmarks;

import java.util.Arrays;

/**
 * Records per-operation latencies in nanoseconds into a plain array, for exact percentiles at the
 * end. Not thread-safe: one recorder per single-threaded phase loop.
 */
public final class LatencyRecorder {
    private long[] samples;
    private int size;
    private boolean sorted;

    /**
     * Creates a recorder.
     *
     * @param expectedSamples initial capacity; the array grows if more are recorded
     */
    public LatencyRecorder(int expectedSamples) {
        this.samples = new long[Math.max(16, expectedSamples)];
    }

    /**
     * Adds one latency.
     *
     * @param nanos the duration of one operation, in nanoseconds
     */
    public void record(long nanos) {
        if (size == samples.length) {
            samples = Arrays.copyOf(samples, samples.length * 2);
        }
        samples[size++] = nanos;
        sorted = false;
    }

    /** The number of latencies recorded. */
    public int count() {
        return size;
    }

    /**
     * The latency at a percentile, by the nearest-rank method.
     *
     * @param percentile between 0 (exclusive) and 100 (inclusive)
     * @return the latency in nanoseconds, or 0 when nothing was recorded
     */
    public long percentileNanos(double percentile) {
        if (percentile <= 0 || percentile > 100) {
            throw new IllegalArgumentException("percentile must be in (0, 100]: " + percentile);
        }
        if (size == 0) {
            return 0;
        }
        if (!sorted) {
            Arrays.sort(samples, 0, size);
            sorted = true;
        }
        int rank = (int) Math.ceil(percentile / 100.0 * size);
        return samples[Math.max(0, rank - 1)];
    }
}
