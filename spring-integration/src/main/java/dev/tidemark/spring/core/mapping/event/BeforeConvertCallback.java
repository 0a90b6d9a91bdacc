package dev.tidemark.spring.core.mapping.event;

import org.springframework.data.mapping.callback.EntityCallback;

/**
 * An entity callback run before an entity is converted to an item and written (insert, save,
 * update). It may return a modified or a new instance (records), which is what gets written.
 *
 * @param <T> the entity type
 */
@FunctionalInterface
public interface BeforeConvertCallback<T> extends EntityCallback<T> {

    /**
     * Called before the entity is written.
     *
     * @param entity the entity
     * @param tableName its table
     * @return the entity to write
     */
    T onBeforeConvert(T entity, String tableName);
}
