package dev.tidemark.engine.model;

/** Who made a backup. */
public enum BackupType {
    /** Made by CreateBackup. */
    USER,
    /** Made by the database itself (the backup kept when a table with point-in-time recovery is deleted). */
    SYSTEM,
    /** Made by an external backup service; Tidemark never makes these. */
    AWS_BACKUP
}
