package dev.tidemark.engine.model;

/** How a table is billed and throttled. */
public enum BillingMode {
    /** Provisioned read and write capacity. */
    PROVISIONED,
    /** On demand: no provisioning. */
    PAY_PER_REQUEST
}
