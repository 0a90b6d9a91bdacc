package dev.tidemark.engine.internal.log;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The exclusive {@link FileLock} on the {@code LOCK} file of a commit log directory, which keeps
 * every other opener out while a {@link CommitLog} is open: another process, or another open log in
 * this JVM. The operating system releases the lock when the process dies, so a crash never leaves
 * the directory locked.
 */
final class DirectoryLock {
    private static final String LOCK_FILE = "LOCK";

    private final FileChannel channel;
    private final FileLock lock;

    private DirectoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Creates {@code LOCK} in {@code dir} if needed and locks it.
     *
     * @param dir the log directory (absolute, existing)
     * @throws IllegalStateException if another process, or another open log in this JVM, holds it
     * @throws IOException if the lock file cannot be created or locked
     */
    static DirectoryLock acquire(Path dir) throws IOException {
        FileChannel channel = FileChannel.open(dir.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        try {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                throw new IllegalStateException("commit log directory " + dir
                        + " is already open in this JVM (its LOCK file is held)");
            }
            if (lock == null) {
                throw new IllegalStateException("commit log directory " + dir
                        + " is in use by another process (its LOCK file is held); only one process may open a database directory");
            }
            return new DirectoryLock(channel, lock);
        } catch (IOException | RuntimeException | Error e) {
            closeQuietly(channel);
            throw e;
        }
    }

    /** Releases the lock and closes the lock file; errors are ignored (closing releases it too). */
    void release() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel releases it too
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing more to release
        }
    }
}
