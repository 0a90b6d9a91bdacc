package dev.tidemark.client.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tidemark.client.TidemarkRemoteException;
import dev.tidemark.engine.ValidationException;
import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.engine.model.Record;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Converts the engine's request, result and model objects to and from DynamoDB's JSON. The engine's
 * shapes carry DynamoDB's member names (property {@code tableName} is JSON {@code TableName}), are
 * immutable and built with builders, so one description per class, read once from the class (its
 * fields, their accessors and the builder's setters), serves every operation:
 * {@link AttributeValue} is written as {@code {"S": "..."}} and friends, timestamps as epoch seconds,
 * enums by name. The one exception to capitalised names is the Streams API's {@link Record}, whose
 * members DynamoDB spells as the properties ({@code eventID}, {@code eventName}, {@code dynamodb}, ...).
 *
 * <p>Reading is strict: a JSON value of the wrong type is a {@code SerializationException}; a member
 * the engine does not support is a {@code ValidationException} naming it (except
 * {@code ReturnConsumedCapacity=NONE}, which asks for nothing); a malformed {@link AttributeValue}
 * is DynamoDB's ValidationException.
 */
public final class WireCodec {
    /** The JSON mapper used for request and response bodies. */
    public static final ObjectMapper JSON = new ObjectMapper();

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    /** Members DynamoDB has that ask for nothing when they hold these values. */
    private static final Map<String, Set<String>> HARMLESS = Map.of(
            "ReturnConsumedCapacity", Set.of("NONE"),
            "ReturnItemCollectionMetrics", Set.of("NONE"));

    private WireCodec() {
    }

    // ---------------------------------------------------------------- writing

    /** The JSON object for a request, result or model object. */
    public static ObjectNode write(Object shape) {
        JsonNode n = value(shape);
        if (!(n instanceof ObjectNode o)) {
            throw new IllegalArgumentException("not a shape: " + shape);
        }
        return o;
    }

    /** The JSON for an item or key ({@code {"name": {"S": "..."}, ...}}). */
    public static ObjectNode writeItem(Map<String, AttributeValue> item) {
        ObjectNode o = NODES.objectNode();
        item.forEach((k, v) -> o.set(k, attributeValue(v)));
        return o;
    }

    private static JsonNode value(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof AttributeValue av) {
            return attributeValue(av);
        }
        if (v instanceof String s) {
            return NODES.textNode(s);
        }
        if (v instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (v instanceof Integer i) {
            return NODES.numberNode(i);
        }
        if (v instanceof Long l) {
            return NODES.numberNode(l);
        }
        if (v instanceof Double d) {
            return NODES.numberNode(d);
        }
        if (v instanceof Instant t) {
            return NODES.numberNode(BigDecimal.valueOf(t.getEpochSecond()).add(BigDecimal.valueOf(t.getNano(), 9))
                    .stripTrailingZeros());
        }
        if (v instanceof Enum<?> e) {
            return NODES.textNode(e.name());
        }
        if (v instanceof List<?> list) {
            ArrayNode a = NODES.arrayNode();
            for (Object e : list) {
                a.add(value(e));
            }
            return a;
        }
        if (v instanceof Map<?, ?> map) {
            ObjectNode o = NODES.objectNode();
            map.forEach((k, e) -> o.set((String) k, value(e)));
            return o;
        }
        Shape shape = Shape.of(v.getClass());
        ObjectNode o = NODES.objectNode();
        for (Member m : shape.members) {
            Object x;
            try {
                x = m.getter.invoke(v);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + m.jsonName + " of " + v.getClass().getName(), e);
            }
            JsonNode n = value(x);
            if (n != null) {
                o.set(m.jsonName, n);
            }
        }
        return o;
    }

    /** DynamoDB's JSON for one attribute value. */
    public static ObjectNode attributeValue(AttributeValue v) {
        ObjectNode o = NODES.objectNode();
        Base64.Encoder b64 = Base64.getEncoder();
        switch (v.type()) {
            case S -> o.put("S", v.s());
            case N -> o.put("N", v.n());
            case B -> o.put("B", b64.encodeToString(v.b()));
            case BOOL -> o.put("BOOL", v.bool());
            case NULL -> o.put("NULL", true);
            case M -> o.set("M", writeItem(v.m()));
            case L -> {
                ArrayNode a = o.putArray("L");
                v.l().forEach(e -> a.add(attributeValue(e)));
            }
            case SS -> {
                ArrayNode a = o.putArray("SS");
                v.ss().forEach(a::add);
            }
            case NS -> {
                ArrayNode a = o.putArray("NS");
                v.ns().forEach(a::add);
            }
            case BS -> {
                ArrayNode a = o.putArray("BS");
                v.bs().forEach(b -> a.add(b64.encodeToString(b)));
            }
            default -> throw new IllegalStateException("unknown attribute value type " + v.type());
        }
        return o;
    }

    // ---------------------------------------------------------------- reading

    /** Reads an object of {@code type} (a request, result or model class) from JSON. */
    public static <T> T read(JsonNode json, Class<T> type) {
        return type.cast(read(json, (Type) type, type.getSimpleName()));
    }

    /** Reads an item or key ({@code {"name": {"S": "..."}, ...}}). */
    public static Map<String, AttributeValue> readItem(JsonNode json, String where) {
        if (json == null || json.isNull()) {
            return null;
        }
        if (!json.isObject()) {
            throw serialization(where, "an object of attribute values");
        }
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = json.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            item.put(e.getKey(), readAttributeValue(e.getValue(), where + "." + e.getKey()));
        }
        return item;
    }

    private static Object read(JsonNode n, Type type, String where) {
        if (n == null || n.isNull()) {
            return null;
        }
        Class<?> raw = raw(type);
        if (raw == AttributeValue.class) {
            return readAttributeValue(n, where);
        }
        if (raw == String.class) {
            if (!n.isTextual()) {
                throw serialization(where, "a string");
            }
            return n.textValue();
        }
        if (raw == Boolean.class || raw == boolean.class) {
            if (!n.isBoolean()) {
                throw serialization(where, "a boolean");
            }
            return n.booleanValue();
        }
        if (raw == Integer.class || raw == int.class) {
            if (!n.isIntegralNumber() || !n.canConvertToInt()) {
                throw serialization(where, "an integer");
            }
            return n.intValue();
        }
        if (raw == Long.class || raw == long.class) {
            if (!n.isIntegralNumber() || !n.canConvertToLong()) {
                throw serialization(where, "a long integer");
            }
            return n.longValue();
        }
        if (raw == Double.class || raw == double.class) {
            if (!n.isNumber()) {
                throw serialization(where, "a number");
            }
            return n.doubleValue();
        }
        if (raw == Instant.class) {
            if (!n.isNumber()) {
                throw serialization(where, "a timestamp in epoch seconds");
            }
            BigDecimal s = n.decimalValue();
            long seconds = s.longValue();
            return Instant.ofEpochSecond(seconds, s.subtract(BigDecimal.valueOf(seconds)).movePointRight(9).longValue());
        }
        if (raw.isEnum()) {
            if (!n.isTextual()) {
                throw serialization(where, "a string");
            }
            for (Object c : raw.getEnumConstants()) {
                if (((Enum<?>) c).name().equals(n.textValue())) {
                    return c;
                }
            }
            throw new ValidationException("1 validation error detected: Value '" + n.textValue() + "' at '"
                    + where + "' failed to satisfy constraint: Member must satisfy enum value set: "
                    + Arrays.toString(raw.getEnumConstants()));
        }
        if (List.class.isAssignableFrom(raw)) {
            if (!n.isArray()) {
                throw serialization(where, "a list");
            }
            Type element = argument(type, 0);
            List<Object> out = new ArrayList<>(n.size());
            for (int i = 0; i < n.size(); i++) {
                Object e = read(n.get(i), element, where + "." + (i + 1));
                if (e == null) {
                    throw serialization(where + "." + (i + 1), "a value, not null");
                }
                out.add(e);
            }
            return out;
        }
        if (Map.class.isAssignableFrom(raw)) {
            if (!n.isObject()) {
                throw serialization(where, "a map");
            }
            Type valueType = argument(type, 1);
            Map<String, Object> out = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                Object v = read(e.getValue(), valueType, where + "." + e.getKey());
                if (v == null) {
                    throw serialization(where + "." + e.getKey(), "a value, not null");
                }
                out.put(e.getKey(), v);
            }
            return out;
        }
        if (!n.isObject()) {
            throw serialization(where, "a structure");
        }
        Shape shape = Shape.of(raw);
        Object builder;
        try {
            builder = shape.builderFactory.invoke(null);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot build " + raw.getName(), e);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Member m = shape.byJsonName.get(e.getKey());
            if (m == null) {
                JsonNode v = e.getValue();
                Set<String> harmless = HARMLESS.get(e.getKey());
                if (v.isNull() || harmless != null && v.isTextual() && harmless.contains(v.textValue())) {
                    continue;
                }
                throw new ValidationException("Tidemark does not support the parameter " + e.getKey() + " of "
                        + shapeName(raw) + " (yet)");
            }
            Object v = read(e.getValue(), m.type, e.getKey());
            if (v == null && m.setter.getParameterTypes()[0].isPrimitive()) {
                continue;
            }
            try {
                m.setter.invoke(builder, v);
            } catch (IllegalAccessException e1) {
                throw new IllegalStateException(e1);
            } catch (InvocationTargetException e1) {
                if (e1.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw new IllegalStateException(e1.getCause());
            }
        }
        try {
            return shape.build.invoke(builder);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static String shapeName(Class<?> c) {
        String s = c.getSimpleName();
        return s.endsWith("Result") ? s.substring(0, s.length() - "Result".length()) + "Output"
                : s.endsWith("Request") && c.getPackageName().equals("dev.tidemark.engine")
                ? s.substring(0, s.length() - "Request".length()) + "Input" : s;
    }

    /** Reads one attribute value: exactly one of S, N, B, BOOL, NULL, M, L, SS, NS, BS. */
    public static AttributeValue readAttributeValue(JsonNode n, String where) {
        if (n == null || !n.isObject()) {
            throw serialization(where, "an attribute value object");
        }
        if (n.size() == 0) {
            throw new ValidationException("Supplied AttributeValue is empty, must contain exactly one of the"
                    + " supported datatypes");
        }
        if (n.size() > 1) {
            throw new ValidationException("Supplied AttributeValue has more than one datatypes set, must contain"
                    + " exactly one of the supported datatypes");
        }
        Map.Entry<String, JsonNode> e = n.fields().next();
        JsonNode v = e.getValue();
        String at = where + "." + e.getKey();
        switch (e.getKey()) {
            case "S":
                return AttributeValue.fromS(text(v, at));
            case "N":
                return AttributeValue.fromN(text(v, at));
            case "B":
                return AttributeValue.ownedB(base64(v, at));
            case "BOOL":
                if (!v.isBoolean()) {
                    throw serialization(at, "a boolean");
                }
                return AttributeValue.fromBool(v.booleanValue());
            case "NULL":
                if (!v.isBoolean()) {
                    throw serialization(at, "a boolean");
                }
                if (!v.booleanValue()) {
                    throw new ValidationException("One or more parameter values were invalid: Null attribute value"
                            + " types must have the value of true");
                }
                return AttributeValue.nul();
            case "M": {
                Map<String, AttributeValue> m = readItem(v, at);
                if (m == null) {
                    throw serialization(at, "a map");
                }
                return AttributeValue.ownedM(m);
            }
            case "L": {
                if (!v.isArray()) {
                    throw serialization(at, "a list");
                }
                List<AttributeValue> l = new ArrayList<>(v.size());
                for (int i = 0; i < v.size(); i++) {
                    l.add(readAttributeValue(v.get(i), at + "." + (i + 1)));
                }
                return AttributeValue.ownedL(l);
            }
            case "SS":
                return AttributeValue.fromSs(texts(v, at));
            case "NS":
                return AttributeValue.fromNs(texts(v, at));
            case "BS": {
                if (!v.isArray()) {
                    throw serialization(at, "a list");
                }
                List<byte[]> bs = new ArrayList<>(v.size());
                for (int i = 0; i < v.size(); i++) {
                    bs.add(base64(v.get(i), at));
                }
                return AttributeValue.ownedBs(bs);
            }
            default:
                throw serialization(where, "an attribute value (S, N, B, BOOL, NULL, M, L, SS, NS or BS), not "
                        + e.getKey());
        }
    }

    private static String text(JsonNode v, String where) {
        if (!v.isTextual()) {
            throw serialization(where, "a string");
        }
        return v.textValue();
    }

    private static List<String> texts(JsonNode v, String where) {
        if (!v.isArray()) {
            throw serialization(where, "a list of strings");
        }
        List<String> out = new ArrayList<>(v.size());
        for (JsonNode e : v) {
            out.add(text(e, where));
        }
        return out;
    }

    private static byte[] base64(JsonNode v, String where) {
        try {
            return Base64.getDecoder().decode(text(v, where));
        } catch (IllegalArgumentException e) {
            throw serialization(where, "base64 text");
        }
    }

    /** The error for a JSON value of the wrong type. */
    public static TidemarkRemoteException serialization(String where, String expected) {
        return new TidemarkRemoteException("SerializationException", "Unexpected value at " + where + ": expected "
                + expected, 400);
    }

    private static Class<?> raw(Type t) {
        if (t instanceof Class<?> c) {
            return c;
        }
        if (t instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new IllegalArgumentException("unsupported type " + t);
    }

    private static Type argument(Type t, int i) {
        if (t instanceof ParameterizedType p) {
            return p.getActualTypeArguments()[i];
        }
        return Object.class;
    }

    // ---------------------------------------------------------------- shapes

    private record Member(String jsonName, Method getter, Method setter, Type type) {
    }

    /** One class's members: fields in order, each with its accessor and its builder setter. */
    private static final class Shape {
        private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
            @Override
            protected Shape computeValue(Class<?> type) {
                return new Shape(type);
            }
        };

        final Method builderFactory;
        final Method build;
        final List<Member> members = new ArrayList<>();
        final Map<String, Member> byJsonName = new LinkedHashMap<>();

        static Shape of(Class<?> c) {
            return SHAPES.get(c);
        }

        private Shape(Class<?> c) {
            try {
                builderFactory = c.getMethod("builder");
                Class<?> builder = builderFactory.getReturnType();
                build = builder.getMethod("build");
                for (Field f : c.getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers())) {
                        continue;
                    }
                    Method getter = c.getMethod(f.getName());
                    Method setter = builder.getMethod(f.getName(), getter.getReturnType());
                    String json = c == Record.class ? f.getName()
                            : Character.toUpperCase(f.getName().charAt(0)) + f.getName().substring(1);
                    Member m = new Member(json, getter, setter, setter.getGenericParameterTypes()[0]);
                    members.add(m);
                    byJsonName.put(json, m);
                }
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(c.getName() + " is not a request, result or model shape: " + e, e);
            }
        }
    }
}
