package dev.tidemark.engine.model;

/** The state of a table's time-to-live setting (reference 6.1). */
public enum TimeToLiveStatus {
    /** Being enabled (never reported by Tidemark: the setting applies when the call returns). */
    ENABLING,
    /** Being disabled (never reported by Tidemark). */
    DISABLING,
    /** Expired items are deleted in the background. */
    ENABLED,
    /** Items never expire. */
    DISABLED
}
