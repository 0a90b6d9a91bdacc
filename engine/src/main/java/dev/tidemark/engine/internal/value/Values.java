package dev.tidemark.engine.internal.value;

import dev.tidemark.engine.model.AttributeValue;
import java.nio.charset.StandardCharsets;

/**
 * Ordering and equality of attribute values (semantics reference 1.3, 1.9, 4.5). Values given here
 * are assumed validated and normalised, so equality of numbers is equality of their canonical text.
 */
public final class Values {
    private Values() {
    }

    /**
     * Compares two values of the same scalar type: numbers numerically, strings by UTF-8 bytes,
     * binary by unsigned bytes.
     *
     * @throws IllegalArgumentException when the types differ or are not S, N or B
     */
    public static int compareScalars(AttributeValue a, AttributeValue b) {
        if (a.type() != b.type()) {
            throw new IllegalArgumentException("cannot order " + a.type() + " against " + b.type());
        }
        return switch (a.type()) {
            case N -> Numbers.compare(a.n(), b.n());
            case S -> compareUtf8(a.s(), b.s());
            case B -> java.util.Arrays.compareUnsigned(a.bytesUnsafe(), b.bytesUnsafe());
            default -> throw new IllegalArgumentException("cannot order values of type " + a.type());
        };
    }

    /** Whether {@code v} is of a type with an order (S, N, B). */
    public static boolean isOrdered(AttributeValue v) {
        AttributeValue.Type t = v.type();
        return t == AttributeValue.Type.S || t == AttributeValue.Type.N || t == AttributeValue.Type.B;
    }

    /**
     * Compares strings in the order of their UTF-8 encodings (which is code point order), without
     * encoding them.
     */
    public static int compareUtf8(String a, String b) {
        int i = 0;
        int j = 0;
        int la = a.length();
        int lb = b.length();
        while (i < la && j < lb) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (ca == cb) {
                i++;
                j++;
                continue;
            }
            if (!Character.isSurrogate(ca) && !Character.isSurrogate(cb)) {
                return ca - cb;
            }
            int pa = a.codePointAt(i);
            int pb = b.codePointAt(j);
            if (pa != pb) {
                return Integer.compare(pa, pb);
            }
            i += Character.charCount(pa);
            j += Character.charCount(pb);
        }
        return Integer.compare(la - i, lb - j);
    }

    /** UTF-8 length of a string in bytes, without encoding it. */
    public static int utf8Length(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n += 1;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    /**
     * Whether a string is well-formed UTF-16, i.e. has no unpaired surrogate. Only such strings have
     * a UTF-8 form; {@link String#getBytes} would silently replace an unpaired surrogate by {@code ?}.
     */
    public static boolean isWellFormed(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c < Character.MIN_SURROGATE) {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** UTF-8 bytes of a string. */
    public static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
