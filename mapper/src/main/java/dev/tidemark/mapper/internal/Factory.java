package dev.tidemark.mapper.internal;

import java.lang.invoke.MethodHandle;

/**
 * Creates instances of a mapped class from property values: {@link #start()} a holder, {@link #set}
 * values by property slot, {@link #finish} into the instance.
 */
abstract class Factory {

    abstract Object start();

    /** Sets a slot; null values are skipped (so primitives keep their zero). */
    abstract void set(Object holder, int slot, Object value);

    abstract Object finish(Object holder);

    /** Whether {@link #set} may be applied to a finished instance (mutable JavaBeans). */
    boolean mutable() {
        return false;
    }

    /** A JavaBean: no-argument constructor, then setters or field writes. */
    static final class Bean extends Factory {
        private final MethodHandle ctor;
        private final Access.Setter[] setters;

        Bean(MethodHandle ctor, Access.Setter[] setters) {
            this.ctor = Access.noArgs(ctor);
            this.setters = setters;
        }

        @Override
        Object start() {
            return Access.call(ctor);
        }

        @Override
        void set(Object holder, int slot, Object value) {
            if (value != null) {
                setters[slot].set(holder, value);
            }
        }

        /** Sets a value even when null (used to write generated values back). */
        void setAlways(Object holder, int slot, Object value) {
            setters[slot].set(holder, value);
        }

        @Override
        Object finish(Object holder) {
            return holder;
        }

        @Override
        boolean mutable() {
            return true;
        }
    }

    /** A record's canonical constructor or an all-arguments constructor. */
    static final class Ctor extends Factory {
        private final java.lang.reflect.Constructor<?> ctor;
        private final Object[] defaults;
        /** Property slot to constructor argument position. */
        private final int[] argOf;

        Ctor(java.lang.reflect.Constructor<?> ctor, Object[] defaults, int[] argOf) {
            ctor.setAccessible(true);
            this.ctor = ctor;
            this.defaults = defaults;
            this.argOf = argOf;
        }

        @Override
        Object start() {
            return defaults.clone();
        }

        @Override
        void set(Object holder, int slot, Object value) {
            if (value != null) {
                ((Object[]) holder)[argOf[slot]] = value;
            }
        }

        @Override
        Object finish(Object holder) {
            try {
                return ctor.newInstance((Object[]) holder);
            } catch (java.lang.reflect.InvocationTargetException e) {
                Throwable t = e.getCause();
                if (t instanceof RuntimeException r) {
                    throw r;
                }
                throw new IllegalStateException(t);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** A static {@code builder()}, one method per property, then {@code build()}. */
    static final class Builder extends Factory {
        private final MethodHandle builder;
        private final MethodHandle build;
        private final Access.Setter[] setters;

        Builder(MethodHandle builder, MethodHandle build, Access.Setter[] setters) {
            this.builder = Access.noArgs(builder);
            this.build = Access.asGet(build);
            this.setters = setters;
        }

        @Override
        Object start() {
            return Access.call(builder);
        }

        @Override
        void set(Object holder, int slot, Object value) {
            if (value != null) {
                setters[slot].set(holder, value);
            }
        }

        @Override
        Object finish(Object holder) {
            return Access.call1(build, holder);
        }
    }
}
