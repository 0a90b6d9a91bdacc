package dev.tidemark.engine.internal.capacity;

/**
 * DynamoDB's capacity units (reference 8.1): a read unit per started 4 KB (half for an eventually
 * consistent read, double in a transaction), a write unit per started 1 KB (double in a
 * transaction). Every read or write costs at least one unit of its kind.
 */
public final class Units {
    /** Bytes covered by one read unit. */
    public static final int READ_UNIT_BYTES = 4096;
    /** Bytes covered by one write unit. */
    public static final int WRITE_UNIT_BYTES = 1024;

    private Units() {
    }

    /** How a read is made, which scales its units. */
    public enum ReadMode {
        /** Eventually consistent: half a unit per 4 KB. */
        EVENTUAL(0.5),
        /** Strongly consistent: a unit per 4 KB. */
        STRONG(1),
        /** Inside TransactGetItems: two units per 4 KB. */
        TRANSACTIONAL(2);

        final double factor;

        ReadMode(double factor) {
            this.factor = factor;
        }

        /** EVENTUAL unless {@code consistentRead} is true. */
        public static ReadMode of(Boolean consistentRead) {
            return Boolean.TRUE.equals(consistentRead) ? STRONG : EVENTUAL;
        }
    }

    /** Read units of {@code bytes} read as one request (rounded up to 4 KB, at least one unit). */
    public static double read(long bytes, ReadMode mode) {
        return blocks(bytes, READ_UNIT_BYTES) * mode.factor;
    }

    /** Write units of writing {@code bytes} (rounded up to 1 KB, at least one unit). */
    public static double write(long bytes) {
        return blocks(bytes, WRITE_UNIT_BYTES);
    }

    /** Started blocks of {@code unit} bytes in {@code bytes}, at least one. */
    static long blocks(long bytes, int unit) {
        return bytes <= 0 ? 1 : (bytes + unit - 1) / unit;
    }
}
