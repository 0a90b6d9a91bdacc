package dev.tidemark.engine;

/** A restore's target table is being created or deleted. */
public final class TableInUseException extends TidemarkException {
    private static final long serialVersionUID = 1L;

    /** Creates the error with DynamoDB's message text. */
    public TableInUseException(String message) {
        super(message);
    }
}
