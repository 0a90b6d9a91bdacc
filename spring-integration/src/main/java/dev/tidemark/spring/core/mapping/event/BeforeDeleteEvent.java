package dev.tidemark.spring.core.mapping.event;

/**
 * Published for an entity before it is deleted.
 *
 * @param <T> the entity type
 */
public class BeforeDeleteEvent<T> extends TidemarkMappingEvent<T> {
    private static final long serialVersionUID = 1L;

    /**
     * The event.
     *
     * @param source the entity
     * @param tableName its table
     */
    public BeforeDeleteEvent(T source, String tableName) {
        super(source, tableName);
    }
}
