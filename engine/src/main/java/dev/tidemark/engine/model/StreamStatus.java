package dev.tidemark.engine.model;

/** The state of a stream (reference 7.3). */
public enum StreamStatus {
    /** Being enabled (never reported by Tidemark: a stream is enabled when the call returns). */
    ENABLING,
    /** Receiving records. */
    ENABLED,
    /** Being disabled (never reported by Tidemark). */
    DISABLING,
    /** Closed; its records stay readable for 24 hours. */
    DISABLED
}
