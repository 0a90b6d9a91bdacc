package dev.tidemark.mapper;

/**
 * A class cannot be mapped (no partition key, two sort keys, an unsupported type, a non-numeric
 * version, ...), or a table does not match its entity classes. Raised when the schema is built, with
 * a message naming the class and the property.
 */
public class MappingException extends MapperException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an error.
     *
     * @param message what is wrong, naming the class and property
     */
    public MappingException(String message) {
        super(message);
    }

    /**
     * Creates an error with a cause.
     *
     * @param message what is wrong
     * @param cause the underlying error
     */
    public MappingException(String message, Throwable cause) {
        super(message, cause);
    }
}
