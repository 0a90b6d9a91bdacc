package dev.tidemark.jdbc.internal;

import java.sql.SQLException;
import org.apache.calcite.avatica.AvaticaConnection;
import org.apache.calcite.avatica.AvaticaStatement;
import org.apache.calcite.avatica.NoSuchStatementException;
import java.sql.Statement;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Enforces {@code Statement.setQueryTimeout}: when a statement runs longer than its timeout, it is
 * cancelled, which stops the engine read at the next row (SQLState 57014).
 */
final class Timeouts {
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "tidemark-query-timeout");
        t.setDaemon(true);
        return t;
    });

    private Timeouts() {
    }

    /** Runs one execution of {@code target} under its query timeout. */
    static Object run(Statement target, Callable<Object> execution) throws Throwable {
        resetCancel(target);
        int seconds = target.getQueryTimeout();
        if (seconds <= 0) {
            return unwrap(execution);
        }
        ScheduledFuture<?> timer = TIMER.schedule(() -> {
            try {
                target.cancel();
            } catch (SQLException | RuntimeException ignored) {
                // the statement finished or closed meanwhile
            }
        }, seconds, TimeUnit.SECONDS);
        try {
            return unwrap(execution);
        } finally {
            timer.cancel(false);
        }
    }

    /** A cancel ends one execution only: the next one starts with the statement's cancel flag cleared. */
    private static void resetCancel(Statement target) {
        try {
            AvaticaStatement s = target.unwrap(AvaticaStatement.class);
            AvaticaConnection c = s.getConnection().unwrap(AvaticaConnection.class);
            c.getCancelFlag(s.handle).set(false);
        } catch (SQLException | NoSuchStatementException | RuntimeException ignored) {
            // not an Avatica statement or already closed: nothing to reset
        }
    }

    private static Object unwrap(Callable<Object> execution) throws Throwable {
        try {
            return execution.call();
        } catch (SQLException | RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw e;
        }
    }
}
