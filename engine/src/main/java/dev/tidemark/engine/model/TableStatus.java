package dev.tidemark.engine.model;

/** The life-cycle state of a table. */
public enum TableStatus {
    /** Being created. */
    CREATING,
    /** Being changed. */
    UPDATING,
    /** Being deleted. */
    DELETING,
    /** Ready for use. */
    ACTIVE
}
