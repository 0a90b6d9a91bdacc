package dev.tidemark.engine;

/** An import was requested with a client token already used for an import with other parameters. */
public final class ImportConflictException extends TidemarkException {
    private static final long serialVersionUID = 1L;

    /** Creates the error with DynamoDB's message text. */
    public ImportConflictException(String message) {
        super(message);
    }
}
