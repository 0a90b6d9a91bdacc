package dev.tidemark.engine;

/**
 * Base of every error the engine raises. Each subclass is named after the DynamoDB error it stands
 * for, and {@link #errorName()} returns that name, so a server can put it on the wire unchanged.
 */
public abstract class TidemarkException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates an error with the given message. */
    protected TidemarkException(String message) {
        super(message);
    }

    /** Creates an error with the given message and cause. */
    protected TidemarkException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The DynamoDB error name, for example {@code ValidationException}. */
    public String errorName() {
        return getClass().getSimpleName();
    }

    /** Whether retrying the same request later may succeed (DynamoDB's "retry" column). */
    public boolean retryable() {
        return false;
    }
}
