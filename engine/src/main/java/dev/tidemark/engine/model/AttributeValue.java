package dev.tidemark.engine.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One attribute value of an item, of exactly one of DynamoDB's ten types (section 1.1 of the
 * semantics reference): {@code S}, {@code N}, {@code B}, {@code BOOL}, {@code NULL}, {@code M},
 * {@code L}, {@code SS}, {@code NS}, {@code BS}.
 *
 * <p>Instances are immutable. Numbers are kept as the text the caller gave; the engine validates and
 * normalises them when a request arrives ({@code "1e3"} is stored and returned as {@code "1000"}).
 * Binary values are copied in and out. Sets keep the caller's element order, but compare as sets.
 *
 * <p>{@link #equals(Object)} is structural: maps ignore key order, sets ignore element order,
 * numbers compare by their text (values coming back from the engine are normalised, so for them
 * this is equality by value).
 */
public final class AttributeValue {

    /** The ten attribute value types. */
    public enum Type {
        /** String. */ S,
        /** Number, an exact decimal of up to 38 significant digits. */ N,
        /** Binary. */ B,
        /** Boolean. */ BOOL,
        /** Null (always {@code true}). */ NULL,
        /** Map of name to value. */ M,
        /** Ordered list of values. */ L,
        /** String set. */ SS,
        /** Number set. */ NS,
        /** Binary set. */ BS
    }

    private static final AttributeValue TRUE = new AttributeValue(Type.BOOL, Boolean.TRUE);
    private static final AttributeValue FALSE = new AttributeValue(Type.BOOL, Boolean.FALSE);
    private static final AttributeValue NUL = new AttributeValue(Type.NULL, Boolean.TRUE);

    private final Type type;
    /** String, String (number text), byte[], Boolean, Map, List&lt;AttributeValue&gt;, List&lt;String&gt; or List&lt;byte[]&gt;. */
    private final Object value;
    private int hash;

    private AttributeValue(Type type, Object value) {
        this.type = type;
        this.value = value;
    }

    /** A string value. */
    public static AttributeValue fromS(String s) {
        return new AttributeValue(Type.S, Objects.requireNonNull(s, "s"));
    }

    /** A number value from its decimal text, for example {@code "42"}, {@code "-1.5e3"}. */
    public static AttributeValue fromN(String n) {
        return new AttributeValue(Type.N, Objects.requireNonNull(n, "n"));
    }

    /** A number value from a {@link BigDecimal}, written in plain (non-exponent) form. */
    public static AttributeValue fromN(BigDecimal n) {
        return new AttributeValue(Type.N, n.toPlainString());
    }

    /** A number value from a {@code long}. */
    public static AttributeValue fromN(long n) {
        return new AttributeValue(Type.N, Long.toString(n));
    }

    /** A binary value (the array is copied). */
    public static AttributeValue fromB(byte[] b) {
        return new AttributeValue(Type.B, Objects.requireNonNull(b, "b").clone());
    }

    /** A boolean value. */
    public static AttributeValue fromBool(boolean b) {
        return b ? TRUE : FALSE;
    }

    /** The null value. */
    public static AttributeValue nul() {
        return NUL;
    }

    /** A map value (copied; iteration order of the copy follows the argument). */
    public static AttributeValue fromM(Map<String, AttributeValue> m) {
        Map<String, AttributeValue> copy = new LinkedHashMap<>(Objects.requireNonNull(m, "m"));
        copy.forEach((k, v) -> {
            Objects.requireNonNull(k, "map key");
            Objects.requireNonNull(v, "map value");
        });
        return new AttributeValue(Type.M, Collections.unmodifiableMap(copy));
    }

    /** A list value (copied). */
    public static AttributeValue fromL(List<AttributeValue> l) {
        return new AttributeValue(Type.L, List.copyOf(Objects.requireNonNull(l, "l")));
    }

    /** A list value. */
    public static AttributeValue fromL(AttributeValue... l) {
        return new AttributeValue(Type.L, List.of(l));
    }

    /** A string set. Emptiness and duplicates are checked by the engine, not here. */
    public static AttributeValue fromSs(Collection<String> ss) {
        return new AttributeValue(Type.SS, List.copyOf(Objects.requireNonNull(ss, "ss")));
    }

    /** A string set. */
    public static AttributeValue fromSs(String... ss) {
        return fromSs(Arrays.asList(ss));
    }

    /** A number set, each element in decimal text. */
    public static AttributeValue fromNs(Collection<String> ns) {
        return new AttributeValue(Type.NS, List.copyOf(Objects.requireNonNull(ns, "ns")));
    }

    /** A number set. */
    public static AttributeValue fromNs(String... ns) {
        return fromNs(Arrays.asList(ns));
    }

    /** A binary set (each array is copied). */
    public static AttributeValue fromBs(Collection<byte[]> bs) {
        List<byte[]> copy = new ArrayList<>(Objects.requireNonNull(bs, "bs").size());
        for (byte[] b : bs) {
            copy.add(Objects.requireNonNull(b, "bs element").clone());
        }
        return new AttributeValue(Type.BS, Collections.unmodifiableList(copy));
    }

    /**
     * Internal factory that takes ownership of {@code bytes} without copying. Only for the engine,
     * which never hands the array out again.
     *
     * @param bytes a binary value the caller will never modify
     * @return the binary attribute value
     */
    public static AttributeValue ownedB(byte[] bytes) {
        return new AttributeValue(Type.B, bytes);
    }

    /**
     * Internal factory that takes ownership of the element arrays without copying.
     *
     * @param bs binary elements the caller will never modify
     * @return the binary set value
     */
    public static AttributeValue ownedBs(List<byte[]> bs) {
        return new AttributeValue(Type.BS, Collections.unmodifiableList(bs));
    }

    /**
     * Internal factory that takes ownership of a map without copying it. Only for the engine,
     * which never modifies or hands out the map again.
     *
     * @param m a map the caller will never modify
     * @return the map value
     */
    public static AttributeValue ownedM(Map<String, AttributeValue> m) {
        return new AttributeValue(Type.M, Collections.unmodifiableMap(m));
    }

    /**
     * Internal factory that takes ownership of a list without copying it. Only for the engine.
     *
     * @param l a list the caller will never modify
     * @return the list value
     */
    public static AttributeValue ownedL(List<AttributeValue> l) {
        return new AttributeValue(Type.L, Collections.unmodifiableList(l));
    }

    /** The type of this value. */
    public Type type() {
        return type;
    }

    /** The string; fails if this is not {@code S}. */
    public String s() {
        return (String) as(Type.S);
    }

    /** The number text; fails if this is not {@code N}. */
    public String n() {
        return (String) as(Type.N);
    }

    /** The number as a {@link BigDecimal}; fails if this is not {@code N}. */
    public BigDecimal nAsBigDecimal() {
        return new BigDecimal(n());
    }

    /** A copy of the bytes; fails if this is not {@code B}. */
    public byte[] b() {
        return ((byte[]) as(Type.B)).clone();
    }

    /** The bytes without a copy, for the engine's internal use only: never modify them. */
    public byte[] bytesUnsafe() {
        return (byte[]) as(Type.B);
    }

    /** The boolean; fails if this is not {@code BOOL}. */
    public boolean bool() {
        return (Boolean) as(Type.BOOL);
    }

    /** Whether this is the {@code NULL} value. */
    public boolean isNull() {
        return type == Type.NULL;
    }

    /** The map (unmodifiable); fails if this is not {@code M}. */
    @SuppressWarnings("unchecked")
    public Map<String, AttributeValue> m() {
        return (Map<String, AttributeValue>) as(Type.M);
    }

    /** The list (unmodifiable); fails if this is not {@code L}. */
    @SuppressWarnings("unchecked")
    public List<AttributeValue> l() {
        return (List<AttributeValue>) as(Type.L);
    }

    /** The string set elements (unmodifiable); fails if this is not {@code SS}. */
    @SuppressWarnings("unchecked")
    public List<String> ss() {
        return (List<String>) as(Type.SS);
    }

    /** The number set elements as text (unmodifiable); fails if this is not {@code NS}. */
    @SuppressWarnings("unchecked")
    public List<String> ns() {
        return (List<String>) as(Type.NS);
    }

    /** Copies of the binary set elements; fails if this is not {@code BS}. */
    @SuppressWarnings("unchecked")
    public List<byte[]> bs() {
        List<byte[]> src = (List<byte[]>) as(Type.BS);
        List<byte[]> out = new ArrayList<>(src.size());
        for (byte[] b : src) {
            out.add(b.clone());
        }
        return out;
    }

    /** The binary set elements without copies, for the engine's internal use only. */
    @SuppressWarnings("unchecked")
    public List<byte[]> bsUnsafe() {
        return (List<byte[]>) as(Type.BS);
    }

    private Object as(Type expected) {
        if (type != expected) {
            throw new IllegalStateException("attribute value is of type " + type + ", not " + expected);
        }
        return value;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof AttributeValue other) || other.type != type) {
            return false;
        }
        return switch (type) {
            case B -> Arrays.equals((byte[]) value, (byte[]) other.value);
            case SS, NS -> new HashSet<>(ss0()).equals(new HashSet<>(other.ss0()));
            case BS -> bytesSet(bsUnsafe()).equals(bytesSet(other.bsUnsafe()));
            default -> value.equals(other.value);
        };
    }

    @SuppressWarnings("unchecked")
    private List<String> ss0() {
        return (List<String>) value;
    }

    private static Set<String> bytesSet(List<byte[]> list) {
        Set<String> set = new HashSet<>();
        for (byte[] b : list) {
            set.add(Base64.getEncoder().encodeToString(b));
        }
        return set;
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = switch (type) {
                case B -> Arrays.hashCode((byte[]) value);
                case SS, NS -> new HashSet<>(ss0()).hashCode();
                case BS -> bytesSet(bsUnsafe()).hashCode();
                default -> value.hashCode();
            };
            h = 31 * h + type.ordinal();
            hash = h;
        }
        return h;
    }

    /** A compact DynamoDB-JSON-like rendering, for logs and messages. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        appendTo(sb);
        return sb.toString();
    }

    private void appendTo(StringBuilder sb) {
        sb.append("{\"").append(type).append("\":");
        switch (type) {
            case S -> quote(sb, (String) value);
            case N -> quote(sb, (String) value);
            case B -> quote(sb, Base64.getEncoder().encodeToString((byte[]) value));
            case BOOL, NULL -> sb.append(value);
            case M -> {
                sb.append('{');
                boolean first = true;
                for (Map.Entry<String, AttributeValue> e : m().entrySet()) {
                    if (!first) {
                        sb.append(',');
                    }
                    first = false;
                    quote(sb, e.getKey());
                    sb.append(':');
                    e.getValue().appendTo(sb);
                }
                sb.append('}');
            }
            case L -> {
                sb.append('[');
                boolean first = true;
                for (AttributeValue v : l()) {
                    if (!first) {
                        sb.append(',');
                    }
                    first = false;
                    v.appendTo(sb);
                }
                sb.append(']');
            }
            case SS, NS -> {
                sb.append('[');
                boolean first = true;
                for (String s : ss0()) {
                    if (!first) {
                        sb.append(',');
                    }
                    first = false;
                    quote(sb, s);
                }
                sb.append(']');
            }
            case BS -> {
                sb.append('[');
                boolean first = true;
                for (byte[] b : bsUnsafe()) {
                    if (!first) {
                        sb.append(',');
                    }
                    first = false;
                    quote(sb, Base64.getEncoder().encodeToString(b));
                }
                sb.append(']');
            }
            default -> throw new AssertionError(type);
        }
        sb.append('}');
    }

    private static void quote(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
