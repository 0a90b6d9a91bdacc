package dev.tidemark.benchmarks;

/**
 * The measured outcome of one phase on one system.
 *
 * @param phase the phase name, as printed in {@code RESULT} lines
 * @param operations measured operations (the warm-up slice excluded)
 * @param elapsedNanos wall-clock time of the measured operations
 * @param p50Nanos median latency of one operation
 * @param p99Nanos 99th percentile latency of one operation
 */
public record PhaseResult(String phase, long operations, long elapsedNanos, long p50Nanos, long p99Nanos) {

    /**
     * Builds a result from a finished recorder.
     *
     * @param phase the phase name
     * @param recorder the latencies of the measured operations
     * @param elapsedNanos wall-clock time of the measured operations
     * @return the result
     */
    public static PhaseResult of(String phase, LatencyRecorder recorder, long elapsedNanos) {
        return new PhaseResult(phase, recorder.count(), elapsedNanos,
            recorder.percentileNanos(50), recorder.percentileNanos(99));
    }

    /** Operations per second over the measured wall-clock time. */
    public double opsPerSecond() {
        return elapsedNanos <= 0 ? 0 : operations * 1e9 / elapsedNanos;
    }
}
