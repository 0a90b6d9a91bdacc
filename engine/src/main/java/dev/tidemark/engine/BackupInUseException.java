package dev.tidemark.engine;

/** Another backup control-plane operation is running on the table or backup. */
public final class BackupInUseException extends TidemarkException {
    private static final long serialVersionUID = 1L;

    /** Creates the error with DynamoDB's message text. */
    public BackupInUseException(String message) {
        super(message);
    }
}
