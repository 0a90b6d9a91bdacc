package dev.tidemark.engine;

/** Point-in-time recovery is not enabled for the table. */
public final class PointInTimeRecoveryUnavailableException extends TidemarkException {
    private static final long serialVersionUID = 1L;

    /** Creates the error with DynamoDB's message text. */
    public PointInTimeRecoveryUnavailableException(String message) {
        super(message);
    }
}
