package dev.tidemark.engine.model;

/** What a stream record carries besides the key (reference 7.1). */
public enum StreamViewType {
    /** Only the key attributes of the changed item. */
    KEYS_ONLY,
    /** The item as it is after the change. */
    NEW_IMAGE,
    /** The item as it was before the change. */
    OLD_IMAGE,
    /** Both images. */
    NEW_AND_OLD_IMAGES
}
