package dev.tidemark.engine.internal.expr;

import dev.tidemark.engine.model.AttributeValue;
import java.util.Map;

/** A validated UpdateExpression, ready to apply to items (section 4.9). */
public interface Update {
    /**
     * Applies the update to the old item. Never mutates its arguments.
     *
     * @param oldItem the current item, or {@code null} when it does not exist
     * @param key the request's primary key attributes, used to create a missing item
     * @return the new item and the ReturnValues content
     * @throws dev.tidemark.engine.ValidationException for evaluation errors (missing operand, wrong
     *     types, invalid document path)
     */
    UpdateOutcome apply(Map<String, AttributeValue> oldItem, Map<String, AttributeValue> key);
}
