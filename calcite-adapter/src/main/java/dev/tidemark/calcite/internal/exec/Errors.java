package dev.tidemark.calcite.internal.exec;

import dev.tidemark.calcite.TidemarkSqlException;
import dev.tidemark.engine.TidemarkException;

/** Maps engine errors to SQL errors with a SQLState and the engine's error name. */
public final class Errors {
    private Errors() {
    }

    /** The SQL error for an engine error. */
    public static TidemarkSqlException translate(TidemarkException e) {
        return TidemarkSqlException.from(e);
    }
}
