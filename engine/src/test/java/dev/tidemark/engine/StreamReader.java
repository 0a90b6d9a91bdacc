package dev.tidemark.engine;

import dev.tidemark.engine.model.Record;
import dev.tidemark.engine.model.ShardIteratorType;
import dev.tidemark.engine.model.StreamDescription;
import java.util.ArrayList;
import java.util.List;

/** Reads a whole stream through the public API (DescribeStream, GetShardIterator, GetRecords). */
final class StreamReader {
    private StreamReader() {
    }

    /** The ARN of the table's latest stream. */
    static String arn(Database db, String table) {
        return db.describeTable(d -> d.tableName(table)).table().latestStreamArn();
    }

    /** Every record of a stream from TRIM_HORIZON, following NextShardIterator with the given page size. */
    static List<Record> readAll(Database db, String arn, int limit) {
        StreamDescription d = db.describeStream(r -> r.streamArn(arn)).streamDescription();
        String shard = d.shards().get(0).shardId();
        String it = db.getShardIterator(g -> g.streamArn(arn).shardId(shard).shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
        List<Record> out = new ArrayList<>();
        while (it != null) {
            String cur = it;
            GetRecordsResult r = db.getRecords(g -> g.shardIterator(cur).limit(limit));
            out.addAll(r.records());
            if (r.records().isEmpty()) {
                break;
            }
            it = r.nextShardIterator();
        }
        return out;
    }
}
