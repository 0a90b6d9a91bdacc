package dev.tidemark.engine.model;

/** Which backups ListBackups returns. */
public enum BackupTypeFilter {
    /** User backups only (the default). */
    USER,
    /** System backups only. */
    SYSTEM,
    /** Backups of an external backup service. */
    AWS_BACKUP,
    /** Every backup. */
    ALL
}
