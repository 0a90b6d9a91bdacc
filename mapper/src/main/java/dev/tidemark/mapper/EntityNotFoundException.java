package dev.tidemark.mapper;

/** An update addressed an item that does not exist; nothing was written. */
public class EntityNotFoundException extends MapperException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the error.
     *
     * @param message names the entity type and key
     * @param cause the engine's conditional-check error
     */
    public EntityNotFoundException(String message, Throwable cause) {
        super(message, cause);
    }
}
