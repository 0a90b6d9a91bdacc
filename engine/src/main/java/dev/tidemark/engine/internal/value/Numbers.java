package dev.tidemark.engine.internal.value;

import dev.tidemark.engine.ValidationException;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * DynamoDB numbers (semantics reference 1.2): exact decimals of at most 38 significant digits,
 * magnitude in [1E-130, 1E126), stored in canonical plain form ({@code 1e3} becomes {@code 1000}).
 */
public final class Numbers {
    /** Most significant digits a number may have. */
    public static final int MAX_DIGITS = 38;
    private static final BigDecimal MIN_MAGNITUDE = new BigDecimal("1E-130");
    private static final BigDecimal MAX_MAGNITUDE = new BigDecimal("1E126");

    private Numbers() {
    }

    /**
     * Parses number text the way DynamoDB accepts it.
     *
     * @param text the caller's text, for example {@code "+3"}, {@code ".5"}, {@code "1e-20"}
     * @return the value with trailing zeros stripped (zero is {@link BigDecimal#ZERO})
     * @throws ValidationException for text that is not a number, has more than 38 significant
     *     digits, or lies outside the supported range
     */
    public static BigDecimal parse(String text) {
        if (!wellFormed(text)) {
            throw new ValidationException("The parameter cannot be converted to a numeric value: " + text);
        }
        BigDecimal d;
        try {
            d = new BigDecimal(text);
        } catch (NumberFormatException | ArithmeticException e) {
            // Syntax was checked above, so only the exponent can be out of int range.
            return hugeExponent(text);
        }
        return check(d);
    }

    /**
     * Whether {@code text} is {@code [+-]digits[.digits][(e|E)[+-]digits]} in ASCII with at least
     * one mantissa digit. {@link BigDecimal} alone would also accept non-ASCII Unicode digits.
     */
    private static boolean wellFormed(String text) {
        int n = text.length();
        int i = 0;
        if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            i++;
        }
        int digits = 0;
        while (i < n && isAsciiDigit(text.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && text.charAt(i) == '.') {
            i++;
            while (i < n && isAsciiDigit(text.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                i++;
            }
            int expDigits = 0;
            while (i < n && isAsciiDigit(text.charAt(i))) {
                i++;
                expDigits++;
            }
            if (expDigits == 0) {
                return false;
            }
        }
        return i == n;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A well-formed number whose exponent does not fit an int: zero, or out of range. */
    private static BigDecimal hugeExponent(String text) {
        int e = Math.max(text.indexOf('e'), text.indexOf('E'));
        boolean zero = true;
        for (int i = 0; i < e; i++) {
            char c = text.charAt(i);
            if (c >= '1' && c <= '9') {
                zero = false;
                break;
            }
        }
        if (zero) {
            return BigDecimal.ZERO;
        }
        if (text.charAt(e + 1) == '-') {
            throw new ValidationException(
                "Number underflow. Attempting to store a number with magnitude smaller than supported range");
        }
        throw new ValidationException(
            "Number overflow. Attempting to store a number with magnitude larger than supported range");
    }

    /**
     * Checks precision and range of a computed value (arithmetic results) and strips trailing zeros.
     *
     * @param d any decimal
     * @return {@code d} in canonical form
     * @throws ValidationException when it does not fit DynamoDB's number type
     */
    public static BigDecimal check(BigDecimal d) {
        if (d.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal s = d.stripTrailingZeros();
        BigDecimal abs = s.abs();
        if (abs.compareTo(MAX_MAGNITUDE) >= 0) {
            throw new ValidationException(
                "Number overflow. Attempting to store a number with magnitude larger than supported range");
        }
        if (abs.compareTo(MIN_MAGNITUDE) < 0) {
            throw new ValidationException(
                "Number underflow. Attempting to store a number with magnitude smaller than supported range");
        }
        if (s.precision() > MAX_DIGITS) {
            throw new ValidationException("Attempting to store more than 38 significant digits in a Number");
        }
        return s;
    }

    /**
     * The canonical text of a number.
     *
     * @param text the caller's text
     * @return plain decimal text without exponent, leading or trailing zeros
     */
    public static String normalize(String text) {
        return isCanonicalShort(text) ? text : toText(parse(text));
    }

    /**
     * Fast path: whether {@code text} is already canonical and so short (at most 38 characters, no
     * exponent) that precision and range cannot be exceeded — the common case of numbers written
     * by programs ({@code 42}, {@code -17.5}).
     */
    static boolean isCanonicalShort(String text) {
        int n = text.length();
        if (n == 0 || n > MAX_DIGITS) {
            return false;
        }
        int i = 0;
        if (text.charAt(0) == '-') {
            i = 1;
            if (n == 1) {
                return false;
            }
        }
        char first = text.charAt(i);
        if (first == '0') {
            // "0" alone, or "0." followed by a fraction; "-0" is not canonical.
            if (i + 1 == n) {
                return i == 0;
            }
            if (text.charAt(i + 1) != '.') {
                return false;
            }
        } else if (first < '1' || first > '9') {
            return false;
        }
        int dot = -1;
        for (int j = i + 1; j < n; j++) {
            char c = text.charAt(j);
            if (c == '.') {
                if (dot >= 0) {
                    return false;
                }
                dot = j;
            } else if (c < '0' || c > '9') {
                return false;
            }
        }
        if (dot >= 0) {
            // a fraction must be non-empty and end in a non-zero digit
            return dot < n - 1 && text.charAt(n - 1) != '0';
        }
        return true;
    }

    /** Canonical text of an already checked value. */
    public static String toText(BigDecimal checked) {
        return checked.signum() == 0 ? "0" : checked.toPlainString();
    }

    /**
     * Exact sum or difference for update expressions, failing when the result does not fit.
     *
     * @param a left operand (canonical text)
     * @param b right operand (canonical text)
     * @param subtract {@code a - b} when true, else {@code a + b}
     * @return the canonical text of the result
     */
    public static String add(String a, String b, boolean subtract) {
        BigDecimal x = new BigDecimal(a);
        BigDecimal y = new BigDecimal(b);
        BigDecimal r = subtract ? x.subtract(y, MathContext.UNLIMITED) : x.add(y, MathContext.UNLIMITED);
        if (r.signum() != 0 && r.stripTrailingZeros().precision() > MAX_DIGITS) {
            // DynamoDB reports precision loss in arithmetic with the overflow text.
            throw new ValidationException(
                "Number overflow. Attempting to store a number with magnitude larger than supported range");
        }
        return toText(check(r));
    }

    /** Numeric comparison of two canonical number texts. */
    public static int compare(String a, String b) {
        if (a.equals(b)) {
            return 0;
        }
        return new BigDecimal(a).compareTo(new BigDecimal(b));
    }
}
