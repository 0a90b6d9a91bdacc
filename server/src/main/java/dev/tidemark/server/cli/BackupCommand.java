package dev.tidemark.server.cli;

import dev.tidemark.calcite.TidemarkDatabases;
import dev.tidemark.engine.Database;
import dev.tidemark.engine.ListBackupsResult;
import dev.tidemark.engine.model.BackupDetails;
import dev.tidemark.engine.model.BackupSummary;
import dev.tidemark.engine.model.BackupTypeFilter;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tidemark backup}: on-demand backups of a table (CreateBackup, ListBackups, DeleteBackup) in
 * an embedded database directory. Restoring one is {@code tidemark restore}.
 */
@Command(name = "backup", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "(create | list | delete)",
        description = {"Create, list and delete on-demand backups of tables.",
                "Examples:",
                "  tidemark backup create orders --name nightly",
                "  tidemark backup list orders",
                "  tidemark backup delete <backup-arn>"},
        subcommands = {BackupCommand.Create.class, BackupCommand.ListBackups.class, BackupCommand.Delete.class})
public final class BackupCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    /** Without a subcommand: the usage, and the usage-error exit code. */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println("tidemark backup: missing subcommand (create, list or delete)");
        spec.commandLine().usage(spec.commandLine().getErr());
        return TidemarkCli.USAGE;
    }

    /** {@code backup create <table> [--name n]}: prints the new backup's ARN. */
    @Command(name = "create", mixinStandardHelpOptions = true, description = "Back up a table now (the backup is AVAILABLE when this returns).")
    static final class Create implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;
        @Mixin
        DataOption data;
        @Parameters(index = "0", paramLabel = "<table>", description = "The table to back up.")
        String table;
        @Option(names = "--name", paramLabel = "<name>", description = "The backup's name (default: <table>-<yyyyMMdd-HHmmss>).")
        String name;

        @Override
        public Integer call() {
            String backupName = name != null ? name
                    : table + "-" + java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
                            .withZone(java.time.ZoneOffset.UTC).format(java.time.Instant.now());
            try (TidemarkDatabases.Handle h = TidemarkDatabases.open(data.existing())) {
                BackupDetails d = h.database().createBackup(r -> r.tableName(table).backupName(backupName)).backupDetails();
                PrintWriter out = spec.commandLine().getOut();
                out.println("Backup " + d.backupName() + " of " + table + " " + d.backupStatus() + " ("
                        + Formats.bytes(d.backupSizeBytes() == null ? 0 : d.backupSizeBytes()) + ")");
                out.println(d.backupArn());
                return TidemarkCli.OK;
            }
        }
    }

    /** {@code backup list [<table>] [--all]}: one row per backup, oldest first. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the backups of one table or of all tables, oldest first.")
    static final class ListBackups implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;
        @Mixin
        DataOption data;
        @Parameters(index = "0", arity = "0..1", paramLabel = "<table>", description = "Only this table's backups.")
        String table;
        @Option(names = "--all", description = "Also system backups (kept when a table with PITR on is deleted).")
        boolean all;

        @Override
        public Integer call() {
            try (TidemarkDatabases.Handle h = TidemarkDatabases.open(data.existing())) {
                Database db = h.database();
                List<List<String>> rows = new ArrayList<>();
                String start = null;
                do {
                    String from = start;
                    ListBackupsResult r = db.listBackups(b -> b.tableName(table).exclusiveStartBackupArn(from)
                            .backupType(all ? BackupTypeFilter.ALL : null));
                    for (BackupSummary s : r.backupSummaries()) {
                        rows.add(List.of(s.tableName(), s.backupName(), String.valueOf(s.backupType()), String.valueOf(s.backupStatus()),
                                String.valueOf(s.backupCreationDateTime()), Formats.bytes(s.backupSizeBytes() == null ? 0 : s.backupSizeBytes()),
                                s.backupArn()));
                    }
                    start = r.lastEvaluatedBackupArn();
                } while (start != null);
                PrintWriter out = spec.commandLine().getOut();
                if (rows.isEmpty()) {
                    out.println(table == null ? "No backups." : "No backups of " + table + ".");
                } else {
                    out.print(Formats.table(List.of("TABLE", "NAME", "TYPE", "STATUS", "CREATED", "SIZE", "ARN"), rows,
                            new boolean[] {false, false, false, false, false, true, false}));
                }
                out.flush();
                return TidemarkCli.OK;
            }
        }
    }

    /** {@code backup delete <arn>}. */
    @Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete a backup.")
    static final class Delete implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;
        @Mixin
        DataOption data;
        @Parameters(index = "0", paramLabel = "<backup-arn>", description = "The backup's ARN (see 'backup list').")
        String arn;

        @Override
        public Integer call() {
            try (TidemarkDatabases.Handle h = TidemarkDatabases.open(data.existing())) {
                var d = h.database().deleteBackup(r -> r.backupArn(arn)).backupDescription();
                spec.commandLine().getOut().println("Deleted backup " + d.backupDetails().backupName() + " (" + arn + ")");
                return TidemarkCli.OK;
            }
        }
    }
}
