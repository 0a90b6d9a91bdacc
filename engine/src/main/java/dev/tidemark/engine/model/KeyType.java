package dev.tidemark.engine.model;

/** The role of a key attribute. */
public enum KeyType {
    /** The partition key. */
    HASH,
    /** The sort key. */
    RANGE
}
