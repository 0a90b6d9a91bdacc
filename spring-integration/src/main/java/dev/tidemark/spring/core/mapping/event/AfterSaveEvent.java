package dev.tidemark.spring.core.mapping.event;

/**
 * Published for an entity after it was written (or collected into a transaction).
 *
 * @param <T> the entity type
 */
public class AfterSaveEvent<T> extends TidemarkMappingEvent<T> {
    private static final long serialVersionUID = 1L;

    /**
     * The event.
     *
     * @param source the entity
     * @param tableName its table
     */
    public AfterSaveEvent(T source, String tableName) {
        super(source, tableName);
    }
}
