package dev.tidemark.engine.internal.expr;

import dev.tidemark.engine.internal.value.Values;
import dev.tidemark.engine.model.AttributeValue;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Evaluates resolved condition trees against an item with DynamoDB's "missing" semantics (sections
 * 1.9, 4.5, 4.6): a path that does not resolve yields {@code null}, and comparisons involving it are
 * false (or true for {@code <>}). Never throws for validated trees.
 */
final class Evaluator {
    private Evaluator() {
    }

    /** Reads a document path; {@code null} when any step is missing or of the wrong container type. */
    static AttributeValue get(Map<String, AttributeValue> item, Ast.Path path) {
        if (item == null) {
            return null;
        }
        List<Ast.Elem> elems = path.elems();
        AttributeValue cur = item.get(((Ast.Name) elems.get(0)).name());
        for (int i = 1; i < elems.size() && cur != null; i++) {
            cur = step(cur, elems.get(i));
        }
        return cur;
    }

    /** One path step into a container, or {@code null}. */
    static AttributeValue step(AttributeValue container, Ast.Elem e) {
        if (e instanceof Ast.Name n) {
            return container.type() == AttributeValue.Type.M ? container.m().get(n.name()) : null;
        }
        int idx = ((Ast.Index) e).index();
        if (container.type() != AttributeValue.Type.L) {
            return null;
        }
        List<AttributeValue> l = container.l();
        return idx < l.size() ? l.get(idx) : null;
    }

    /** The value of an operand, or {@code null} when missing (or when size() does not apply). */
    static AttributeValue value(Ast.Node n, Map<String, AttributeValue> item) {
        if (n instanceof Ast.Path p) {
            return get(item, p);
        }
        if (n instanceof Ast.Literal lit) {
            return lit.value();
        }
        if (n instanceof Ast.Size s) {
            AttributeValue v = value(s.arg(), item);
            if (v == null) {
                return null;
            }
            return switch (v.type()) {
                case S -> AttributeValue.fromN(Values.utf8Length(v.s()));
                case B -> AttributeValue.fromN(v.bytesUnsafe().length);
                case SS, NS -> AttributeValue.fromN(v.ss().size());
                case BS -> AttributeValue.fromN(v.bsUnsafe().size());
                case L -> AttributeValue.fromN(v.l().size());
                case M -> AttributeValue.fromN(v.m().size());
                default -> null;
            };
        }
        throw new IllegalStateException("not an operand: " + n);
    }

    /** Evaluates a condition; {@code item} may be null (all attributes missing). */
    static boolean test(Ast.Node n, Map<String, AttributeValue> item) {
        if (n instanceof Ast.And a) {
            return test(a.left(), item) && test(a.right(), item);
        } else if (n instanceof Ast.Or o) {
            return test(o.left(), item) || test(o.right(), item);
        } else if (n instanceof Ast.Not x) {
            return !test(x.cond(), item);
        } else if (n instanceof Ast.Compare c) {
            return compare(c.op(), value(c.left(), item), value(c.right(), item));
        } else if (n instanceof Ast.Between b) {
            AttributeValue v = value(b.value(), item);
            return compare(Ast.CmpOp.GE, v, value(b.low(), item)) && compare(Ast.CmpOp.LE, v, value(b.high(), item));
        } else if (n instanceof Ast.In in) {
            AttributeValue v = value(in.value(), item);
            if (v == null) {
                return false;
            }
            for (Ast.Node e : in.list()) {
                if (v.equals(value(e, item))) {
                    return true;
                }
            }
            return false;
        } else if (n instanceof Ast.Func f) {
            return function(f, item);
        }
        throw new IllegalStateException("not a condition: " + n);
    }

    /** A comparison with the table of section 4.5. */
    static boolean compare(Ast.CmpOp op, AttributeValue a, AttributeValue b) {
        if (op == Ast.CmpOp.EQ) {
            return a != null && a.equals(b);
        }
        if (op == Ast.CmpOp.NE) {
            return a == null || !a.equals(b);
        }
        if (a == null || b == null || a.type() != b.type() || !Values.isOrdered(a)) {
            return false;
        }
        int c = Values.compareScalars(a, b);
        return switch (op) {
            case LT -> c < 0;
            case LE -> c <= 0;
            case GT -> c > 0;
            default -> c >= 0;
        };
    }

    private static boolean function(Ast.Func f, Map<String, AttributeValue> item) {
        List<Ast.Node> args = f.args();
        AttributeValue a = value(args.get(0), item);
        switch (f.name()) {
            case "attribute_exists":
                return a != null;
            case "attribute_not_exists":
                return a == null;
            case "attribute_type": {
                AttributeValue t = value(args.get(1), item);
                return a != null && a.type().name().equals(t.s());
            }
            case "begins_with": {
                AttributeValue p = value(args.get(1), item);
                if (a == null || p == null || a.type() != p.type()) {
                    return false;
                }
                if (a.type() == AttributeValue.Type.S) {
                    return a.s().startsWith(p.s());
                }
                if (a.type() == AttributeValue.Type.B) {
                    byte[] x = a.bytesUnsafe();
                    byte[] y = p.bytesUnsafe();
                    return y.length <= x.length && Arrays.equals(x, 0, y.length, y, 0, y.length);
                }
                return false;
            }
            case "contains":
                return contains(a, value(args.get(1), item));
            default:
                throw new IllegalStateException("unknown function " + f.name());
        }
    }

    private static boolean contains(AttributeValue a, AttributeValue b) {
        if (a == null || b == null) {
            return false;
        }
        switch (a.type()) {
            case S:
                return b.type() == AttributeValue.Type.S && a.s().contains(b.s());
            case B:
                return b.type() == AttributeValue.Type.B && indexOf(a.bytesUnsafe(), b.bytesUnsafe());
            case SS:
                return b.type() == AttributeValue.Type.S && a.ss().contains(b.s());
            case NS:
                return b.type() == AttributeValue.Type.N && a.ns().contains(b.n());
            case BS:
                if (b.type() != AttributeValue.Type.B) {
                    return false;
                }
                for (byte[] e : a.bsUnsafe()) {
                    if (Arrays.equals(e, b.bytesUnsafe())) {
                        return true;
                    }
                }
                return false;
            case L:
                return a.l().contains(b);
            default:
                return false;
        }
    }

    private static boolean indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
