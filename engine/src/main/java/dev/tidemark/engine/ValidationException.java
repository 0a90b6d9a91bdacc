package dev.tidemark.engine;

/** A request is malformed or violates a limit or rule; nothing was changed. */
public final class ValidationException extends TidemarkException {
    private static final long serialVersionUID = 1L;

    /** Creates the error with DynamoDB's message text. */
    public ValidationException(String message) {
        super(message);
    }
}
