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
 *
 * <p>After the phase lines comes one line on what two GSIs cost a PutItem on each system,
 * against the plain-table reference measured within {@code put_2gsi} ({@link #overhead}):
 *
 * <pre>
 * RESULT suite=engine phase=put_2gsi_overhead tidemark_plain_ops_s=&lt;n&gt; tidemark_cost=&lt;x&gt; tidemark_p50_cost=&lt;x&gt; anchor=dynamodb-local anchor_plain_ops_s=&lt;n&gt; anchor_cost=&lt;x&gt; anchor_p50_cost=&lt;x&gt;
 * </pre>
 *
 * <p>It has no {@code anchor_ops_s} field, so table parsers that key on that field skip it.
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
     * The line comparing a phase with its plain counterpart on each system:
     * {@code <side>_plain_ops_s} is the plain throughput, {@code <side>_cost} the time per operation
     * of {@code costly} divided by that of {@code plain} (the plain throughput over the costly one),
     * {@code <side>_p50_cost} the costly median latency over the plain one. Costs have two
     * decimals; {@code NA} where a side lacks either result.
     *
     * @param phase the line's phase name, e.g. {@code put_2gsi_overhead}
     * @param tidemarkPlain Tidemark's plain phase, or {@code null}
     * @param tidemarkCostly Tidemark's costly phase, or {@code null}
     * @param anchorPlain DynamoDB Local's plain phase, or {@code null}
     * @param anchorCostly DynamoDB Local's costly phase, or {@code null}
     * @return the line, without a line terminator
     */
    public static String overhead(String phase, PhaseResult tidemarkPlain, PhaseResult tidemarkCostly,
            PhaseResult anchorPlain, PhaseResult anchorCostly) {
        return "RESULT suite=engine phase=" + phase
            + " tidemark_plain_ops_s=" + (tidemarkPlain == null ? NOT_AVAILABLE : ops(tidemarkPlain.opsPerSecond()))
            + " tidemark_cost=" + throughputCost(tidemarkPlain, tidemarkCostly)
            + " tidemark_p50_cost=" + medianCost(tidemarkPlain, tidemarkCostly)
            + " anchor=dynamodb-local"
            + " anchor_plain_ops_s=" + (anchorPlain == null ? NOT_AVAILABLE : ops(anchorPlain.opsPerSecond()))
            + " anchor_cost=" + throughputCost(anchorPlain, anchorCostly)
            + " anchor_p50_cost=" + medianCost(anchorPlain, anchorCostly);
    }

    private static String throughputCost(PhaseResult plain, PhaseResult costly) {
        if (plain == null || costly == null || costly.opsPerSecond() <= 0) {
            return NOT_AVAILABLE;
        }
        return String.format(Locale.ROOT, "%.2f", plain.opsPerSecond() / costly.opsPerSecond());
    }

    private static String medianCost(PhaseResult plain, PhaseResult costly) {
        if (plain == null || costly == null || plain.p50Nanos() <= 0) {
            return NOT_AVAILABLE;
        }
        return String.format(Locale.ROOT, "%.2f", (double) costly.p50Nanos() / plain.p50Nanos());
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
