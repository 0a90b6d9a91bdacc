package dev.tidemark.engine.model;

/** The life-cycle state of an export. */
public enum ExportStatus {
    /** Running in the background. */
    IN_PROGRESS,
    /** All files written. */
    COMPLETED,
    /** Stopped by an error; see the failure code and message. */
    FAILED
}
