package dev.tidemark.engine;

/** A write would grow an item collection of a table with local secondary indexes past 10 GB. */
public final class ItemCollectionSizeLimitExceededException extends TidemarkException {
    private static final long serialVersionUID = 1L;

    /** Creates the error with DynamoDB's message text. */
    public ItemCollectionSizeLimitExceededException(String message) {
        super(message);
    }

    @Override
    public boolean retryable() {
        return true;
    }
}
