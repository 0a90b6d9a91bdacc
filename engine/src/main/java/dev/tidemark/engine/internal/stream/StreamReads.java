package dev.tidemark.engine.internal.stream;

import dev.tidemark.engine.DescribeStreamRequest;
import dev.tidemark.engine.DescribeStreamResult;
import dev.tidemark.engine.ExpiredIteratorException;
import dev.tidemark.engine.GetRecordsRequest;
import dev.tidemark.engine.GetRecordsResult;
import dev.tidemark.engine.GetShardIteratorRequest;
import dev.tidemark.engine.GetShardIteratorResult;
import dev.tidemark.engine.ListStreamsRequest;
import dev.tidemark.engine.ListStreamsResult;
import dev.tidemark.engine.ResourceNotFoundException;
import dev.tidemark.engine.TrimmedDataAccessException;
import dev.tidemark.engine.ValidationException;
import dev.tidemark.engine.internal.store.Store;
import dev.tidemark.engine.internal.store.TableMeta;
import dev.tidemark.engine.internal.store.TableState;
import dev.tidemark.engine.model.Identity;
import dev.tidemark.engine.model.KeySchemaElement;
import dev.tidemark.engine.model.KeyType;
import dev.tidemark.engine.model.Record;
import dev.tidemark.engine.model.SequenceNumberRange;
import dev.tidemark.engine.model.Shard;
import dev.tidemark.engine.model.ShardIteratorType;
import dev.tidemark.engine.model.StreamDescription;
import dev.tidemark.engine.model.StreamRecord;
import dev.tidemark.engine.model.StreamStatus;
import dev.tidemark.engine.model.StreamSummary;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The stream read API (reference 7.3): ListStreams, DescribeStream, GetShardIterator, GetRecords.
 * Each stream has exactly one shard, open while the stream is enabled and closed once it is
 * disabled. A shard iterator is an opaque token naming the stream, the next sequence number to
 * read and when it was issued; it expires after 15 minutes. Records older than 24 hours (by the
 * database clock) are trimmed.
 */
public final class StreamReads {
    /** How long a shard iterator is valid. */
    public static final long ITERATOR_MILLIS = 15L * 60 * 1000;
    /** The most records one GetRecords returns. */
    public static final int MAX_RECORDS = 1000;
    /** The most bytes (record sizes) one GetRecords returns. */
    public static final long MAX_BYTES = 1L << 20;
    /** The region shown in records. */
    public static final String REGION = "tidemark";

    private final Store store;
    private final StreamStore streams;
    private final Clock clock;

    /**
     * Creates the API over a store.
     *
     * @param store the tables
     * @param streams the stream records
     * @param clock the database clock (retention and iterator expiry)
     */
    public StreamReads(Store store, StreamStore streams, Clock clock) {
        this.store = store;
        this.streams = streams;
        this.clock = clock;
    }

    /** A stream of a live table. */
    record Located(TableState table, StreamSettings.Stream stream, String arn) {
        String shardId() {
            return StreamReads.shardId(stream);
        }

        StreamStore.StreamIndex index(StreamStore s) {
            return s.index(table.meta().id(), stream.label());
        }
    }

    static String shardId(StreamSettings.Stream s) {
        String millis = Long.toString(s.createdMillis());
        return "shardId-" + "0".repeat(Math.max(0, 20 - millis.length())) + millis + "-"
            + String.format("%08x", s.label().hashCode());
    }

    private boolean visible(StreamSettings.Stream s, long now) {
        return s.enabled() || s.disabledMillis() >= now - StreamSettings.RETENTION_MILLIS;
    }

    /** The stream an ARN names, or ResourceNotFoundException. */
    Located locate(String arn) {
        if (arn == null) {
            throw new ValidationException("1 validation error detected: Value null at 'streamArn' failed to satisfy constraint: Member must not be null");
        }
        int at = arn.indexOf("/stream/");
        if (arn.startsWith(StreamSettings.ARN_PREFIX) && at > StreamSettings.ARN_PREFIX.length()) {
            TableState t = store.table(arn.substring(StreamSettings.ARN_PREFIX.length(), at));
            String label = arn.substring(at + "/stream/".length());
            if (t != null) {
                for (StreamSettings.Stream s : StreamSettings.streams(t.meta())) {
                    if (s.label().equals(label) && visible(s, clock.millis())) {
                        return new Located(t, s, arn);
                    }
                }
            }
        }
        throw new ResourceNotFoundException("Requested resource not found: Stream: " + arn + " not found");
    }

    /** The table's current enabled stream, or null. */
    public Located current(String tableName) {
        TableState t = store.table(tableName);
        StreamSettings.Stream s = t == null ? null : StreamSettings.current(t.meta());
        return s == null ? null : new Located(t, s, s.arn(t.meta().name()));
    }

    /** ListStreams. */
    public ListStreamsResult listStreams(ListStreamsRequest r) {
        int limit = r.limit() == null ? 100 : r.limit();
        if (limit < 1 || limit > 100) {
            throw new ValidationException("1 validation error detected: Value '" + limit
                + "' at 'limit' failed to satisfy constraint: Member must have value between 1 and 100");
        }
        List<TableState> tables = new ArrayList<>();
        if (r.tableName() != null) {
            TableState t = store.table(r.tableName());
            if (t == null) {
                throw new ResourceNotFoundException("Requested resource not found: Table: " + r.tableName() + " not found");
            }
            tables.add(t);
        } else {
            tables.addAll(store.tables());
            tables.sort(Comparator.comparing(t -> t.meta().name()));
        }
        long now = clock.millis();
        List<StreamSummary> all = new ArrayList<>();
        for (TableState t : tables) {
            String name = t.meta().name();
            for (StreamSettings.Stream s : StreamSettings.streams(t.meta())) {
                if (visible(s, now)) {
                    all.add(StreamSummary.builder().streamArn(s.arn(name)).tableName(name).streamLabel(s.label()).build());
                }
            }
        }
        int from = 0;
        if (r.exclusiveStartStreamArn() != null) {
            from = all.size();
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).streamArn().equals(r.exclusiveStartStreamArn())) {
                    from = i + 1;
                }
            }
        }
        List<StreamSummary> page = all.subList(from, Math.min(all.size(), from + limit));
        String last = from + limit < all.size() ? page.get(page.size() - 1).streamArn() : null;
        return ListStreamsResult.builder().streams(new ArrayList<>(page)).lastEvaluatedStreamArn(last).build();
    }

    /** DescribeStream. */
    public DescribeStreamResult describeStream(DescribeStreamRequest r) {
        Located l = locate(r.streamArn());
        if (r.limit() != null && (r.limit() < 1 || r.limit() > 100)) {
            throw new ValidationException("1 validation error detected: Value '" + r.limit()
                + "' at 'limit' failed to satisfy constraint: Member must have value between 1 and 100");
        }
        TableMeta m = l.table().meta();
        List<KeySchemaElement> ks = new ArrayList<>();
        ks.add(KeySchemaElement.builder().attributeName(m.hashName()).keyType(KeyType.HASH).build());
        if (m.rangeName() != null) {
            ks.add(KeySchemaElement.builder().attributeName(m.rangeName()).keyType(KeyType.RANGE).build());
        }
        StreamStore.StreamIndex ix = l.index(streams);
        long first = ix == null ? -1 : Math.max(ix.firstSequence(), ix.trimmedBefore());
        long start = first >= 0 ? first : StoredRecord.sequence(streams.lastLogSequence() + 1, 0);
        String end = null;
        if (!l.stream().enabled()) {
            long last = ix == null ? -1 : ix.lastSequence();
            end = StoredRecord.format(last >= 0 ? last : start);
        }
        List<Shard> shards = new ArrayList<>();
        if (r.exclusiveStartShardId() == null || !r.exclusiveStartShardId().equals(l.shardId())) {
            shards.add(Shard.builder().shardId(l.shardId()).sequenceNumberRange(SequenceNumberRange.builder()
                .startingSequenceNumber(StoredRecord.format(start)).endingSequenceNumber(end).build()).build());
        }
        return DescribeStreamResult.builder().streamDescription(StreamDescription.builder()
            .streamArn(l.arn()).streamLabel(l.stream().label())
            .streamStatus(l.stream().enabled() ? StreamStatus.ENABLED : StreamStatus.DISABLED)
            .streamViewType(l.stream().viewType())
            .creationRequestDateTime(Instant.ofEpochMilli(l.stream().createdMillis()))
            .tableName(m.name()).keySchema(ks).shards(shards).build()).build();
    }

    /** GetShardIterator. */
    public GetShardIteratorResult getShardIterator(GetShardIteratorRequest r) {
        if (r.shardIteratorType() == null) {
            throw new ValidationException("1 validation error detected: Value null at 'shardIteratorType' failed to satisfy constraint: Member must not be null");
        }
        if (r.shardId() == null) {
            throw new ValidationException("1 validation error detected: Value null at 'shardId' failed to satisfy constraint: Member must not be null");
        }
        ShardIteratorType type = r.shardIteratorType();
        boolean needsSeq = type == ShardIteratorType.AT_SEQUENCE_NUMBER || type == ShardIteratorType.AFTER_SEQUENCE_NUMBER;
        if (needsSeq && r.sequenceNumber() == null) {
            throw new ValidationException("Must specify a sequence number for iterator type " + type);
        }
        if (!needsSeq && r.sequenceNumber() != null) {
            throw new ValidationException("Cannot specify a sequence number for iterator type " + type);
        }
        long seq = -1;
        if (needsSeq) {
            if (!r.sequenceNumber().matches("[0-9]{1,40}") || r.sequenceNumber().replaceFirst("^0+", "").length() > 18) {
                throw new ValidationException("Invalid SequenceNumber: " + r.sequenceNumber());
            }
            seq = Long.parseLong(r.sequenceNumber());
        }
        Located l = locate(r.streamArn());
        if (!l.shardId().equals(r.shardId())) {
            throw new ResourceNotFoundException("Requested resource not found: Shard does not exist");
        }
        long now = clock.millis();
        long horizon = now - StreamSettings.RETENTION_MILLIS;
        StreamStore.StreamIndex ix = l.index(streams);
        long position;
        switch (type) {
            case TRIM_HORIZON -> position = horizonPosition(ix, horizon);
            case LATEST -> position = ix == null || ix.lastSequence() < 0 ? Math.max(0, ix == null ? 0 : ix.trimmedBefore()) : ix.lastSequence() + 1;
            default -> {
                if (ix == null || seq < ix.trimmedBefore()) {
                    if (ix != null && ix.trimmedBefore() > 0) {
                        throw trimmed();
                    }
                    throw new ValidationException("Invalid SequenceNumber: " + r.sequenceNumber() + " is not a record of shard " + r.shardId());
                }
                long[][] at = ix.from(seq, 1);
                if (at[0].length == 0 || at[0][0] != seq) {
                    throw new ValidationException("Invalid SequenceNumber: " + r.sequenceNumber() + " is not a record of shard " + r.shardId());
                }
                if (at[2][0] < horizon) {
                    throw trimmed();
                }
                position = type == ShardIteratorType.AT_SEQUENCE_NUMBER ? seq : seq + 1;
            }
        }
        return GetShardIteratorResult.builder().shardIterator(iterator(l.arn(), position, now)).build();
    }

    private long horizonPosition(StreamStore.StreamIndex ix, long horizon) {
        if (ix == null) {
            return 0;
        }
        long pos = ix.trimmedBefore();
        while (true) {
            long[][] batch = ix.from(pos, 1024);
            if (batch[0].length == 0) {
                return pos;
            }
            for (int i = 0; i < batch[0].length; i++) {
                if (batch[2][i] >= horizon) {
                    return batch[0][i];
                }
                pos = batch[0][i] + 1;
            }
        }
    }

    private static TrimmedDataAccessException trimmed() {
        return new TrimmedDataAccessException("Attempted to access data that is older than the 24 hour retention (the trim horizon)");
    }

    private static String iterator(String arn, long position, long issued) {
        String raw = "1|" + arn + "|" + position + "|" + issued;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** A decoded shard iterator. */
    record Iterator(String arn, long position, long issued) {
    }

    static Iterator parse(String it) {
        if (it == null) {
            throw new ValidationException("1 validation error detected: Value null at 'shardIterator' failed to satisfy constraint: Member must not be null");
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(it), StandardCharsets.UTF_8);
            String[] p = raw.split("\\|");
            if (p.length != 4 || !p[0].equals("1")) {
                throw new IllegalArgumentException();
            }
            return new Iterator(p[1], Long.parseLong(p[2]), Long.parseLong(p[3]));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("Invalid ShardIterator");
        }
    }

    /** GetRecords. */
    public GetRecordsResult getRecords(GetRecordsRequest r) {
        int limit = r.limit() == null ? MAX_RECORDS : r.limit();
        if (limit < 1 || limit > MAX_RECORDS) {
            throw new ValidationException("1 validation error detected: Value '" + limit
                + "' at 'limit' failed to satisfy constraint: Member must have value between 1 and 1000");
        }
        Iterator it = parse(r.shardIterator());
        long now = clock.millis();
        if (now - it.issued() > ITERATOR_MILLIS) {
            throw new ExpiredIteratorException("Iterator expired. The iterator was created at time "
                + Instant.ofEpochMilli(it.issued()) + " while right now it is " + Instant.ofEpochMilli(now)
                + " which is further in the future than the tolerated delay of " + ITERATOR_MILLIS + " milliseconds.");
        }
        Located l = locate(it.arn());
        Page page = read(l, it.position(), limit, now);
        String next = page.end() && !l.stream().enabled() ? null : iterator(l.arn(), page.next(), now);
        return GetRecordsResult.builder().records(page.records()).nextShardIterator(next).build();
    }

    /** Records read from a position: the records, the next position, and whether nothing follows. */
    record Page(List<Record> records, List<StoredRecord> stored, long next, boolean end) {
    }

    /** Reads up to {@code limit} records (and 1 MB) of a stream from a position. */
    Page read(Located l, long position, int limit, long now) {
        StreamStore.StreamIndex ix = l.index(streams);
        List<Record> out = new ArrayList<>();
        List<StoredRecord> stored = new ArrayList<>();
        if (ix == null) {
            return new Page(out, stored, position, true);
        }
        if (position < ix.trimmedBefore()) {
            throw trimmed();
        }
        long[][] e = ix.from(position, limit + 1);
        long horizon = now - StreamSettings.RETENTION_MILLIS;
        if (e[0].length > 0 && e[2][0] < horizon) {
            throw trimmed();
        }
        long next = position;
        long bytes = 0;
        int n = Math.min(limit, e[0].length);
        int taken = 0;
        for (int i = 0; i < n; i++) {
            StoredRecord s = streams.read(e[1][i]);
            if (s == null) {
                throw trimmed();
            }
            if (taken > 0 && bytes + s.sizeBytes() > MAX_BYTES) {
                break;
            }
            bytes += s.sizeBytes();
            stored.add(s);
            out.add(toRecord(l.arn(), s));
            next = s.sequence() + 1;
            taken++;
        }
        boolean end = taken == e[0].length;
        return new Page(out, stored, next, end);
    }

    /** The public form of a stored record. */
    static Record toRecord(String arn, StoredRecord s) {
        String seq = StoredRecord.format(s.sequence());
        return Record.builder()
            .eventID(UUID.nameUUIDFromBytes((arn + "#" + seq).getBytes(StandardCharsets.UTF_8)).toString())
            .eventName(s.event())
            .eventVersion("1.1")
            .eventSource("aws:dynamodb")
            .awsRegion(REGION)
            .dynamodb(StreamRecord.builder()
                .approximateCreationDateTime(Instant.ofEpochSecond(Math.floorDiv(s.createdMillis(), 1000)))
                .keys(s.decodedKeys())
                .oldImage(s.decodedOld())
                .newImage(s.decodedNew())
                .sequenceNumber(seq)
                .sizeBytes((long) s.sizeBytes())
                .streamViewType(s.viewType())
                .build())
            .userIdentity(s.service() ? Identity.builder().type("Service").principalId("dynamodb.amazonaws.com").build() : null)
            .build();
    }
}
