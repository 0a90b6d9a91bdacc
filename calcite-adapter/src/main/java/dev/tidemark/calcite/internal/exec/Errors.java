package dev.tidemark.calcite.internal.exec;

import dev.tidemark.calcite.TidemarkSqlException;
import dev.tidemark.engine.TidemarkException;

/** Maps engine errors to SQL errors with a SQLState and the engine's error name. */
public final class Errors {
    private Errors() {
    }

    /** The SQL error for an engine error. */
    public static TidemarkSqlException translate(TidemarkException e) {
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
}
