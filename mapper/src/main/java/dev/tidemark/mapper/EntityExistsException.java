package dev.tidemark.mapper;

/** {@code persist} found an item with the same key; nothing was written. */
public class EntityExistsException extends MapperException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the error.
     *
     * @param message names the entity type and key
     * @param cause the engine's conditional-check error
     */
    public EntityExistsException(String message, Throwable cause) {
        super(message, cause);
    }
}
