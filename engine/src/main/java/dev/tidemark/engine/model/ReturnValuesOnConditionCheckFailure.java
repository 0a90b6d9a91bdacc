package dev.tidemark.engine.model;

/** What a failed conditional write returns in its exception. */
public enum ReturnValuesOnConditionCheckFailure {
    /** Nothing. */
    NONE,
    /** The item as it is. */
    ALL_OLD
}
