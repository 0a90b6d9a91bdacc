package dev.tidemark.engine.internal.capacity;

import dev.tidemark.engine.internal.store.TableOptions;
import dev.tidemark.engine.model.ScalingDimension;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A table's capacity settings beyond the provisioned units of {@code TableMeta}: on-demand ceilings
 * of the table and of its global indexes, the decrease counters of each global index, the recent
 * switches to on-demand, and the auto scaling policies. Stored in the table's
 * {@link TableOptions} under {@link #KEY}, so it is logged, checkpointed and recovered with the
 * table's metadata. Immutable.
 *
 * <p>Format (version 1, big-endian): version byte; table max read and write units (long, -1 =
 * none); count, then per index id (int) its max read and write (long); count, then per index id
 * its last decrease (epoch ms, -1 = none) and decreases that UTC day (int); count, then switch
 * instants (epoch ms); count, then policies: index id (int, -1 = table), dimension (byte), min,
 * max (long), target percent (double).
 *
 * @param maxRead on-demand read ceiling of the table, -1 for none
 * @param maxWrite on-demand write ceiling of the table, -1 for none
 * @param indexMax per global index id: {max read, max write}, -1 for none
 * @param indexDecreases per global index id: its decrease counters
 * @param switchesToOnDemand instants of the switches to on-demand in the last 24 hours
 * @param policies auto scaling policies
 */
public record CapacitySettings(long maxRead, long maxWrite, Map<Integer, long[]> indexMax,
                               Map<Integer, Decreases> indexDecreases, List<Instant> switchesToOnDemand,
                               List<Policy> policies) {
    /** The option key. */
    public static final String KEY = "capacity";
    private static final int VERSION = 1;
    /** No settings: no ceilings, no policies. */
    public static final CapacitySettings NONE = new CapacitySettings(-1, -1, Map.of(), Map.of(), List.of(), List.of());

    /** Copies the collections. */
    public CapacitySettings {
        indexMax = Map.copyOf(indexMax);
        indexDecreases = Map.copyOf(indexDecreases);
        switchesToOnDemand = List.copyOf(switchesToOnDemand);
        policies = List.copyOf(policies);
    }

    /**
     * Decrease counters of one resource.
     *
     * @param last the last decrease, or null
     * @param today decreases in the UTC day of {@code last}
     */
    public record Decreases(Instant last, int today) {
    }

    /**
     * An auto scaling policy.
     *
     * @param indexId the global index id, or -1 for the table
     * @param dimension read or write
     * @param min lowest capacity
     * @param max highest capacity
     * @param target target utilisation in percent
     */
    public record Policy(int indexId, ScalingDimension dimension, long min, long max, double target) {
    }

    /** The settings stored in a table's options. */
    public static CapacitySettings of(TableOptions options) {
        byte[] b = options.get(KEY);
        return b == null ? NONE : decode(b);
    }

    /** The options with these settings stored (or removed when there are none). */
    public TableOptions into(TableOptions options) {
        return equals(NONE) || isEmpty() ? options.without(KEY) : options.with(KEY, encode());
    }

    private boolean isEmpty() {
        return maxRead < 0 && maxWrite < 0 && indexMax.isEmpty() && indexDecreases.isEmpty()
            && switchesToOnDemand.isEmpty() && policies.isEmpty();
    }

    /** The ceilings of an index: {read, write}, -1 for none. */
    public long[] indexMax(int indexId) {
        long[] m = indexMax.get(indexId);
        return m == null ? new long[] {-1, -1} : m;
    }

    /** These settings with other table ceilings. */
    public CapacitySettings withMax(long read, long write) {
        return new CapacitySettings(read, write, indexMax, indexDecreases, switchesToOnDemand, policies);
    }

    /** These settings with other ceilings of one index (both -1 removes them). */
    public CapacitySettings withIndexMax(int indexId, long read, long write) {
        Map<Integer, long[]> m = new TreeMap<>(indexMax);
        if (read < 0 && write < 0) {
            m.remove(indexId);
        } else {
            m.put(indexId, new long[] {read, write});
        }
        return new CapacitySettings(maxRead, maxWrite, m, indexDecreases, switchesToOnDemand, policies);
    }

    /** These settings with other decrease counters of one index. */
    public CapacitySettings withIndexDecreases(int indexId, Decreases d) {
        Map<Integer, Decreases> m = new TreeMap<>(indexDecreases);
        m.put(indexId, d);
        return new CapacitySettings(maxRead, maxWrite, indexMax, m, switchesToOnDemand, policies);
    }

    /** These settings with another list of recent switches to on-demand. */
    public CapacitySettings withSwitches(List<Instant> switches) {
        return new CapacitySettings(maxRead, maxWrite, indexMax, indexDecreases, switches, policies);
    }

    /** These settings with another list of policies. */
    public CapacitySettings withPolicies(List<Policy> newPolicies) {
        return new CapacitySettings(maxRead, maxWrite, indexMax, indexDecreases, switchesToOnDemand, newPolicies);
    }

    /** These settings without anything about the given index ids (indexes that no longer exist). */
    public CapacitySettings retainIndexes(java.util.Set<Integer> ids) {
        Map<Integer, long[]> m = new TreeMap<>(indexMax);
        m.keySet().retainAll(ids);
        Map<Integer, Decreases> d = new TreeMap<>(indexDecreases);
        d.keySet().retainAll(ids);
        List<Policy> p = new ArrayList<>();
        for (Policy x : policies) {
            if (x.indexId() < 0 || ids.contains(x.indexId())) {
                p.add(x);
            }
        }
        return new CapacitySettings(maxRead, maxWrite, m, d, switchesToOnDemand, p);
    }

    byte[] encode() {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeByte(VERSION);
            out.writeLong(maxRead);
            out.writeLong(maxWrite);
            out.writeInt(indexMax.size());
            for (Map.Entry<Integer, long[]> e : new TreeMap<>(indexMax).entrySet()) {
                out.writeInt(e.getKey());
                out.writeLong(e.getValue()[0]);
                out.writeLong(e.getValue()[1]);
            }
            out.writeInt(indexDecreases.size());
            for (Map.Entry<Integer, Decreases> e : new TreeMap<>(indexDecreases).entrySet()) {
                out.writeInt(e.getKey());
                out.writeLong(e.getValue().last() == null ? -1 : e.getValue().last().toEpochMilli());
                out.writeInt(e.getValue().today());
            }
            out.writeInt(switchesToOnDemand.size());
            for (Instant i : switchesToOnDemand) {
                out.writeLong(i.toEpochMilli());
            }
            out.writeInt(policies.size());
            for (Policy p : policies) {
                out.writeInt(p.indexId());
                out.writeByte(p.dimension().ordinal());
                out.writeLong(p.min());
                out.writeLong(p.max());
                out.writeDouble(p.target());
            }
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CapacitySettings decode(byte[] b) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(b));
            int version = in.readByte();
            if (version != VERSION) {
                throw new IllegalStateException("unknown capacity settings version " + version);
            }
            long maxRead = in.readLong();
            long maxWrite = in.readLong();
            Map<Integer, long[]> indexMax = new TreeMap<>();
            for (int i = in.readInt(); i > 0; i--) {
                indexMax.put(in.readInt(), new long[] {in.readLong(), in.readLong()});
            }
            Map<Integer, Decreases> dec = new TreeMap<>();
            for (int i = in.readInt(); i > 0; i--) {
                int id = in.readInt();
                long last = in.readLong();
                dec.put(id, new Decreases(last < 0 ? null : Instant.ofEpochMilli(last), in.readInt()));
            }
            List<Instant> switches = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                switches.add(Instant.ofEpochMilli(in.readLong()));
            }
            List<Policy> policies = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                policies.add(new Policy(in.readInt(), ScalingDimension.values()[in.readByte()], in.readLong(), in.readLong(),
                    in.readDouble()));
            }
            return new CapacitySettings(maxRead, maxWrite, indexMax, dec, switches, policies);
        } catch (IOException e) {
            throw new UncheckedIOException("corrupt capacity settings", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CapacitySettings s && java.util.Arrays.equals(encode(), s.encode());
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(encode());
    }
}
