package dev.tidemark.spring.core.mapping.event;

import org.springframework.context.ApplicationEvent;

/**
 * A lifecycle event of an entity written or deleted through the template, published to the
 * application context. Inside a Tidemark transaction the "after" events are published when the
 * write is collected, not when the transaction commits.
 *
 * @param <T> the entity type
 */
public abstract class TidemarkMappingEvent<T> extends ApplicationEvent {
    private static final long serialVersionUID = 1L;
    private final String tableName;

    /**
     * An event about an entity.
     *
     * @param source the entity
     * @param tableName its table
     */
    protected TidemarkMappingEvent(T source, String tableName) {
        super(source);
        this.tableName = tableName;
    }

    /** The entity. */
    @Override
    @SuppressWarnings("unchecked")
    public T getSource() {
        return (T) super.getSource();
    }

    /** The table the entity is stored in. */
    public String getTableName() {
        return tableName;
    }
}
