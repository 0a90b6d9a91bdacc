package dev.tidemark.engine.internal.expr;

import dev.tidemark.engine.internal.value.Values;
import dev.tidemark.engine.model.AttributeValue;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Checks of a resolved condition tree that need the request's values but not the item (sections
 * 4.4 to 4.6): distinct operands, operand types of {@code :value}s, BETWEEN bounds, attribute type names.
 * After these pass, evaluating the condition never fails.
 */
final class ConditionChecks {
    private static final Set<String> TYPE_NAMES = Set.of("S", "SS", "N", "NS", "B", "BS", "BOOL", "NULL", "L", "M");

    private final ExprKind kind;

    private ConditionChecks(ExprKind kind) {
        this.kind = kind;
    }

    /** Validates {@code n}, throwing the first problem found. */
    static void check(ExprKind kind, Ast.Node n) {
        new ConditionChecks(kind).visit(n);
    }

    /** Calls {@code sink} for every document path in the tree. */
    static void forEachPath(Ast.Node n, Consumer<Ast.Path> sink) {
        if (n instanceof Ast.Path p) {
            sink.accept(p);
        } else if (n instanceof Ast.Size s) {
            forEachPath(s.arg(), sink);
        } else if (n instanceof Ast.Compare c) {
            forEachPath(c.left(), sink);
            forEachPath(c.right(), sink);
        } else if (n instanceof Ast.Between b) {
            forEachPath(b.value(), sink);
            forEachPath(b.low(), sink);
            forEachPath(b.high(), sink);
        } else if (n instanceof Ast.In in) {
            forEachPath(in.value(), sink);
            in.list().forEach(x -> forEachPath(x, sink));
        } else if (n instanceof Ast.Func f) {
            f.args().forEach(x -> forEachPath(x, sink));
        } else if (n instanceof Ast.And a) {
            forEachPath(a.left(), sink);
            forEachPath(a.right(), sink);
        } else if (n instanceof Ast.Or o) {
            forEachPath(o.left(), sink);
            forEachPath(o.right(), sink);
        } else if (n instanceof Ast.Not x) {
            forEachPath(x.cond(), sink);
        }
    }

    private void visit(Ast.Node n) {
        if (n instanceof Ast.Compare c) {
            distinct(c.op().symbol, c.left(), List.of(c.right()));
            operand(c.left());
            operand(c.right());
            if (c.op() != Ast.CmpOp.EQ && c.op() != Ast.CmpOp.NE) {
                ordered(c.op().symbol, c.left());
                ordered(c.op().symbol, c.right());
            }
        } else if (n instanceof Ast.Between b) {
            distinct("BETWEEN", b.value(), List.of(b.low(), b.high()));
            operand(b.value());
            operand(b.low());
            operand(b.high());
            ordered("BETWEEN", b.value());
            ordered("BETWEEN", b.low());
            ordered("BETWEEN", b.high());
            if (b.low() instanceof Ast.Literal lo && b.high() instanceof Ast.Literal hi) {
                String bounds = "lower bound operand: AttributeValue: " + brief(lo.value())
                    + ", upper bound operand: AttributeValue: " + brief(hi.value());
                if (lo.value().type() != hi.value().type()) {
                    throw kind.error("The BETWEEN operator requires same data type for lower and upper bounds; " + bounds);
                }
                if (Values.compareScalars(lo.value(), hi.value()) > 0) {
                    throw kind.error("The BETWEEN operator requires upper bound to be greater than or equal to lower "
                        + "bound; " + bounds);
                }
            }
        } else if (n instanceof Ast.In in) {
            distinct("IN", in.value(), in.list());
            operand(in.value());
            in.list().forEach(this::operand);
        } else if (n instanceof Ast.Func f) {
            function(f);
        } else if (n instanceof Ast.And a) {
            visit(a.left());
            visit(a.right());
        } else if (n instanceof Ast.Or o) {
            visit(o.left());
            visit(o.right());
        } else if (n instanceof Ast.Not x) {
            visit(x.cond());
        }
    }

    private void function(Ast.Func f) {
        switch (f.name()) {
            case "attribute_type" -> {
                Ast.Node t = f.args().get(1);
                if (!(t instanceof Ast.Literal lit)) {
                    throw kind.error("Incorrect operand type for operator or function; operator or function: "
                        + "attribute_type, operand type: PATH");
                }
                if (lit.value().type() != AttributeValue.Type.S) {
                    throw wrongType("attribute_type", lit.value());
                }
                if (!TYPE_NAMES.contains(lit.value().s())) {
                    throw kind.error("Invalid attribute type name found; type: " + lit.value().s()
                        + ", valid types: {B,NULL,SS,BOOL,L,BS,N,NS,S,M}");
                }
                operand(f.args().get(0));
            }
            case "begins_with" -> {
                distinct(f.name(), f.args().get(0), f.args().subList(1, 2));
                for (Ast.Node a : f.args()) {
                    operand(a);
                    AttributeValue v = staticValue(a);
                    if (v != null && v.type() != AttributeValue.Type.S && v.type() != AttributeValue.Type.B) {
                        throw wrongType(f.name(), v);
                    }
                }
            }
            case "contains" -> {
                distinct(f.name(), f.args().get(0), f.args().subList(1, 2));
                f.args().forEach(this::operand);
            }
            default -> f.args().forEach(this::operand);
        }
    }

    /** Checks a size() operand: size of a number, boolean or null {@code :value} is an error. */
    private void operand(Ast.Node n) {
        if (n instanceof Ast.Size s) {
            operand(s.arg());
            if (s.arg() instanceof Ast.Literal lit) {
                AttributeValue.Type t = lit.value().type();
                if (t == AttributeValue.Type.N || t == AttributeValue.Type.BOOL || t == AttributeValue.Type.NULL) {
                    throw wrongType("size", lit.value());
                }
            }
        }
    }

    /** A value known before reading the item: a literal, or the size of a literal. */
    static AttributeValue staticValue(Ast.Node n) {
        if (n instanceof Ast.Literal lit) {
            return lit.value();
        }
        if (n instanceof Ast.Size s && s.arg() instanceof Ast.Literal) {
            return Evaluator.value(n, null);
        }
        return null;
    }

    private void ordered(String op, Ast.Node n) {
        AttributeValue v = staticValue(n);
        if (v != null && !Values.isOrdered(v)) {
            throw wrongType(op, v);
        }
    }

    private void distinct(String op, Ast.Node first, List<Ast.Node> rest) {
        if (!(first instanceof Ast.Path) && !(first instanceof Ast.Literal)) {
            return;
        }
        for (Ast.Node r : rest) {
            if (first.equals(r)) {
                String shown = first instanceof Ast.Literal lit ? lit.ref() : first.toString();
                throw kind.error("The first operand must be distinct from the remaining operands for this operator or "
                    + "function; operator: " + op + ", first operand: " + shown);
            }
        }
    }

    private RuntimeException wrongType(String op, AttributeValue v) {
        return kind.error("Incorrect operand type for operator or function; operator or function: " + op
            + ", operand type: " + v.type());
    }

    /** DynamoDB's short rendering of a bound in BETWEEN messages, for example {@code {N:5}}. */
    private static String brief(AttributeValue v) {
        String inner = switch (v.type()) {
            case S -> v.s();
            case N -> v.n();
            default -> v.toString();
        };
        return "{" + v.type() + ":" + inner + "}";
    }
}
