package dev.tidemark.server.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import org.apache.calcite.avatica.AvaticaSeverity;
import org.apache.calcite.avatica.remote.AvaticaRuntimeException;
import org.apache.calcite.avatica.remote.Service;

/**
 * Wraps an Avatica {@link Service} so that errors reach the client with their SQLState: Avatica sends
 * only an {@link AvaticaRuntimeException}'s state, so the first SQLException in the cause chain is
 * turned into one.
 */
public final class SqlStateService {
    private SqlStateService() {
    }

    /** The wrapped service. */
    public static Service wrap(Service target) {
        return (Service) Proxy.newProxyInstance(SqlStateService.class.getClassLoader(), new Class<?>[] {Service.class},
                (proxy, m, args) -> {
                    try {
                        return m.invoke(target, args);
                    } catch (InvocationTargetException e) {
                        Throwable cause = e.getCause();
                        if (cause instanceof AvaticaRuntimeException) {
                            throw cause;
                        }
                        for (Throwable t = cause; t != null; t = t.getCause()) {
                            if (t instanceof SQLException s && s.getSQLState() != null) {
                                throw new AvaticaRuntimeException(s.getMessage(), s.getErrorCode(), s.getSQLState(),
                                        AvaticaSeverity.ERROR);
                            }
                        }
                        throw cause;
                    }
                });
    }
}
