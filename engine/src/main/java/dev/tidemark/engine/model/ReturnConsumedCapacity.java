package dev.tidemark.engine.model;

/** Whether an operation reports the capacity it consumed, and in how much detail. */
public enum ReturnConsumedCapacity {
    /** Totals plus the table and each index touched. */
    INDEXES,
    /** Totals per table. */
    TOTAL,
    /** Nothing (the default). */
    NONE
}
