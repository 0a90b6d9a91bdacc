package dev.tidemark.calcite;

/**
 * An error raised while SQL runs against Tidemark, carrying the SQLState a JDBC driver should report
 * and, when the engine refused a call, the engine's error name (also in the message).
 */
public final class TidemarkSqlException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String sqlState;
    private final String errorName;

    /**
     * Creates an error.
     *
     * @param sqlState the SQLState, for example {@code 23505}
     * @param errorName the engine error name, or null
     * @param message the message
     * @param cause the cause, or null
     */
    public TidemarkSqlException(String sqlState, String errorName, String message, Throwable cause) {
        super(errorName == null ? message : errorName + ": " + message, cause);
        this.sqlState = sqlState;
        this.errorName = errorName;
    }

    /** The SQL error for an engine error: a SQLState chosen from the engine's error name. */
    public static TidemarkSqlException from(dev.tidemark.engine.TidemarkException e) {
        String state = switch (e.errorName()) {
            case "ResourceNotFoundException" -> "42S02";
            case "ConditionalCheckFailedException" -> "23000";
            case "TransactionCanceledException", "TransactionConflictException", "TransactionInProgressException" -> "40001";
            case "ValidationException" -> "22000";
            case "ResourceInUseException" -> "55006";
            case "LimitExceededException", "ItemCollectionSizeLimitExceededException" -> "54000";
            case "ProvisionedThroughputExceededException", "ThrottlingException", "RequestLimitExceeded" -> "53000";
            default -> "HY000";
        };
        return new TidemarkSqlException(state, e.errorName(), e.getMessage(), e);
    }

    /** The SQLState. */
    public String sqlState() {
        return sqlState;
    }

    /** The engine error name, or null. */
    public String errorName() {
        return errorName;
    }
}
