package dev.tidemark.engine.model;

/** How an import's source files are compressed. */
public enum InputCompressionType {
    /** gzip. */
    GZIP,
    /** Zstandard; not supported yet (an import asking for it fails with a ValidationException). */
    ZSTD,
    /** Not compressed. */
    NONE
}
