package dev.tidemark.engine;

/** An export with the same client token but other parameters exists. */
public final class ExportConflictException extends TidemarkException {
    private static final long serialVersionUID = 1L;

    /** Creates the error with DynamoDB's message text. */
    public ExportConflictException(String message) {
        super(message);
    }
}
