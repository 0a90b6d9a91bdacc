package dev.tidemark.spring.core.mapping.event;

/**
 * Published for an entity before it is written (after the entity callbacks ran).
 *
 * @param <T> the entity type
 */
public class BeforeSaveEvent<T> extends TidemarkMappingEvent<T> {
    private static final long serialVersionUID = 1L;

    /**
     * The event.
     *
     * @param source the entity
     * @param tableName its table
     */
    public BeforeSaveEvent(T source, String tableName) {
        super(source, tableName);
    }
}
