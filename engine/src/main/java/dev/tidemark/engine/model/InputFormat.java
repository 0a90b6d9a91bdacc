package dev.tidemark.engine.model;

/** The format of an import's source files. */
public enum InputFormat {
    /** JSON Lines, one {@code {"Item":{...}}} object per line (the format exports write). */
    DYNAMODB_JSON,
    /** Comma-separated (or other delimiter) values with a header line or a header list. */
    CSV,
    /** Amazon Ion text; not supported yet (an import asking for it fails with a ValidationException). */
    ION
}
