package dev.tidemark.engine.internal.expr;

import dev.tidemark.engine.ValidationException;
import dev.tidemark.engine.internal.value.Values;
import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.engine.model.ScalarAttributeType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A validated KeyConditionExpression (section 4.7): the partition key value and an optional sort condition. */
public final class KeyCondition {
    /** Sort key operators. */
    public enum SortOp {
        /** {@code sk = v}. */ EQ,
        /** {@code sk < v}. */ LT,
        /** {@code sk <= v}. */ LE,
        /** {@code sk > v}. */ GT,
        /** {@code sk >= v}. */ GE,
        /** {@code sk BETWEEN v1 AND v2}. */ BETWEEN,
        /** {@code begins_with(sk, v)}. */ BEGINS_WITH
    }

    private static final String NOT_SUPPORTED = "Query key condition not supported";

    private final AttributeValue hashValue;
    private final SortOp sortOp;
    private final AttributeValue sortValue1;
    private final AttributeValue sortValue2;

    private KeyCondition(AttributeValue hashValue, SortOp sortOp, AttributeValue v1, AttributeValue v2) {
        this.hashValue = hashValue;
        this.sortOp = sortOp;
        this.sortValue1 = v1;
        this.sortValue2 = v2;
    }

    /** The partition key value. */
    public AttributeValue hashValue() {
        return hashValue;
    }

    /** The sort key operator, or {@code null} when only the partition key is constrained. */
    public SortOp sortOp() {
        return sortOp;
    }

    /** The value for EQ LT LE GT GE BEGINS_WITH, and the lower bound of BETWEEN. */
    public AttributeValue sortValue1() {
        return sortValue1;
    }

    /** The upper bound of BETWEEN. */
    public AttributeValue sortValue2() {
        return sortValue2;
    }

    /** Whether a sort key value satisfies the sort condition (true when {@link #sortOp()} is null). */
    public boolean matchesSort(AttributeValue v) {
        if (sortOp == null) {
            return true;
        }
        if (v == null || v.type() != sortValue1.type()) {
            return false;
        }
        return switch (sortOp) {
            case EQ -> Values.compareScalars(v, sortValue1) == 0;
            case LT -> Values.compareScalars(v, sortValue1) < 0;
            case LE -> Values.compareScalars(v, sortValue1) <= 0;
            case GT -> Values.compareScalars(v, sortValue1) > 0;
            case GE -> Values.compareScalars(v, sortValue1) >= 0;
            case BETWEEN -> Values.compareScalars(v, sortValue1) >= 0 && Values.compareScalars(v, sortValue2) <= 0;
            case BEGINS_WITH -> v.type() == AttributeValue.Type.S ? v.s().startsWith(sortValue1.s())
                : v.bytesUnsafe().length >= sortValue1.bytesUnsafe().length
                    && Arrays.equals(v.bytesUnsafe(), 0, sortValue1.bytesUnsafe().length, sortValue1.bytesUnsafe(), 0,
                        sortValue1.bytesUnsafe().length);
        };
    }

    @Override
    public String toString() {
        return "KeyCondition{hash=" + hashValue + ", op=" + sortOp + ", v1=" + sortValue1 + ", v2=" + sortValue2 + "}";
    }

    /** One key condition: attribute, operator and values. */
    private record Part(Ast.Path path, SortOp op, AttributeValue v1, AttributeValue v2) {
    }

    /** Builds the key condition from a resolved, checked condition tree (section 4.7 restrictions). */
    static KeyCondition of(Ast.Node root, String hashName, ScalarAttributeType hashType, String rangeName,
                           ScalarAttributeType rangeType) {
        List<Ast.Node> leaves = new ArrayList<>();
        flatten(root, leaves);
        if (leaves.size() > 2) {
            throw new ValidationException("Conditions can be of length 1 or 2 only");
        }
        Part hash = null;
        Part range = null;
        for (Ast.Node leaf : leaves) {
            Part p = part(leaf);
            if (p.path().nested()) {
                throw new ValidationException("KeyConditionExpressions cannot have conditions on nested attributes");
            }
            String name = p.path().top();
            if (name.equals(hashName)) {
                if (hash != null) {
                    throw new ValidationException("KeyConditionExpressions must only contain one condition per key");
                }
                if (p.op() != SortOp.EQ) {
                    throw new ValidationException(NOT_SUPPORTED);
                }
                checkType(p, hashType);
                hash = p;
            } else if (name.equals(rangeName)) {
                if (range != null) {
                    throw new ValidationException("KeyConditionExpressions must only contain one condition per key");
                }
                checkType(p, rangeType);
                range = p;
            } else {
                throw new ValidationException(NOT_SUPPORTED);
            }
        }
        if (hash == null) {
            throw new ValidationException("Query condition missed key schema element: " + hashName);
        }
        return range == null ? new KeyCondition(hash.v1(), null, null, null)
            : new KeyCondition(hash.v1(), range.op(), range.v1(), range.v2());
    }

    private static void flatten(Ast.Node n, List<Ast.Node> out) {
        if (n instanceof Ast.And a) {
            flatten(a.left(), out);
            flatten(a.right(), out);
        } else {
            out.add(n);
        }
    }

    private static Part part(Ast.Node n) {
        if (n instanceof Ast.Compare c && c.op() != Ast.CmpOp.NE) {
            if (c.left() instanceof Ast.Path p && c.right() instanceof Ast.Literal v) {
                return new Part(p, op(c.op()), v.value(), null);
            }
            if (c.left() instanceof Ast.Literal v && c.right() instanceof Ast.Path p) {
                return new Part(p, mirror(op(c.op())), v.value(), null);
            }
        } else if (n instanceof Ast.Between b && b.value() instanceof Ast.Path p && b.low() instanceof Ast.Literal lo
            && b.high() instanceof Ast.Literal hi) {
            return new Part(p, SortOp.BETWEEN, lo.value(), hi.value());
        } else if (n instanceof Ast.Func f && f.name().equals("begins_with") && f.args().get(0) instanceof Ast.Path p
            && f.args().get(1) instanceof Ast.Literal v) {
            return new Part(p, SortOp.BEGINS_WITH, v.value(), null);
        }
        throw new ValidationException(NOT_SUPPORTED);
    }

    private static SortOp op(Ast.CmpOp op) {
        return switch (op) {
            case EQ -> SortOp.EQ;
            case LT -> SortOp.LT;
            case LE -> SortOp.LE;
            case GT -> SortOp.GT;
            case GE -> SortOp.GE;
            case NE -> throw new ValidationException(NOT_SUPPORTED);
        };
    }

    private static SortOp mirror(SortOp op) {
        return switch (op) {
            case LT -> SortOp.GT;
            case LE -> SortOp.GE;
            case GT -> SortOp.LT;
            case GE -> SortOp.LE;
            default -> op;
        };
    }

    private static void checkType(Part p, ScalarAttributeType type) {
        if (!p.v1().type().name().equals(type.name()) || (p.v2() != null && !p.v2().type().name().equals(type.name()))) {
            throw new ValidationException(
                "One or more parameter values were invalid: Condition parameter type does not match schema type");
        }
        if (p.op() == SortOp.BEGINS_WITH && type == ScalarAttributeType.N) {
            throw new ValidationException(NOT_SUPPORTED);
        }
    }
}
