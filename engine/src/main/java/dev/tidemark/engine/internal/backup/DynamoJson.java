package dev.tidemark.engine.internal.backup;

import dev.tidemark.engine.model.AttributeValue;
import java.util.Base64;
import java.util.Map;

/** Writes attribute values as DynamoDB JSON ({@code {"S":"..."}}, {@code {"M":{...}}}, ...). */
public final class DynamoJson {
    private DynamoJson() {
    }

    /** Appends an item as a JSON object of attribute name to typed value. */
    static void item(StringBuilder out, Map<String, AttributeValue> item) {
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, AttributeValue> e : new java.util.TreeMap<>(item).entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            string(out, e.getKey());
            out.append(':');
            value(out, e.getValue());
        }
        out.append('}');
    }

    static void value(StringBuilder out, AttributeValue v) {
        out.append("{\"").append(v.type().name()).append("\":");
        switch (v.type()) {
            case S -> string(out, v.s());
            case N -> string(out, v.n());
            case B -> string(out, Base64.getEncoder().encodeToString(v.b()));
            case BOOL -> out.append(v.bool());
            case NULL -> out.append("true");
            case M -> item(out, v.m());
            case L -> {
                out.append('[');
                for (int i = 0; i < v.l().size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    value(out, v.l().get(i));
                }
                out.append(']');
            }
            case SS, NS -> {
                out.append('[');
                java.util.List<String> l = v.type() == AttributeValue.Type.SS ? v.ss() : v.ns();
                for (int i = 0; i < l.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    string(out, l.get(i));
                }
                out.append(']');
            }
            case BS -> {
                out.append('[');
                for (int i = 0; i < v.bs().size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    string(out, Base64.getEncoder().encodeToString(v.bs().get(i)));
                }
                out.append(']');
            }
            default -> throw new IllegalStateException("unknown attribute type " + v.type());
        }
        out.append('}');
    }

    /** Appends a JSON string literal (also used for the import error file). */
    public static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** A JSON string literal, or {@code null}. */
    static String quoted(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder();
        string(b, s);
        return b.toString();
    }
}
