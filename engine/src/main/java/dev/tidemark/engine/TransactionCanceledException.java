package dev.tidemark.engine;

import dev.tidemark.engine.model.CancellationReason;
import java.util.List;

/**
 * A TransactWriteItems or TransactGetItems request was cancelled: nothing was written.
 * {@link #cancellationReasons()} holds one reason per action, in request order: code {@code None}
 * for actions that were fine, else why the action failed (for example
 * {@code ConditionalCheckFailed}, with the current item when the action asked for ALL_OLD).
 */
public final class TransactionCanceledException extends TidemarkException {
    private static final long serialVersionUID = 1L;

    private final transient List<CancellationReason> reasons;

    /** Creates the error with DynamoDB's message, listing the codes. */
    public TransactionCanceledException(List<CancellationReason> reasons) {
        super("Transaction cancelled, please refer cancellation reasons for specific reasons "
            + reasons.stream().map(CancellationReason::code).toList().toString());
        this.reasons = List.copyOf(reasons);
    }

    /** One reason per action of the request, in order. */
    public List<CancellationReason> cancellationReasons() {
        return reasons;
    }
}
