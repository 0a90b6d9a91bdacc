package dev.tidemark.engine;

/** No import has the given ARN. */
public final class ImportNotFoundException extends TidemarkException {
    private static final long serialVersionUID = 1L;

    /** Creates the error with DynamoDB's message text. */
    public ImportNotFoundException(String message) {
        super(message);
    }
}
