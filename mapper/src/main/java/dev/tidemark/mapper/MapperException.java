package dev.tidemark.mapper;

/** Base of the mapper's own errors. Errors of the engine (ValidationException, ...) pass through unchanged. */
public class MapperException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an error.
     *
     * @param message what went wrong
     */
    public MapperException(String message) {
        super(message);
    }

    /**
     * Creates an error with a cause.
     *
     * @param message what went wrong
     * @param cause the underlying error
     */
    public MapperException(String message, Throwable cause) {
        super(message, cause);
    }
}
