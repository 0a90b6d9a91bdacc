package dev.tidemark.engine;

/** The source table of a backup or point-in-time operation does not exist. */
public final class TableNotFoundException extends TidemarkException {
    private static final long serialVersionUID = 1L;

    /** Creates the error with DynamoDB's message text. */
    public TableNotFoundException(String message) {
        super(message);
    }
}
