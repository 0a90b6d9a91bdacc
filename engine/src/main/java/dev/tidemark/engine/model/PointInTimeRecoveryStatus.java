package dev.tidemark.engine.model;

/** Whether point-in-time recovery is on for a table. */
public enum PointInTimeRecoveryStatus {
    /** On: the table can be restored to any second of its recovery window. */
    ENABLED,
    /** Off. */
    DISABLED
}
