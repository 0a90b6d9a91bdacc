package dev.tidemark.calcite.internal.schema;

import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.engine.model.ScalarAttributeType;
import java.math.BigDecimal;
import java.util.Base64;
import org.apache.calcite.avatica.util.ByteString;

/** Conversions between attribute values and the Java values Calcite uses for each column type. */
public final class Values {
    private Values() {
    }

    /** The SQL value of an attribute in a column of type {@code type}; null when absent or not representable. */
    public static Object toSql(AttributeValue v, ColumnType type) {
        if (v == null || v.type() == AttributeValue.Type.NULL) {
            return null;
        }
        switch (type) {
            case VARCHAR:
                return switch (v.type()) {
                    case S -> v.s();
                    case N -> v.n();
                    case BOOL -> Boolean.toString(v.bool());
                    case B -> Base64.getEncoder().encodeToString(v.bytesUnsafe());
                    default -> Json.value(v);
                };
            case JSON:
                return Json.value(v);
            case BIGINT:
                if (v.type() != AttributeValue.Type.N) {
                    return null;
                }
                return toLong(v.n());
            case DECIMAL:
                return v.type() == AttributeValue.Type.N ? v.nAsBigDecimal() : null;
            case BOOLEAN:
                return v.type() == AttributeValue.Type.BOOL ? v.bool() : null;
            case VARBINARY:
                return v.type() == AttributeValue.Type.B ? new ByteString(v.bytesUnsafe()) : null;
            default:
                throw new IllegalStateException(type.toString());
        }
    }

    /** The long value of a number's text, or null when it is not an integer that fits a long. */
    static Long toLong(String n) {
        int len = n.length();
        int start = len > 0 && n.charAt(0) == '-' ? 1 : 0;
        if (len > start && len - start <= 18) {
            boolean digits = true;
            for (int i = start; i < len && digits; i++) {
                char c = n.charAt(i);
                digits = c >= '0' && c <= '9';
            }
            if (digits) {
                return Long.parseLong(n);
            }
        }
        try {
            return new BigDecimal(n).longValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            return null;
        }
    }

    /**
     * The attribute value to store for a SQL value written into a column of type {@code type}; null
     * for SQL NULL (the attribute is left out or removed).
     *
     * @throws IllegalArgumentException if the value does not fit the column
     */
    public static AttributeValue toAttribute(Object value, ColumnType type, String column) {
        if (value == null) {
            return null;
        }
        switch (type) {
            case JSON:
                return Json.parse(value.toString());
            case VARCHAR:
                return AttributeValue.fromS(value.toString());
            case BIGINT:
            case DECIMAL:
                return AttributeValue.fromN(number(value, column));
            case BOOLEAN:
                if (value instanceof Boolean b) {
                    return AttributeValue.fromBool(b);
                }
                throw new IllegalArgumentException("Column " + column + " takes BOOLEAN values, not " + value);
            case VARBINARY:
                return AttributeValue.fromB(bytes(value, column));
            default:
                throw new IllegalStateException(type.toString());
        }
    }

    /** The key attribute value for a SQL value compared with a key column; null if it cannot be one. */
    public static AttributeValue toKey(Object value, ScalarAttributeType keyType) {
        if (value == null) {
            return null;
        }
        switch (keyType) {
            case S:
                return value instanceof String s ? AttributeValue.fromS(s)
                        : value instanceof Character c ? AttributeValue.fromS(c.toString()) : null;
            case N:
                if (value instanceof Number || value instanceof String) {
                    try {
                        return AttributeValue.fromN(number(value, "key"));
                    } catch (IllegalArgumentException e) {
                        return null;
                    }
                }
                return null;
            case B:
                if (value instanceof ByteString || value instanceof byte[]) {
                    return AttributeValue.fromB(bytes(value, "key"));
                }
                return null;
            default:
                return null;
        }
    }

    private static BigDecimal number(Object value, String column) {
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof Number n) {
            double d = n.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new IllegalArgumentException("Column " + column + " cannot hold " + value);
            }
            return new BigDecimal(n.toString());
        }
        try {
            return new BigDecimal(value.toString().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Column " + column + " takes numbers, not '" + value + "'");
        }
    }

    private static byte[] bytes(Object value, String column) {
        if (value instanceof ByteString b) {
            return b.getBytes();
        }
        if (value instanceof byte[] b) {
            return b;
        }
        throw new IllegalArgumentException("Column " + column + " takes VARBINARY values");
    }
}
