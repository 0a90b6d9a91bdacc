package dev.tidemark.engine.internal.store;

import dev.tidemark.engine.internal.value.ItemSize;
import dev.tidemark.engine.internal.value.KeyCodec;
import dev.tidemark.engine.internal.value.Values;
import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.engine.model.ProjectionType;
import dev.tidemark.engine.model.ScalarAttributeType;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A secondary index at run time: a sorted directory from index key to the base item.
 *
 * <p>A directory key is the index key, encoded by the index's own {@link KeyCodec} (so partitions,
 * sort order and scan segments work exactly as for tables), followed by the table's encoded
 * primary key. Appending the table key makes every entry unique and orders items that tie on the
 * index key by the table's key order, the same on every read. Both parts are self-delimiting, so
 * key ranges over the index key are prefix ranges of directory keys.
 */
public final class IndexState {
    /** The largest partition key value an index accepts, in bytes. */
    public static final int MAX_HASH_KEY_BYTES = 2048;
    /** The largest sort key value an index accepts, in bytes. */
    public static final int MAX_RANGE_KEY_BYTES = 1024;

    private volatile IndexMeta meta;
    private final KeyCodec codec;
    private volatile ConcurrentSkipListMap<byte[], IndexEntry> entries = new ConcurrentSkipListMap<>(Arrays::compareUnsigned);
    private final AtomicLong itemCount = new AtomicLong();
    private final AtomicLong sizeBytes = new AtomicLong();
    private volatile boolean dropped;

    /** For KEYS_ONLY and INCLUDE: the attributes the index holds, each once; null for ALL. */
    private final String[] projected;

    IndexState(IndexMeta meta, TableMeta table) {
        this.meta = meta;
        this.codec = new KeyCodec(meta.hashType(), meta.rangeType());
        if (meta.projectionType() == ProjectionType.ALL) {
            projected = null;
        } else {
            Set<String> names = new LinkedHashSet<>();
            names.add(table.hashName());
            if (table.rangeName() != null) {
                names.add(table.rangeName());
            }
            names.add(meta.hashName());
            if (meta.rangeName() != null) {
                names.add(meta.rangeName());
            }
            if (meta.projectionType() == ProjectionType.INCLUDE) {
                names.addAll(meta.nonKeyAttributes());
            }
            projected = names.toArray(new String[0]);
        }
    }

    /** The current metadata. */
    public IndexMeta meta() {
        return meta;
    }

    void meta(IndexMeta m) {
        this.meta = m;
    }

    /** The codec of the index key (without the appended table key). */
    public KeyCodec codec() {
        return codec;
    }

    /** The directory, ordered by index key then table key. Read-only for callers. */
    public ConcurrentSkipListMap<byte[], IndexEntry> entries() {
        return entries;
    }

    /** Number of entries. */
    public long itemCount() {
        return itemCount.get();
    }

    /** Sum of the entries' sizes. */
    public long sizeBytes() {
        return sizeBytes.get();
    }

    /** Whether the index was removed (a running backfill stops when it sees this). */
    public boolean dropped() {
        return dropped;
    }

    void drop() {
        dropped = true;
        clear();
    }

    /**
     * Why an item cannot be written while this index exists, or null when it can: a key attribute of
     * the wrong type, an empty string or binary, or a value over the key size limits. An item
     * missing a key attribute is fine (it is simply not indexed).
     */
    public static String problem(IndexMeta m, Map<String, AttributeValue> item) {
        String p = problem(m, m.hashName(), m.hashType(), item.get(m.hashName()), MAX_HASH_KEY_BYTES);
        if (p == null && m.rangeName() != null) {
            p = problem(m, m.rangeName(), m.rangeType(), item.get(m.rangeName()), MAX_RANGE_KEY_BYTES);
        }
        return p;
    }

    private static String problem(IndexMeta m, String name, ScalarAttributeType type, AttributeValue v, int max) {
        if (v == null) {
            return null;
        }
        if (!v.type().name().equals(type.name())) {
            return "One or more parameter values were invalid: Type mismatch for Index Key " + name + " Expected: " + type
                + " Actual: " + v.type() + " IndexName: " + m.name();
        }
        int len = switch (type) {
            case S -> Values.utf8Length(v.s());
            case B -> v.bytesUnsafe().length;
            case N -> -1;
        };
        if (len == 0) {
            return "One or more parameter values are not valid. A value specified for a secondary index key is not supported. "
                + "The AttributeValue for a key attribute cannot contain an empty " + (type == ScalarAttributeType.S ? "string" : "binary")
                + " value. IndexName: " + m.name() + ", IndexKey: " + name;
        }
        if (len > max) {
            return max == MAX_HASH_KEY_BYTES
                ? "One or more parameter values were invalid: Size of hashkey has exceeded the maximum size limit of2048 bytes IndexName: " + m.name()
                : "One or more parameter values were invalid: Aggregated size of all range keys has exceeded the size limit of 1024 bytes IndexName: " + m.name();
        }
        return null;
    }

    /**
     * The directory key of an item in this index, or null when the item is not in it: a key
     * attribute is missing (a sparse index) or breaks the key rules (left out, as by a backfill).
     *
     * @param item the item
     * @param tableKey the item's encoded table key
     */
    public byte[] keyOf(Map<String, AttributeValue> item, byte[] tableKey) {
        IndexMeta m = meta;
        AttributeValue h = item.get(m.hashName());
        if (h == null) {
            return null;
        }
        AttributeValue r = null;
        if (m.rangeName() != null) {
            r = item.get(m.rangeName());
            if (r == null) {
                return null;
            }
        }
        if (problem(m, item) != null) {
            return null;
        }
        byte[] k = codec.encode(h, r);
        byte[] out = Arrays.copyOf(k, k.length + tableKey.length);
        System.arraycopy(tableKey, 0, out, k.length, tableKey.length);
        return out;
    }

    /**
     * The attributes of an item the index holds: all for ALL; else the table's and the index's key
     * attributes plus, for INCLUDE, the listed ones the item has.
     */
    public Map<String, AttributeValue> project(Map<String, AttributeValue> item) {
        if (projected == null) {
            return item;
        }
        Map<String, AttributeValue> out = new LinkedHashMap<>();
        for (String name : projected) {
            AttributeValue v = item.get(name);
            if (v != null) {
                out.put(name, v);
            }
        }
        return out;
    }

    /** The size of an item's entry in this index: the size of its projected attributes. */
    public int entrySize(Map<String, AttributeValue> item, int itemSize) {
        if (projected == null) {
            return itemSize;
        }
        long size = 0;
        for (String name : projected) {
            AttributeValue v = item.get(name);
            if (v != null) {
                size += Values.utf8Length(name) + ItemSize.ofValue(v);
            }
        }
        return (int) size;
    }

    void put(byte[] key, IndexEntry e) {
        IndexEntry old = entries.put(key, e);
        if (old != null) {
            sizeBytes.addAndGet(-old.size());
        } else {
            itemCount.incrementAndGet();
        }
        sizeBytes.addAndGet(e.size());
    }

    void remove(byte[] key) {
        IndexEntry old = entries.remove(key);
        if (old != null) {
            itemCount.decrementAndGet();
            sizeBytes.addAndGet(-old.size());
        }
    }

    void clear() {
        entries.clear();
        itemCount.set(0);
        sizeBytes.set(0);
    }

    /**
     * Replaces the contents with entries given in any order (at open, before any reader or writer
     * can see the index). Sorting first and building the skip list from sorted input is linear
     * after the sort, several times faster than inserting one entry at a time.
     */
    void load(List<Map.Entry<byte[], IndexEntry>> unsorted) {
        unsorted.sort((a, b) -> Arrays.compareUnsigned(a.getKey(), b.getKey()));
        long size = 0;
        for (Map.Entry<byte[], IndexEntry> e : unsorted) {
            size += e.getValue().size();
        }
        entries = new ConcurrentSkipListMap<>(new SortedView(unsorted));
        itemCount.set(unsorted.size());
        sizeBytes.set(size);
    }

    /** A read-once sorted map over a sorted list, the input of the skip list's linear build. */
    private static final class SortedView extends AbstractMap<byte[], IndexEntry> implements SortedMap<byte[], IndexEntry> {
        private final List<Map.Entry<byte[], IndexEntry>> sorted;

        SortedView(List<Map.Entry<byte[], IndexEntry>> sorted) {
            this.sorted = sorted;
        }

        @Override
        public Comparator<? super byte[]> comparator() {
            return Arrays::compareUnsigned;
        }

        @Override
        public Set<Map.Entry<byte[], IndexEntry>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Map.Entry<byte[], IndexEntry>> iterator() {
                    return sorted.iterator();
                }

                @Override
                public int size() {
                    return sorted.size();
                }
            };
        }

        @Override
        public SortedMap<byte[], IndexEntry> subMap(byte[] from, byte[] to) {
            throw new UnsupportedOperationException();
        }

        @Override
        public SortedMap<byte[], IndexEntry> headMap(byte[] to) {
            throw new UnsupportedOperationException();
        }

        @Override
        public SortedMap<byte[], IndexEntry> tailMap(byte[] from) {
            throw new UnsupportedOperationException();
        }

        @Override
        public byte[] firstKey() {
            return sorted.get(0).getKey();
        }

        @Override
        public byte[] lastKey() {
            return sorted.get(sorted.size() - 1).getKey();
        }
    }
}
