package dev.tidemark.engine;

/** Requests exceeded an on-demand table's or index's maximum throughput (OnDemandThroughput); nothing was applied. Retry with backoff. */
public final class ThrottlingException extends TidemarkException {
    private static final long serialVersionUID = 1L;

    /** Creates the error with DynamoDB's message text. */
    public ThrottlingException(String message) {
        super(message);
    }

    @Override
    public boolean retryable() {
        return true;
    }
}
