package dev.tidemark.mapper;

/**
 * A one-off update of one item, addressed by key, built from a few actions without reading the
 * item first. Property names are used; values are converted with the properties' converters. A
 * versioned entity's version is incremented by every update. Made by
 * {@link EntityManager#update(Class, Key)} or inside a {@link Transaction}.
 *
 * @param <T> the entity type
 */
public interface Update<T> {

    /** Sets a property. A null value removes the attribute. */
    Update<T> set(String property, Object value);

    /** Sets a property only if the item does not have it yet. */
    Update<T> setIfAbsent(String property, Object value);

    /** Adds {@code delta} to a numeric property (a missing one counts as 0). */
    Update<T> increment(String property, Number delta);

    /** Adds elements to a set property. */
    Update<T> addToSet(String property, Object... elements);

    /** Removes elements from a set property. */
    Update<T> removeFromSet(String property, Object... elements);

    /** Removes a property's attribute. */
    Update<T> remove(String property);

    /** Writes only if the stored version equals {@code version}, else {@link OptimisticLockException}. */
    Update<T> expectVersion(long version);

    /** An extra condition (syntax as in {@link Query} filters). */
    Update<T> condition(String expression);

    /** A value for {@code :name} in the condition. */
    Update<T> param(String name, Object value);

    /** Creates the item when it does not exist (by default a missing item is an {@link EntityNotFoundException}). */
    Update<T> upsert();

    /**
     * Runs the update (not available inside a transaction, which runs it on commit).
     *
     * @return the entity as stored after the update
     */
    T execute();
}
