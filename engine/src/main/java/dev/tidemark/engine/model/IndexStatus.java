package dev.tidemark.engine.model;

/** The life-cycle state of a global secondary index. */
public enum IndexStatus {
    /** Being built: existing items are being indexed; not readable yet. */
    CREATING,
    /** Its provisioned throughput is being changed. */
    UPDATING,
    /** Being removed. */
    DELETING,
    /** Ready for use. */
    ACTIVE
}
