package dev.tidemark.server.cli;

import dev.tidemark.calcite.TidemarkDatabases;
import dev.tidemark.engine.Database;
import dev.tidemark.engine.GetRecordsResult;
import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.engine.model.Record;
import dev.tidemark.engine.model.Shard;
import dev.tidemark.engine.model.ShardIteratorType;
import dev.tidemark.engine.model.StreamRecord;
import dev.tidemark.engine.model.StreamViewType;
import java.io.PrintWriter;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tidemark stream}: a table's change stream; {@code stream tail} follows it. */
@Command(name = "stream", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "tail",
        description = {"Follow a table's stream.", "Example: tidemark stream tail orders --from trim-horizon"},
        subcommands = StreamCommand.Tail.class)
public final class StreamCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    /** Without a subcommand: the usage, and the usage-error exit code. */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println("tidemark stream: missing subcommand (tail)");
        spec.commandLine().usage(spec.commandLine().getErr());
        return TidemarkCli.USAGE;
    }

    /**
     * {@code stream tail <table> [--from trim-horizon|latest]}: prints each record as it comes, one
     * line each (sequence number, event, keys, and the images the stream's view type carries),
     * until interrupted (Ctrl-C). Reads with GetShardIterator/GetRecords, so it saves no position.
     */
    @Command(name = "tail", mixinStandardHelpOptions = true,
            description = {"Print a table's stream records as they come, one line each, until Ctrl-C.",
                    "Line: <sequence> <INSERT|MODIFY|REMOVE> keys=<json> [new=<json>] [old=<json>] (images as the stream's view type has them)."})
    static final class Tail implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;
        @Mixin
        DataOption data;
        @Parameters(index = "0", paramLabel = "<table>", description = "The table (its stream must be enabled).")
        String table;
        @Option(names = "--from", paramLabel = "<position>", defaultValue = "latest",
                description = "trim-horizon (all records still kept) or latest (only new ones; default).")
        String from;
        @Option(names = "--poll", paramLabel = "<ms>", defaultValue = "200", hidden = true, description = "Poll interval in ms.")
        long pollMillis;

        @Override
        public Integer call() {
            ShardIteratorType start = switch (from.toLowerCase(Locale.ROOT).replace('_', '-')) {
                case "trim-horizon" -> ShardIteratorType.TRIM_HORIZON;
                case "latest" -> ShardIteratorType.LATEST;
                default -> throw new ParameterException(spec.commandLine(), "--from must be trim-horizon or latest, not " + from);
            };
            Thread worker = Thread.currentThread();
            Thread hook = null;
            if (TidemarkCli.standalone) {
                hook = new Thread(() -> {
                    worker.interrupt();
                    try {
                        worker.join(2000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }, "tidemark-stream-tail-stop");
                Runtime.getRuntime().addShutdownHook(hook);
            }
            PrintWriter out = spec.commandLine().getOut();
            try (TidemarkDatabases.Handle h = TidemarkDatabases.open(data.existing())) {
                Database db = h.database();
                String streamArn = db.describeTable(r -> r.tableName(table)).table().latestStreamArn();
                if (streamArn == null) {
                    throw new IllegalArgumentException("table " + table + " has no stream (enable one with a StreamSpecification)");
                }
                StreamViewType viewType = db.describeStream(r -> r.streamArn(streamArn)).streamDescription().streamViewType();
                spec.commandLine().getErr().println("Following the stream of " + table + " (" + viewType + "); Ctrl-C to stop");
                spec.commandLine().getErr().flush();
                Map<String, String> iterators = new LinkedHashMap<>();
                Set<String> done = new HashSet<>();
                boolean first = true;
                long nextRefresh = 0;
                while (!Thread.currentThread().isInterrupted()) {
                    if (System.nanoTime() >= nextRefresh) {
                        for (Shard s : db.describeStream(r -> r.streamArn(streamArn)).streamDescription().shards()) {
                            String id = s.shardId();
                            if (iterators.containsKey(id) || done.contains(id)) {
                                continue;
                            }
                            boolean closed = s.sequenceNumberRange() != null && s.sequenceNumberRange().endingSequenceNumber() != null;
                            if (first && start == ShardIteratorType.LATEST && closed) {
                                done.add(id);
                                continue;
                            }
                            ShardIteratorType type = first ? start : ShardIteratorType.TRIM_HORIZON;
                            iterators.put(id, db.getShardIterator(r -> r.streamArn(streamArn).shardId(id).shardIteratorType(type))
                                    .shardIterator());
                        }
                        first = false;
                        nextRefresh = System.nanoTime() + 1_000_000_000L;
                    }
                    boolean any = false;
                    for (Map.Entry<String, String> e : Map.copyOf(iterators).entrySet()) {
                        GetRecordsResult r = db.getRecords(g -> g.shardIterator(e.getValue()));
                        for (Record rec : r.records()) {
                            out.println(line(rec, viewType));
                            any = true;
                        }
                        if (r.nextShardIterator() == null) {
                            iterators.remove(e.getKey());
                            done.add(e.getKey());
                        } else {
                            iterators.put(e.getKey(), r.nextShardIterator());
                        }
                    }
                    out.flush();
                    if (!any) {
                        try {
                            Thread.sleep(pollMillis);
                        } catch (InterruptedException e) {
                            break;
                        }
                    }
                }
                out.flush();
                return TidemarkCli.OK;
            } finally {
                if (hook != null && Thread.currentThread() != hook) {
                    try {
                        Runtime.getRuntime().removeShutdownHook(hook);
                    } catch (IllegalStateException shuttingDown) {
                        // the hook is running: it waits for this thread to finish
                    }
                }
            }
        }

        /** One record as a line: sequence, event, keys, and the images of the view type. */
        static String line(Record rec, StreamViewType viewType) {
            StreamRecord s = rec.dynamodb();
            StringBuilder sb = new StringBuilder();
            sb.append(s.sequenceNumber()).append(' ').append(rec.eventName()).append(" keys=");
            json(sb, s.keys());
            boolean newImage = viewType == StreamViewType.NEW_IMAGE || viewType == StreamViewType.NEW_AND_OLD_IMAGES;
            boolean oldImage = viewType == StreamViewType.OLD_IMAGE || viewType == StreamViewType.NEW_AND_OLD_IMAGES;
            if (newImage && s.newImage() != null && !s.newImage().isEmpty()) {
                sb.append(" new=");
                json(sb, s.newImage());
            }
            if (oldImage && s.oldImage() != null && !s.oldImage().isEmpty()) {
                sb.append(" old=");
                json(sb, s.oldImage());
            }
            return sb.toString();
        }

        private static void json(StringBuilder sb, Map<String, AttributeValue> item) {
            sb.append('{');
            boolean comma = false;
            for (Map.Entry<String, AttributeValue> e : new java.util.TreeMap<>(item == null ? Map.<String, AttributeValue>of() : item).entrySet()) {
                if (comma) {
                    sb.append(',');
                }
                comma = true;
                sb.append('"');
                for (char c : e.getKey().toCharArray()) {
                    if (c == '"' || c == '\\') {
                        sb.append('\\');
                    }
                    sb.append(c);
                }
                sb.append("\":").append(e.getValue());
            }
            sb.append('}');
        }
    }
}
