package dev.tidemark.engine;

/** The export does not exist. */
public final class ExportNotFoundException extends TidemarkException {
    private static final long serialVersionUID = 1L;

    /** Creates the error with DynamoDB's message text. */
    public ExportNotFoundException(String message) {
        super(message);
    }
}
