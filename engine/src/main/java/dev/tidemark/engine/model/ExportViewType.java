package dev.tidemark.engine.model;

/** Which images an incremental export writes for a changed item. */
public enum ExportViewType {
    /** The item as it was at the end of the window. */
    NEW_IMAGE,
    /** The item at the end of the window and before it. */
    NEW_AND_OLD_IMAGES
}
