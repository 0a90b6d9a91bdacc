package dev.tidemark.engine.model;

/** The format of exported data files. */
public enum ExportFormat {
    /** DynamoDB JSON lines. */
    DYNAMODB_JSON,
    /** Amazon Ion text; not supported by Tidemark. */
    ION
}
