package dev.tidemark.engine;

/**
 * A TransactWriteItems request used the {@code ClientRequestToken} of a transaction that is still
 * being carried out; retry once it has finished.
 */
public final class TransactionInProgressException extends TidemarkException {
    private static final long serialVersionUID = 1L;

    /** Creates the error with DynamoDB's message text. */
    public TransactionInProgressException(String message) {
        super(message);
    }

    @Override
    public boolean retryable() {
        return true;
    }
}
