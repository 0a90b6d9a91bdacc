package dev.tidemark.engine;

/** The resource exists already, or is in a state that does not allow the operation. */
public final class ResourceInUseException extends TidemarkException {
    private static final long serialVersionUID = 1L;

    /** Creates the error with DynamoDB's message text. */
    public ResourceInUseException(String message) {
        super(message);
    }
}
