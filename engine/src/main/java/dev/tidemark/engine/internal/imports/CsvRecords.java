package dev.tidemark.engine.internal.imports;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV records (RFC 4180: fields may be quoted with {@code "}, a doubled quote inside quotes is
 * one quote, quoted fields may span lines) with a chosen one-character delimiter. Records end at
 * {@code \n} or {@code \r\n} outside quotes; an empty line is no record.
 */
final class CsvRecords {
    /** A record and the line it starts on (1-based). */
    record Row(long line, List<String> fields, boolean malformed, String problem) { }

    private final Reader in;
    private final char delimiter;
    private long line = 1;
    private int pushback = -2;
    private boolean first = true;

    CsvRecords(Reader in, char delimiter) {
        this.in = in;
        this.delimiter = delimiter;
    }

    private int read() throws IOException {
        if (pushback != -2) {
            int c = pushback;
            pushback = -2;
            return c;
        }
        int c = in.read();
        if (first) {
            first = false;
            if (c == '\uFEFF') {
                c = in.read();
            }
        }
        return c;
    }

    /** The next record, or null at the end of the input. */
    Row next() throws IOException {
        while (true) {
            long start = line;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean fieldWasQuoted = false;
            boolean any = false;
            String problem = null;
            while (true) {
                int c = read();
                if (c == -1) {
                    if (quoted) {
                        problem = "a quoted field is not closed before the end of the file";
                    }
                    if (!any) {
                        return null;
                    }
                    fields.add(field.toString());
                    return new Row(start, fields, problem != null, problem);
                }
                any = true;
                if (quoted) {
                    if (c == '"') {
                        int d = read();
                        if (d == '"') {
                            field.append('"');
                        } else {
                            quoted = false;
                            pushback = d;
                        }
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        field.append((char) c);
                    }
                    continue;
                }
                if (c == '\r') {
                    int d = read();
                    if (d != '\n') {
                        pushback = d;
                        field.append('\r');
                        continue;
                    }
                    c = '\n';
                }
                if (c == '\n') {
                    line++;
                    if (fields.isEmpty() && field.length() == 0 && !fieldWasQuoted) {
                        break; // an empty line: no record
                    }
                    fields.add(field.toString());
                    return new Row(start, fields, problem != null, problem);
                }
                if (c == delimiter) {
                    fields.add(field.toString());
                    field.setLength(0);
                    fieldWasQuoted = false;
                } else if (c == '"' && field.length() == 0 && !fieldWasQuoted) {
                    quoted = true;
                    fieldWasQuoted = true;
                } else if (c == '"') {
                    if (problem == null) {
                        problem = "a quote inside an unquoted field, or text after a closing quote";
                    }
                    field.append('"');
                } else {
                    if (fieldWasQuoted && problem == null) {
                        problem = "text after a closing quote";
                    }
                    field.append((char) c);
                }
            }
        }
    }
}
