package dev.tidemark.jdbc.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import dev.tidemark.calcite.TidemarkSchema;
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

    /** Wraps a statement of any kind; {@code sql} is the prepared statement's text (null for a plain statement). */
    static Statement statement(Statement target, ConnectionHandler owner, String sql) {
        Class<?> iface = target instanceof CallableStatement ? CallableStatement.class
                : target instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
        boolean preparedUpsert = sql != null && TidemarkSchema.isUpsert(sql);
        long[] ddlCount = {-1};
        ResultSet[] metadataResult = {null};
        InvocationHandler h = (proxy, m, args) -> {
            boolean[] handled = new boolean[1];
            Object w = wrapperMethod(proxy, target, m, args, handled);
            if (handled[0]) {
                return w;
            }
            String name = m.getName();
            if (name.equals("getConnection")) {
                return owner.proxy();
            }
            boolean executes = name.startsWith("execute");
            String text = executes && args != null && args.length > 0 && args[0] instanceof String q ? q : null;
            if (executes) {
                ddlCount[0] = -1;
                metadataResult[0] = null;
            }
            if (text != null && RemoteMetadata.isRequest(text)) {
                ResultSet rs = RemoteMetadata.answer(owner.proxy().getMetaData(), text);
                if (name.equals("executeQuery")) {
                    return rs;
                }
                if (!name.equals("execute")) {
                    throw new SQLException("A metadata request returns a result set", "42000");
                }
                metadataResult[0] = rs;
                return Boolean.TRUE;
            }
            if (metadataResult[0] != null) {
                switch (name) {
                    case "getResultSet":
                        return metadataResult[0];
                    case "getUpdateCount":
                        return -1;
                    case "getLargeUpdateCount":
                        return -1L;
                    case "getMoreResults":
                        metadataResult[0] = null;
                        return Boolean.FALSE;
                    default:
                        break;
                }
            }
            if (text != null && TidemarkSchema.isDdl(text)) {
                if (name.equals("executeQuery")) {
                    throw new SQLException("DDL returns no result set: use execute or executeUpdate", "42000");
                }
                runDdl(owner, text);
                ddlCount[0] = 0;
                return name.equals("execute") ? Boolean.FALSE : name.equals("executeLargeUpdate") ? (Object) 0L : (Object) 0;
            }
            if (ddlCount[0] >= 0) {
                switch (name) {
                    case "getUpdateCount":
                        return (int) ddlCount[0];
                    case "getLargeUpdateCount":
                        return ddlCount[0];
                    case "getResultSet":
                        return null;
                    case "getMoreResults":
                        ddlCount[0] = -1;
                        return Boolean.FALSE;
                    default:
                        break;
                }
            }
            Object r;
            if (executes) {
                boolean upsert = text != null ? TidemarkSchema.isUpsert(text) : preparedUpsert;
                r = Timeouts.run(target, () -> upsert ? owner.schema().upserting(() -> callAsException(target, m, args))
                        : callAsException(target, m, args));
            } else {
                r = call(target, m, args);
            }
            if (r instanceof ResultSet rs && !(r instanceof javax.sql.RowSet)) {
                return resultSet(rs, (Statement) proxy);
            }
            return r;
        };
        return (Statement) Proxy.newProxyInstance(Wrapping.class.getClassLoader(), new Class<?>[] {iface}, h);
    }

    private static Object callAsException(Object target, Method m, Object[] args) throws Exception {
        try {
            return call(target, m, args);
        } catch (Exception | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new SQLException(t);
        }
    }

    private static void runDdl(ConnectionHandler owner, String sql) throws SQLException {
        try {
            owner.schema().executeDdl(sql);
        } catch (RuntimeException e) {
            throw SqlErrors.translate(e);
        }
    }

    /**
     * A prepared DDL statement: Calcite cannot prepare DDL, so the statement is run by the adapter when
     * executed. It has no parameters and no result set.
     */
    static PreparedStatement ddlStatement(ConnectionHandler owner, String sql) {
        boolean[] closed = {false};
        long[] count = {-1};
        InvocationHandler h = (proxy, m, args) -> {
            switch (m.getName()) {
                case "unwrap":
                    if (((Class<?>) args[0]).isInstance(proxy)) {
                        return proxy;
                    }
                    throw new SQLException("Not a wrapper for " + args[0], "HY000");
                case "isWrapperFor":
                    return ((Class<?>) args[0]).isInstance(proxy);
                case "equals":
                    return proxy == args[0];
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "toString":
                    return "TidemarkDdlStatement[" + sql + "]";
                case "close":
                    closed[0] = true;
                    return null;
                case "isClosed":
                    return closed[0];
                case "getConnection":
                    return owner.proxy();
                default:
                    break;
            }
            if (closed[0]) {
                throw new SQLException("The statement is closed", "HY010");
            }
            String name = m.getName();
            if (name.startsWith("execute")) {
                if (args != null && args.length > 0 && args[0] instanceof String other) {
                    throw new SQLException("A prepared statement cannot run other SQL: " + other, "HY000");
                }
                if (name.equals("executeQuery")) {
                    throw new SQLException("DDL returns no result set: use execute or executeUpdate", "42000");
                }
                if (name.equals("executeBatch") || name.equals("executeLargeBatch")) {
                    throw new SQLException("Batches of DDL are not supported", "0A000");
                }
                runDdl(owner, sql);
                count[0] = 0;
                return name.equals("execute") ? Boolean.FALSE : name.equals("executeLargeUpdate") ? (Object) 0L : (Object) 0;
            }
            if (name.startsWith("set") && m.getParameterCount() == 2 && m.getParameterTypes()[0] == int.class) {
                throw new SQLException("DDL takes no parameters", "07009");
            }
            switch (name) {
                case "getUpdateCount":
                    return (int) count[0];
                case "getLargeUpdateCount":
                    return count[0];
                case "getMoreResults":
                    count[0] = -1;
                    return Boolean.FALSE;
                default:
                    break;
            }
            Class<?> rt = m.getReturnType();
            if (rt == boolean.class) {
                return Boolean.FALSE;
            }
            if (rt == int.class) {
                return 0;
            }
            if (rt == long.class) {
                return 0L;
            }
            return null;
        };
        return (PreparedStatement) Proxy.newProxyInstance(Wrapping.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, h);
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
