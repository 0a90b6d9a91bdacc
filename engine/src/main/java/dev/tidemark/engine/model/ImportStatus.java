package dev.tidemark.engine.model;

/** The state of an import. */
public enum ImportStatus {
    /** The table exists and items are being loaded. */
    IN_PROGRESS,
    /** Every record has been read; the valid ones are in the table. */
    COMPLETED,
    /** Being cancelled (not used by Tidemark, which has no CancelImport yet). */
    CANCELLING,
    /** Cancelled (not used by Tidemark yet). */
    CANCELLED,
    /** Stopped by an error reading the source or by the database closing. */
    FAILED
}
