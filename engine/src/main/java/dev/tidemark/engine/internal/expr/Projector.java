package dev.tidemark.engine.internal.expr;

import dev.tidemark.engine.model.AttributeValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Projection of an item onto non-overlapping document paths (section 4.10): the result keeps the
 * nesting of the item; list elements selected by index come back as a list of just those elements, in
 * index order. Missing paths are skipped. Also builds the ReturnValues UPDATED_OLD/NEW maps (3.6).
 */
final class Projector implements Projection {
    private final List<Ast.Path> paths;
    private final Set<String> topLevel;

    Projector(List<Ast.Path> paths) {
        this.paths = List.copyOf(paths);
        Set<String> tops = new LinkedHashSet<>();
        for (Ast.Path p : paths) {
            tops.add(p.top());
        }
        this.topLevel = Set.copyOf(tops);
    }

    @Override
    public Map<String, AttributeValue> apply(Map<String, AttributeValue> item) {
        return item == null ? null : project(item, paths);
    }

    @Override
    public Set<String> topLevelNames() {
        return topLevel;
    }

    /** Sub-tree of {@code item} covering {@code paths}; empty when none is present or the item is null. */
    static Map<String, AttributeValue> project(Map<String, AttributeValue> item, List<Ast.Path> paths) {
        Map<String, AttributeValue> out = new LinkedHashMap<>();
        if (item == null) {
            return out;
        }
        Node root = new Node();
        for (Ast.Path p : paths) {
            AttributeValue v = Evaluator.get(item, p);
            if (v == null) {
                continue;
            }
            Node cur = root;
            for (Ast.Elem e : p.elems()) {
                cur = cur.child(e);
            }
            cur.leaf = v;
        }
        root.members.forEach((name, node) -> out.put(name, node.toValue()));
        return out;
    }

    /** A node of the result tree under construction. */
    private static final class Node {
        AttributeValue leaf;
        final Map<String, Node> members = new LinkedHashMap<>();
        final TreeMap<Integer, Node> elements = new TreeMap<>();

        Node child(Ast.Elem e) {
            if (e instanceof Ast.Name n) {
                return members.computeIfAbsent(n.name(), k -> new Node());
            }
            return elements.computeIfAbsent(((Ast.Index) e).index(), k -> new Node());
        }

        AttributeValue toValue() {
            if (leaf != null) {
                return leaf;
            }
            if (!members.isEmpty()) {
                Map<String, AttributeValue> m = new LinkedHashMap<>();
                members.forEach((k, v) -> m.put(k, v.toValue()));
                return AttributeValue.fromM(m);
            }
            List<AttributeValue> l = new ArrayList<>();
            elements.values().forEach(v -> l.add(v.toValue()));
            return AttributeValue.fromL(l);
        }
    }
}
