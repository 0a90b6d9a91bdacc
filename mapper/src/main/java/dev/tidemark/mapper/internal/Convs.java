package dev.tidemark.mapper.internal;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tidemark.engine.model.AttributeValue;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;

/** Converters of containers and other composite values. */
final class Convs {
    private Convs() {
    }

    /** {@code Optional<T>}: empty is no attribute. */
    static Conv optional(Conv inner) {
        return new Conv() {
            @Override
            public AttributeValue write(Object value) {
                Optional<?> o = (Optional<?>) value;
                return o.isPresent() ? inner.write(o.get()) : null;
            }

            @Override
            public Object read(AttributeValue value) {
                return Optional.ofNullable(inner.read(value));
            }

            @Override
            public AttributeValue.Type type() {
                return inner.type();
            }

            @Override
            public Object absent() {
                return Optional.empty();
            }
        };
    }

    private static AttributeValue element(Conv c, Object e) {
        if (e == null) {
            return AttributeValue.nul();
        }
        AttributeValue v = c.write(e);
        return v == null ? AttributeValue.nul() : v;
    }

    private static Object readElement(Conv c, AttributeValue v) {
        return v.isNull() ? null : c.read(v);
    }

    /** Lists and other collections as L. */
    static Conv list(Conv elem, Supplier<Collection<Object>> make) {
        return new Conv() {
            @Override
            public AttributeValue write(Object value) {
                Collection<?> c = (Collection<?>) value;
                List<AttributeValue> out = new ArrayList<>(c.size());
                for (Object e : c) {
                    out.add(element(elem, e));
                }
                return AttributeValue.ownedL(out);
            }

            @Override
            public Object read(AttributeValue value) {
                Collection<Object> out = make.get();
                for (AttributeValue v : value.l()) {
                    out.add(readElement(elem, v));
                }
                return out;
            }

            @Override
            public AttributeValue.Type type() {
                return AttributeValue.Type.L;
            }
        };
    }

    /** Arrays (other than byte[]) as L. */
    static Conv array(Class<?> component, Conv elem) {
        return new Conv() {
            @Override
            public AttributeValue write(Object value) {
                int n = Array.getLength(value);
                List<AttributeValue> out = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    out.add(element(elem, Array.get(value, i)));
                }
                return AttributeValue.ownedL(out);
            }

            @Override
            public Object read(AttributeValue value) {
                List<AttributeValue> l = value.l();
                Object arr = Array.newInstance(component, l.size());
                for (int i = 0; i < l.size(); i++) {
                    Object e = readElement(elem, l.get(i));
                    if (e != null || !component.isPrimitive()) {
                        Array.set(arr, i, e);
                    }
                }
                return arr;
            }

            @Override
            public AttributeValue.Type type() {
                return AttributeValue.Type.L;
            }
        };
    }

    /** Sets: SS, NS or BS when the elements are strings, numbers or binary; else L. Empty sets are no attribute. */
    static Conv set(Conv elem, boolean sorted) {
        AttributeValue.Type et = elem.type();
        Supplier<Set<Object>> make = sorted ? TreeSet::new : LinkedHashSet::new;
        if (et != AttributeValue.Type.S && et != AttributeValue.Type.N && et != AttributeValue.Type.B) {
            Conv l = list(elem, () -> (Collection<Object>) make.get());
            return new Conv() {
                @Override
                public AttributeValue write(Object value) {
                    return ((Collection<?>) value).isEmpty() ? null : l.write(value);
                }

                @Override
                public Object read(AttributeValue value) {
                    return l.read(value);
                }

                @Override
                public AttributeValue.Type type() {
                    return AttributeValue.Type.L;
                }

                @Override
                public Object absent() {
                    return make.get();
                }
            };
        }
        AttributeValue.Type setType = et == AttributeValue.Type.S ? AttributeValue.Type.SS
            : et == AttributeValue.Type.N ? AttributeValue.Type.NS : AttributeValue.Type.BS;
        return new Conv() {
            @Override
            public AttributeValue write(Object value) {
                Collection<?> c = (Collection<?>) value;
                if (c.isEmpty()) {
                    return null;
                }
                if (setType == AttributeValue.Type.BS) {
                    List<byte[]> out = new ArrayList<>(c.size());
                    for (Object e : c) {
                        out.add(elem.write(requireElement(e)).b());
                    }
                    return AttributeValue.ownedBs(out);
                }
                List<String> out = new ArrayList<>(c.size());
                for (Object e : c) {
                    AttributeValue v = elem.write(requireElement(e));
                    out.add(setType == AttributeValue.Type.SS ? v.s() : v.n());
                }
                return setType == AttributeValue.Type.SS ? AttributeValue.fromSs(out) : AttributeValue.fromNs(out);
            }

            @Override
            public Object read(AttributeValue value) {
                Set<Object> out = make.get();
                switch (value.type()) {
                    case SS -> value.ss().forEach(s -> out.add(elem.read(AttributeValue.fromS(s))));
                    case NS -> value.ns().forEach(s -> out.add(elem.read(AttributeValue.fromN(s))));
                    case BS -> value.bsUnsafe().forEach(b -> out.add(elem.read(AttributeValue.ownedB(b.clone()))));
                    case L -> value.l().forEach(v -> out.add(readElement(elem, v)));
                    default -> throw new IllegalArgumentException("expected a set, found " + value.type());
                }
                return out;
            }

            @Override
            public AttributeValue.Type type() {
                return setType;
            }

            /** Sets cannot be stored empty, so a missing set reads as an empty one. */
            @Override
            public Object absent() {
                return make.get();
            }
        };
    }

    private static Object requireElement(Object e) {
        if (e == null) {
            throw new IllegalArgumentException("sets cannot hold null");
        }
        return e;
    }

    /** Maps as M, with keys written as strings. */
    static Conv map(Function<Object, String> keyOut, Function<String, Object> keyIn, Conv value, boolean sorted) {
        return new Conv() {
            @Override
            public AttributeValue write(Object v) {
                Map<?, ?> m = (Map<?, ?>) v;
                Map<String, AttributeValue> out = new LinkedHashMap<>(m.size() * 2);
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    out.put(keyOut.apply(e.getKey()), element(value, e.getValue()));
                }
                return AttributeValue.ownedM(out);
            }

            @Override
            public Object read(AttributeValue v) {
                Map<Object, Object> out = sorted ? new TreeMap<>() : new LinkedHashMap<>();
                for (Map.Entry<String, AttributeValue> e : v.m().entrySet()) {
                    out.put(keyIn.apply(e.getKey()), readElement(value, e.getValue()));
                }
                return out;
            }

            @Override
            public AttributeValue.Type type() {
                return AttributeValue.Type.M;
            }
        };
    }

    /** A nested class or record as M; the model is looked up lazily so recursive types work. */
    static Conv struct(Supplier<StructModel> model) {
        return new Conv() {
            private volatile StructModel resolved;

            private StructModel model() {
                StructModel m = resolved;
                if (m == null) {
                    m = model.get();
                    resolved = m;
                }
                return m;
            }

            @Override
            public AttributeValue write(Object value) {
                Map<String, AttributeValue> out = new LinkedHashMap<>();
                model().write(value, out);
                return AttributeValue.ownedM(out);
            }

            @Override
            public Object read(AttributeValue value) {
                return model().read(value.m());
            }

            @Override
            public AttributeValue.Type type() {
                return AttributeValue.Type.M;
            }
        };
    }

    /** Any value as a JSON string through Jackson. */
    static Conv json(ObjectMapper mapper, JavaType type) {
        return new Conv() {
            @Override
            public AttributeValue write(Object value) {
                try {
                    return AttributeValue.fromS(mapper.writeValueAsString(value));
                } catch (Exception e) {
                    throw new IllegalArgumentException("JSON serialization failed: " + e.getMessage(), e);
                }
            }

            @Override
            public Object read(AttributeValue value) {
                try {
                    return mapper.readValue(value.s(), type);
                } catch (Exception e) {
                    throw new IllegalArgumentException("JSON deserialization failed: " + e.getMessage(), e);
                }
            }

            @Override
            public AttributeValue.Type type() {
                return AttributeValue.Type.S;
            }
        };
    }

    /** A Jakarta Persistence AttributeConverter in front of the standard conversion of its database type. */
    static Conv jpa(Object converter, Method toDb, Method toEntity, Conv db) {
        toDb.setAccessible(true);
        toEntity.setAccessible(true);
        return new Conv() {
            @Override
            public AttributeValue write(Object value) {
                Object d = call(toDb, value);
                return d == null ? null : db.write(d);
            }

            @Override
            public Object read(AttributeValue value) {
                return call(toEntity, db.read(value));
            }

            private Object call(Method m, Object arg) {
                try {
                    return m.invoke(converter, arg);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("converter " + converter.getClass().getName() + " failed", e);
                }
            }

            @Override
            public AttributeValue.Type type() {
                return db.type();
            }
        };
    }
}
