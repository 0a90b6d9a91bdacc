package dev.tidemark.engine.internal.store;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Durable per-table settings that features own, kept with the table's metadata: each feature
 * (streams, TTL, point-in-time recovery, capacity, SQL column declarations, ...) stores its own
 * value under its own key, in an encoding it defines, without changing the metadata format.
 * Immutable; a change makes a new instance. Unknown keys are kept as they are, so data written by a
 * newer version survives a round trip through an older one.
 */
public final class TableOptions {
    /** No options. */
    public static final TableOptions EMPTY = new TableOptions(new TreeMap<>());

    private final TreeMap<String, byte[]> values;

    private TableOptions(TreeMap<String, byte[]> values) {
        this.values = values;
    }

    /** The value stored under a key (a copy), or null. */
    public byte[] get(String key) {
        byte[] v = values.get(key);
        return v == null ? null : v.clone();
    }

    /** Whether a value is stored under the key. */
    public boolean contains(String key) {
        return values.containsKey(key);
    }

    /** The keys, sorted. */
    public Set<String> keys() {
        return Collections.unmodifiableSet(values.keySet());
    }

    /** These options with the key set to a value (copied); a null value removes the key. */
    public TableOptions with(String key, byte[] value) {
        TreeMap<String, byte[]> copy = new TreeMap<>(values);
        if (value == null) {
            copy.remove(key);
        } else {
            copy.put(key, value.clone());
        }
        return copy.isEmpty() ? EMPTY : new TableOptions(copy);
    }

    /** These options without the key. */
    public TableOptions without(String key) {
        return with(key, null);
    }

    /** Writes the options: a count, then each key (UTF) with its length-prefixed value. */
    public void writeTo(DataOutput out) throws IOException {
        out.writeInt(values.size());
        for (Map.Entry<String, byte[]> e : values.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeInt(e.getValue().length);
            out.write(e.getValue());
        }
    }

    /** Reads options written by {@link #writeTo}. */
    public static TableOptions readFrom(DataInput in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            throw new IOException("negative table option count " + n);
        }
        if (n == 0) {
            return EMPTY;
        }
        TreeMap<String, byte[]> map = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            String key = in.readUTF();
            int len = in.readInt();
            if (len < 0) {
                throw new IOException("negative length of table option " + key);
            }
            byte[] v = new byte[len];
            in.readFully(v);
            map.put(key, v);
        }
        return new TableOptions(map);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof TableOptions other) || other.values.size() != values.size()) {
            return false;
        }
        for (Map.Entry<String, byte[]> e : values.entrySet()) {
            if (!Arrays.equals(e.getValue(), other.values.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = 0;
        for (Map.Entry<String, byte[]> e : values.entrySet()) {
            h += e.getKey().hashCode() ^ Arrays.hashCode(e.getValue());
        }
        return h;
    }

    @Override
    public String toString() {
        return "TableOptions" + values.keySet();
    }
}
