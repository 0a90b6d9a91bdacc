package dev.tidemark.mapper;

/**
 * A write of a versioned entity found another version stored (or no item where one was expected):
 * someone else wrote it since it was read. Nothing was written; re-read and retry.
 */
public class OptimisticLockException extends MapperException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the error.
     *
     * @param message names the entity type, the key and the expected version
     * @param cause the engine's conditional-check error
     */
    public OptimisticLockException(String message, Throwable cause) {
        super(message, cause);
    }
}
