package dev.tidemark.engine.internal.expr;

import dev.tidemark.engine.model.AttributeValue;
import java.util.Map;

/** A validated ConditionExpression or FilterExpression, ready to test items. */
public interface Condition {
    /**
     * Evaluates the condition (sections 4.5, 4.6). Never throws: all request-level errors were found
     * when the request was built.
     *
     * @param item the item, or {@code null} for a missing item (all attributes missing)
     * @return whether the item satisfies the condition
     */
    boolean test(Map<String, AttributeValue> item);
}
