package dev.tidemark.calcite.internal.plan;

import java.util.Objects;
import org.apache.calcite.DataContext;
import org.apache.calcite.avatica.util.ByteString;

/**
 * A value in a pushed condition: a literal known at plan time, or a {@code ?} bind parameter read from
 * the statement's data context when it runs.
 */
public final class Operand {
    private final Object literal;
    private final int param;

    private Operand(Object literal, int param) {
        this.literal = literal;
        this.param = param;
    }

    /** A literal value. */
    public static Operand literal(Object value) {
        return new Operand(value, -1);
    }

    /** The bind parameter with the given zero-based index. */
    public static Operand param(int index) {
        return new Operand(null, index);
    }

    /** The value when the statement runs. */
    public Object resolve(DataContext root) {
        return param < 0 ? literal : root.get("?" + param);
    }

    /** Whether this is a bind parameter. */
    public boolean isParam() {
        return param >= 0;
    }

    /** The literal value (null for a parameter). */
    public Object literal() {
        return literal;
    }

    @Override
    public String toString() {
        if (param >= 0) {
            return "?" + param;
        }
        if (literal instanceof String s) {
            return "'" + s.replace("'", "''") + "'";
        }
        if (literal instanceof ByteString b) {
            return "X'" + b.toString() + "'";
        }
        if (literal instanceof java.math.BigDecimal d) {
            return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
        }
        return String.valueOf(literal);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Operand other && param == other.param && Objects.equals(literal, other.literal);
    }

    @Override
    public int hashCode() {
        return Objects.hash(literal, param);
    }
}
