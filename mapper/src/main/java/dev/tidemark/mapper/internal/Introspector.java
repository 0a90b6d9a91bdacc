package dev.tidemark.mapper.internal;

import dev.tidemark.mapper.MappingException;
import dev.tidemark.mapper.annotation.Ignore;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the properties of a class (record components, or non-static non-transient fields of the
 * class and its superclasses) and how to read them and create instances. Runs once per class.
 */
final class Introspector {

    /** One mapped property. */
    record Prop(String name, Type type, Class<?> raw, Annos annos, Access.Getter getter, int slot) {
    }

    /** The properties and the factory of a class. */
    record ClassInfo(Class<?> type, List<Prop> props, Factory factory) {
    }

    private Introspector() {
    }

    static ClassInfo inspect(Class<?> type) {
        if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
            throw new MappingException("Cannot map " + type.getName()
                + ": it is abstract (mark its base @Polymorphic and map its concrete subtypes)");
        }
        return type.isRecord() ? record(type) : plain(type);
    }

    private static ClassInfo record(Class<?> type) {
        RecordComponent[] comps = type.getRecordComponents();
        List<Prop> props = new ArrayList<>();
        Class<?>[] types = new Class<?>[comps.length];
        Object[] defaults = new Object[comps.length];
        int[] argOf = new int[comps.length];
        for (int i = 0; i < comps.length; i++) {
            RecordComponent c = comps[i];
            types[i] = c.getType();
            defaults[i] = zero(c.getType());
            argOf[i] = i;
            Field f = field(type, c.getName());
            Annos annos = Annos.of(c, f, c.getAccessor());
            if (annos.has(Ignore.class) || annos.jpa("Transient") != null) {
                throw new MappingException("Cannot map " + type.getName() + "." + c.getName()
                    + ": record components cannot be ignored (every component is needed to construct the record)");
            }
            props.add(new Prop(c.getName(), c.getGenericType(), c.getType(), annos, Access.getter(c.getAccessor()), i));
        }
        try {
            Constructor<?> ctor = type.getDeclaredConstructor(types);
            return new ClassInfo(type, props, new Factory.Ctor(ctor, defaults, argOf));
        } catch (NoSuchMethodException e) {
            throw new MappingException("Cannot map " + type.getName() + ": no canonical constructor", e);
        }
    }

    private static Field field(Class<?> type, String name) {
        try {
            return type.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    private static ClassInfo plain(Class<?> type) {
        List<Class<?>> chain = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            chain.add(0, c);
        }
        List<Prop> props = new ArrayList<>();
        List<Field> fields = new ArrayList<>();
        List<Method> setters = new ArrayList<>();
        Map<String, Prop> seen = new HashMap<>();
        for (Class<?> c : chain) {
            for (Field f : c.getDeclaredFields()) {
                int mod = f.getModifiers();
                if (Modifier.isStatic(mod) || Modifier.isTransient(mod) || f.isSynthetic()) {
                    continue;
                }
                String name = f.getName();
                Method getter = findGetter(type, name, f.getType());
                Method setter = findSetter(type, name, f.getType());
                Annos annos = Annos.of(f, getter, setter);
                if (annos.has(Ignore.class) || annos.jpa("Transient") != null) {
                    continue;
                }
                if (seen.containsKey(name)) {
                    throw new MappingException("Cannot map " + type.getName() + ": property " + name
                        + " is declared twice (in a superclass too)");
                }
                Access.Getter g = getter != null ? Access.getter(getter) : Access.getter(f);
                Prop p = new Prop(name, getter != null ? getter.getGenericReturnType() : f.getGenericType(), f.getType(),
                    annos, g, props.size());
                seen.put(name, p);
                props.add(p);
                fields.add(f);
                setters.add(setter);
            }
        }
        return new ClassInfo(type, props, factory(type, props, fields, setters));
    }

    private static Factory factory(Class<?> type, List<Prop> props, List<Field> fields, List<Method> setters) {
        // 1. JavaBean: a no-argument constructor and every property writable.
        Constructor<?> noArg = null;
        try {
            noArg = type.getDeclaredConstructor();
        } catch (NoSuchMethodException e) {
            // not a bean
        }
        boolean allWritable = true;
        for (int i = 0; i < props.size(); i++) {
            if (setters.get(i) == null && Modifier.isFinal(fields.get(i).getModifiers())) {
                allWritable = false;
            }
        }
        if (noArg != null && allWritable && !(type.isMemberClass() && !Modifier.isStatic(type.getModifiers()))) {
            Access.Setter[] s = new Access.Setter[props.size()];
            for (int i = 0; i < s.length; i++) {
                s[i] = setters.get(i) != null ? Access.setter(setters.get(i)) : Access.setter(fields.get(i));
            }
            return new Factory.Bean(Access.constructor(noArg), s);
        }
        // 2. A static builder() whose builder has a method per property and build().
        Factory b = builderFactory(type, props);
        if (b != null) {
            return b;
        }
        // 3. A constructor taking every property.
        Factory c = ctorFactory(type, props);
        if (c != null) {
            return c;
        }
        throw new MappingException("Cannot map " + type.getName() + ": no way to create it. Give it a no-argument "
            + "constructor with setters (or non-final fields), a static builder() with a method per property and "
            + "build(), or a constructor taking all " + props.size() + " mapped properties "
            + props.stream().map(Prop::name).toList());
    }

    private static Factory builderFactory(Class<?> type, List<Prop> props) {
        Method builder;
        try {
            builder = type.getDeclaredMethod("builder");
        } catch (NoSuchMethodException e) {
            return null;
        }
        if (!Modifier.isStatic(builder.getModifiers())) {
            return null;
        }
        Class<?> bt = builder.getReturnType();
        Method build = null;
        for (Class<?> k = bt; k != null && k != Object.class && build == null; k = k.getSuperclass()) {
            for (Method m : k.getDeclaredMethods()) {
                if (m.getName().equals("build") && m.getParameterCount() == 0 && type.isAssignableFrom(m.getReturnType())
                    && !Modifier.isStatic(m.getModifiers())) {
                    build = m;
                }
            }
        }
        if (build == null) {
            return null;
        }
        Access.Setter[] s = new Access.Setter[props.size()];
        for (Prop p : props) {
            Method m = oneArg(bt, p.name(), p.raw());
            if (m == null) {
                m = oneArg(bt, "set" + cap(p.name()), p.raw());
            }
            if (m == null) {
                m = oneArg(bt, "with" + cap(p.name()), p.raw());
            }
            if (m == null) {
                throw new MappingException("Cannot map " + type.getName() + ": its builder " + bt.getName()
                    + " has no method for property " + p.name());
            }
            s[p.slot()] = Access.setter(m);
        }
        builder.setAccessible(true);
        build.setAccessible(true);
        return new Factory.Builder(Access.unreflect(builder), Access.unreflect(build), s);
    }

    private static Method oneArg(Class<?> c, String name, Class<?> arg) {
        for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
            for (Method m : k.getDeclaredMethods()) {
                if (m.getName().equals(name) && m.getParameterCount() == 1 && m.getParameterTypes()[0] == arg
                    && !Modifier.isStatic(m.getModifiers())) {
                    return m;
                }
            }
        }
        return null;
    }

    private static Factory ctorFactory(Class<?> type, List<Prop> props) {
        int n = props.size();
        Map<String, Prop> byName = new HashMap<>();
        props.forEach(p -> byName.put(p.name(), p));
        for (Constructor<?> c : type.getDeclaredConstructors()) {
            if (c.getParameterCount() != n) {
                continue;
            }
            Parameter[] params = c.getParameters();
            int[] argOf = new int[n];
            Object[] defaults = new Object[n];
            boolean ok = true;
            boolean named = Arrays.stream(params).allMatch(Parameter::isNamePresent);
            for (int i = 0; i < n && ok; i++) {
                Prop p = named ? byName.get(params[i].getName()) : props.get(i);
                if (p == null || p.raw() != params[i].getType()) {
                    ok = false;
                } else {
                    argOf[p.slot()] = i;
                    defaults[i] = zero(p.raw());
                }
            }
            if (ok) {
                return new Factory.Ctor(c, defaults, argOf);
            }
        }
        return null;
    }

    private static Method findGetter(Class<?> type, String name, Class<?> fieldType) {
        Method m = noArg(type, "get" + cap(name));
        if (m == null && (fieldType == boolean.class || fieldType == Boolean.class)) {
            m = noArg(type, "is" + cap(name));
        }
        if (m == null && !type.isRecord()) {
            Method plain = noArg(type, name);
            if (plain != null && plain.getReturnType() == fieldType) {
                m = plain;
            }
        }
        return m != null && m.getReturnType() == fieldType ? m : null;
    }

    private static Method noArg(Class<?> type, String name) {
        try {
            Method m = type.getMethod(name);
            return Modifier.isStatic(m.getModifiers()) ? null : m;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static Method findSetter(Class<?> type, String name, Class<?> fieldType) {
        try {
            Method m = type.getMethod("set" + cap(name), fieldType);
            return Modifier.isStatic(m.getModifiers()) ? null : m;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static Object zero(Class<?> c) {
        if (!c.isPrimitive()) {
            return null;
        }
        if (c == boolean.class) {
            return false;
        }
        if (c == char.class) {
            return '\0';
        }
        if (c == long.class) {
            return 0L;
        }
        if (c == double.class) {
            return 0d;
        }
        if (c == float.class) {
            return 0f;
        }
        if (c == short.class) {
            return (short) 0;
        }
        if (c == byte.class) {
            return (byte) 0;
        }
        return 0;
    }
}
