package dev.tidemark.engine.model;

/** Which attributes a secondary index holds. */
public enum ProjectionType {
    /** Every attribute of the item. */
    ALL,
    /** Only the table's and the index's key attributes. */
    KEYS_ONLY,
    /** The key attributes and the listed non-key attributes. */
    INCLUDE
}
