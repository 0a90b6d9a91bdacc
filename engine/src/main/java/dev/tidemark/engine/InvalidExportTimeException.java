package dev.tidemark.engine;

/** The export time lies outside the table's point-in-time recovery window. */
public final class InvalidExportTimeException extends TidemarkException {
    private static final long serialVersionUID = 1L;

    /** Creates the error with DynamoDB's message text. */
    public InvalidExportTimeException(String message) {
        super(message);
    }
}
