package dev.tidemark.engine.model;

/** What a Query or Scan returns. */
public enum Select {
    /** Whole items. */
    ALL_ATTRIBUTES,
    /** The attributes projected into the index (indexes only). */
    ALL_PROJECTED_ATTRIBUTES,
    /** The attributes of the projection expression. */
    SPECIFIC_ATTRIBUTES,
    /** Only the count. */
    COUNT
}
