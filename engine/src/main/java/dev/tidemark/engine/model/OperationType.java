package dev.tidemark.engine.model;

/** The kind of change a stream record reports (reference 7.2). */
public enum OperationType {
    /** An item was created. */
    INSERT,
    /** An existing item was changed. */
    MODIFY,
    /** An item was deleted. */
    REMOVE
}
