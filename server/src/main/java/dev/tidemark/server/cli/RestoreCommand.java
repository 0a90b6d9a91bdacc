package dev.tidemark.server.cli;

import dev.tidemark.calcite.TidemarkDatabases;
import dev.tidemark.engine.Database;
import dev.tidemark.engine.model.TableDescription;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tidemark restore}: a new table from a backup (RestoreTableFromBackup) or from a table's
 * point-in-time recovery window (RestoreTableToPointInTime). The new table is ready when it returns.
 */
@Command(name = "restore", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Restore a backup, or a table as of a point in time (PITR), into a new table.",
                "Examples:",
                "  tidemark restore <backup-arn> --to orders_copy",
                "  tidemark restore --table orders --to-time 2026-11-24T13:05:00Z --to orders_before",
                "  tidemark restore --table orders --to-time latest --to orders_now"})
public final class RestoreCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DataOption data;

    @Parameters(index = "0", arity = "0..1", paramLabel = "<backup-arn>", description = "The backup to restore (see 'backup list').")
    String backupArn;

    @Option(names = "--table", paramLabel = "<table>", description = "With --to-time: the table whose history to restore (PITR must be on).")
    String table;

    @Option(names = "--to-time", paramLabel = "<time>",
            description = "ISO-8601 instant (2026-11-24T13:05:00Z; without an offset: UTC) or 'latest'.")
    String toTime;

    @Option(names = "--to", required = true, paramLabel = "<new-table>", description = "The new table's name (must not exist).")
    String target;

    @Override
    public Integer call() {
        if ((backupArn == null) == (table == null)) {
            throw new ParameterException(spec.commandLine(), "give either a <backup-arn> or --table <t> --to-time <time>");
        }
        if (table != null && toTime == null) {
            throw new ParameterException(spec.commandLine(), "--table needs --to-time <ISO-8601 | latest>");
        }
        if (backupArn != null && toTime != null) {
            throw new ParameterException(spec.commandLine(), "--to-time is for --table (point-in-time restore), not for a backup");
        }
        boolean latest = "latest".equalsIgnoreCase(toTime);
        Instant at = table == null || latest ? null : parseTime(spec.commandLine(), "--to-time", toTime);
        try (TidemarkDatabases.Handle h = TidemarkDatabases.open(data.existing())) {
            Database db = h.database();
            long t0 = System.nanoTime();
            TableDescription d;
            String from;
            if (backupArn != null) {
                d = db.restoreTableFromBackup(r -> r.backupArn(backupArn).targetTableName(target)).tableDescription();
                from = "backup " + backupArn;
            } else {
                d = db.restoreTableToPointInTime(r -> r.sourceTableName(table).targetTableName(target)
                        .useLatestRestorableTime(latest ? Boolean.TRUE : null).restoreDateTime(at)).tableDescription();
                from = table + " as of " + (latest ? "the latest restorable time" : at.toString());
            }
            long items = d.itemCount() == null ? 0 : d.itemCount();
            spec.commandLine().getOut().println("Restored " + from + " into " + target + ": " + Formats.count(items) + " items in "
                    + Formats.seconds(Duration.ofNanos(System.nanoTime() - t0)));
            return TidemarkCli.OK;
        }
    }

    /** Parses an ISO-8601 instant; a date-time without an offset is taken as UTC. */
    static Instant parseTime(CommandLine cl, String option, String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                throw new ParameterException(cl, option + " takes an ISO-8601 time such as 2026-11-24T13:05:00Z, not " + text);
            }
        }
    }
}
