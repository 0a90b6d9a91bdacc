package dev.tidemark.engine;

/** Too many concurrent control-plane operations, or more index changes than one request may make. */
public final class LimitExceededException extends TidemarkException {
    private static final long serialVersionUID = 1L;

    /** Creates the error with DynamoDB's message text. */
    public LimitExceededException(String message) {
        super(message);
    }

    @Override
    public boolean retryable() {
        return true;
    }
}
