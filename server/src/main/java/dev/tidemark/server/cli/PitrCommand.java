package dev.tidemark.server.cli;

import dev.tidemark.calcite.TidemarkDatabases;
import dev.tidemark.engine.model.PointInTimeRecoveryDescription;
import dev.tidemark.engine.model.PointInTimeRecoveryStatus;
import dev.tidemark.engine.model.PointInTimeRecoverySpecification;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tidemark pitr on|off <table>}: point-in-time recovery of a table (UpdateContinuousBackups). */
@Command(name = "pitr", mixinStandardHelpOptions = true,
        description = {"Turn point-in-time recovery of a table on or off, and print its restorable window.",
                "Example: tidemark pitr on orders"})
public final class PitrCommand implements Callable<Integer> {
    /** The two settings. */
    enum Setting { on, off }

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DataOption data;

    @Parameters(index = "0", paramLabel = "on|off", description = "on or off.")
    Setting setting;

    @Parameters(index = "1", paramLabel = "<table>", description = "The table.")
    String table;

    @Override
    public Integer call() {
        try (TidemarkDatabases.Handle h = TidemarkDatabases.open(data.existing())) {
            boolean enable = setting == Setting.on;
            PointInTimeRecoveryDescription d = h.database().updateContinuousBackups(r -> r.tableName(table)
                    .pointInTimeRecoverySpecification(PointInTimeRecoverySpecification.builder().pointInTimeRecoveryEnabled(enable).build()))
                    .continuousBackupsDescription().pointInTimeRecoveryDescription();
            PrintWriter out = spec.commandLine().getOut();
            out.print("Point-in-time recovery of " + table + ": " + d.pointInTimeRecoveryStatus());
            if (d.pointInTimeRecoveryStatus() == PointInTimeRecoveryStatus.ENABLED) {
                out.print(" (" + d.recoveryPeriodInDays() + " days; restorable from " + d.earliestRestorableDateTime() + ")");
            }
            out.println();
            return TidemarkCli.OK;
        }
    }
}
