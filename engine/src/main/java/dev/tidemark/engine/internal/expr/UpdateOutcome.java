package dev.tidemark.engine.internal.expr;

import dev.tidemark.engine.model.AttributeValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The result of applying an {@link Update}: the new item and the ReturnValues content (section 3.6). */
public final class UpdateOutcome {
    private final Map<String, AttributeValue> newItem;
    private final Map<String, AttributeValue> updatedOld;
    private final Map<String, AttributeValue> updatedNew;

    UpdateOutcome(Map<String, AttributeValue> newItem, Map<String, AttributeValue> updatedOld,
                  Map<String, AttributeValue> updatedNew) {
        this.newItem = newItem == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(newItem));
        this.updatedOld = Collections.unmodifiableMap(new LinkedHashMap<>(updatedOld));
        this.updatedNew = Collections.unmodifiableMap(new LinkedHashMap<>(updatedNew));
    }

    /** The item after the update; {@code null} when no item exists afterwards. */
    public Map<String, AttributeValue> newItem() {
        return newItem;
    }

    /** ReturnValues {@code UPDATED_OLD}: old values of the targets that existed, nested in their parents. */
    public Map<String, AttributeValue> updatedOld() {
        return updatedOld;
    }

    /** ReturnValues {@code UPDATED_NEW}: new values of the targets that exist afterwards, nested in their parents. */
    public Map<String, AttributeValue> updatedNew() {
        return updatedNew;
    }

    @Override
    public String toString() {
        return "UpdateOutcome{newItem=" + newItem + ", updatedOld=" + updatedOld + ", updatedNew=" + updatedNew + "}";
    }
}
