package dev.tidemark.engine.model;

/** Whether a write returns the size of the item collection it touched. */
public enum ReturnItemCollectionMetrics {
    /** Return the item collection's size (tables with local secondary indexes only). */
    SIZE,
    /** Return nothing (the default). */
    NONE
}
