package dev.tidemark.engine;

/** The restore time lies outside the table's restorable window. */
public final class InvalidRestoreTimeException extends TidemarkException {
    private static final long serialVersionUID = 1L;

    /** Creates the error with DynamoDB's message text. */
    public InvalidRestoreTimeException(String message) {
        super(message);
    }
}
