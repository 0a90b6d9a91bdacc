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
    private final Map<TableState, Part> parts = new LinkedHashMap<>(4);

    /** The units of one table within a request. */
    public static final class Part {
        final TableState table;
        double tableRead;
        double tableWrite;
        /** Units per index, in the order first touched: {read, write}. */
        final Map<IndexMeta, double[]> indexes = new LinkedHashMap<>(4);

        Part(TableState table) {
            this.table = table;
        }

        /** Read units on the table's own bucket (the table and its local indexes). */
        double bucketRead() {
            double u = tableRead;
            for (Map.Entry<IndexMeta, double[]> e : indexes.entrySet()) {
                if (e.getKey().local()) {
                    u += e.getValue()[0];
                }
            }
            return u;
        }

        /** Write units on the table's own bucket (the table and its local indexes). */
        double bucketWrite() {
            double u = tableWrite;
            for (Map.Entry<IndexMeta, double[]> e : indexes.entrySet()) {
                if (e.getKey().local()) {
                    u += e.getValue()[1];
                }
            }
            return u;
        }

        /** Whether nothing was consumed. */
        boolean empty() {
            return tableRead == 0 && tableWrite == 0 && indexes.isEmpty();
        }
    }

    /** The part of a table, created empty on first use. */
    public Part part(TableState t) {
        Part p = parts.get(t);
        if (p == null) {
            p = new Part(t);
            parts.put(t, p);
        }
        return p;
    }

    /** The parts, in the order their tables were first touched. */
    public Iterable<Part> parts() {
        return parts.values();
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
        part(t).indexes.computeIfAbsent(index, i -> new double[2])[0] += units;
    }

    /** Adds write units on an index of a table. */
    public void indexWrite(TableState t, IndexMeta index, double units) {
        part(t).indexes.computeIfAbsent(index, i -> new double[2])[1] += units;
    }

    /** Adds every unit of another consumption to this one. */
    public void addAll(Consumption other) {
        for (Part o : other.parts.values()) {
            Part p = part(o.table);
            p.tableRead += o.tableRead;
            p.tableWrite += o.tableWrite;
            for (Map.Entry<IndexMeta, double[]> e : o.indexes.entrySet()) {
                double[] u = p.indexes.computeIfAbsent(e.getKey(), i -> new double[2]);
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

    /** The consumed capacity per table (batch and transaction requests), or null when not asked for. */
    public List<ConsumedCapacity> list(ReturnConsumedCapacity mode) {
        if (!wanted(mode)) {
            return null;
        }
        List<ConsumedCapacity> out = new ArrayList<>(parts.size());
        for (Part p : parts.values()) {
            out.add(describe(p, mode == ReturnConsumedCapacity.INDEXES));
        }
        return out;
    }

    private static ConsumedCapacity describe(Part p, boolean indexes) {
        double read = p.tableRead;
        double write = p.tableWrite;
        Map<String, Capacity> gsi = null;
        Map<String, Capacity> lsi = null;
        for (Map.Entry<IndexMeta, double[]> e : p.indexes.entrySet()) {
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
