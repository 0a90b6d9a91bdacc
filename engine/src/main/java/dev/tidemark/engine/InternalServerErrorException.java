package dev.tidemark.engine;

/**
 * The engine could not complete the request because of a fault on its side, most often an I/O
 * error or a full disk while appending to the commit log. The write that met the fault was not
 * acknowledged and is not applied; reads keep working, and writes resume once the cause is gone.
 * DynamoDB calls this error {@code InternalServerError}.
 */
public final class InternalServerErrorException extends TidemarkException {
    private static final long serialVersionUID = 1L;

    /** Creates the error with a message naming what failed, and its cause. */
    public InternalServerErrorException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public String errorName() {
        return "InternalServerError";
    }

    @Override
    public boolean retryable() {
        return true;
    }
}
