package dev.tidemark.engine.model;

/** Which capacity of a table or index an auto scaling policy drives. */
public enum ScalingDimension {
    /** Read capacity units. */
    READ,
    /** Write capacity units. */
    WRITE
}
