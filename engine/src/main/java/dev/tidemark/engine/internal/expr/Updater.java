package dev.tidemark.engine.internal.expr;

import dev.tidemark.engine.ValidationException;
import dev.tidemark.engine.internal.value.Numbers;
import dev.tidemark.engine.model.AttributeValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies a resolved, validated update expression (section 4.9). All right-hand sides are computed
 * against the old item first; then the writes are applied (in path order, so appends to a list happen
 * in index order), then the removals in reverse path order, so list indexes refer to pre-removal
 * positions.
 */
final class Updater implements Update {
    static final String MISSING_OPERAND = "The provided expression refers to an attribute that does not exist in the item";
    static final String INVALID_PATH = "The document path provided in the update expression is invalid for update";
    static final String WRONG_TYPE = "An operand in the update expression has an incorrect data type";

    private static final Comparator<Ast.Path> PATH_ORDER = Updater::comparePaths;

    private final List<Ast.Action> actions;
    private final List<Ast.Path> targets;
    private final boolean createsItem;

    Updater(Ast.UpdateAst ast) {
        this.actions = ast.actions();
        List<Ast.Path> t = new ArrayList<>();
        boolean creates = false;
        for (Ast.Action a : actions) {
            t.add(a.path());
            creates |= a.clause() == Ast.Clause.SET || a.clause() == Ast.Clause.ADD;
        }
        this.targets = List.copyOf(t);
        this.createsItem = creates;
    }

    /** A computed write: the value to put, or {@code null} to remove the path. */
    private record Write(Ast.Path path, AttributeValue value) {
    }

    @Override
    public UpdateOutcome apply(Map<String, AttributeValue> oldItem, Map<String, AttributeValue> key) {
        if (oldItem == null && !createsItem) {
            return new UpdateOutcome(null, Map.of(), Map.of());
        }
        List<Write> puts = new ArrayList<>();
        List<Write> removes = new ArrayList<>();
        for (Ast.Action a : actions) {
            switch (a.clause()) {
                case SET -> puts.add(new Write(a.path(), eval(a.value(), oldItem)));
                case REMOVE -> removes.add(new Write(a.path(), null));
                case ADD -> puts.add(new Write(a.path(), add(Evaluator.get(oldItem, a.path()), literal(a))));
                case DELETE -> {
                    AttributeValue old = Evaluator.get(oldItem, a.path());
                    if (old != null) {
                        AttributeValue rest = SetOps.minus(old, literal(a));
                        (rest == null ? removes : puts).add(new Write(a.path(), rest));
                    }
                }
                default -> throw new IllegalStateException();
            }
        }
        Map<String, AttributeValue> item = new LinkedHashMap<>(oldItem == null ? key : oldItem);
        puts.sort(Comparator.comparing(Write::path, PATH_ORDER));
        for (Write w : puts) {
            put(item, w.path(), w.value());
        }
        if (oldItem != null) {
            // Removals address the old item: on a missing item there is nothing to remove.
            removes.sort(Comparator.comparing(Write::path, PATH_ORDER).reversed());
            for (Write w : removes) {
                remove(item, w.path(), oldItem);
            }
        }
        Map<String, AttributeValue> newItem = java.util.Collections.unmodifiableMap(item);
        return new UpdateOutcome(newItem, Projector.project(oldItem, targets), Projector.project(newItem, targets));
    }

    /** Top-level attribute names the update writes or removes. */
    Set<String> topLevelTargets() {
        Set<String> s = new LinkedHashSet<>();
        targets.forEach(p -> s.add(p.top()));
        return s;
    }

    private static AttributeValue literal(Ast.Action a) {
        return ((Ast.Literal) a.value()).value();
    }

    private static AttributeValue add(AttributeValue old, AttributeValue v) {
        if (old == null) {
            return v;
        }
        if (old.type() == AttributeValue.Type.N && v.type() == AttributeValue.Type.N) {
            return AttributeValue.fromN(Numbers.add(old.n(), v.n(), false));
        }
        if (old.type() == v.type() && UpdateChecks.isSet(v.type())) {
            return SetOps.union(old, v);
        }
        throw new ValidationException(WRONG_TYPE);
    }

    /** Evaluates a SET right-hand side against the old item. */
    static AttributeValue eval(Ast.Node n, Map<String, AttributeValue> old) {
        if (n instanceof Ast.Literal lit) {
            return lit.value();
        }
        if (n instanceof Ast.Path p) {
            AttributeValue v = Evaluator.get(old, p);
            if (v == null) {
                throw new ValidationException(MISSING_OPERAND);
            }
            return v;
        }
        if (n instanceof Ast.IfNotExists ine) {
            AttributeValue v = Evaluator.get(old, ine.path());
            return v != null ? v : eval(ine.fallback(), old);
        }
        if (n instanceof Ast.ListAppend la) {
            AttributeValue a = eval(la.first(), old);
            AttributeValue b = eval(la.second(), old);
            if (a.type() != AttributeValue.Type.L || b.type() != AttributeValue.Type.L) {
                throw new ValidationException(WRONG_TYPE);
            }
            List<AttributeValue> l = new ArrayList<>(a.l());
            l.addAll(b.l());
            return AttributeValue.fromL(l);
        }
        if (n instanceof Ast.Arith ar) {
            AttributeValue a = eval(ar.left(), old);
            AttributeValue b = eval(ar.right(), old);
            if (a.type() != AttributeValue.Type.N || b.type() != AttributeValue.Type.N) {
                throw new ValidationException(WRONG_TYPE);
            }
            return AttributeValue.fromN(Numbers.add(a.n(), b.n(), ar.minus()));
        }
        throw new IllegalStateException("not an update operand: " + n);
    }

    private static void put(Map<String, AttributeValue> item, Ast.Path path, AttributeValue v) {
        String top = path.top();
        if (!path.nested()) {
            item.put(top, v);
            return;
        }
        AttributeValue cur = item.get(top);
        if (cur == null) {
            throw new ValidationException(INVALID_PATH);
        }
        item.put(top, putIn(cur, path.elems(), 1, v));
    }

    private static AttributeValue putIn(AttributeValue container, List<Ast.Elem> elems, int i, AttributeValue v) {
        boolean last = i == elems.size() - 1;
        Ast.Elem e = elems.get(i);
        if (e instanceof Ast.Name n) {
            if (container.type() != AttributeValue.Type.M) {
                throw new ValidationException(INVALID_PATH);
            }
            Map<String, AttributeValue> m = new LinkedHashMap<>(container.m());
            AttributeValue child = m.get(n.name());
            if (!last && child == null) {
                throw new ValidationException(INVALID_PATH);
            }
            m.put(n.name(), last ? v : putIn(child, elems, i + 1, v));
            return AttributeValue.fromM(m);
        }
        int idx = ((Ast.Index) e).index();
        if (container.type() != AttributeValue.Type.L) {
            throw new ValidationException(INVALID_PATH);
        }
        List<AttributeValue> l = new ArrayList<>(container.l());
        if (last) {
            if (idx < l.size()) {
                l.set(idx, v);
            } else {
                l.add(v);
            }
        } else {
            if (idx >= l.size()) {
                throw new ValidationException(INVALID_PATH);
            }
            l.set(idx, putIn(l.get(idx), elems, i + 1, v));
        }
        return AttributeValue.fromL(l);
    }

    private static void remove(Map<String, AttributeValue> item, Ast.Path path, Map<String, AttributeValue> oldItem) {
        String top = path.top();
        if (!path.nested()) {
            item.remove(top);
            return;
        }
        List<Ast.Elem> elems = path.elems();
        if (elems.get(elems.size() - 1) instanceof Ast.Index idx) {
            // Indexes refer to positions before this update: appended elements are never removed.
            AttributeValue oldParent = Evaluator.get(oldItem, new Ast.Path(elems.subList(0, elems.size() - 1)));
            if (oldParent != null && oldParent.type() == AttributeValue.Type.L && idx.index() >= oldParent.l().size()) {
                return;
            }
        }
        AttributeValue cur = item.get(top);
        if (cur == null) {
            throw new ValidationException(INVALID_PATH);
        }
        item.put(top, removeIn(cur, elems, 1));
    }

    private static AttributeValue removeIn(AttributeValue container, List<Ast.Elem> elems, int i) {
        boolean last = i == elems.size() - 1;
        Ast.Elem e = elems.get(i);
        if (e instanceof Ast.Name n) {
            if (container.type() != AttributeValue.Type.M) {
                throw new ValidationException(INVALID_PATH);
            }
            Map<String, AttributeValue> m = new LinkedHashMap<>(container.m());
            AttributeValue child = m.get(n.name());
            if (last) {
                m.remove(n.name());
            } else if (child == null) {
                throw new ValidationException(INVALID_PATH);
            } else {
                m.put(n.name(), removeIn(child, elems, i + 1));
            }
            return AttributeValue.fromM(m);
        }
        int idx = ((Ast.Index) e).index();
        if (container.type() != AttributeValue.Type.L) {
            throw new ValidationException(INVALID_PATH);
        }
        List<AttributeValue> l = new ArrayList<>(container.l());
        if (last) {
            if (idx < l.size()) {
                l.remove(idx);
            }
        } else {
            if (idx >= l.size()) {
                throw new ValidationException(INVALID_PATH);
            }
            l.set(idx, removeIn(l.get(idx), elems, i + 1));
        }
        return AttributeValue.fromL(l);
    }

    /** Orders paths element by element: names by text, indexes numerically, a prefix first. */
    static int comparePaths(Ast.Path a, Ast.Path b) {
        int n = Math.min(a.elems().size(), b.elems().size());
        for (int i = 0; i < n; i++) {
            Ast.Elem x = a.elems().get(i);
            Ast.Elem y = b.elems().get(i);
            int c;
            if (x instanceof Ast.Index ix && y instanceof Ast.Index iy) {
                c = Integer.compare(ix.index(), iy.index());
            } else if (x instanceof Ast.Name nx && y instanceof Ast.Name ny) {
                c = nx.name().compareTo(ny.name());
            } else {
                c = x instanceof Ast.Index ? -1 : 1;
            }
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.elems().size(), b.elems().size());
    }
}
