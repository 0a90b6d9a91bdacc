package dev.tidemark.engine;

/** A shard iterator or sequence number points at stream records older than the 24-hour retention. */
public final class TrimmedDataAccessException extends TidemarkException {
    private static final long serialVersionUID = 1L;

    /** Creates the error with DynamoDB's message text. */
    public TrimmedDataAccessException(String message) {
        super(message);
    }
}
