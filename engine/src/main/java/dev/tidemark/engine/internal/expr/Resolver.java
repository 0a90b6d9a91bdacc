package dev.tidemark.engine.internal.expr;

import dev.tidemark.engine.model.AttributeValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Substitutes the placeholders of one request into a cached tree (section 4.3): {@code #name} becomes
 * one literal path element, {@code :value} a {@link Ast.Literal}. Records which placeholders were used.
 */
final class Resolver {
    private final ExprKind kind;
    private final Map<String, String> names;
    private final Map<String, AttributeValue> values;
    private final Set<String> usedNames;
    private final Set<String> usedValues;

    Resolver(ExprKind kind, Map<String, String> names, Map<String, AttributeValue> values, Set<String> usedNames,
             Set<String> usedValues) {
        this.kind = kind;
        this.names = names == null ? Map.of() : names;
        this.values = values == null ? Map.of() : values;
        this.usedNames = usedNames;
        this.usedValues = usedValues;
    }

    Ast.Path path(Ast.Path p) {
        List<Ast.Elem> out = new ArrayList<>(p.elems().size());
        for (Ast.Elem e : p.elems()) {
            if (e instanceof Ast.NameRef r) {
                String name = names.get(r.ref());
                if (name == null) {
                    throw kind.error("An expression attribute name used in the document path is not defined; attribute name: "
                        + r.ref());
                }
                usedNames.add(r.ref());
                out.add(new Ast.Name(name));
            } else {
                out.add(e);
            }
        }
        return new Ast.Path(out);
    }

    List<Ast.Path> paths(List<Ast.Path> ps) {
        List<Ast.Path> out = new ArrayList<>(ps.size());
        for (Ast.Path p : ps) {
            out.add(path(p));
        }
        return out;
    }

    Ast.UpdateAst update(Ast.UpdateAst u) {
        List<Ast.Action> out = new ArrayList<>(u.actions().size());
        for (Ast.Action a : u.actions()) {
            out.add(new Ast.Action(a.clause(), path(a.path()), a.value() == null ? null : node(a.value())));
        }
        return new Ast.UpdateAst(out);
    }

    Ast.Node node(Ast.Node n) {
        if (n instanceof Ast.Path p) {
            return path(p);
        } else if (n instanceof Ast.ValueRef v) {
            AttributeValue value = values.get(v.ref());
            if (value == null) {
                throw kind.error("An expression attribute value used in expression is not defined; attribute value: "
                    + v.ref());
            }
            usedValues.add(v.ref());
            return new Ast.Literal(value, v.ref());
        } else if (n instanceof Ast.Literal) {
            return n;
        } else if (n instanceof Ast.Size s) {
            return new Ast.Size(node(s.arg()));
        } else if (n instanceof Ast.Compare c) {
            return new Ast.Compare(node(c.left()), c.op(), node(c.right()));
        } else if (n instanceof Ast.Between b) {
            return new Ast.Between(node(b.value()), node(b.low()), node(b.high()));
        } else if (n instanceof Ast.In in) {
            return new Ast.In(node(in.value()), nodes(in.list()));
        } else if (n instanceof Ast.Func f) {
            return new Ast.Func(f.name(), nodes(f.args()));
        } else if (n instanceof Ast.And a) {
            return new Ast.And(node(a.left()), node(a.right()));
        } else if (n instanceof Ast.Or o) {
            return new Ast.Or(node(o.left()), node(o.right()));
        } else if (n instanceof Ast.Not x) {
            return new Ast.Not(node(x.cond()));
        } else if (n instanceof Ast.Paren p) {
            return node(p.inner());
        } else if (n instanceof Ast.IfNotExists i) {
            return new Ast.IfNotExists(path(i.path()), node(i.fallback()));
        } else if (n instanceof Ast.ListAppend l) {
            return new Ast.ListAppend(node(l.first()), node(l.second()));
        } else if (n instanceof Ast.Arith a) {
            return new Ast.Arith(node(a.left()), a.minus(), node(a.right()));
        }
        throw new IllegalStateException("unexpected node " + n);
    }

    private List<Ast.Node> nodes(List<Ast.Node> ns) {
        List<Ast.Node> out = new ArrayList<>(ns.size());
        for (Ast.Node n : ns) {
            out.add(node(n));
        }
        return out;
    }
}
