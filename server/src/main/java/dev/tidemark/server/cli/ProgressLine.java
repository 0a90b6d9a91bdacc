package dev.tidemark.server.cli;

import java.time.Duration;
import java.util.Locale;

/** The progress line of long work: items done, rate, share done and time left when the total is known. */
final class ProgressLine {
    private ProgressLine() {
    }

    /**
     * Formats one progress line.
     *
     * @param items items processed so far
     * @param errors items skipped so far
     * @param done work done in the unit of {@code total} (bytes read)
     * @param total all the work, or 0 when unknown
     * @param elapsed time since the work started
     * @return for example {@code 12,000 items  (3 skipped)  4,000 items/s  40%  0:05 left}
     */
    static String format(long items, long errors, long done, long total, Duration elapsed) {
        StringBuilder sb = new StringBuilder();
        sb.append(Formats.count(items)).append(" items");
        if (errors > 0) {
            sb.append("  (").append(Formats.count(errors)).append(" skipped)");
        }
        double seconds = elapsed.toNanos() / 1e9;
        if (seconds > 0) {
            sb.append("  ").append(Formats.count(Math.round(items / seconds))).append(" items/s");
        }
        if (total > 0 && done > 0) {
            double share = Math.min(1.0, (double) done / total);
            sb.append(String.format(Locale.ROOT, "  %d%%", (int) Math.floor(share * 100)));
            if (share < 1.0) {
                long left = Math.round(seconds * (1 - share) / share);
                sb.append("  ").append(Formats.clock(Duration.ofSeconds(left))).append(" left");
            }
        }
        return sb.toString();
    }
}
