package dev.tidemark.server.cli;

import dev.tidemark.calcite.TidemarkDatabases;
import dev.tidemark.engine.model.GlobalSecondaryIndexDescription;
import dev.tidemark.engine.model.KeySchemaElement;
import dev.tidemark.engine.model.KeyType;
import dev.tidemark.engine.model.LocalSecondaryIndexDescription;
import dev.tidemark.engine.model.TableDescription;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tidemark describe <table>}: one table's keys, indexes, counts, sizes and feature states. */
@Command(name = "describe", mixinStandardHelpOptions = true,
        description = "Describe one table: keys, indexes, item count, size, billing, TTL, stream and PITR state.")
public final class DescribeCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DataOption data;

    @Parameters(paramLabel = "<table>", description = "The table's name.")
    String table;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (TidemarkDatabases.Handle h = TidemarkDatabases.open(data.existing())) {
            TableDescription t = h.database().describeTable(d -> d.tableName(table)).table();
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("Table", t.tableName()));
            rows.add(List.of("ARN", t.tableArn()));
            rows.add(List.of("Status", t.tableStatus().name()));
            rows.add(List.of("Created", String.valueOf(t.creationDateTime())));
            KeySchemaElement hash = TableText.element(t.keySchema(), KeyType.HASH);
            KeySchemaElement range = TableText.element(t.keySchema(), KeyType.RANGE);
            rows.add(List.of("Partition key", hash.attributeName() + " (" + TableText.type(hash.attributeName(), t.attributeDefinitions()) + ")"));
            rows.add(List.of("Sort key", range == null ? "none"
                    : range.attributeName() + " (" + TableText.type(range.attributeName(), t.attributeDefinitions()) + ")"));
            rows.add(List.of("Items", Formats.count(TableText.orZero(t.itemCount()))));
            rows.add(List.of("Size", Formats.bytes(TableText.orZero(t.tableSizeBytes()))));
            String billing = t.billingModeSummary() == null || t.billingModeSummary().billingMode() == null ? "PROVISIONED"
                    : t.billingModeSummary().billingMode().name();
            if (t.provisionedThroughput() != null && t.provisionedThroughput().readCapacityUnits() != null
                    && t.provisionedThroughput().readCapacityUnits() > 0) {
                billing += " (" + t.provisionedThroughput().readCapacityUnits() + " RCU, "
                        + t.provisionedThroughput().writeCapacityUnits() + " WCU)";
            }
            rows.add(List.of("Billing", billing));
            rows.add(List.of("TTL", TableText.ttl(h.database(), t.tableName())));
            rows.add(List.of("Stream", TableText.stream(t)));
            rows.add(List.of("PITR", TableText.pitr(h.database(), t.tableName())));
            for (List<String> row : rows) {
                out.printf("%-15s%s%n", row.get(0), row.get(1));
            }
            List<List<String>> indexes = new ArrayList<>();
            if (t.globalSecondaryIndexes() != null) {
                for (GlobalSecondaryIndexDescription g : t.globalSecondaryIndexes()) {
                    indexes.add(List.of(g.indexName(), "global", TableText.keys(g.keySchema(), t.attributeDefinitions()),
                            TableText.projection(g.projection()), g.indexStatus() == null ? "ACTIVE" : g.indexStatus().name(),
                            Formats.count(TableText.orZero(g.itemCount())), Formats.bytes(TableText.orZero(g.indexSizeBytes()))));
                }
            }
            if (t.localSecondaryIndexes() != null) {
                for (LocalSecondaryIndexDescription l : t.localSecondaryIndexes()) {
                    indexes.add(List.of(l.indexName(), "local", TableText.keys(l.keySchema(), t.attributeDefinitions()),
                            TableText.projection(l.projection()), "ACTIVE",
                            Formats.count(TableText.orZero(l.itemCount())), Formats.bytes(TableText.orZero(l.indexSizeBytes()))));
                }
            }
            out.println();
            if (indexes.isEmpty()) {
                out.println("No secondary indexes.");
            } else {
                out.print(Formats.table(List.of("INDEX", "KIND", "KEY", "PROJECTION", "STATUS", "ITEMS", "SIZE"), indexes,
                        new boolean[] {false, false, false, false, false, true, true}));
            }
            out.flush();
        }
        return TidemarkCli.OK;
    }
}
