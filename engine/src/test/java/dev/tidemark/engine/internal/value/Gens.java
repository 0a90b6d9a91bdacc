package dev.tidemark.engine.internal.value;

import dev.tidemark.engine.model.AttributeValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/** QuickTheories generators for attribute values, biased towards the edges of each encoding. */
final class Gens {
    private static final String[] EDGE_NUMBERS = {
        "0", "1", "-1", "1E-130", "-1E-130", "9.9999999999999999999999999999999999999E+125",
        "-9.9999999999999999999999999999999999999E+125", "0.1", "10", "100", "0.01", "99", "0.99",
        "12345678901234567890123456789012345678", "-0.00000000000000000000000000000000000001",
    };
    private static final int[] EDGE_BYTES = {0x00, 0x01, 0x7F, 0x80, 0xFE, 0xFF};

    private Gens() {
    }

    static int between(RandomnessSource in, int lo, int hi) {
        return (int) in.next(Constraint.between(lo, hi));
    }

    /** A valid number (within 38 digits and range) as a canonical BigDecimal. */
    static Gen<BigDecimal> decimals() {
        return in -> {
            if (between(in, 0, 9) == 0) {
                return Numbers.parse(EDGE_NUMBERS[between(in, 0, EDGE_NUMBERS.length - 1)]);
            }
            int digits = between(in, 0, 3) == 0 ? between(in, 1, 38) : between(in, 1, 4);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < digits; i++) {
                sb.append((char) ('0' + between(in, i == 0 || i == digits - 1 ? 1 : 0, 9)));
            }
            // value = 0.digits * 10^e with e in DynamoDB's range; small exponents most of the time
            int e = between(in, 0, 2) == 0 ? between(in, -129, 126) : between(in, -3, 5);
            BigDecimal d = new BigDecimal(new BigInteger(sb.toString()), digits - e);
            if (between(in, 0, 2) == 0) {
                d = d.negate();
            }
            if (between(in, 0, 15) == 0) {
                d = BigDecimal.ZERO;
            }
            return Numbers.check(d);
        };
    }

    /** Canonical number text. */
    static Gen<String> numbers() {
        return decimals().map(Numbers::toText);
    }

    /** Another spelling of the same number: exponent form, padding zeros, a plus sign. */
    static Gen<String> spellings(BigDecimal d) {
        return in -> switch (between(in, 0, 3)) {
            case 0 -> d.toString();
            case 1 -> d.toEngineeringString();
            case 2 -> d.unscaledValue() + "e" + (-d.scale());
            default -> (d.signum() >= 0 ? "+" : "") + d.setScale(Math.max(d.scale(), 0) + 2).toPlainString();
        };
    }

    /** A code point from mixed pools: NUL, ASCII, 2- and 3-byte, above the surrogates, supplementary. */
    static int codePoint(RandomnessSource in) {
        return switch (between(in, 0, 6)) {
            case 0 -> 0;
            case 1, 2 -> between(in, 1, 0x7F);
            case 3 -> between(in, 0x80, 0x7FF);
            case 4 -> between(in, 0x800, 0xD7FF);
            case 5 -> between(in, 0xE000, 0xFFFF);
            default -> between(in, 0x10000, 0x10FFFF);
        };
    }

    static Gen<String> strings(int minLength, int maxLength) {
        return in -> {
            int n = between(in, minLength, maxLength);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) {
                sb.appendCodePoint(codePoint(in));
            }
            return sb.toString();
        };
    }

    static Gen<byte[]> bytes(int minLength, int maxLength) {
        return in -> {
            byte[] b = new byte[between(in, minLength, maxLength)];
            for (int i = 0; i < b.length; i++) {
                b[i] = (byte) (between(in, 0, 1) == 0
                    ? EDGE_BYTES[between(in, 0, EDGE_BYTES.length - 1)] : between(in, 0, 255));
            }
            return b;
        };
    }

    /** Any value of the ten types, documents nested at most {@code depth} deep. */
    static Gen<AttributeValue> values(int depth) {
        return in -> value(in, depth);
    }

    static Gen<Map<String, AttributeValue>> items() {
        return in -> map(in, 3);
    }

    private static Map<String, AttributeValue> map(RandomnessSource in, int depth) {
        Map<String, AttributeValue> m = new LinkedHashMap<>();
        int n = between(in, 0, 5);
        Gen<String> names = strings(1, 6);
        for (int i = 0; i < n; i++) {
            m.put(names.generate(in), value(in, depth));
        }
        return m;
    }

    private static AttributeValue value(RandomnessSource in, int depth) {
        int kind = between(in, 0, depth > 0 ? 9 : 7);
        return switch (kind) {
            case 0 -> AttributeValue.fromS(strings(0, 6).generate(in));
            case 1 -> AttributeValue.fromN(numbers().generate(in));
            case 2 -> AttributeValue.fromB(bytes(0, 6).generate(in));
            case 3 -> between(in, 0, 2) == 0 ? AttributeValue.nul() : AttributeValue.fromBool(between(in, 0, 1) == 0);
            case 4 -> AttributeValue.fromSs(distinct(in, strings(0, 4)));
            case 5 -> {
                Set<BigDecimal> ds = new LinkedHashSet<>();
                int n = between(in, 1, 4);
                for (int i = 0; i < n; i++) {
                    ds.add(decimals().generate(in));
                }
                List<String> ns = new ArrayList<>();
                ds.forEach(d -> ns.add(Numbers.toText(d)));
                yield AttributeValue.fromNs(ns);
            }
            case 6 -> {
                Map<String, byte[]> bs = new LinkedHashMap<>();
                int n = between(in, 1, 4);
                for (int i = 0; i < n; i++) {
                    byte[] b = bytes(0, 4).generate(in);
                    bs.put(java.util.Arrays.toString(b), b);
                }
                yield AttributeValue.fromBs(new ArrayList<>(bs.values()));
            }
            case 7 -> AttributeValue.fromS("");
            case 8 -> AttributeValue.fromM(map(in, depth - 1));
            default -> {
                List<AttributeValue> l = new ArrayList<>();
                int n = between(in, 0, 4);
                for (int i = 0; i < n; i++) {
                    l.add(value(in, depth - 1));
                }
                yield AttributeValue.fromL(l);
            }
        };
    }

    private static List<String> distinct(RandomnessSource in, Gen<String> gen) {
        Set<String> set = new LinkedHashSet<>();
        int n = between(in, 1, 4);
        for (int i = 0; i < n; i++) {
            set.add(gen.generate(in));
        }
        return new ArrayList<>(set);
    }
}
