package dev.tidemark.engine.model;

/** The life-cycle state of an on-demand backup. */
public enum BackupStatus {
    /** Being written. */
    CREATING,
    /** Deleted. */
    DELETED,
    /** Complete and restorable. */
    AVAILABLE
}
