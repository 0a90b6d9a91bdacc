package dev.tidemark.calcite.internal.schema;

import dev.tidemark.engine.model.AttributeValue;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Plain JSON for attribute values: maps are objects (keys sorted), lists and sets are arrays, numbers
 * are JSON numbers, binary values are base64 strings, NULL is {@code null}. Parsing goes the other way
 * (arrays become lists; sets cannot be told apart from lists in plain JSON).
 */
public final class Json {
    private Json() {
    }

    /** The JSON text of a whole item. */
    public static String item(Map<String, AttributeValue> item) {
        StringBuilder sb = new StringBuilder();
        writeMap(sb, item);
        return sb.toString();
    }

    /** The JSON text of one value. */
    public static String value(AttributeValue v) {
        StringBuilder sb = new StringBuilder();
        write(sb, v);
        return sb.toString();
    }

    private static void writeMap(StringBuilder sb, Map<String, AttributeValue> m) {
        sb.append('{');
        boolean first = true;
        for (Map.Entry<String, AttributeValue> e : new TreeMap<>(m).entrySet()) {
            if (!first) {
                sb.append(',');
            }
            first = false;
            string(sb, e.getKey());
            sb.append(':');
            write(sb, e.getValue());
        }
        sb.append('}');
    }

    private static void write(StringBuilder sb, AttributeValue v) {
        switch (v.type()) {
            case S -> string(sb, v.s());
            case N -> sb.append(v.n());
            case B -> string(sb, Base64.getEncoder().encodeToString(v.bytesUnsafe()));
            case BOOL -> sb.append(v.bool());
            case NULL -> sb.append("null");
            case M -> writeMap(sb, v.m());
            case L -> {
                sb.append('[');
                List<AttributeValue> l = v.l();
                for (int i = 0; i < l.size(); i++) {
                    if (i > 0) {
                        sb.append(',');
                    }
                    write(sb, l.get(i));
                }
                sb.append(']');
            }
            case SS -> {
                sb.append('[');
                List<String> l = v.ss();
                for (int i = 0; i < l.size(); i++) {
                    if (i > 0) {
                        sb.append(',');
                    }
                    string(sb, l.get(i));
                }
                sb.append(']');
            }
            case NS -> sb.append('[').append(String.join(",", v.ns())).append(']');
            case BS -> {
                sb.append('[');
                List<byte[]> l = v.bsUnsafe();
                for (int i = 0; i < l.size(); i++) {
                    if (i > 0) {
                        sb.append(',');
                    }
                    string(sb, Base64.getEncoder().encodeToString(l.get(i)));
                }
                sb.append(']');
            }
            default -> throw new IllegalStateException("unknown type " + v.type());
        }
    }

    private static void string(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    /**
     * Parses JSON text into an attribute value.
     *
     * @throws IllegalArgumentException if the text is not JSON
     */
    public static AttributeValue parse(String text) {
        Parser p = new Parser(text);
        p.ws();
        AttributeValue v = p.value();
        p.ws();
        if (p.pos != text.length()) {
            throw p.error("unexpected text after the value");
        }
        return v;
    }

    private static final class Parser {
        final String s;
        int pos;

        Parser(String s) {
            this.s = s;
        }

        IllegalArgumentException error(String what) {
            return new IllegalArgumentException("Invalid JSON at offset " + pos + ": " + what);
        }

        void ws() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }

        AttributeValue value() {
            if (pos >= s.length()) {
                throw error("value expected");
            }
            char c = s.charAt(pos);
            switch (c) {
                case '{': {
                    pos++;
                    Map<String, AttributeValue> m = new LinkedHashMap<>();
                    ws();
                    if (peek('}')) {
                        pos++;
                        return AttributeValue.fromM(m);
                    }
                    while (true) {
                        ws();
                        if (!peek('"')) {
                            throw error("member name expected");
                        }
                        String k = str();
                        ws();
                        expect(':');
                        ws();
                        m.put(k, value());
                        ws();
                        if (peek(',')) {
                            pos++;
                        } else {
                            expect('}');
                            return AttributeValue.fromM(m);
                        }
                    }
                }
                case '[': {
                    pos++;
                    List<AttributeValue> l = new ArrayList<>();
                    ws();
                    if (peek(']')) {
                        pos++;
                        return AttributeValue.fromL(l);
                    }
                    while (true) {
                        ws();
                        l.add(value());
                        ws();
                        if (peek(',')) {
                            pos++;
                        } else {
                            expect(']');
                            return AttributeValue.fromL(l);
                        }
                    }
                }
                case '"':
                    return AttributeValue.fromS(str());
                case 't':
                    word("true");
                    return AttributeValue.fromBool(true);
                case 'f':
                    word("false");
                    return AttributeValue.fromBool(false);
                case 'n':
                    word("null");
                    return AttributeValue.nul();
                default: {
                    int start = pos;
                    while (pos < s.length() && "+-0123456789.eE".indexOf(s.charAt(pos)) >= 0) {
                        pos++;
                    }
                    if (start == pos) {
                        throw error("value expected");
                    }
                    try {
                        return AttributeValue.fromN(new java.math.BigDecimal(s.substring(start, pos)));
                    } catch (NumberFormatException e) {
                        throw error("bad number");
                    }
                }
            }
        }

        boolean peek(char c) {
            return pos < s.length() && s.charAt(pos) == c;
        }

        void expect(char c) {
            if (!peek(c)) {
                throw error("'" + c + "' expected");
            }
            pos++;
        }

        void word(String w) {
            if (!s.startsWith(w, pos)) {
                throw error(w + " expected");
            }
            pos += w.length();
        }

        String str() {
            expect('"');
            StringBuilder sb = new StringBuilder();
            while (true) {
                if (pos >= s.length()) {
                    throw error("unterminated string");
                }
                char c = s.charAt(pos++);
                if (c == '"') {
                    return sb.toString();
                }
                if (c != '\\') {
                    sb.append(c);
                    continue;
                }
                if (pos >= s.length()) {
                    throw error("unterminated escape");
                }
                char e = s.charAt(pos++);
                switch (e) {
                    case 'n' -> sb.append('\n');
                    case 'r' -> sb.append('\r');
                    case 't' -> sb.append('\t');
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'u' -> {
                        if (pos + 4 > s.length()) {
                            throw error("bad unicode escape");
                        }
                        sb.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
                        pos += 4;
                    }
                    default -> sb.append(e);
                }
            }
        }
    }
}
