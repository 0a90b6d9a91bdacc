package dev.tidemark.engine;

/** The backup does not exist (or was deleted). */
public final class BackupNotFoundException extends TidemarkException {
    private static final long serialVersionUID = 1L;

    /** Creates the error with DynamoDB's message text. */
    public BackupNotFoundException(String message) {
        super(message);
    }
}
