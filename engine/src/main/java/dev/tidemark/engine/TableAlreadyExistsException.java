package dev.tidemark.engine;

/** A restore's target table exists already. */
public final class TableAlreadyExistsException extends TidemarkException {
    private static final long serialVersionUID = 1L;

    /** Creates the error with DynamoDB's message text. */
    public TableAlreadyExistsException(String message) {
        super(message);
    }
}
