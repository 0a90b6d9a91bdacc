package dev.tidemark.server.cli;

import dev.tidemark.calcite.TidemarkDatabases;
import dev.tidemark.engine.Database;
import dev.tidemark.engine.model.TableDescription;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code tidemark tables}: every table of a database directory with its keys, indexes, item count, size, TTL and stream. */
@Command(name = "tables", mixinStandardHelpOptions = true,
        description = "List the tables of a database directory: keys, indexes, item counts, sizes, TTL and stream.")
public final class TablesCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DataOption data;

    @Override
    public Integer call() {
        Path dir = data.existing();
        PrintWriter out = spec.commandLine().getOut();
        try (TidemarkDatabases.Handle h = TidemarkDatabases.open(dir)) {
            Database db = h.database();
            List<String> names = TableText.names(db);
            if (names.isEmpty()) {
                out.println("No tables in " + dir);
                return TidemarkCli.OK;
            }
            List<List<String>> rows = new ArrayList<>();
            long items = 0;
            long bytes = 0;
            for (String name : names) {
                TableDescription t = db.describeTable(d -> d.tableName(name)).table();
                items += TableText.orZero(t.itemCount());
                bytes += TableText.orZero(t.tableSizeBytes());
                rows.add(List.of(name, t.tableStatus().name(), Formats.count(TableText.orZero(t.itemCount())),
                        Formats.bytes(TableText.orZero(t.tableSizeBytes())), TableText.keys(t.keySchema(), t.attributeDefinitions()),
                        TableText.indexSummary(t), TableText.features(db, t)));
            }
            out.print(Formats.table(List.of("TABLE", "STATUS", "ITEMS", "SIZE", "KEY", "INDEXES", "FEATURES"), rows,
                    new boolean[] {false, false, true, true, false, false, false}));
            out.println(names.size() + (names.size() == 1 ? " table, " : " tables, ") + Formats.count(items) + " items, "
                    + Formats.bytes(bytes) + " in " + dir);
        }
        return TidemarkCli.OK;
    }
}
