package dev.tidemark.engine;

/**
 * When a write is acknowledged. See {@code docs/design/storage.md} for what each level costs.
 */
public enum Durability {
    /**
     * Acknowledged once the commit-log record is in the memory-mapped log file. The operating
     * system writes it to disk later; it survives a crash of the process (even SIGKILL), not a
     * power loss or kernel crash. The default.
     */
    PROCESS_CRASH,
    /**
     * Acknowledged once the commit-log record has been forced to the storage device (fsync).
     * Concurrent writers share one sync (group commit). Survives power loss.
     */
    POWER_LOSS
}
