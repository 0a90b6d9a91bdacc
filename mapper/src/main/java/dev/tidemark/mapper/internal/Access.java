package dev.tidemark.mapper.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;

/** Property reads and writes through method handles, resolved once when a schema is built. */
final class Access {
    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    private static final MethodType GET = MethodType.methodType(Object.class, Object.class);
    private static final MethodType SET = MethodType.methodType(void.class, Object.class, Object.class);

    private Access() {
    }

    /** Reads a property. */
    interface Getter {
        Object get(Object target);
    }

    /** Writes a property (of an object or a builder). */
    interface Setter {
        void set(Object target, Object value);
    }

    static Getter getter(Method m) {
        m.setAccessible(true);
        return fromGet(unreflect(m));
    }

    static Getter getter(Field f) {
        f.setAccessible(true);
        try {
            return fromGet(LOOKUP.unreflectGetter(f));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    static Setter setter(Method m) {
        m.setAccessible(true);
        MethodHandle mh = unreflect(m);
        if (mh.type().returnType() != void.class) {
            mh = MethodHandles.dropReturn(mh);
        }
        return fromSet(mh);
    }

    static Setter setter(Field f) {
        f.setAccessible(true);
        try {
            return fromSet(LOOKUP.unreflectSetter(f));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    static MethodHandle unreflect(Method m) {
        try {
            return LOOKUP.unreflect(m);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    static MethodHandle constructor(Constructor<?> c) {
        c.setAccessible(true);
        try {
            return LOOKUP.unreflectConstructor(c);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Getter fromGet(MethodHandle mh) {
        MethodHandle h = mh.asType(GET);
        return target -> {
            try {
                return (Object) h.invokeExact(target);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        };
    }

    private static Setter fromSet(MethodHandle mh) {
        MethodHandle h = mh.asType(SET);
        return (target, value) -> {
            try {
                h.invokeExact(target, value);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        };
    }

    /** Calls a handle taking its arguments as an array. */
    static Object invoke(MethodHandle spread, Object[] args) {
        try {
            return (Object) spread.invokeExact(args);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** Adapts a handle to {@code (Object[])Object}. */
    static MethodHandle spreader(MethodHandle mh) {
        int n = mh.type().parameterCount();
        return mh.asSpreader(Object[].class, n).asType(MethodType.methodType(Object.class, Object[].class));
    }

    /** Adapts a no-argument handle to {@code ()Object}. */
    static MethodHandle noArgs(MethodHandle mh) {
        return mh.asType(MethodType.methodType(Object.class));
    }

    static Object call(MethodHandle noArgs) {
        try {
            return (Object) noArgs.invokeExact();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    static Object call1(MethodHandle oneArg, Object arg) {
        try {
            return (Object) oneArg.invokeExact(arg);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    static MethodHandle asGet(MethodHandle mh) {
        return mh.asType(GET);
    }
}
