package dev.tidemark.spring.repository.query;

import dev.tidemark.spring.core.mapping.TidemarkPersistentEntity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.springframework.data.repository.query.parser.Part;

/**
 * Renders derived-query conditions as filter expressions in the mapper's syntax ({@code #property},
 * {@code :param}) and tests the rest on entities in memory.
 */
final class Conditions {
    private final Map<String, Object> params = new LinkedHashMap<>();
    /** Set when an IN list is empty: an AND containing it matches nothing (the rendered condition is false). */
    private boolean matchesNothing;

    /** The parameters the rendered expressions refer to. */
    Map<String, Object> params() {
        return params;
    }

    boolean matchesNothing() {
        return matchesNothing;
    }

    private String param(Object value) {
        String name = "tdmArg" + params.size();
        params.put(name, value);
        return ":" + name;
    }

    /** An AND of parts, or null when there are none. */
    String and(List<Part> parts, Object[] args, QueryPlan plan) {
        List<String> out = new ArrayList<>();
        for (Part p : parts) {
            out.add(render(p, args, plan.argIndex(p)));
        }
        return out.isEmpty() ? null : String.join(" AND ", out);
    }

    /** The branch's whole filter (derived conditions and the written one), or null; binds its parameters. */
    String filter(QueryPlan.Branch b, Object[] args, QueryPlan plan) {
        String derived = and(b.filter(), args, plan);
        if (b.rawFilter() == null) {
            return derived;
        }
        b.rawParams().forEach((name, index) -> params.put(name, args[index]));
        return derived == null ? b.rawFilter() : paren(derived) + " AND " + paren(b.rawFilter());
    }

    /**
     * The expression in parentheses, unless one pair already encloses all of it (the engine, like
     * DynamoDB, rejects redundant parentheses).
     */
    static String paren(String e) {
        String t = e.trim();
        if (t.startsWith("(")) {
            int depth = 0;
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth--;
                    if (depth == 0) {
                        if (i == t.length() - 1) {
                            return t;
                        }
                        break;
                    }
                }
            }
        }
        return "(" + t + ")";
    }

    String render(Part part, Object[] args, int i) {
        String n = "#" + part.getProperty().getSegment();
        return switch (part.getType()) {
            case SIMPLE_PROPERTY -> n + " = " + param(args[i]);
            case NEGATING_SIMPLE_PROPERTY -> n + " <> " + param(args[i]);
            case LESS_THAN, BEFORE -> n + " < " + param(args[i]);
            case LESS_THAN_EQUAL -> n + " <= " + param(args[i]);
            case GREATER_THAN, AFTER -> n + " > " + param(args[i]);
            case GREATER_THAN_EQUAL -> n + " >= " + param(args[i]);
            case BETWEEN -> n + " BETWEEN " + param(args[i]) + " AND " + param(args[i + 1]);
            case STARTING_WITH -> "begins_with(" + n + ", " + param(args[i]) + ")";
            case CONTAINING -> "contains(" + n + ", " + param(args[i]) + ")";
            case NOT_CONTAINING -> "NOT contains(" + n + ", " + param(args[i]) + ")";
            case IN -> in(n, args[i], false);
            case NOT_IN -> in(n, args[i], true);
            case IS_NULL -> "attribute_not_exists(" + n + ")";
            case IS_NOT_NULL, EXISTS -> "attribute_exists(" + n + ")";
            case TRUE -> n + " = " + param(Boolean.TRUE);
            case FALSE -> n + " = " + param(Boolean.FALSE);
            default -> throw new IllegalStateException("Keyword " + part.getType() + " cannot be a filter");
        };
    }

    private String in(String n, Object arg, boolean negate) {
        Collection<?> values = values(arg);
        if (values.isEmpty()) {
            if (negate) {
                return "(attribute_exists(" + n + ") OR attribute_not_exists(" + n + "))";
            }
            matchesNothing = true;
            return "attribute_exists(" + n + ") AND attribute_not_exists(" + n + ")";
        }
        List<String> names = new ArrayList<>();
        for (Object v : values) {
            names.add(param(v));
        }
        String in = n + " IN (" + String.join(", ", names) + ")";
        return negate ? "NOT (" + in + ")" : in;
    }

    static Collection<?> values(Object arg) {
        if (arg instanceof Collection<?> c) {
            return c;
        }
        if (arg instanceof Object[] a) {
            return List.of(a);
        }
        return arg == null ? List.of() : List.of(arg);
    }

    /** An in-memory test of parts (all must hold). */
    static Predicate<Object> test(List<Part> parts, Object[] args, QueryPlan plan, TidemarkPersistentEntity entity) {
        Predicate<Object> all = e -> true;
        for (Part p : parts) {
            Predicate<Object> one = test(p, args, plan.argIndex(p), entity);
            all = all.and(one);
        }
        return all;
    }

    private static Predicate<Object> test(Part p, Object[] args, int i, TidemarkPersistentEntity entity) {
        var property = entity.property(p.getProperty().getSegment()).orElseThrow();
        boolean ic = QueryPlan.ignoresCase(p);
        Object arg = args.length > i ? args[i] : null;
        return e -> {
            Object v = property.get(e);
            return switch (p.getType()) {
                case SIMPLE_PROPERTY -> eq(v, arg, ic);
                case NEGATING_SIMPLE_PROPERTY -> !eq(v, arg, ic);
                case STARTING_WITH -> v != null && norm(v, ic).startsWith(norm(arg, ic));
                case ENDING_WITH -> v != null && norm(v, ic).endsWith(norm(arg, ic));
                case CONTAINING -> contains(v, arg, ic);
                case NOT_CONTAINING -> !contains(v, arg, ic);
                case IN -> values(arg).stream().anyMatch(a -> eq(v, a, ic));
                case NOT_IN -> values(arg).stream().noneMatch(a -> eq(v, a, ic));
                default -> throw new IllegalStateException("Keyword " + p.getType() + " cannot be tested in memory");
            };
        };
    }

    private static String norm(Object v, boolean ignoreCase) {
        String s = String.valueOf(v);
        return ignoreCase ? s.toLowerCase(Locale.ROOT) : s;
    }

    private static boolean eq(Object v, Object arg, boolean ignoreCase) {
        if (v == null || arg == null) {
            return v == arg;
        }
        return ignoreCase ? norm(v, true).equals(norm(arg, true)) : Objects.equals(v, arg);
    }

    private static boolean contains(Object v, Object arg, boolean ignoreCase) {
        if (v == null) {
            return false;
        }
        if (v instanceof Collection<?> c) {
            return c.stream().anyMatch(x -> eq(x, arg, ignoreCase));
        }
        return norm(v, ignoreCase).contains(norm(arg, ignoreCase));
    }
}
