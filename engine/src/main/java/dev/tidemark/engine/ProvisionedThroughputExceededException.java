package dev.tidemark.engine;

/** Requests exceeded the provisioned throughput of a table or global secondary index; nothing was applied. Retry with backoff. */
public final class ProvisionedThroughputExceededException extends TidemarkException {
    private static final long serialVersionUID = 1L;

    /** Creates the error with DynamoDB's message text. */
    public ProvisionedThroughputExceededException(String message) {
        super(message);
    }

    @Override
    public boolean retryable() {
        return true;
    }
}
