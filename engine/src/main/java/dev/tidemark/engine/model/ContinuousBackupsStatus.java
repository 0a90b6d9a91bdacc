package dev.tidemark.engine.model;

/** Whether continuous backups are available (always ENABLED for existing tables). */
public enum ContinuousBackupsStatus {
    /** Available. */
    ENABLED,
    /** Not available. */
    DISABLED
}
