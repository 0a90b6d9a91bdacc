package dev.tidemark.engine.internal.imports;

import dev.tidemark.engine.BatchWriteItemRequest;
import dev.tidemark.engine.BatchWriteItemResult;
import dev.tidemark.engine.Database;
import dev.tidemark.engine.TidemarkException;
import dev.tidemark.engine.internal.backup.DynamoJson;
import dev.tidemark.engine.internal.imports.DynamoJsonItems.BadRecord;
import dev.tidemark.engine.model.AttributeDefinition;
import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.engine.model.CsvOptions;
import dev.tidemark.engine.model.GlobalSecondaryIndex;
import dev.tidemark.engine.model.InputCompressionType;
import dev.tidemark.engine.model.InputFormat;
import dev.tidemark.engine.model.KeySchemaElement;
import dev.tidemark.engine.model.PutRequest;
import dev.tidemark.engine.model.ScalarAttributeType;
import dev.tidemark.engine.model.TableCreationParameters;
import dev.tidemark.engine.model.WriteRequest;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;

/**
 * Loads the source files of one import into its table: reads each file in path order, turns each
 * line (JSON) or record (CSV) into an item, checks its keys, and writes items 25 at a time with
 * BatchWriteItem. Records that cannot become items are counted and written to the error file, one
 * JSON object per line: {@code {"file":..., "line":..., "error":...}}.
 */
final class ImportJob {
    private static final int BATCH = 25;
    private static final int MAX_ERROR_TEXT = 1024;

    /** Thrown when the import must stop as a whole (unreadable source, bad header, closing). */
    static final class ImportFailure extends Exception {
        private static final long serialVersionUID = 1L;
        final String code;

        ImportFailure(String code, String message) {
            super(message);
            this.code = code;
        }
    }

    private final Database db;
    private final ImportState state;
    private final TableCreationParameters table;
    private final List<String> tableKeys = new ArrayList<>();
    private final Map<String, ScalarAttributeType> keyTypes = new HashMap<>();
    private final Map<String, String> indexOfKey = new HashMap<>();
    private final Map<List<AttributeValue>, Map<String, AttributeValue>> batch = new LinkedHashMap<>();
    private final Map<List<AttributeValue>, Long> batchLines = new HashMap<>();
    private final Map<List<AttributeValue>, String> batchFiles = new HashMap<>();
    private BufferedWriter errors;
    private String currentFile;

    ImportJob(Database db, ImportState state) {
        this.db = db;
        this.state = state;
        this.table = state.request.tableCreationParameters();
        for (KeySchemaElement k : table.keySchema()) {
            tableKeys.add(k.attributeName());
        }
        for (AttributeDefinition d : table.attributeDefinitions()) {
            keyTypes.put(d.attributeName(), d.attributeType());
        }
        if (table.globalSecondaryIndexes() != null) {
            for (GlobalSecondaryIndex g : table.globalSecondaryIndexes()) {
                for (KeySchemaElement k : g.keySchema()) {
                    indexOfKey.putIfAbsent(k.attributeName(), g.indexName());
                }
            }
        }
    }

    /** Runs the whole import; throws when it must stop, leaving counters as far as they got. */
    void run() throws ImportFailure {
        try (BufferedWriter w = Files.newBufferedWriter(state.errorFile, StandardCharsets.UTF_8)) {
            errors = w;
            for (Path file : state.files) {
                currentFile = state.relativeName(file);
                readFile(file);
            }
            flush();
        } catch (IOException e) {
            throw new ImportFailure("IOError", "cannot read " + currentFile + ": " + e.getMessage());
        }
    }

    private void readFile(Path file) throws IOException, ImportFailure {
        InputStream raw = new CountingStream(Files.newInputStream(file), state.processedBytes);
        try (InputStream in = state.request.inputCompressionType() == InputCompressionType.GZIP
                ? new GZIPInputStream(raw, 1 << 16) : raw;
             Reader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                     .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)), 1 << 16)) {
            if (state.request.inputFormat() == InputFormat.CSV) {
                readCsv(reader);
            } else {
                readJson((BufferedReader) reader);
            }
        } catch (java.util.zip.ZipException e) {
            throw new ImportFailure("InvalidCompression", currentFile + " is not valid gzip data: " + e.getMessage());
        }
    }

    private void readJson(BufferedReader reader) throws IOException, ImportFailure {
        long lineNo = 0;
        String line;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            if (lineNo == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank()) {
                continue;
            }
            checkStillRunning();
            state.processedItems.incrementAndGet();
            Map<String, AttributeValue> item;
            try {
                item = DynamoJsonItems.parseLine(line);
            } catch (BadRecord e) {
                error(lineNo, e.getMessage(), line);
                continue;
            }
            accept(item, lineNo, line);
        }
    }

    private void readCsv(Reader reader) throws IOException, ImportFailure {
        CsvOptions csv = state.request.inputFormatOptions() == null ? null : state.request.inputFormatOptions().csv();
        char delimiter = ImportValidation.delimiter(csv);
        CsvRecords records = new CsvRecords(reader, delimiter);
        List<String> header = csv == null ? null : csv.headerList();
        if (header == null) {
            CsvRecords.Row first = records.next();
            if (first == null) {
                return;
            }
            header = first.fields();
            String problem = ImportValidation.headerProblem(header);
            if (first.malformed() || problem != null) {
                throw new ImportFailure("InvalidHeader", "the header line of " + currentFile + " is not valid: "
                        + (problem != null ? problem : first.problem()));
            }
        }
        CsvRecords.Row row;
        while ((row = records.next()) != null) {
            checkStillRunning();
            state.processedItems.incrementAndGet();
            String text = String.join(String.valueOf(delimiter), row.fields());
            if (row.malformed()) {
                error(row.line(), "malformed CSV: " + row.problem(), text);
                continue;
            }
            if (row.fields().size() != header.size()) {
                error(row.line(), "the record has " + row.fields().size() + " fields, the header has " + header.size(), text);
                continue;
            }
            Map<String, AttributeValue> item = new LinkedHashMap<>();
            String problem = null;
            for (int i = 0; i < header.size() && problem == null; i++) {
                String name = header.get(i);
                String value = row.fields().get(i);
                ScalarAttributeType type = keyTypes.get(name);
                if (value.isEmpty()) {
                    continue; // an empty cell is no attribute (a missing table key is reported below)
                }
                if (type == null || type == ScalarAttributeType.S) {
                    item.put(name, AttributeValue.fromS(value));
                } else if (type == ScalarAttributeType.N) {
                    try {
                        new BigDecimal(value.trim());
                        item.put(name, AttributeValue.fromN(value.trim()));
                    } catch (NumberFormatException e) {
                        problem = "the key column " + name + " is declared N but \"" + value + "\" is not a number";
                    }
                } else {
                    try {
                        item.put(name, AttributeValue.ownedB(Base64.getDecoder().decode(value.trim())));
                    } catch (IllegalArgumentException e) {
                        problem = "the key column " + name + " is declared B but its value is not base64";
                    }
                }
            }
            if (problem != null) {
                error(row.line(), problem, text);
                continue;
            }
            accept(item, row.line(), text);
        }
    }

    private void accept(Map<String, AttributeValue> item, long lineNo, String text) throws IOException, ImportFailure {
        String problem = keyProblem(item);
        if (problem != null) {
            error(lineNo, problem, text);
            return;
        }
        List<AttributeValue> key = new ArrayList<>(tableKeys.size());
        for (String k : tableKeys) {
            key.add(item.get(k));
        }
        // a later record with the same key replaces an earlier one, also within one batch
        batch.remove(key);
        batch.put(key, item);
        batchLines.put(key, lineNo);
        batchFiles.put(key, currentFile);
        if (batch.size() >= BATCH) {
            flush();
        }
    }

    private String keyProblem(Map<String, AttributeValue> item) {
        for (String k : tableKeys) {
            AttributeValue v = item.get(k);
            if (v == null) {
                return "One or more parameter values were invalid: Missing the key " + k + " in the item";
            }
            String t = v.type().name();
            ScalarAttributeType want = keyTypes.get(k);
            if (!t.equals(want.name())) {
                return "One or more parameter values were invalid: Type mismatch for key " + k + " expected: " + want
                        + " actual: " + t;
            }
        }
        for (Map.Entry<String, String> e : indexOfKey.entrySet()) {
            AttributeValue v = item.get(e.getKey());
            ScalarAttributeType want = keyTypes.get(e.getKey());
            if (v != null && want != null && !v.type().name().equals(want.name())) {
                return "One or more parameter values were invalid: Type mismatch for Index Key " + e.getKey()
                        + " Expected: " + want + " Actual: " + v.type() + " IndexName: " + e.getValue();
            }
        }
        return null;
    }

    private void flush() throws IOException {
        if (batch.isEmpty()) {
            return;
        }
        List<WriteRequest> writes = new ArrayList<>(batch.size());
        for (Map<String, AttributeValue> item : batch.values()) {
            writes.add(WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build());
        }
        try {
            Map<String, List<WriteRequest>> pending = Map.of(table.tableName(), writes);
            long backoff = 0;
            while (!pending.isEmpty()) {
                BatchWriteItemResult r;
                try {
                    r = db.batchWriteItem(BatchWriteItemRequest.builder().requestItems(pending).build());
                } catch (TidemarkException e) {
                    if (!e.retryable()) {
                        throw e;
                    }
                    backoff = backOff(backoff); // throttled: the same batch again after a pause
                    continue;
                }
                int unprocessed = r.unprocessedItems() == null ? 0
                        : r.unprocessedItems().values().stream().mapToInt(List::size).sum();
                state.importedItems.addAndGet(pending.values().stream().mapToInt(List::size).sum() - unprocessed);
                pending = unprocessed == 0 ? Map.of() : r.unprocessedItems();
                backoff = unprocessed == 0 ? 0 : backOff(backoff);
            }
        } catch (TidemarkException whole) {
            // one item spoiled the batch: write them one by one to find which
            for (Map.Entry<List<AttributeValue>, Map<String, AttributeValue>> e : batch.entrySet()) {
                try {
                    putWithRetry(e.getValue());
                    state.importedItems.incrementAndGet();
                } catch (TidemarkException one) {
                    String saved = currentFile;
                    currentFile = batchFiles.get(e.getKey());
                    error(batchLines.get(e.getKey()), one.errorName() + ": " + one.getMessage(), e.getValue().toString());
                    currentFile = saved;
                }
            }
        }
        batch.clear();
        batchLines.clear();
        batchFiles.clear();
    }

    private void putWithRetry(Map<String, AttributeValue> item) {
        long backoff = 0;
        while (true) {
            try {
                db.putItem(p -> p.tableName(table.tableName()).item(item));
                return;
            } catch (TidemarkException e) {
                if (!e.retryable()) {
                    throw e;
                }
                backoff = backOff(backoff);
            }
        }
    }

    /** Sleeps 10 ms, then twice as long each time up to 1 s; returns the pause just taken. */
    private long backOff(long previous) {
        long pause = previous == 0 ? 10 : Math.min(1000, previous * 2);
        if (state.stopRequested) {
            throw new IllegalStateException("the database was closed before the import finished");
        }
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the import was interrupted", e);
        }
        return pause;
    }

    private void error(long lineNo, String reason, String text) throws IOException {
        state.errors.incrementAndGet();
        StringBuilder sb = new StringBuilder(128);
        sb.append("{\"file\":");
        DynamoJson.string(sb, currentFile);
        sb.append(",\"line\":").append(lineNo).append(",\"error\":");
        DynamoJson.string(sb, reason);
        sb.append(",\"record\":");
        DynamoJson.string(sb, text.length() > MAX_ERROR_TEXT ? text.substring(0, MAX_ERROR_TEXT) + "..." : text);
        sb.append("}\n");
        errors.write(sb.toString());
    }

    private void checkStillRunning() throws ImportFailure {
        if (state.stopRequested || Thread.currentThread().isInterrupted()) {
            throw new ImportFailure("Interrupted", "the database was closed before the import finished");
        }
    }

    /** Counts the bytes read from a source file (compressed bytes for gzip). */
    private static final class CountingStream extends FilterInputStream {
        private final AtomicLong counter;

        CountingStream(InputStream in, AtomicLong counter) {
            super(in);
            this.counter = counter;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) {
                counter.incrementAndGet();
            }
            return c;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                counter.addAndGet(n);
            }
            return n;
        }
    }
}
