package dev.tidemark.server.cli;

import dev.tidemark.calcite.TidemarkDatabases;
import dev.tidemark.engine.Database;
import dev.tidemark.engine.model.ExportDescription;
import dev.tidemark.engine.model.ExportFormat;
import dev.tidemark.engine.model.ExportStatus;
import dev.tidemark.engine.model.ExportType;
import dev.tidemark.engine.model.ExportViewType;
import dev.tidemark.engine.model.IncrementalExportSpecification;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tidemark export}: ExportTableToPointInTime into a local directory (DynamoDB JSON, the
 * layout of an S3 export), full or incremental; waits for it with a progress line on stderr.
 */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Export a table (as of now or a point in time, or the changes of a window) to a directory.",
                "The table needs point-in-time recovery on ('tidemark pitr on <table>').",
                "Examples:",
                "  tidemark export orders --to exports",
                "  tidemark export orders --to exports --at 2026-11-24T13:05:00Z",
                "  tidemark export orders --to exports --incremental --from 2026-11-24T13:00:00Z --until 2026-11-24T14:00:00Z"})
public final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DataOption data;

    @Parameters(index = "0", paramLabel = "<table>", description = "The table to export.")
    String table;

    @Option(names = "--to", required = true, paramLabel = "<dir>", description = "The directory to write to (created if missing).")
    Path to;

    @Option(names = "--prefix", paramLabel = "<prefix>", description = "A sub-path under --to.")
    String prefix;

    @Option(names = "--at", paramLabel = "<time>", description = "Full export as of this ISO-8601 time (default: now).")
    String at;

    @Option(names = "--incremental", description = "Export the changes between --from and --until instead of the whole table.")
    boolean incremental;

    @Option(names = "--from", paramLabel = "<time>", description = "Start of the incremental window (ISO-8601).")
    String from;

    @Option(names = "--until", paramLabel = "<time>", description = "End of the incremental window (ISO-8601).")
    String until;

    @Option(names = "--view", paramLabel = "<type>", defaultValue = "new-and-old-images",
            description = "Incremental view: new-image or new-and-old-images (default).")
    String view;

    @Override
    public Integer call() throws Exception {
        CommandLine cl = spec.commandLine();
        if (!incremental && (from != null || until != null)) {
            throw new ParameterException(cl, "--from and --until are for --incremental");
        }
        if (incremental && (from == null || until == null)) {
            throw new ParameterException(cl, "--incremental needs --from <t1> and --until <t2>");
        }
        if (incremental && at != null) {
            throw new ParameterException(cl, "--at is for a full export, not with --incremental");
        }
        ExportViewType viewType = switch (view.toLowerCase(java.util.Locale.ROOT).replace('_', '-')) {
            case "new-image" -> ExportViewType.NEW_IMAGE;
            case "new-and-old-images" -> ExportViewType.NEW_AND_OLD_IMAGES;
            default -> throw new ParameterException(cl, "--view must be new-image or new-and-old-images, not " + view);
        };
        Instant exportTime = at == null ? null : RestoreCommand.parseTime(cl, "--at", at);
        IncrementalExportSpecification window = !incremental ? null : IncrementalExportSpecification.builder()
                .exportFromTime(RestoreCommand.parseTime(cl, "--from", from))
                .exportToTime(RestoreCommand.parseTime(cl, "--until", until)).exportViewType(viewType).build();
        PrintWriter out = cl.getOut();
        PrintWriter err = cl.getErr();
        try (TidemarkDatabases.Handle h = TidemarkDatabases.open(data.existing())) {
            Database db = h.database();
            String tableArn = db.describeTable(r -> r.tableName(table)).table().tableArn();
            long t0 = System.nanoTime();
            ExportDescription d = db.exportTableToPointInTime(r -> r.tableArn(tableArn).s3Bucket(to.toAbsolutePath().toString())
                    .s3Prefix(prefix).exportFormat(ExportFormat.DYNAMODB_JSON).exportTime(exportTime)
                    .exportType(incremental ? ExportType.INCREMENTAL_EXPORT : ExportType.FULL_EXPORT)
                    .incrementalExportSpecification(window)).exportDescription();
            String arn = d.exportArn();
            out.println("Exporting " + table + (incremental ? " (incremental)" : "") + " to " + to + " (" + arn + ")");
            out.flush();
            boolean terminal = System.console() != null;
            long lastPrint = System.nanoTime();
            boolean printed = false;
            while (d.exportStatus() == ExportStatus.IN_PROGRESS) {
                Thread.sleep(100);
                d = db.describeExport(r -> r.exportArn(arn)).exportDescription();
                long now = System.nanoTime();
                if (now - lastPrint >= (terminal ? 500_000_000L : 5_000_000_000L) && d.exportStatus() == ExportStatus.IN_PROGRESS) {
                    long items = d.itemCount() == null ? 0 : d.itemCount();
                    String line = ProgressLine.format(items, 0, 0, 0, Duration.ofNanos(now - t0));
                    err.print(terminal ? "\r" + line + "    " : line + "\n");
                    err.flush();
                    lastPrint = now;
                    printed = true;
                }
            }
            if (printed && terminal) {
                err.println();
            }
            if (d.exportStatus() != ExportStatus.COMPLETED) {
                err.println("tidemark export: the export " + d.exportStatus() + ": " + d.failureCode() + ": " + d.failureMessage());
                return TidemarkCli.FAILED;
            }
            out.println("Exported " + Formats.count(d.itemCount() == null ? 0 : d.itemCount()) + " items in "
                    + Formats.seconds(Duration.ofNanos(System.nanoTime() - t0)) + "; manifest: " + d.exportManifest());
            return TidemarkCli.OK;
        }
    }
}
