package dev.tidemark.engine.internal.value;

import dev.tidemark.engine.model.AttributeValue;
import java.util.List;
import java.util.Map;

/**
 * DynamoDB's item size (semantics reference 1.6), the measure behind the 400 KB item limit.
 *
 * <p>An item's size is the sum over its attributes of the UTF-8 length of the name plus the size
 * of the value:
 * <ul>
 *   <li>{@code S}: UTF-8 bytes; {@code B}: raw bytes; {@code BOOL} and {@code NULL}: 1.</li>
 *   <li>{@code N}: zero is 1. Otherwise write the magnitude in base 100 with the digit pairs aligned
 *       on the decimal point ({@code 12345} is {@code 1|23|45}, {@code 1.5} is {@code 1|50},
 *       {@code 1000} is {@code 10|00}); with {@code p} the number of pairs from the most to the
 *       least significant non-zero pair, the size is {@code 1 + p}, plus 1 for a negative number.
 *       This is "1 byte per 2 significant digits + 1", refined by alignment and sign as the
 *       reference's reverse-engineered formula describes.</li>
 *   <li>{@code L}: 3 + the sum over elements of (1 + element size); {@code M}: 3 + the sum over
 *       entries of (1 + UTF-8 length of the key + value size).</li>
 *   <li>{@code SS}, {@code NS}, {@code BS}: the sum of the element sizes (as S, N, B).</li>
 * </ul>
 * Example: {@code {"shirt-color":"R","shirt-size":"M"}} is 11 + 1 + 10 + 1 = 23 bytes. Values are
 * assumed normalised ({@link ItemValidator}).
 */
public final class ItemSize {
    /** The largest item size DynamoDB accepts: 400 KB. */
    public static final long MAX_ITEM_BYTES = 409_600;

    private ItemSize() {
    }

    /**
     * The size of an item.
     *
     * @param item attribute name to normalised value
     * @return the size in bytes as defined in the class comment
     */
    public static long of(Map<String, AttributeValue> item) {
        long size = 0;
        for (Map.Entry<String, AttributeValue> e : item.entrySet()) {
            size += Values.utf8Length(e.getKey()) + ofValue(e.getValue());
        }
        return size;
    }

    /**
     * The size of one value.
     *
     * @param value a normalised value
     * @return its size in bytes as defined in the class comment
     */
    public static long ofValue(AttributeValue value) {
        switch (value.type()) {
            case S:
                return Values.utf8Length(value.s());
            case B:
                return value.bytesUnsafe().length;
            case N:
                return ofNumber(value.n());
            case BOOL:
            case NULL:
                return 1;
            case M: {
                long size = 3;
                for (Map.Entry<String, AttributeValue> e : value.m().entrySet()) {
                    size += 1 + Values.utf8Length(e.getKey()) + ofValue(e.getValue());
                }
                return size;
            }
            case L: {
                long size = 3;
                for (AttributeValue v : value.l()) {
                    size += 1 + ofValue(v);
                }
                return size;
            }
            case SS: {
                long size = 0;
                for (String s : value.ss()) {
                    size += Values.utf8Length(s);
                }
                return size;
            }
            case NS: {
                long size = 0;
                for (String n : value.ns()) {
                    size += ofNumber(n);
                }
                return size;
            }
            case BS: {
                long size = 0;
                for (byte[] b : value.bsUnsafe()) {
                    size += b.length;
                }
                return size;
            }
            default:
                throw new AssertionError(value.type());
        }
    }

    /**
     * Size of a number given in plain decimal text (canonical, or at least without exponent).
     *
     * @param text for example {@code "-0.0015"} or {@code "1000"}
     * @return 1 for zero, else 1 + aligned base-100 pairs (+1 when negative)
     */
    static int ofNumber(String text) {
        int start = 0;
        boolean negative = false;
        if (text.charAt(0) == '-' || text.charAt(0) == '+') {
            negative = text.charAt(0) == '-';
            start = 1;
        }
        int dot = text.indexOf('.');
        int intEnd = dot < 0 ? text.length() : dot;
        // Decimal position of a digit: 0 for units, -1 for tenths, 2 for hundreds.
        int most = Integer.MIN_VALUE;
        int least = Integer.MAX_VALUE;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '1' && c <= '9') {
                int pos = i < intEnd ? intEnd - 1 - i : intEnd - i;
                most = Math.max(most, pos);
                least = Math.min(least, pos);
            }
        }
        if (most == Integer.MIN_VALUE) {
            return 1;
        }
        int pairs = Math.floorDiv(most, 2) - Math.floorDiv(least, 2) + 1;
        return 1 + pairs + (negative ? 1 : 0);
    }
}
