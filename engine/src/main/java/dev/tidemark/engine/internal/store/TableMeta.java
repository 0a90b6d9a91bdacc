package dev.tidemark.engine.internal.store;

import dev.tidemark.engine.model.BillingMode;
import dev.tidemark.engine.model.ScalarAttributeType;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.Instant;

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
 */
public record TableMeta(int id, String name, String uuid, Instant created,
                        String hashName, ScalarAttributeType hashType,
                        String rangeName, ScalarAttributeType rangeType,
                        BillingMode billingMode, long readCapacity, long writeCapacity,
                        Instant lastIncrease, Instant lastDecrease, long decreasesToday,
                        Instant lastToPayPerRequest) {

    private static final int FORMAT = 1;

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
    }

    /** Reads metadata written by {@link #writeTo}. */
    public static TableMeta readFrom(DataInput in) throws IOException {
        int format = in.readByte();
        if (format != FORMAT) {
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
        return new TableMeta(id, name, uuid, created, hashName, hashType, rangeName, rangeType,
            billing, rcu, wcu, inc, dec, decToday, toPpr);
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
