package dev.tidemark.engine.model;

/** The scalar types a key attribute may have. */
public enum ScalarAttributeType {
    /** String. */
    S,
    /** Number. */
    N,
    /** Binary. */
    B
}
