package dev.tidemark.engine.internal.capacity;

import dev.tidemark.engine.internal.store.IndexMeta;
import dev.tidemark.engine.internal.store.TableState;
import dev.tidemark.engine.model.Capacity;
import dev.tidemark.engine.model.ConsumedCapacity;
import dev.tidemark.engine.model.ReturnConsumedCapacity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The units one request consumes, per table and per index, gathered while the request runs. It
 * decides throttling (see {@link CapacityManager#acquire}) and becomes the request's
 * {@link ConsumedCapacity}. Not thread-safe: one request, one thread.
 */
public final class Consumption {
    /** The first table touched; most requests touch only this one. */
    private Part first;
    /** Tables after the first, in the order first touched; null until a second table is touched. */
    private Map<TableState, Part> more;

    /** The units of one table within a request. */
    public static final class Part {
        final TableState table;
        double tableRead;
        double tableWrite;
        /** Units per index, in the order first touched: {read, write}; null until an index is charged. */
        Map<IndexMeta, double[]> indexes;
        /** The next table's part, in the order first touched. */
        Part next;

        Part(TableState table) {
            this.table = table;
        }

        Iterable<Map.Entry<IndexMeta, double[]>> indexEntries() {
            return indexes == null ? java.util.List.of() : indexes.entrySet();
        }

        double[] index(IndexMeta ix) {
            if (indexes == null) {
                indexes = new LinkedHashMap<>(4);
            }
            return indexes.computeIfAbsent(ix, i -> new double[2]);
        }

        /** Read units on the table's own bucket (the table and its local indexes). */
        double bucketRead() {
            double u = tableRead;
            for (Map.Entry<IndexMeta, double[]> e : indexEntries()) {
                if (e.getKey().local()) {
                    u += e.getValue()[0];
                }
            }
            return u;
        }

        /** Write units on the table's own bucket (the table and its local indexes). */
        double bucketWrite() {
            double u = tableWrite;
            for (Map.Entry<IndexMeta, double[]> e : indexEntries()) {
                if (e.getKey().local()) {
                    u += e.getValue()[1];
                }
            }
            return u;
        }

        /** Whether nothing was consumed. */
        boolean empty() {
            return tableRead == 0 && tableWrite == 0 && (indexes == null || indexes.isEmpty());
        }
    }

    /** The part of a table, created empty on first use. */
    public Part part(TableState t) {
        if (first == null) {
            first = new Part(t);
            return first;
        }
        if (first.table == t) {
            return first;
        }
        if (more == null) {
            more = new java.util.HashMap<>(4);
        }
        Part p = more.get(t);
        if (p == null) {
            p = new Part(t);
            more.put(t, p);
            Part last = first;
            while (last.next != null) {
                last = last.next;
            }
            last.next = p;
        }
        return p;
    }

    /** The first table's part, or null when nothing was charged. */
    Part first() {
        return first;
    }

    /** The part after {@code p}, in the order tables were first touched, or null. */
    Part next(Part p) {
        return p.next;
    }

    /** Adds read units on a table. */
    public void tableRead(TableState t, double units) {
        part(t).tableRead += units;
    }

    /** Adds write units on a table. */
    public void tableWrite(TableState t, double units) {
        part(t).tableWrite += units;
    }

    /** Adds read units on an index of a table. */
    public void indexRead(TableState t, IndexMeta index, double units) {
        part(t).index(index)[0] += units;
    }

    /** Adds write units on an index of a table. */
    public void indexWrite(TableState t, IndexMeta index, double units) {
        part(t).index(index)[1] += units;
    }

    /** Adds every unit of another consumption to this one. */
    public void addAll(Consumption other) {
        for (Part o = other.first; o != null; o = o.next) {
            Part p = part(o.table);
            p.tableRead += o.tableRead;
            p.tableWrite += o.tableWrite;
            for (Map.Entry<IndexMeta, double[]> e : o.indexEntries()) {
                double[] u = p.index(e.getKey());
                u[0] += e.getValue()[0];
                u[1] += e.getValue()[1];
            }
        }
    }

    /** Whether the request wants its consumed capacity back. */
    public static boolean wanted(ReturnConsumedCapacity mode) {
        return mode != null && mode != ReturnConsumedCapacity.NONE;
    }

    /**
     * The consumed capacity of a single-table request on {@code t}, or null when not asked for.
     * A table the request did not touch at all reports zero.
     */
    public ConsumedCapacity single(ReturnConsumedCapacity mode, TableState t) {
        if (!wanted(mode)) {
            return null;
        }
        return describe(part(t), mode == ReturnConsumedCapacity.INDEXES);
    }

    /** The consumed capacity of a read of {@code units} on a table alone, or null when not asked for. */
    public static ConsumedCapacity read(ReturnConsumedCapacity mode, TableState t, double units) {
        if (!wanted(mode)) {
            return null;
        }
        ConsumedCapacity.Builder b = ConsumedCapacity.builder().tableName(t.meta().name()).capacityUnits(units).readCapacityUnits(units);
        if (mode == ReturnConsumedCapacity.INDEXES) {
            b.table(capacity(units, 0));
        }
        return b.build();
    }

    /** The consumed capacity of a write of {@code units} on a table alone, or null when not asked for. */
    public static ConsumedCapacity write(ReturnConsumedCapacity mode, TableState t, double units) {
        if (!wanted(mode)) {
            return null;
        }
        Double u = units;
        ConsumedCapacity.Builder b = ConsumedCapacity.builder().tableName(t.meta().name()).capacityUnits(u).writeCapacityUnits(u);
        if (mode == ReturnConsumedCapacity.INDEXES) {
            b.table(Capacity.builder().capacityUnits(u).writeCapacityUnits(u).build());
        }
        return b.build();
    }

    /** The consumed capacity per table (batch and transaction requests), or null when not asked for. */
    public List<ConsumedCapacity> list(ReturnConsumedCapacity mode) {
        if (!wanted(mode)) {
            return null;
        }
        List<ConsumedCapacity> out = new ArrayList<>(more == null ? 1 : more.size() + 1);
        for (Part p = first; p != null; p = p.next) {
            out.add(describe(p, mode == ReturnConsumedCapacity.INDEXES));
        }
        return out;
    }

    private static ConsumedCapacity describe(Part p, boolean indexes) {
        double read = p.tableRead;
        double write = p.tableWrite;
        Map<String, Capacity> gsi = null;
        Map<String, Capacity> lsi = null;
        for (Map.Entry<IndexMeta, double[]> e : p.indexEntries()) {
            double r = e.getValue()[0];
            double w = e.getValue()[1];
            read += r;
            write += w;
            if (indexes) {
                if (e.getKey().local()) {
                    lsi = lsi == null ? new LinkedHashMap<>() : lsi;
                    lsi.put(e.getKey().name(), capacity(r, w));
                } else {
                    gsi = gsi == null ? new LinkedHashMap<>() : gsi;
                    gsi.put(e.getKey().name(), capacity(r, w));
                }
            }
        }
        ConsumedCapacity.Builder b = ConsumedCapacity.builder().tableName(p.table.meta().name())
            .capacityUnits(read + write)
            .readCapacityUnits(read > 0 ? read : null)
            .writeCapacityUnits(write > 0 ? write : null);
        if (indexes) {
            b.table(capacity(p.tableRead, p.tableWrite)).globalSecondaryIndexes(gsi).localSecondaryIndexes(lsi);
        }
        return b.build();
    }

    private static Capacity capacity(double read, double write) {
        return Capacity.builder().capacityUnits(read + write)
            .readCapacityUnits(read > 0 ? read : null)
            .writeCapacityUnits(write > 0 ? write : null).build();
    }
}
