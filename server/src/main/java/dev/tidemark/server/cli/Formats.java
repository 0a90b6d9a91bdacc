package dev.tidemark.server.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Human-readable numbers, sizes, durations and text tables for the commands' output. */
final class Formats {
    private Formats() {
    }

    /** {@code 12345} as {@code 12,345}. */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** A size in bytes as {@code 512 B}, {@code 1.5 KB}, {@code 12.3 MB}, {@code 1.1 GB}. */
    static String bytes(long n) {
        if (n < 1024) {
            return n + " B";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double v = n;
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format(Locale.ROOT, v >= 100 ? "%.0f %s" : "%.1f %s", v, units[u]);
    }

    /** A duration as {@code 0:07}, {@code 12:34} or {@code 1:02:03}. */
    static String clock(Duration d) {
        long s = Math.max(0, d.toSeconds());
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    /** Seconds with one decimal, {@code 2.3 s}. */
    static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }

    /**
     * Renders rows as an aligned text table with a header line and a rule under it.
     *
     * @param header the column names
     * @param rows the cells, each row as long as the header
     * @param rightAligned which columns are right-aligned (numbers)
     */
    static String table(List<String> header, List<List<String>> rows, boolean[] rightAligned) {
        int[] widths = new int[header.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = header.get(i).length();
        }
        for (List<String> row : rows) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        StringBuilder sb = new StringBuilder();
        line(sb, header, widths, new boolean[widths.length]);
        List<String> rule = new ArrayList<>();
        for (int w : widths) {
            rule.add("-".repeat(w));
        }
        line(sb, rule, widths, new boolean[widths.length]);
        for (List<String> row : rows) {
            line(sb, row, widths, rightAligned);
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<String> cells, int[] widths, boolean[] right) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            String c = cells.get(i);
            String pad = " ".repeat(widths[i] - c.length());
            if (i > 0) {
                line.append("  ");
            }
            line.append(right != null && i < right.length && right[i] ? pad + c : c + pad);
        }
        sb.append(line.toString().stripTrailing()).append('\n');
    }
}
