package dev.tidemark.engine.internal.imports;

import dev.tidemark.engine.internal.imports.JsonParser.JsonException;
import dev.tidemark.engine.model.AttributeValue;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one line of DynamoDB JSON, {@code {"Item":{"id":{"S":"a"},"n":{"N":"1"}}}}, into an item.
 * Each attribute value is an object with exactly one type key (S, N, B, BOOL, NULL, SS, NS, BS, L, M).
 */
final class DynamoJsonItems {
    private DynamoJsonItems() {
    }

    /** The line is not a valid item; the message says why. */
    static final class BadRecord extends Exception {
        private static final long serialVersionUID = 1L;

        BadRecord(String message) {
            super(message);
        }
    }

    /** Parses {@code line} into an item. */
    static Map<String, AttributeValue> parseLine(String line) throws BadRecord {
        Object json;
        try {
            json = JsonParser.parse(line);
        } catch (JsonException e) {
            throw new BadRecord(e.getMessage());
        }
        if (!(json instanceof Map<?, ?> top) || !(top.get("Item") instanceof Map<?, ?> item)) {
            throw new BadRecord("the line is not an object with an \"Item\" object");
        }
        if (top.size() != 1) {
            throw new BadRecord("the line has fields other than \"Item\"");
        }
        return map(item, "Item");
    }

    private static Map<String, AttributeValue> map(Map<?, ?> json, String path) throws BadRecord {
        Map<String, AttributeValue> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : json.entrySet()) {
            String name = (String) e.getKey();
            out.put(name, value(e.getValue(), path + "." + name));
        }
        return out;
    }

    private static AttributeValue value(Object json, String path) throws BadRecord {
        if (!(json instanceof Map<?, ?> typed) || typed.size() != 1) {
            throw new BadRecord("the value of " + path + " is not an object with exactly one type key");
        }
        Map.Entry<?, ?> e = typed.entrySet().iterator().next();
        String type = (String) e.getKey();
        Object v = e.getValue();
        switch (type) {
            case "S":
                return AttributeValue.fromS(string(v, path, type));
            case "N":
                return AttributeValue.fromN(number(v, path));
            case "B":
                return AttributeValue.ownedB(binary(v, path));
            case "BOOL":
                if (!(v instanceof Boolean b)) {
                    throw new BadRecord("BOOL at " + path + " is not true or false");
                }
                return AttributeValue.fromBool(b);
            case "NULL":
                if (!Boolean.TRUE.equals(v)) {
                    throw new BadRecord("NULL at " + path + " must be true");
                }
                return AttributeValue.nul();
            case "SS": {
                List<String> ss = new ArrayList<>();
                for (Object o : array(v, path, type)) {
                    ss.add(string(o, path, type));
                }
                return AttributeValue.fromSs(ss);
            }
            case "NS": {
                List<String> ns = new ArrayList<>();
                for (Object o : array(v, path, type)) {
                    ns.add(number(o, path));
                }
                return AttributeValue.fromNs(ns);
            }
            case "BS": {
                List<byte[]> bs = new ArrayList<>();
                for (Object o : array(v, path, type)) {
                    bs.add(binary(o, path));
                }
                return AttributeValue.ownedBs(bs);
            }
            case "L": {
                List<AttributeValue> l = new ArrayList<>();
                int i = 0;
                for (Object o : array(v, path, type)) {
                    l.add(value(o, path + "[" + i++ + "]"));
                }
                return AttributeValue.ownedL(l);
            }
            case "M":
                if (!(v instanceof Map<?, ?> m)) {
                    throw new BadRecord("M at " + path + " is not an object");
                }
                return AttributeValue.ownedM(map(m, path));
            default:
                throw new BadRecord("unknown attribute type \"" + type + "\" at " + path);
        }
    }

    private static String string(Object v, String path, String type) throws BadRecord {
        if (!(v instanceof String s)) {
            throw new BadRecord(type + " at " + path + " is not a JSON string");
        }
        return s;
    }

    private static String number(Object v, String path) throws BadRecord {
        if (!(v instanceof String s)) {
            throw new BadRecord("a number at " + path + " is not written as a JSON string");
        }
        try {
            new java.math.BigDecimal(s.trim());
        } catch (NumberFormatException e) {
            throw new BadRecord("\"" + s + "\" at " + path + " is not a number");
        }
        return s.trim();
    }

    private static byte[] binary(Object v, String path) throws BadRecord {
        if (!(v instanceof String s)) {
            throw new BadRecord("a binary value at " + path + " is not a base64 JSON string");
        }
        try {
            return Base64.getDecoder().decode(s);
        } catch (IllegalArgumentException e) {
            throw new BadRecord("a binary value at " + path + " is not valid base64");
        }
    }

    private static List<?> array(Object v, String path, String type) throws BadRecord {
        if (!(v instanceof List<?> l)) {
            throw new BadRecord(type + " at " + path + " is not a JSON array");
        }
        return l;
    }
}
