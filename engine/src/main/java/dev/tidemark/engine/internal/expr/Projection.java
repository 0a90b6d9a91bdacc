package dev.tidemark.engine.internal.expr;

import dev.tidemark.engine.model.AttributeValue;
import java.util.Map;
import java.util.Set;

/** A validated ProjectionExpression (section 4.10). */
public interface Projection {
    /**
     * The sub-tree of {@code item} selected by the projection.
     *
     * @param item an item, or {@code null}
     * @return the projected item (possibly empty), or {@code null} when {@code item} is null
     */
    Map<String, AttributeValue> apply(Map<String, AttributeValue> item);

    /** Top-level attribute names the projection touches. */
    Set<String> topLevelNames();
}
