package dev.tidemark.jdbc.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Wraps Calcite's statements and result sets so that every error carries a SQLState and that
 * {@code getConnection()} / {@code getStatement()} lead back to the Tidemark objects.
 */
public final class Wrapping {
    private Wrapping() {
    }

    /** Calls {@code m} on {@code target}, translating errors. */
    static Object call(Object target, Method m, Object[] args) throws Throwable {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SQLException || cause instanceof RuntimeException) {
                throw SqlErrors.translate(cause);
            }
            throw cause;
        }
    }

    /** Common handling of Wrapper methods and equality. */
    static Object wrapperMethod(Object proxy, Object target, Method m, Object[] args, boolean[] handled)
            throws SQLException {
        handled[0] = true;
        switch (m.getName()) {
            case "unwrap": {
                Class<?> iface = (Class<?>) args[0];
                if (iface.isInstance(proxy)) {
                    return proxy;
                }
                if (iface.isInstance(target)) {
                    return target;
                }
                return ((java.sql.Wrapper) target).unwrap(iface);
            }
            case "isWrapperFor": {
                Class<?> iface = (Class<?>) args[0];
                return iface.isInstance(proxy) || iface.isInstance(target) || ((java.sql.Wrapper) target).isWrapperFor(iface);
            }
            case "equals":
                return proxy == args[0];
            case "hashCode":
                return System.identityHashCode(proxy);
            case "toString":
                return "Tidemark" + target;
            default:
                handled[0] = false;
                return null;
        }
    }

    /** Wraps a statement of any kind. */
    static Statement statement(Statement target, Connection owner) {
        Class<?> iface = target instanceof CallableStatement ? CallableStatement.class
                : target instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
        InvocationHandler h = (proxy, m, args) -> {
            boolean[] handled = new boolean[1];
            Object w = wrapperMethod(proxy, target, m, args, handled);
            if (handled[0]) {
                return w;
            }
            if (m.getName().equals("getConnection")) {
                return owner;
            }
            Object r = call(target, m, args);
            if (r instanceof ResultSet rs && !(r instanceof javax.sql.RowSet)) {
                return resultSet(rs, (Statement) proxy);
            }
            return r;
        };
        return (Statement) Proxy.newProxyInstance(Wrapping.class.getClassLoader(), new Class<?>[] {iface}, h);
    }

    /** Wraps a result set. */
    static ResultSet resultSet(ResultSet target, Statement owner) {
        InvocationHandler h = (proxy, m, args) -> {
            boolean[] handled = new boolean[1];
            Object w = wrapperMethod(proxy, target, m, args, handled);
            if (handled[0]) {
                return w;
            }
            if (m.getName().equals("getStatement")) {
                return owner;
            }
            return call(target, m, args);
        };
        return (ResultSet) Proxy.newProxyInstance(Wrapping.class.getClassLoader(), new Class<?>[] {ResultSet.class}, h);
    }
}
