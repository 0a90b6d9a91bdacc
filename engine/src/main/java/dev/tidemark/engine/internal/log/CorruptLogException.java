package dev.tidemark.engine.internal.log;

import java.nio.file.Path;

/**
 * A commit-log record (or checkpoint) failed validation somewhere other than the tail of the log:
 * its checksum does not match, its length is impossible, or its sequence number breaks the chain.
 * The message names the file, the record's index and its byte offset in that file. The database
 * must not open over such a log without an operator's decision (restore from a backup).
 */
public final class CorruptLogException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final long index;
    private final long offset;

    /**
     * Creates the exception.
     *
     * @param file the cycle file holding the record
     * @param index the record's index ({@code -1} if unknown)
     * @param offset the record's byte offset in the file ({@code -1} if unknown)
     * @param problem what is wrong with the record
     */
    public CorruptLogException(Path file, long index, long offset, String problem) {
        super("corrupt commit log record in " + file + " at index 0x" + Long.toHexString(index)
                + " (" + index + "), file offset " + offset + ": " + problem);
        this.file = file;
        this.index = index;
        this.offset = offset;
    }

    /** The file holding the corrupt record. */
    public Path file() {
        return file;
    }

    /** The index of the corrupt record. */
    public long index() {
        return index;
    }

    /** The byte offset of the corrupt record's data in {@link #file()}. */
    public long offset() {
        return offset;
    }
}
