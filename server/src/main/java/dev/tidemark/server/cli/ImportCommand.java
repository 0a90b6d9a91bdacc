package dev.tidemark.server.cli;

import dev.tidemark.calcite.TidemarkDatabases;
import dev.tidemark.engine.Database;
import dev.tidemark.engine.ImportTableRequest;
import dev.tidemark.engine.model.AttributeDefinition;
import dev.tidemark.engine.model.BillingMode;
import dev.tidemark.engine.model.CsvOptions;
import dev.tidemark.engine.model.GlobalSecondaryIndex;
import dev.tidemark.engine.model.ImportStatus;
import dev.tidemark.engine.model.ImportTableDescription;
import dev.tidemark.engine.model.InputCompressionType;
import dev.tidemark.engine.model.InputFormat;
import dev.tidemark.engine.model.InputFormatOptions;
import dev.tidemark.engine.model.KeySchemaElement;
import dev.tidemark.engine.model.KeyType;
import dev.tidemark.engine.model.Projection;
import dev.tidemark.engine.model.ProjectionType;
import dev.tidemark.engine.model.ScalarAttributeType;
import dev.tidemark.engine.model.TableCreationParameters;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code tidemark import}: ImportTable from the command line. Creates the table, loads it, shows a
 * progress line on stderr while it runs and a summary at the end. Exits 0 when the import completed
 * (records it skipped are counted in the summary and listed in the import's error file), 1 when it failed.
 */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Create a new table and load it from DynamoDB JSON or CSV files (ImportTable).",
                "Examples:",
                "  tidemark import --source export/data --format dynamodb-json --compression gzip \\",
                "      --table orders --key customer:S --sort-key seq:N --gsi byStatus=status:S,seq:N",
                "  tidemark import --source people.csv --format csv --table people --key id:N"})
public final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DataOption data;

    @Option(names = "--source", required = true, paramLabel = "<path>",
            description = "A file, or a directory whose files (in path order) are all read.")
    Path source;

    @Option(names = "--prefix", paramLabel = "<prefix>", description = "Only files whose path under --source starts with this.")
    String prefix;

    @Option(names = "--format", required = true, paramLabel = "<format>", description = "dynamodb-json or csv.")
    String format;

    @Option(names = "--compression", paramLabel = "<type>", defaultValue = "none", description = "gzip or none (default).")
    String compression;

    @Option(names = "--delimiter", paramLabel = "<char>",
            description = "CSV delimiter: , ; : | tab or space (default ,).")
    String delimiter;

    @Option(names = "--header", paramLabel = "<name>", split = ",",
            description = "CSV column names; without it the first line of each file is the header.")
    List<String> header;

    @Option(names = "--table", required = true, paramLabel = "<name>", description = "The new table's name.")
    String table;

    @Option(names = "--key", required = true, paramLabel = "<name:type>", description = "The partition key, e.g. id:S (S, N or B).")
    String key;

    @Option(names = "--sort-key", paramLabel = "<name:type>", description = "The sort key, e.g. seq:N.")
    String sortKey;

    @Option(names = "--gsi", paramLabel = "<name=pk:type[,sk:type]>",
            description = "A global secondary index (projection ALL); repeat for more.")
    List<String> gsis;

    @Option(names = "--client-token", paramLabel = "<token>", description = "Makes a repeated import idempotent.")
    String clientToken;

    @Option(names = "--no-wait", description = "Start the import, print its ARN and exit without waiting.")
    boolean noWait;

    @Override
    public Integer call() throws Exception {
        ImportTableRequest request = request();
        Path dir = data.data.toAbsolutePath().normalize();
        Files.createDirectories(dir);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (TidemarkDatabases.Handle h = TidemarkDatabases.open(dir)) {
            Database db = h.database();
            long t0 = System.nanoTime();
            ImportTableDescription d = db.importTable(request).importTableDescription();
            out.println("Importing into table " + table + " (" + d.importArn() + ")");
            out.flush();
            if (noWait) {
                return TidemarkCli.OK;
            }
            boolean terminal = System.console() != null;
            long lastPrint = System.nanoTime();
            boolean printed = false;
            String arn = d.importArn();
            while (d.importStatus() == ImportStatus.IN_PROGRESS) {
                Thread.sleep(100);
                d = db.describeImport(r -> r.importArn(arn)).importTableDescription();
                long now = System.nanoTime();
                if (now - lastPrint >= (terminal ? 500_000_000L : 5_000_000_000L) && d.importStatus() == ImportStatus.IN_PROGRESS) {
                    String line = ProgressLine.format(d.processedItemCount(), d.errorCount(), d.processedSizeBytes(),
                            d.totalSizeBytes(), Duration.ofNanos(now - t0));
                    err.print(terminal ? "\r" + line + "    " : line + "\n");
                    err.flush();
                    lastPrint = now;
                    printed = true;
                }
            }
            if (printed && terminal) {
                err.println();
            }
            Duration took = Duration.ofNanos(System.nanoTime() - t0);
            if (d.importStatus() != ImportStatus.COMPLETED) {
                err.println("tidemark import: the import " + d.importStatus() + ": " + d.failureCode() + ": " + d.failureMessage()
                        + " (" + Formats.count(d.importedItemCount()) + " items were written to " + table + ")");
                return TidemarkCli.FAILED;
            }
            out.println("Imported " + Formats.count(d.importedItemCount()) + " items into " + table + " in " + Formats.seconds(took)
                    + " (" + Formats.count(d.processedItemCount()) + " records read, " + Formats.count(d.errorCount()) + " skipped)");
            if (d.errorCount() > 0) {
                out.println("Skipped records and their reasons: " + d.errorFile());
            }
            return TidemarkCli.OK;
        }
    }

    private ImportTableRequest request() {
        InputFormat inputFormat = switch (format.toLowerCase(Locale.ROOT).replace('_', '-')) {
            case "dynamodb-json", "json" -> InputFormat.DYNAMODB_JSON;
            case "csv" -> InputFormat.CSV;
            default -> throw usage("--format must be dynamodb-json or csv, not " + format);
        };
        InputCompressionType comp = switch (compression.toLowerCase(Locale.ROOT)) {
            case "gzip", "gz" -> InputCompressionType.GZIP;
            case "none" -> InputCompressionType.NONE;
            default -> throw usage("--compression must be gzip or none, not " + compression);
        };
        if (inputFormat != InputFormat.CSV && (delimiter != null || header != null)) {
            throw usage("--delimiter and --header are for --format csv");
        }
        Map<String, ScalarAttributeType> defs = new LinkedHashMap<>();
        List<KeySchemaElement> keys = new ArrayList<>();
        keys.add(keyElement(key, KeyType.HASH, defs, "--key"));
        if (sortKey != null) {
            keys.add(keyElement(sortKey, KeyType.RANGE, defs, "--sort-key"));
        }
        List<GlobalSecondaryIndex> indexes = new ArrayList<>();
        for (String g : gsis == null ? List.<String>of() : gsis) {
            int eq = g.indexOf('=');
            if (eq <= 0) {
                throw usage("--gsi takes name=pk:type[,sk:type], not " + g);
            }
            String[] parts = g.substring(eq + 1).split(",");
            if (parts.length > 2) {
                throw usage("--gsi takes at most a partition and a sort key: " + g);
            }
            List<KeySchemaElement> gk = new ArrayList<>();
            gk.add(keyElement(parts[0], KeyType.HASH, defs, "--gsi"));
            if (parts.length == 2) {
                gk.add(keyElement(parts[1], KeyType.RANGE, defs, "--gsi"));
            }
            indexes.add(GlobalSecondaryIndex.builder().indexName(g.substring(0, eq)).keySchema(gk)
                    .projection(Projection.builder().projectionType(ProjectionType.ALL).build()).build());
        }
        List<AttributeDefinition> attributes = new ArrayList<>();
        defs.forEach((n, t) -> attributes.add(AttributeDefinition.builder().attributeName(n).attributeType(t).build()));
        ImportTableRequest.Builder b = ImportTableRequest.builder().clientToken(clientToken)
                .s3BucketSource(s -> s.s3Bucket(source.toAbsolutePath().toString()).s3KeyPrefix(prefix))
                .inputFormat(inputFormat).inputCompressionType(comp)
                .tableCreationParameters(TableCreationParameters.builder().tableName(table).billingMode(BillingMode.PAY_PER_REQUEST)
                        .keySchema(keys).attributeDefinitions(attributes).globalSecondaryIndexes(indexes.isEmpty() ? null : indexes)
                        .build());
        if (delimiter != null || header != null) {
            String d = "tab".equalsIgnoreCase(delimiter) ? "\t" : "space".equalsIgnoreCase(delimiter) ? " " : delimiter;
            b.inputFormatOptions(InputFormatOptions.builder().csv(CsvOptions.builder().delimiter(d).headerList(header).build()).build());
        }
        return b.build();
    }

    private KeySchemaElement keyElement(String spec, KeyType role, Map<String, ScalarAttributeType> defs, String option) {
        int colon = spec.lastIndexOf(':');
        if (colon <= 0) {
            throw usage(option + " takes name:type (type S, N or B), not " + spec);
        }
        String name = spec.substring(0, colon);
        ScalarAttributeType type;
        try {
            type = ScalarAttributeType.valueOf(spec.substring(colon + 1).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw usage(option + ": the type of " + name + " must be S, N or B, not " + spec.substring(colon + 1));
        }
        ScalarAttributeType earlier = defs.putIfAbsent(name, type);
        if (earlier != null && earlier != type) {
            throw usage(name + " is declared both " + earlier + " and " + type);
        }
        return KeySchemaElement.builder().attributeName(name).keyType(role).build();
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
