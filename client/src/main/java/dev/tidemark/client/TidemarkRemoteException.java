package dev.tidemark.client;

import dev.tidemark.engine.TidemarkException;

/**
 * An error of the DynamoDB API that has no engine exception type of its own: the request could not be
 * read ({@code SerializationException}), named no known operation ({@code UnknownOperationException}),
 * or was not authenticated ({@code UnrecognizedClientException}, {@code InvalidSignatureException},
 * {@code MissingAuthenticationTokenException}, ...). Errors the engine knows (validation, conditional
 * checks, missing tables, cancelled transactions, ...) arrive as the engine's own exception types.
 */
public final class TidemarkRemoteException extends TidemarkException {
    private static final long serialVersionUID = 1L;

    private final String errorName;
    private final int statusCode;

    /**
     * Creates the error.
     *
     * @param errorName the DynamoDB error name, for example {@code SerializationException}
     * @param message the message
     * @param statusCode the HTTP status the server answers with (400 for client errors)
     */
    public TidemarkRemoteException(String errorName, String message, int statusCode) {
        super(message);
        this.errorName = errorName;
        this.statusCode = statusCode;
    }

    @Override
    public String errorName() {
        return errorName;
    }

    /** The HTTP status code of the error (400 for client errors, 5xx for server faults). */
    public int statusCode() {
        return statusCode;
    }

    @Override
    public boolean retryable() {
        return statusCode >= 500;
    }
}
