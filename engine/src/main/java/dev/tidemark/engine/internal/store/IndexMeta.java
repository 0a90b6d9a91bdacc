package dev.tidemark.engine.internal.store;

import dev.tidemark.engine.model.IndexStatus;
import dev.tidemark.engine.model.ProjectionType;
import dev.tidemark.engine.model.ScalarAttributeType;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Everything durable about one secondary index: its identity, key schema, projection and state.
 * Immutable; part of {@link TableMeta}.
 *
 * @param id numeric id, unique within the table and never reused, so a dropped and re-added index
 *           with the same name is a different index
 * @param name the index's name
 * @param local true for a local secondary index
 * @param hashName partition key attribute
 * @param hashType partition key type
 * @param rangeName sort key attribute, or null
 * @param rangeType sort key type, or null
 * @param projectionType ALL, KEYS_ONLY or INCLUDE
 * @param nonKeyAttributes with INCLUDE, the projected non-key attributes (else empty)
 * @param status ACTIVE, or CREATING while an index added by UpdateTable is backfilled
 * @param addedLater true when the index was added by UpdateTable (DescribeTable reports Backfilling)
 * @param readCapacity provisioned read units (0 for on-demand and for local indexes)
 * @param writeCapacity provisioned write units (0 for on-demand and for local indexes)
 */
public record IndexMeta(int id, String name, boolean local,
                        String hashName, ScalarAttributeType hashType,
                        String rangeName, ScalarAttributeType rangeType,
                        ProjectionType projectionType, List<String> nonKeyAttributes,
                        IndexStatus status, boolean addedLater, long readCapacity, long writeCapacity) {

    /** Copies the attribute list. */
    public IndexMeta {
        nonKeyAttributes = List.copyOf(nonKeyAttributes);
    }

    /** This index in another state. */
    public IndexMeta withStatus(IndexStatus newStatus) {
        return new IndexMeta(id, name, local, hashName, hashType, rangeName, rangeType, projectionType,
            nonKeyAttributes, newStatus, addedLater, readCapacity, writeCapacity);
    }

    /** This index with other provisioned throughput. */
    public IndexMeta withCapacity(long read, long write) {
        return new IndexMeta(id, name, local, hashName, hashType, rangeName, rangeType, projectionType,
            nonKeyAttributes, status, addedLater, read, write);
    }

    /** Whether an attribute is one of this index's key attributes. */
    public boolean isKey(String attribute) {
        return attribute.equals(hashName) || attribute.equals(rangeName);
    }

    /**
     * Whether the index holds an attribute, given the table's key attributes: keys always, other
     * attributes per the projection.
     */
    public boolean projects(String attribute, Set<String> tableKeys) {
        return projectionType == ProjectionType.ALL || isKey(attribute) || tableKeys.contains(attribute)
            || (projectionType == ProjectionType.INCLUDE && nonKeyAttributes.contains(attribute));
    }

    void writeTo(DataOutput out) throws IOException {
        out.writeInt(id);
        out.writeUTF(name);
        out.writeBoolean(local);
        out.writeUTF(hashName);
        out.writeByte(hashType.ordinal());
        out.writeBoolean(rangeName != null);
        if (rangeName != null) {
            out.writeUTF(rangeName);
            out.writeByte(rangeType.ordinal());
        }
        out.writeByte(projectionType.ordinal());
        out.writeInt(nonKeyAttributes.size());
        for (String a : nonKeyAttributes) {
            out.writeUTF(a);
        }
        out.writeByte(status.ordinal());
        out.writeBoolean(addedLater);
        out.writeLong(readCapacity);
        out.writeLong(writeCapacity);
    }

    static IndexMeta readFrom(DataInput in) throws IOException {
        int id = in.readInt();
        String name = in.readUTF();
        boolean local = in.readBoolean();
        String hashName = in.readUTF();
        ScalarAttributeType hashType = ScalarAttributeType.values()[in.readByte()];
        String rangeName = null;
        ScalarAttributeType rangeType = null;
        if (in.readBoolean()) {
            rangeName = in.readUTF();
            rangeType = ScalarAttributeType.values()[in.readByte()];
        }
        ProjectionType projection = ProjectionType.values()[in.readByte()];
        int n = in.readInt();
        List<String> attrs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            attrs.add(in.readUTF());
        }
        IndexStatus status = IndexStatus.values()[in.readByte()];
        boolean addedLater = in.readBoolean();
        long rcu = in.readLong();
        long wcu = in.readLong();
        return new IndexMeta(id, name, local, hashName, hashType, rangeName, rangeType, projection, attrs,
            status, addedLater, rcu, wcu);
    }
}
