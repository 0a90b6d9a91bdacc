package dev.tidemark.engine.internal.expr;

import dev.tidemark.engine.ValidationException;
import java.util.List;

/**
 * Symbolic checks on sets of resolved document paths (sections 4.9, 4.10): no path may equal or be a
 * prefix of another ("overlap"), and no two paths may use the same prefix once as a map and once as a
 * list ("conflict"). Siblings and different list indexes are fine.
 */
final class PathChecks {
    private PathChecks() {
    }

    /** Throws for the first overlapping or conflicting pair, in the order the paths were written. */
    static void checkDisjoint(ExprKind kind, List<Ast.Path> paths) {
        for (int i = 0; i < paths.size(); i++) {
            for (int j = i + 1; j < paths.size(); j++) {
                check(kind, paths.get(i), paths.get(j));
            }
        }
    }

    private static void check(ExprKind kind, Ast.Path one, Ast.Path two) {
        List<Ast.Elem> a = one.elems();
        List<Ast.Elem> b = two.elems();
        int n = Math.min(a.size(), b.size());
        for (int k = 0; k < n; k++) {
            Ast.Elem x = a.get(k);
            Ast.Elem y = b.get(k);
            if (x.equals(y)) {
                continue;
            }
            if (x.getClass() != y.getClass()) {
                throw twoPaths(kind, "conflict", one, two);
            }
            return;
        }
        throw twoPaths(kind, "overlap", one, two);
    }

    private static ValidationException twoPaths(ExprKind kind, String what, Ast.Path one, Ast.Path two) {
        return kind.error("Two document paths " + what + " with each other; must remove or rewrite one of these paths; "
            + "path one: " + one + ", path two: " + two);
    }

    /**
     * Key attributes cannot be update targets, and nested paths into them are not allowed (section 1.8).
     *
     * @param keyNames the table's key attribute names (null entries ignored)
     */
    static void checkNotKey(Ast.Path target, String... keyNames) {
        for (String k : keyNames) {
            if (k != null && k.equals(target.top())) {
                if (target.nested()) {
                    throw new ValidationException("Key attributes must be scalars; list random access '[]' and map "
                        + "lookup '.' are not allowed: Key: " + k);
                }
                throw new ValidationException("One or more parameter values were invalid: Cannot update attribute " + k
                    + ". This attribute is part of the key");
            }
        }
    }
}
