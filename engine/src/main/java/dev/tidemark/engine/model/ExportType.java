package dev.tidemark.engine.model;

/** What an export contains. */
public enum ExportType {
    /** The whole table as of one point in time. */
    FULL_EXPORT,
    /** The items changed between two points in time. */
    INCREMENTAL_EXPORT
}
