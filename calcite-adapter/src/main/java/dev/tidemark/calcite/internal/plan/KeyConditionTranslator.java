package dev.tidemark.calcite.internal.plan;

import dev.tidemark.calcite.internal.schema.IndexShape;
import dev.tidemark.calcite.internal.schema.TableShape;
import dev.tidemark.calcite.internal.schema.Values;
import dev.tidemark.engine.model.ScalarAttributeType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.calcite.avatica.util.ByteString;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexDynamicParam;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexUtil;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.type.SqlTypeFamily;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Turns a filter condition on a table's columns into the best access path and the part of the
 * condition that the path does not enforce. Candidates are ranked as GetItem &gt; Query on the table
 * &gt; Query on an index &gt; Scan. Column references are input fields, mapped to table ordinals.
 */
public final class KeyConditionTranslator {

    /** The chosen path and the conjuncts left for Calcite to evaluate. */
    public record Result(AccessPath access, List<RexNode> leftover) {
    }

    /** One conjunct that constrains one key column. */
    private record Term(RexNode conjunct, String column, String op, List<Operand> values) {
    }

    private final TableShape shape;
    private final RexBuilder rexBuilder;
    private final int[] fieldToTable;
    private final String forcedIndex;

    /**
     * Creates a translator for one table.
     *
     * @param fieldToTable the table ordinal of each input field of the condition
     */
    public KeyConditionTranslator(TableShape shape, RexBuilder rexBuilder, int[] fieldToTable) {
        this(shape, rexBuilder, fieldToTable, null);
    }

    /**
     * Creates a translator that may use only {@code forcedIndex} (null: any path).
     *
     * @param fieldToTable the table ordinal of each input field of the condition
     */
    public KeyConditionTranslator(TableShape shape, RexBuilder rexBuilder, int[] fieldToTable, String forcedIndex) {
        this.shape = shape;
        this.rexBuilder = rexBuilder;
        this.fieldToTable = fieldToTable.clone();
        this.forcedIndex = forcedIndex;
    }

    /** Translates {@code condition}. */
    public Result translate(RexNode condition) {
        RexNode expanded = RexUtil.expandSearch(rexBuilder, null, condition);
        List<RexNode> conjuncts = RelOptUtil.conjunctions(expanded);
        List<Term> terms = new ArrayList<>();
        for (RexNode c : conjuncts) {
            Term t = term(c);
            if (t != null) {
                terms.add(t);
            }
        }
        // the table's own key
        Result best = forcedIndex != null ? null : candidate(conjuncts, terms, null, shape.partitionKey(),
                shape.partitionKeyType(), shape.sortKey(), shape.sortKeyType());
        if (best != null) {
            return best;
        }
        Result indexBest = null;
        for (IndexShape i : shape.indexes()) {
            if (!i.active() || forcedIndex != null && !forcedIndex.equals(i.name())) {
                continue;
            }
            Result r = candidate(conjuncts, terms, i, i.partitionKey(), i.partitionKeyType(), i.sortKey(), i.sortKeyType());
            if (r != null && (indexBest == null
                    || indexBest.access().sortCondition() == null && r.access().sortCondition() != null)) {
                indexBest = r;
            }
        }
        if (indexBest != null) {
            return indexBest;
        }
        return new Result(forcedIndex == null ? AccessPath.SCAN : AccessPath.indexScan(forcedIndex), conjuncts);
    }

    private Result candidate(List<RexNode> conjuncts, List<Term> terms, IndexShape index, String pk,
            ScalarAttributeType pkType, String sk, ScalarAttributeType skType) {
        Term pkTerm = null;
        for (Term t : terms) {
            if (t.column.equals(pk) && (t.op.equals("=") || t.op.equals("IN")) && fits(t, pkType)) {
                if (pkTerm == null || pkTerm.op.equals("IN") && t.op.equals("=")) {
                    pkTerm = t;
                }
            }
        }
        if (pkTerm == null) {
            return null;
        }
        Set<RexNode> used = new LinkedHashSet<>();
        used.add(pkTerm.conjunct);
        AccessPath.SortCondition cond = null;
        boolean exact = true;
        if (sk != null) {
            Term eq = null;
            Term lower = null;
            Term upper = null;
            Term prefix = null;
            for (Term t : terms) {
                if (!t.column.equals(sk) || !fits(t, skType)) {
                    continue;
                }
                switch (t.op) {
                    case "=" -> eq = eq == null ? t : eq;
                    case ">", ">=" -> lower = lower == null ? t : lower;
                    case "<", "<=" -> upper = upper == null ? t : upper;
                    case "begins_with" -> prefix = prefix == null && skType != ScalarAttributeType.N ? t : prefix;
                    default -> { }
                }
            }
            if (eq != null) {
                cond = new AccessPath.SortCondition("=", eq.values.get(0), null);
                used.add(eq.conjunct);
            } else if (lower != null && upper != null) {
                cond = new AccessPath.SortCondition("BETWEEN", lower.values.get(0), upper.values.get(0));
                if (lower.op.equals(">=") && upper.op.equals("<=")) {
                    used.add(lower.conjunct);
                    used.add(upper.conjunct);
                } else {
                    exact = false;
                }
            } else if (lower != null || upper != null) {
                Term t = lower != null ? lower : upper;
                cond = new AccessPath.SortCondition(t.op, t.values.get(0), null);
                used.add(t.conjunct);
            } else if (prefix != null) {
                cond = new AccessPath.SortCondition("begins_with", prefix.values.get(0), null);
                used.add(prefix.conjunct);
            }
        }
        AccessPath.Kind kind;
        if (index != null) {
            kind = AccessPath.Kind.INDEX_QUERY;
        } else if (sk == null || cond != null && cond.op().equals("=")) {
            kind = AccessPath.Kind.GET;
        } else {
            kind = AccessPath.Kind.QUERY;
        }
        AccessPath path = new AccessPath(kind, index == null ? null : index.name(), pk, pkType, pkTerm.values, sk,
                skType, cond);
        List<RexNode> leftover = new ArrayList<>();
        for (RexNode c : conjuncts) {
            // an index may lag or need a fetch from the table, so its key conditions are checked again
            if (!used.contains(c) || index != null || !exact && !c.equals(pkTerm.conjunct)) {
                leftover.add(c);
            }
        }
        return new Result(path, leftover);
    }

    /** Whether every literal of a term converts to the key's type. */
    private static boolean fits(Term t, ScalarAttributeType type) {
        for (Operand o : t.values) {
            if (!o.isParam() && Values.toKey(o.literal(), type) == null) {
                return false;
            }
        }
        return true;
    }

    private Term term(RexNode c) {
        switch (c.getKind()) {
            case EQUALS, LESS_THAN, LESS_THAN_OR_EQUAL, GREATER_THAN, GREATER_THAN_OR_EQUAL: {
                RexCall call = (RexCall) c;
                String col = column(call.operands.get(0));
                Operand v = operand(call.operands.get(1));
                SqlKind kind = c.getKind();
                if (col == null || v == null) {
                    col = column(call.operands.get(1));
                    v = operand(call.operands.get(0));
                    kind = kind.reverse();
                }
                if (col == null || v == null) {
                    return null;
                }
                String op = switch (kind) {
                    case EQUALS -> "=";
                    case LESS_THAN -> "<";
                    case LESS_THAN_OR_EQUAL -> "<=";
                    case GREATER_THAN -> ">";
                    default -> ">=";
                };
                return new Term(c, col, op, List.of(v));
            }
            case OR: {
                String col = null;
                Set<Operand> values = new LinkedHashSet<>();
                for (RexNode d : ((RexCall) c).operands) {
                    Term t = d.getKind() == SqlKind.EQUALS ? term(d) : null;
                    if (t == null || col != null && !col.equals(t.column)) {
                        return null;
                    }
                    col = t.column;
                    values.addAll(t.values);
                }
                return col == null ? null : new Term(c, col, "IN", new ArrayList<>(values));
            }
            case LIKE: {
                RexCall call = (RexCall) c;
                if (call.operands.size() != 2 || !(call.operands.get(1) instanceof RexLiteral lit)) {
                    return null;
                }
                String col = column(call.operands.get(0));
                String pattern = lit.getValueAs(String.class);
                if (col == null || pattern == null || !pattern.endsWith("%") || pattern.length() < 2) {
                    return null;
                }
                String prefix = pattern.substring(0, pattern.length() - 1);
                if (prefix.contains("%") || prefix.contains("_") || prefix.contains("\\")) {
                    return null;
                }
                return new Term(c, col, "begins_with", List.of(Operand.literal(prefix)));
            }
            default:
                return null;
        }
    }

    /** The key column a side of a comparison refers to, or null. */
    private String column(RexNode n) {
        RexNode e = n;
        if (e.getKind() == SqlKind.CAST) {
            RexNode inner = ((RexCall) e).operands.get(0);
            if (!sameFamily(inner, e)) {
                return null;
            }
            e = inner;
        }
        if (!(e instanceof RexInputRef ref) || ref.getIndex() >= fieldToTable.length) {
            return null;
        }
        String name = shape.columns().get(fieldToTable[ref.getIndex()]).name();
        return shape.keyAttributeType(name) == null ? null : name;
    }

    private static boolean sameFamily(RexNode a, RexNode b) {
        SqlTypeFamily fa = a.getType().getSqlTypeName().getFamily();
        SqlTypeFamily fb = b.getType().getSqlTypeName().getFamily();
        return fa != null && fa == fb && (fa == SqlTypeFamily.NUMERIC || fa == SqlTypeFamily.CHARACTER
                || fa == SqlTypeFamily.BINARY);
    }

    /** A literal or bind parameter, possibly under a cast, or null. */
    private static Operand operand(RexNode n) {
        RexNode e = n;
        while (e.getKind() == SqlKind.CAST) {
            e = ((RexCall) e).operands.get(0);
        }
        if (e instanceof RexDynamicParam p) {
            return Operand.param(p.getIndex());
        }
        if (e instanceof RexLiteral lit && !lit.isNull()) {
            SqlTypeName t = lit.getTypeName();
            if (SqlTypeName.CHAR_TYPES.contains(t)) {
                return Operand.literal(lit.getValueAs(String.class));
            }
            if (SqlTypeName.NUMERIC_TYPES.contains(t)) {
                return Operand.literal(lit.getValueAs(BigDecimal.class));
            }
            if (SqlTypeName.BINARY_TYPES.contains(t)) {
                return Operand.literal(lit.getValueAs(ByteString.class));
            }
        }
        return null;
    }
}
