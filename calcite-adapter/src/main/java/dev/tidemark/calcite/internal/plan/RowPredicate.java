package dev.tidemark.calcite.internal.plan;

import dev.tidemark.calcite.TidemarkSqlException;
import dev.tidemark.calcite.internal.schema.Column;
import dev.tidemark.calcite.internal.schema.ColumnType;
import dev.tidemark.calcite.internal.schema.TableShape;
import dev.tidemark.calcite.internal.schema.Values;
import dev.tidemark.engine.model.AttributeValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.calcite.DataContext;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexDynamicParam;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.type.SqlTypeFamily;

/**
 * A filter evaluated inside a read, on each item before it becomes a row: comparisons of a column with a
 * literal or a {@code ?} parameter, IS [NOT] NULL, combined with AND, OR and NOT, with SQL's three-valued
 * logic. Only what it evaluates exactly as Calcite would is converted (see {@link #of}); the rest of a
 * condition stays in a Calcite filter. Evaluating here saves building rows that are dropped, and keeps
 * literals out of generated code, so statements that differ only in literals share compiled code.
 * Column references are table ordinals. Immutable.
 */
public abstract class RowPredicate {

    RowPredicate() {
    }

    /**
     * Converts a condition on a read's fields, or returns null when some part cannot be evaluated here.
     *
     * @param fieldToTable the table ordinal of each input field
     */
    public static RowPredicate of(RexNode n, TableShape shape, int[] fieldToTable) {
        switch (n.getKind()) {
            case AND, OR -> {
                List<RowPredicate> parts = new ArrayList<>();
                for (RexNode o : ((RexCall) n).getOperands()) {
                    RowPredicate p = of(o, shape, fieldToTable);
                    if (p == null) {
                        return null;
                    }
                    parts.add(p);
                }
                return new Junction(n.getKind() == SqlKind.AND, parts);
            }
            case NOT -> {
                RowPredicate p = of(((RexCall) n).getOperands().get(0), shape, fieldToTable);
                return p == null ? null : new Not(p);
            }
            case IS_NULL, IS_NOT_NULL -> {
                RexNode o = ((RexCall) n).getOperands().get(0);
                if (!(o instanceof RexInputRef ref)) {
                    return null;
                }
                int col = fieldToTable[ref.getIndex()];
                if (shape.columns().get(col).role() == Column.Role.ITEM) {
                    return null;
                }
                return new IsNull(col, n.getKind() == SqlKind.IS_NOT_NULL);
            }
            case EQUALS, NOT_EQUALS, LESS_THAN, LESS_THAN_OR_EQUAL, GREATER_THAN, GREATER_THAN_OR_EQUAL -> {
                RexNode a = ((RexCall) n).getOperands().get(0);
                RexNode b = ((RexCall) n).getOperands().get(1);
                SqlKind k = n.getKind();
                if (!(a instanceof RexInputRef) && b instanceof RexInputRef) {
                    RexNode t = a;
                    a = b;
                    b = t;
                    k = k.reverse();
                }
                if (!(a instanceof RexInputRef ref)) {
                    return null;
                }
                int col = fieldToTable[ref.getIndex()];
                Column c = shape.columns().get(col);
                Family f = family(c.type());
                if (f == null || c.role() == Column.Role.ITEM) {
                    return null;
                }
                if (f == Family.BOOLEAN && k != SqlKind.EQUALS && k != SqlKind.NOT_EQUALS) {
                    return null;
                }
                Operand operand;
                if (b instanceof RexDynamicParam p) {
                    operand = Operand.param(p.getIndex());
                } else if (b instanceof RexLiteral lit && !lit.isNull()) {
                    SqlTypeFamily lf = lit.getType().getSqlTypeName().getFamily();
                    Object v = switch (f) {
                        case NUMBER -> lf == SqlTypeFamily.NUMERIC ? lit.getValueAs(BigDecimal.class) : null;
                        case STRING -> lf == SqlTypeFamily.CHARACTER ? lit.getValueAs(String.class) : null;
                        case BOOLEAN -> lf == SqlTypeFamily.BOOLEAN ? lit.getValueAs(Boolean.class) : null;
                    };
                    if (v == null) {
                        return null;
                    }
                    operand = Operand.literal(v);
                } else {
                    return null;
                }
                return new Compare(col, k, operand, f);
            }
            default -> {
                return null;
            }
        }
    }

    /** The kinds of values a comparison can handle. */
    enum Family { NUMBER, STRING, BOOLEAN }

    private static Family family(ColumnType t) {
        return switch (t) {
            case BIGINT, DECIMAL -> Family.NUMBER;
            case VARCHAR, JSON -> Family.STRING;
            case BOOLEAN -> Family.BOOLEAN;
            default -> null;
        };
    }

    /** The predicate as text, naming column {@code i} by {@code name.apply(i)}. */
    public abstract String text(java.util.function.IntFunction<String> name);

    @Override
    public String toString() {
        return text(i -> "$" + i);
    }

    /** This predicate with its parameters resolved for one execution. */
    public abstract Bound bind(DataContext root, List<Column> columns);

    /** A predicate ready to test items. */
    public interface Bound {
        /** TRUE, FALSE or null (UNKNOWN) for an item. */
        Boolean test(Map<String, AttributeValue> item);

        /** Whether the item passes the filter (UNKNOWN does not). */
        default boolean accepts(Map<String, AttributeValue> item) {
            return Boolean.TRUE.equals(test(item));
        }
    }

    /** AND or OR. */
    static final class Junction extends RowPredicate {
        private final boolean and;
        private final List<RowPredicate> parts;

        Junction(boolean and, List<RowPredicate> parts) {
            this.and = and;
            this.parts = List.copyOf(parts);
        }

        @Override
        public Bound bind(DataContext root, List<Column> columns) {
            Bound[] b = new Bound[parts.size()];
            for (int i = 0; i < b.length; i++) {
                b[i] = parts.get(i).bind(root, columns);
            }
            return item -> {
                boolean unknown = false;
                for (Bound p : b) {
                    Boolean r = p.test(item);
                    if (r == null) {
                        unknown = true;
                    } else if (r != and) {
                        return r;
                    }
                }
                return unknown ? null : and;
            };
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Junction j && j.and == and && j.parts.equals(parts);
        }

        @Override
        public int hashCode() {
            return Objects.hash(and, parts);
        }

        @Override
        public String text(java.util.function.IntFunction<String> name) {
            List<String> s = new ArrayList<>();
            parts.forEach(p -> s.add(p instanceof Junction ? "(" + p.text(name) + ")" : p.text(name)));
            return String.join(and ? " AND " : " OR ", s);
        }
    }

    /** NOT. */
    static final class Not extends RowPredicate {
        private final RowPredicate p;

        Not(RowPredicate p) {
            this.p = p;
        }

        @Override
        public Bound bind(DataContext root, List<Column> columns) {
            Bound b = p.bind(root, columns);
            return item -> {
                Boolean r = b.test(item);
                return r == null ? null : !r;
            };
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Not n && n.p.equals(p);
        }

        @Override
        public int hashCode() {
            return p.hashCode() * 31 + 7;
        }

        @Override
        public String text(java.util.function.IntFunction<String> name) {
            return "NOT (" + p.text(name) + ")";
        }
    }

    /** IS [NOT] NULL. */
    static final class IsNull extends RowPredicate {
        private final int column;
        private final boolean negated;

        IsNull(int column, boolean negated) {
            this.column = column;
            this.negated = negated;
        }

        @Override
        public Bound bind(DataContext root, List<Column> columns) {
            Column c = columns.get(column);
            return item -> (Values.toSql(item.get(c.name()), c.type()) == null) != negated;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof IsNull n && n.column == column && n.negated == negated;
        }

        @Override
        public int hashCode() {
            return column * 2 + (negated ? 1 : 0);
        }

        @Override
        public String text(java.util.function.IntFunction<String> name) {
            return name.apply(column) + (negated ? " IS NOT NULL" : " IS NULL");
        }
    }

    /** column op value. */
    static final class Compare extends RowPredicate {
        private final int column;
        private final SqlKind op;
        private final Operand operand;
        private final Family family;

        Compare(int column, SqlKind op, Operand operand, Family family) {
            this.column = column;
            this.op = op;
            this.operand = operand;
            this.family = family;
        }

        @Override
        public Bound bind(DataContext root, List<Column> columns) {
            Column c = columns.get(column);
            Object v = operand.resolve(root);
            if (v == null) {
                return item -> null;
            }
            String name = c.name();
            ColumnType type = c.type();
            switch (family) {
                case NUMBER -> {
                    BigDecimal d = number(v);
                    if (type == ColumnType.BIGINT && isLong(d)) {
                        long l = d.longValueExact();
                        return item -> {
                            Object x = Values.toSql(item.get(name), type);
                            return x == null ? null : holds(Long.compare((Long) x, l));
                        };
                    }
                    return item -> {
                        Object x = Values.toSql(item.get(name), type);
                        if (x == null) {
                            return null;
                        }
                        BigDecimal xd = x instanceof BigDecimal b ? b : BigDecimal.valueOf((Long) x);
                        return holds(xd.compareTo(d));
                    };
                }
                case STRING -> {
                    String s = v.toString();
                    return item -> {
                        Object x = Values.toSql(item.get(name), type);
                        return x == null ? null : holds(((String) x).compareTo(s));
                    };
                }
                default -> {
                    Boolean want = v instanceof Boolean b ? b : Boolean.valueOf(v.toString().trim().equalsIgnoreCase("true"));
                    return item -> {
                        Object x = Values.toSql(item.get(name), type);
                        return x == null ? null : holds(x.equals(want) ? 0 : 1);
                    };
                }
            }
        }

        private static boolean isLong(BigDecimal d) {
            try {
                d.longValueExact();
                return true;
            } catch (ArithmeticException e) {
                return false;
            }
        }

        private static BigDecimal number(Object v) {
            if (v instanceof BigDecimal d) {
                return d;
            }
            if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
                return BigDecimal.valueOf(((Number) v).longValue());
            }
            try {
                return new BigDecimal(v.toString().trim());
            } catch (NumberFormatException e) {
                throw new TidemarkSqlException("22018", null, "Not a number: '" + v + "'", e);
            }
        }

        private Boolean holds(int cmp) {
            return switch (op) {
                case EQUALS -> cmp == 0;
                case NOT_EQUALS -> cmp != 0;
                case LESS_THAN -> cmp < 0;
                case LESS_THAN_OR_EQUAL -> cmp <= 0;
                case GREATER_THAN -> cmp > 0;
                default -> cmp >= 0;
            };
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Compare c && c.column == column && c.op == op && c.operand.equals(operand);
        }

        @Override
        public int hashCode() {
            return Objects.hash(column, op, operand);
        }

        @Override
        public String text(java.util.function.IntFunction<String> name) {
            String sym = switch (op) {
                case EQUALS -> "=";
                case NOT_EQUALS -> "<>";
                case LESS_THAN -> "<";
                case LESS_THAN_OR_EQUAL -> "<=";
                case GREATER_THAN -> ">";
                default -> ">=";
            };
            return name.apply(column) + " " + sym + " " + operand;
        }
    }
}
