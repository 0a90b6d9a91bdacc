package dev.tidemark.engine;

/** The table (or other resource) named in the request does not exist. */
public final class ResourceNotFoundException extends TidemarkException {
    private static final long serialVersionUID = 1L;

    /** Creates the error with DynamoDB's message text. */
    public ResourceNotFoundException(String message) {
        super(message);
    }
}
