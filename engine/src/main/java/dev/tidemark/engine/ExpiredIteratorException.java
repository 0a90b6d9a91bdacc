package dev.tidemark.engine;

/** A shard iterator is older than 15 minutes; get a new one with GetShardIterator. */
public final class ExpiredIteratorException extends TidemarkException {
    private static final long serialVersionUID = 1L;

    /** Creates the error with DynamoDB's message text. */
    public ExpiredIteratorException(String message) {
        super(message);
    }
}
