package dev.tidemark.engine.internal.store;

import dev.tidemark.engine.model.BillingMode;
import dev.tidemark.engine.model.ScalarAttributeType;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything durable about a table except its items: its identity, key schema and settings.
 * Immutable; a change makes a new instance, logged as a table record.
 *
 * @param id the internal numeric id, never reused, that log records carry
 * @param name the table's name
 * @param uuid the TableId reported by DescribeTable
 * @param created creation time
 * @param hashName partition key attribute
 * @param hashType partition key type
 * @param rangeName sort key attribute, or null
 * @param rangeType sort key type, or null
 * @param billingMode billing mode
 * @param readCapacity provisioned read units (0 for on-demand)
 * @param writeCapacity provisioned write units (0 for on-demand)
 * @param lastIncrease last capacity increase, or null
 * @param lastDecrease last capacity decrease, or null
 * @param decreasesToday decreases in the current UTC day
 * @param lastToPayPerRequest last switch to on-demand, or null
 * @param indexes the secondary indexes, local and global, in declaration order
 * @param nextIndexId the id the next added index gets
 * @param options settings owned by features (streams, TTL, PITR, ...), see {@link TableOptions}
 */
public record TableMeta(int id, String name, String uuid, Instant created,
                        String hashName, ScalarAttributeType hashType,
                        String rangeName, ScalarAttributeType rangeType,
                        BillingMode billingMode, long readCapacity, long writeCapacity,
                        Instant lastIncrease, Instant lastDecrease, long decreasesToday,
                        Instant lastToPayPerRequest, List<IndexMeta> indexes, int nextIndexId,
                        TableOptions options) {

    /** Format 1 had no indexes; format 2 appends them; format 3 appends the options. All are read. */
    private static final int FORMAT_V1 = 1;
    private static final int FORMAT_V2 = 2;
    private static final int FORMAT = 3;

    /** Copies the index list; null options mean none. */
    public TableMeta {
        indexes = List.copyOf(indexes);
        options = options == null ? TableOptions.EMPTY : options;
    }

    /** This table with other options. */
    public TableMeta withOptions(TableOptions newOptions) {
        return new TableMeta(id, name, uuid, created, hashName, hashType, rangeName, rangeType, billingMode,
            readCapacity, writeCapacity, lastIncrease, lastDecrease, decreasesToday, lastToPayPerRequest,
            indexes, nextIndexId, newOptions);
    }

    /** The index of this name, or null. */
    public IndexMeta index(String indexName) {
        for (IndexMeta i : indexes) {
            if (i.name().equals(indexName)) {
                return i;
            }
        }
        return null;
    }

    /** This table with another index list. */
    public TableMeta withIndexes(List<IndexMeta> newIndexes, int newNextIndexId) {
        return new TableMeta(id, name, uuid, created, hashName, hashType, rangeName, rangeType, billingMode,
            readCapacity, writeCapacity, lastIncrease, lastDecrease, decreasesToday, lastToPayPerRequest,
            newIndexes, newNextIndexId, options);
    }

    /** The types of the key attributes of the table and its indexes, table keys first (a new, mutable map). */
    public java.util.Map<String, ScalarAttributeType> keyTypes() {
        java.util.Map<String, ScalarAttributeType> types = new java.util.LinkedHashMap<>();
        types.put(hashName, hashType);
        if (rangeName != null) {
            types.put(rangeName, rangeType);
        }
        for (IndexMeta i : indexes) {
            types.putIfAbsent(i.hashName(), i.hashType());
            if (i.rangeName() != null) {
                types.putIfAbsent(i.rangeName(), i.rangeType());
            }
        }
        return types;
    }

    /** Whether the table has local secondary indexes (and so item-collection accounting). */
    public boolean hasLocalIndexes() {
        for (IndexMeta i : indexes) {
            if (i.local()) {
                return true;
            }
        }
        return false;
    }

    /** Writes this metadata in the log and checkpoint format. */
    public void writeTo(DataOutput out) throws IOException {
        out.writeByte(FORMAT);
        out.writeInt(id);
        out.writeUTF(name);
        out.writeUTF(uuid);
        writeInstant(out, created);
        out.writeUTF(hashName);
        out.writeByte(hashType.ordinal());
        out.writeBoolean(rangeName != null);
        if (rangeName != null) {
            out.writeUTF(rangeName);
            out.writeByte(rangeType.ordinal());
        }
        out.writeByte(billingMode.ordinal());
        out.writeLong(readCapacity);
        out.writeLong(writeCapacity);
        writeInstant(out, lastIncrease);
        writeInstant(out, lastDecrease);
        out.writeLong(decreasesToday);
        writeInstant(out, lastToPayPerRequest);
        out.writeInt(nextIndexId);
        out.writeInt(indexes.size());
        for (IndexMeta i : indexes) {
            i.writeTo(out);
        }
        options.writeTo(out);
    }

    /** Reads metadata written by {@link #writeTo}. */
    public static TableMeta readFrom(DataInput in) throws IOException {
        int format = in.readByte();
        if (format != FORMAT && format != FORMAT_V2 && format != FORMAT_V1) {
            throw new IOException("unknown table metadata format " + format);
        }
        int id = in.readInt();
        String name = in.readUTF();
        String uuid = in.readUTF();
        Instant created = readInstant(in);
        String hashName = in.readUTF();
        ScalarAttributeType hashType = ScalarAttributeType.values()[in.readByte()];
        String rangeName = null;
        ScalarAttributeType rangeType = null;
        if (in.readBoolean()) {
            rangeName = in.readUTF();
            rangeType = ScalarAttributeType.values()[in.readByte()];
        }
        BillingMode billing = BillingMode.values()[in.readByte()];
        long rcu = in.readLong();
        long wcu = in.readLong();
        Instant inc = readInstant(in);
        Instant dec = readInstant(in);
        long decToday = in.readLong();
        Instant toPpr = readInstant(in);
        int nextIndexId = 1;
        List<IndexMeta> indexes = new ArrayList<>();
        if (format >= FORMAT_V2) {
            nextIndexId = in.readInt();
            int n = in.readInt();
            for (int i = 0; i < n; i++) {
                indexes.add(IndexMeta.readFrom(in));
            }
        }
        TableOptions options = format >= FORMAT ? TableOptions.readFrom(in) : TableOptions.EMPTY;
        return new TableMeta(id, name, uuid, created, hashName, hashType, rangeName, rangeType,
            billing, rcu, wcu, inc, dec, decToday, toPpr, indexes, nextIndexId, options);
    }

    private static void writeInstant(DataOutput out, Instant t) throws IOException {
        out.writeBoolean(t != null);
        if (t != null) {
            out.writeLong(t.getEpochSecond());
            out.writeInt(t.getNano());
        }
    }

    private static Instant readInstant(DataInput in) throws IOException {
        return in.readBoolean() ? Instant.ofEpochSecond(in.readLong(), in.readInt()) : null;
    }
}
