package dev.tidemark.mapper.internal;

import dev.tidemark.engine.model.AttributeValue;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Collects expression attribute names and values under generated placeholders. */
final class Expr {
    private static final Pattern TOKEN = Pattern.compile("([#:])([A-Za-z0-9_]+)");

    private final Map<String, String> names = new HashMap<>(8);
    private final Map<String, String> placeholderOf = new HashMap<>(8);
    private final Map<String, AttributeValue> values = new HashMap<>(8);

    /** The placeholder of an attribute name. */
    String name(String attribute) {
        String p = placeholderOf.get(attribute);
        if (p == null) {
            p = "#n" + names.size();
            names.put(p, attribute);
            placeholderOf.put(attribute, p);
        }
        return p;
    }

    /** The placeholder of a value. */
    String value(AttributeValue v) {
        String p = ":v" + values.size();
        values.put(p, v);
        return p;
    }

    /**
     * Rewrites a user expression: {@code #prop} becomes the placeholder of the property's attribute,
     * {@code :param} the placeholder of the parameter's value.
     */
    String resolve(String expression, Function<String, String> attributeOf, Map<String, AttributeValue> params) {
        Matcher m = TOKEN.matcher(expression);
        StringBuilder sb = new StringBuilder();
        Map<String, String> valuePlaceholders = new HashMap<>();
        while (m.find()) {
            String repl;
            if (m.group(1).equals("#")) {
                repl = name(attributeOf.apply(m.group(2)));
            } else {
                String param = m.group(2);
                AttributeValue v = params.get(param);
                if (v == null) {
                    throw new IllegalArgumentException("No value given for :" + param + " in expression " + expression);
                }
                repl = valuePlaceholders.computeIfAbsent(param, k -> value(v));
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(repl));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    Map<String, String> names() {
        return names.isEmpty() ? null : names;
    }

    Map<String, AttributeValue> values() {
        return values.isEmpty() ? null : values;
    }

    static String and(String a, String b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return "(" + a + ") AND (" + b + ")";
    }
}
