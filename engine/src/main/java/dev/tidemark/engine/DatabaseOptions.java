package dev.tidemark.engine;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of an open database. Immutable; start from {@link #defaults()} or {@link #builder()}.
 */
public final class DatabaseOptions {
    private static final DatabaseOptions DEFAULTS = builder().build();

    private final Durability durability;
    private final long itemCacheBytes;
    private final long checkpointEveryRecords;
    private final Duration checkpointInterval;
    private final Clock clock;
    private final Duration ttlSweepInterval;
    private final Object meterRegistry;

    private DatabaseOptions(Builder b) {
        this.durability = b.durability;
        this.itemCacheBytes = b.itemCacheBytes;
        this.checkpointEveryRecords = b.checkpointEveryRecords;
        this.checkpointInterval = b.checkpointInterval;
        this.clock = b.clock;
        this.ttlSweepInterval = b.ttlSweepInterval;
        this.meterRegistry = b.meterRegistry;
    }

    /**
     * The default options: {@link Durability#PROCESS_CRASH}, an item cache of an eighth of the
     * maximum heap (at least 16 MiB, at most 4 GiB), background checkpoints.
     */
    public static DatabaseOptions defaults() {
        return DEFAULTS;
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these options. */
    public Builder toBuilder() {
        return new Builder().durability(durability).itemCacheBytes(itemCacheBytes)
            .checkpointEveryRecords(checkpointEveryRecords).checkpointInterval(checkpointInterval).clock(clock)
            .ttlSweepInterval(ttlSweepInterval)
            .meterRegistry(meterRegistry);
    }

    /** When writes are acknowledged. */
    public Durability durability() {
        return durability;
    }

    /**
     * Upper bound of the heap the hot-item cache may use, in bytes (0 disables it). The cache holds
     * recently written and read items, decoded after their first read; its charge per item is an
     * estimate of the decoded item's footprint (four times its DynamoDB size plus 96 bytes).
     */
    public long itemCacheBytes() {
        return itemCacheBytes;
    }

    /** A background checkpoint is taken after this many log records since the last one. */
    public long checkpointEveryRecords() {
        return checkpointEveryRecords;
    }

    /** A background checkpoint is taken at least this often while there are new records. */
    public Duration checkpointInterval() {
        return checkpointInterval;
    }

    /**
     * The clock of time-driven features (TTL expiry, capacity refill, auto scaling, retention
     * windows). The system UTC clock by default; tests pass a clock they control. Log record
     * timestamps always come from the system clock, so recovery never depends on this one.
     */
    public Clock clock() {
        return clock;
    }

    /**
     * How often the time-to-live sweeper looks for expired items (by {@link #clock()}) and deletes
     * them; 1 second by default. Each sweep reads every item of the tables with time to live on.
     */
    public Duration ttlSweepInterval() {
        return ttlSweepInterval;
    }

    // ---- capacity and metrics

    /**
     * The Micrometer {@code MeterRegistry} the engine reports to, or null (the default): then no
     * metric is measured at all. Typed {@code Object} so that the engine needs Micrometer on the
     * class path only when a registry is configured. See {@code docs/design/capacity.md} for the
     * meters.
     */
    public Object meterRegistry() {
        return meterRegistry;
    }

    @Override
    public String toString() {
        return "DatabaseOptions[durability=" + durability + ", itemCacheBytes=" + itemCacheBytes
            + ", checkpointEveryRecords=" + checkpointEveryRecords + ", checkpointInterval=" + checkpointInterval
            + ", ttlSweepInterval=" + ttlSweepInterval + "]";
    }

    /** Builder of {@link DatabaseOptions}. */
    public static final class Builder {
        private Durability durability = Durability.PROCESS_CRASH;
        private long itemCacheBytes = defaultCacheBytes();
        private long checkpointEveryRecords = 500_000;
        private Duration checkpointInterval = Duration.ofMinutes(5);
        private Clock clock = Clock.systemUTC();
        private Duration ttlSweepInterval = Duration.ofSeconds(1);
        private Object meterRegistry;

        private Builder() {
        }

        private static long defaultCacheBytes() {
            long max = Runtime.getRuntime().maxMemory();
            return Math.max(16L << 20, Math.min(4L << 30, max / 8));
        }

        /** Sets when writes are acknowledged. */
        public Builder durability(Durability durability) {
            this.durability = Objects.requireNonNull(durability, "durability");
            return this;
        }

        /** Sets the item cache's memory bound in bytes; 0 disables the cache. */
        public Builder itemCacheBytes(long itemCacheBytes) {
            if (itemCacheBytes < 0) {
                throw new IllegalArgumentException("itemCacheBytes must be >= 0");
            }
            this.itemCacheBytes = itemCacheBytes;
            return this;
        }

        /** Sets how many log records trigger a background checkpoint. */
        public Builder checkpointEveryRecords(long records) {
            if (records < 1) {
                throw new IllegalArgumentException("checkpointEveryRecords must be >= 1");
            }
            this.checkpointEveryRecords = records;
            return this;
        }

        /** Sets the longest time between background checkpoints while writes happen. */
        public Builder checkpointInterval(Duration interval) {
            if (interval.isNegative() || interval.isZero()) {
                throw new IllegalArgumentException("checkpointInterval must be positive");
            }
            this.checkpointInterval = interval;
            return this;
        }

        /** Sets the clock of time-driven features (see {@link DatabaseOptions#clock()}). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Sets how often expired items are looked for (see {@link DatabaseOptions#ttlSweepInterval()}). */
        public Builder ttlSweepInterval(Duration interval) {
            if (interval.isNegative() || interval.isZero()) {
                throw new IllegalArgumentException("ttlSweepInterval must be positive");
            }
            this.ttlSweepInterval = interval;
            return this;
        }

        // ---- capacity and metrics

        /**
         * Sets the Micrometer registry metrics go to: an {@code io.micrometer.core.instrument.MeterRegistry},
         * or null for no metrics. Opening the database fails with IllegalArgumentException for
         * any other object.
         */
        public Builder meterRegistry(Object registry) {
            this.meterRegistry = registry;
            return this;
        }

        /** Builds the options. */
        public DatabaseOptions build() {
            return new DatabaseOptions(this);
        }
    }
}
