package dev.tidemark.engine;

/**
 * A TransactWriteItems request reused a {@code ClientRequestToken} of the last 10 minutes with
 * different parameters; nothing was written.
 */
public final class IdempotentParameterMismatchException extends TidemarkException {
    private static final long serialVersionUID = 1L;

    /** Creates the error with DynamoDB's message text. */
    public IdempotentParameterMismatchException(String message) {
        super(message);
    }
}
