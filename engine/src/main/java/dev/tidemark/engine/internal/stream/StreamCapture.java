package dev.tidemark.engine.internal.stream;

import dev.tidemark.engine.internal.log.LogPosition;
import dev.tidemark.engine.internal.log.LogRecord;
import dev.tidemark.engine.internal.store.CommitHook;
import dev.tidemark.engine.internal.store.ItemEntry;
import dev.tidemark.engine.internal.store.Store;
import dev.tidemark.engine.internal.store.TableMeta;
import dev.tidemark.engine.internal.store.TableState;
import dev.tidemark.engine.internal.store.WriteRecords;
import dev.tidemark.engine.internal.value.ItemCodec;
import dev.tidemark.engine.internal.value.ItemSize;
import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.engine.model.OperationType;
import dev.tidemark.engine.model.StreamViewType;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns item writes into stream records: live in the commit path (after the log append, before the
 * change is visible, in log order) and, at open, for the log records after the last one the stream
 * store has. A record is a pure function of the log record and each key's previous image, so a
 * regenerated record equals the one the crash prevented.
 */
public final class StreamCapture implements CommitHook {
    private final StreamStore streams;
    private final Clock clock;

    /**
     * Creates the capture.
     *
     * @param streams where records go
     * @param clock the database clock (creation times of live records)
     */
    public StreamCapture(StreamStore streams, Clock clock) {
        this.streams = streams;
        this.clock = clock;
    }

    @Override
    public void committed(Store store, LogPosition pos, boolean service, List<Store.Change> changes) {
        try {
            capture(store, pos, service, changes);
        } catch (RuntimeException e) {
            // the write is in the log and must still become visible: never fail the commit here
            streams.fail(e);
        }
    }

    private void capture(Store store, LogPosition pos, boolean service, List<Store.Change> changes) {
        List<StoredRecord> out = null;
        long now = clock.millis();
        for (int slot = 0; slot < changes.size(); slot++) {
            Store.Change c = changes.get(slot);
            StreamSettings.Stream s = StreamSettings.current(c.table().meta());
            if (s == null) {
                continue;
            }
            ItemEntry old = c.table().items().get(c.key());
            Map<String, AttributeValue> oldItem = old == null ? null : store.decode(old);
            Map<String, AttributeValue> newItem = c.body() == null ? null
                : c.item() != null ? c.item() : ItemCodec.decode(c.body(), 0, c.body().length);
            StoredRecord r = record(c.table().meta(), s, StoredRecord.sequence(pos.sequence(), slot), now, service, oldItem, newItem);
            if (r != null) {
                if (out == null) {
                    out = new ArrayList<>();
                }
                out.add(r);
            }
        }
        if (out != null) {
            streams.append(out);
        }
    }

    @Override
    public void replayed(Store store, LogRecord rec) {
        if (rec.sequence() < streams.lastLogSequence()) {
            return;
        }
        // The newest stored group may be torn: keep its stored records, regenerate the rest.
        long storedUpTo = rec.sequence() == streams.lastLogSequence() ? streams.lastRecordSequence() : -1;
        List<StoredRecord> out = new ArrayList<>();
        boolean service = rec.type() == Store.TYPE_SERVICE_WRITE;
        WriteRecords.forEach(rec.payload(), (slot, tableId, key, op, size) -> {
            TableState t = store.tableById(tableId);
            StreamSettings.Stream s = t == null ? null : StreamSettings.current(t.meta());
            if (s == null) {
                return;
            }
            ItemEntry old = t.items().get(key);
            Map<String, AttributeValue> oldItem = old == null ? null : store.decode(old);
            Map<String, AttributeValue> newItem = null;
            if (op == WriteRecords.PUT) {
                byte[] body = WriteRecords.body(rec.payload(), slot);
                newItem = ItemCodec.decode(body, 0, body.length);
            }
            StoredRecord r = record(t.meta(), s, StoredRecord.sequence(rec.sequence(), slot), rec.timestamp(), service, oldItem, newItem);
            if (r != null && r.sequence() > storedUpTo) {
                out.add(r);
            }
        });
        streams.append(out);
    }

    /** The record of one change, or null when the change changes nothing. */
    static StoredRecord record(TableMeta meta, StreamSettings.Stream s, long seq, long created, boolean service,
                               Map<String, AttributeValue> oldItem, Map<String, AttributeValue> newItem) {
        OperationType event;
        if (oldItem == null && newItem == null) {
            return null;
        } else if (oldItem == null) {
            event = OperationType.INSERT;
        } else if (newItem == null) {
            event = OperationType.REMOVE;
        } else if (oldItem.equals(newItem)) {
            return null;
        } else {
            event = OperationType.MODIFY;
        }
        Map<String, AttributeValue> any = newItem != null ? newItem : oldItem;
        Map<String, AttributeValue> keys = new LinkedHashMap<>();
        keys.put(meta.hashName(), any.get(meta.hashName()));
        if (meta.rangeName() != null) {
            keys.put(meta.rangeName(), any.get(meta.rangeName()));
        }
        StreamViewType v = s.viewType();
        boolean withOld = oldItem != null && (v == StreamViewType.OLD_IMAGE || v == StreamViewType.NEW_AND_OLD_IMAGES);
        boolean withNew = newItem != null && (v == StreamViewType.NEW_IMAGE || v == StreamViewType.NEW_AND_OLD_IMAGES);
        long size = ItemSize.of(keys) + (withOld ? ItemSize.of(oldItem) : 0) + (withNew ? ItemSize.of(newItem) : 0);
        return new StoredRecord(seq, created, meta.id(), s.label(), event, service, v, (int) Math.max(1, size),
            ItemCodec.encode(keys), withOld ? ItemCodec.encode(oldItem) : null, withNew ? ItemCodec.encode(newItem) : null);
    }
}
