package dev.tidemark.engine.model;

/** Which attributes a write returns. */
public enum ReturnValue {
    /** Nothing. */
    NONE,
    /** The whole item as it was before. */
    ALL_OLD,
    /** The old values of the attributes the update touched. */
    UPDATED_OLD,
    /** The whole item as it is after. */
    ALL_NEW,
    /** The new values of the attributes the update set or added. */
    UPDATED_NEW
}
