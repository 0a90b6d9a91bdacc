package dev.tidemark.benchmarks;

import java.util.Locale;

/**
 * Formats the {@code RESULT} lines other tools parse. The engine-suite line is, exactly:
 *
 * <pre>
 * RESULT suite=engine phase=&lt;phase&gt; tidemark_ops_s=&lt;n&gt; tidemark_p50_us=&lt;n&gt; tidemark_p99_us=&lt;n&gt; anchor=dynamodb-local anchor_ops_s=&lt;n&gt; ratio=&lt;tidemark/anchor&gt;
 * </pre>
 *
 * <p>Throughputs are whole operations per second, latencies are microseconds with one decimal,
 * the ratio has two decimals. A side that was not run (see {@code --only}) prints {@code NA}, and
 * so does the ratio. Numbers use {@code .} as decimal separator whatever the default locale.
 */
public final class ResultLine {
    /** The value printed for a measurement that was not taken. */
    public static final String NOT_AVAILABLE = "NA";

    private ResultLine() {
    }

    /**
     * The engine-suite line for one phase.
     *
     * @param phase the phase name
     * @param tidemark Tidemark's result, or {@code null} if that side was not run
     * @param anchor DynamoDB Local's result, or {@code null} if that side was not run
     * @return the line, without a line terminator
     */
    public static String engine(String phase, PhaseResult tidemark, PhaseResult anchor) {
        String ratio = NOT_AVAILABLE;
        if (tidemark != null && anchor != null && anchor.opsPerSecond() > 0) {
            ratio = String.format(Locale.ROOT, "%.2f", tidemark.opsPerSecond() / anchor.opsPerSecond());
        }
        return "RESULT suite=engine phase=" + phase
            + " tidemark_ops_s=" + (tidemark == null ? NOT_AVAILABLE : ops(tidemark.opsPerSecond()))
            + " tidemark_p50_us=" + (tidemark == null ? NOT_AVAILABLE : micros(tidemark.p50Nanos()))
            + " tidemark_p99_us=" + (tidemark == null ? NOT_AVAILABLE : micros(tidemark.p99Nanos()))
            + " anchor=dynamodb-local"
            + " anchor_ops_s=" + (anchor == null ? NOT_AVAILABLE : ops(anchor.opsPerSecond()))
            + " ratio=" + ratio;
    }

    /**
     * A free-form report line: {@code RESULT suite=engine phase=<phase>} followed by
     * {@code key=value} pairs in the given order.
     *
     * @param phase the report name
     * @param keyValues alternating keys and values (values are printed with {@code String.valueOf})
     * @return the line, without a line terminator
     */
    public static String report(String phase, Object... keyValues) {
        if (keyValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values must alternate");
        }
        StringBuilder sb = new StringBuilder("RESULT suite=engine phase=").append(phase);
        for (int i = 0; i < keyValues.length; i += 2) {
            sb.append(' ').append(keyValues[i]).append('=').append(keyValues[i + 1]);
        }
        return sb.toString();
    }

    /**
     * Formats a throughput as a whole number.
     *
     * @param opsPerSecond operations per second
     * @return the rounded value
     */
    public static String ops(double opsPerSecond) {
        return Long.toString(Math.round(opsPerSecond));
    }

    /**
     * Formats nanoseconds as microseconds with one decimal.
     *
     * @param nanos a duration in nanoseconds
     * @return the microseconds
     */
    public static String micros(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1000.0);
    }

    /**
     * Formats nanoseconds as seconds with three decimals.
     *
     * @param nanos a duration in nanoseconds
     * @return the seconds
     */
    public static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.3f", nanos / 1e9);
    }
}
