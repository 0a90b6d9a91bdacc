package dev.tidemark.engine;

import dev.tidemark.engine.model.AttributeValue;
import java.util.Map;
import java.util.Optional;

/**
 * The condition of a PutItem, UpdateItem or DeleteItem evaluated to false; nothing was written.
 * When the request asked for {@code ReturnValuesOnConditionCheckFailure=ALL_OLD} and the item
 * exists, {@link #item()} holds its current image.
 */
public final class ConditionalCheckFailedException extends TidemarkException {
    private static final long serialVersionUID = 1L;

    private final transient Map<String, AttributeValue> item;

    /** Creates the error, with the current item when one is to be returned (else {@code null}). */
    public ConditionalCheckFailedException(Map<String, AttributeValue> item) {
        super("The conditional request failed");
        this.item = item == null ? null : Map.copyOf(item);
    }

    /** The item as it was when the condition failed, if the request asked for it and it exists. */
    public Optional<Map<String, AttributeValue>> item() {
        return Optional.ofNullable(item);
    }
}
