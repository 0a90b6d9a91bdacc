package dev.tidemark.engine.internal.value;

import dev.tidemark.engine.internal.value.KeyCodec.ByteSink;
import dev.tidemark.engine.model.AttributeValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Compact binary form of a whole item, for storage and the commit log.
 *
 * <p>Format: an item is an unsigned LEB128 varint count followed by that many entries
 * {@code [varint name length][UTF-8 name][value]}. A value is one tag byte and a payload:
 * <ul>
 *   <li>{@code S}, {@code N} (canonical text in ASCII), {@code B}: varint length and the bytes;</li>
 *   <li>{@code BOOL} true, {@code BOOL} false, {@code NULL}: the tag alone;</li>
 *   <li>{@code M}: like an item; {@code L}: varint count and the values;</li>
 *   <li>{@code SS}, {@code NS}, {@code BS}: varint count and each element as length and bytes.</li>
 * </ul>
 * Encoding is deterministic: equal inputs with the same map iteration and set element order give
 * equal bytes. Map and set order is kept through a round trip.
 */
public final class ItemCodec {
    private static final int T_S = 1;
    private static final int T_N = 2;
    private static final int T_B = 3;
    private static final int T_TRUE = 4;
    private static final int T_FALSE = 5;
    private static final int T_NULL = 6;
    private static final int T_M = 7;
    private static final int T_L = 8;
    private static final int T_SS = 9;
    private static final int T_NS = 10;
    private static final int T_BS = 11;

    private ItemCodec() {
    }

    /**
     * Encodes an item.
     *
     * @param item attribute name to value (values of any of the ten types, nested)
     * @return the encoded bytes
     */
    public static byte[] encode(Map<String, AttributeValue> item) {
        ByteSink out = new ByteSink(64);
        writeMap(out, item);
        return out.toByteArray();
    }

    /**
     * Number of bytes {@link #encode} produces for an item (computed by encoding).
     *
     * @param item attribute name to value
     * @return the encoded length
     */
    public static int encodedSize(Map<String, AttributeValue> item) {
        ByteSink out = new ByteSink(64);
        writeMap(out, item);
        return out.size();
    }

    /**
     * Decodes an item produced by {@link #encode}.
     *
     * @param buf the buffer holding the encoding
     * @param offset where the encoding starts
     * @param length its length in bytes
     * @return an immutable map (no particular order) with values equal to the originals; binary data is
     *     copied out of {@code buf} once and owned by the values
     * @throws IllegalArgumentException when the bytes are not exactly one encoded item
     */
    public static Map<String, AttributeValue> decode(byte[] buf, int offset, int length) {
        if (offset < 0 || length < 0 || offset + length > buf.length) {
            throw new IllegalArgumentException("range outside the buffer");
        }
        Reader in = new Reader(buf, offset, offset + length);
        try {
            Map<String, AttributeValue> item = in.readMap();
            if (in.pos != in.end) {
                throw new IllegalArgumentException("trailing bytes after the item");
            }
            return item;
        } catch (IndexOutOfBoundsException | NegativeArraySizeException e) {
            throw new IllegalArgumentException("truncated item", e);
        }
    }

    private static void writeMap(ByteSink out, Map<String, AttributeValue> m) {
        writeVarint(out, m.size());
        for (Map.Entry<String, AttributeValue> e : m.entrySet()) {
            writeString(out, e.getKey());
            writeValue(out, e.getValue());
        }
    }

    private static void writeValue(ByteSink out, AttributeValue v) {
        switch (v.type()) {
            case S -> {
                out.write(T_S);
                writeString(out, v.s());
            }
            case N -> {
                out.write(T_N);
                writeString(out, v.n());
            }
            case B -> {
                out.write(T_B);
                writeBytes(out, v.bytesUnsafe());
            }
            case BOOL -> out.write(v.bool() ? T_TRUE : T_FALSE);
            case NULL -> out.write(T_NULL);
            case M -> {
                out.write(T_M);
                writeMap(out, v.m());
            }
            case L -> {
                out.write(T_L);
                List<AttributeValue> l = v.l();
                writeVarint(out, l.size());
                for (AttributeValue e : l) {
                    writeValue(out, e);
                }
            }
            case SS, NS -> {
                out.write(v.type() == AttributeValue.Type.SS ? T_SS : T_NS);
                List<String> elements = v.type() == AttributeValue.Type.SS ? v.ss() : v.ns();
                writeVarint(out, elements.size());
                for (String s : elements) {
                    writeString(out, s);
                }
            }
            case BS -> {
                out.write(T_BS);
                List<byte[]> elements = v.bsUnsafe();
                writeVarint(out, elements.size());
                for (byte[] b : elements) {
                    writeBytes(out, b);
                }
            }
            default -> throw new AssertionError(v.type());
        }
    }

    private static void writeString(ByteSink out, String s) {
        writeBytes(out, s.getBytes(StandardCharsets.UTF_8));
    }

    private static void writeBytes(ByteSink out, byte[] b) {
        writeVarint(out, b.length);
        out.write(b, 0, b.length);
    }

    private static void writeVarint(ByteSink out, int v) {
        while ((v & ~0x7F) != 0) {
            out.write((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.write(v);
    }

    /** Cursor over the encoded bytes. */
    private static final class Reader {
        private final byte[] buf;
        private final int end;
        private int pos;

        Reader(byte[] buf, int pos, int end) {
            this.buf = buf;
            this.pos = pos;
            this.end = end;
        }

        private int readByte() {
            if (pos >= end) {
                throw new IndexOutOfBoundsException("end of item at " + pos);
            }
            return buf[pos++] & 0xFF;
        }

        private int readVarint() {
            int v = 0;
            for (int shift = 0; shift < 35; shift += 7) {
                int b = readByte();
                v |= (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    if (v < 0) {
                        throw new IllegalArgumentException("negative length");
                    }
                    return v;
                }
            }
            throw new IllegalArgumentException("varint too long");
        }

        private int readLength() {
            int len = readVarint();
            if (len > end - pos) {
                throw new IndexOutOfBoundsException("length " + len + " beyond the item");
            }
            return len;
        }

        private String readString() {
            int len = readLength();
            String s = new String(buf, pos, len, StandardCharsets.UTF_8);
            pos += len;
            return s;
        }

        private byte[] readBytes() {
            int len = readLength();
            byte[] b = new byte[len];
            System.arraycopy(buf, pos, b, 0, len);
            pos += len;
            return b;
        }

        private Map<String, AttributeValue> readMap() {
            int n = readLength(); // each entry takes at least two bytes, so this bounds it
            @SuppressWarnings("unchecked")
            Map.Entry<String, AttributeValue>[] entries = new Map.Entry[n];
            for (int i = 0; i < n; i++) {
                String name = readString();
                entries[i] = Map.entry(name, readValue());
            }
            // Immutable: results hand it out as is (Map.copyOf of an immutable map is the map itself).
            return Map.ofEntries(entries);
        }

        private AttributeValue readValue() {
            int tag = readByte();
            switch (tag) {
                case T_S:
                    return AttributeValue.fromS(readString());
                case T_N:
                    return AttributeValue.fromN(readString());
                case T_B:
                    return AttributeValue.ownedB(readBytes());
                case T_TRUE:
                    return AttributeValue.fromBool(true);
                case T_FALSE:
                    return AttributeValue.fromBool(false);
                case T_NULL:
                    return AttributeValue.nul();
                case T_M:
                    return AttributeValue.ownedM(readMap());
                case T_L: {
                    int n = readLength();
                    List<AttributeValue> l = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) {
                        l.add(readValue());
                    }
                    return AttributeValue.ownedL(l);
                }
                case T_SS:
                case T_NS: {
                    int n = readLength();
                    List<String> l = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) {
                        l.add(readString());
                    }
                    return tag == T_SS ? AttributeValue.fromSs(l) : AttributeValue.fromNs(l);
                }
                case T_BS: {
                    int n = readLength();
                    List<byte[]> l = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) {
                        l.add(readBytes());
                    }
                    return AttributeValue.ownedBs(l);
                }
                default:
                    throw new IllegalArgumentException("unknown value tag " + tag + " at " + (pos - 1));
            }
        }
    }
}
