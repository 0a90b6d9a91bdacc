package dev.tidemark.engine.internal.store;

/**
 * One entry of a secondary index: the base item's current image (shared with the table's key
 * directory, so an index never holds a copy of an item) and the size of the projected entry.
 *
 * @param item where the base item's image lives
 * @param size the DynamoDB size of the index entry: the projected attributes
 */
public record IndexEntry(ItemEntry item, int size) {
}
