package dev.tidemark.benchmarks;

/**
 * The shape of the benchmark's items, shared by every {@link Store} so both systems hold the same
 * data. Item {@code i} has:
 *
 * <ul>
 *   <li>{@code pk} (S, partition key) = {@code "user#" + i / 100}: 100 items per partition;</li>
 *   <li>{@code sk} (S, sort key) = {@code "item#" + i % 100} zero-padded to three digits;</li>
 *   <li>{@code payload} (S): filler text, sized so the item is about {@link #itemBytes()} bytes
 *       (attribute names plus values, DynamoDB's size rule);</li>
 *   <li>{@code count} (N) = 0, the counter the update phase increments;</li>
 *   <li>{@code meta} (M): {@code region} (S), {@code tier} (N), {@code active} (BOOL).</li>
 * </ul>
 */
public final class Workload {
    /** Table name used on both systems. */
    public static final String TABLE = "bench";
    /** Partition key attribute. */
    public static final String PK = "pk";
    /** Sort key attribute. */
    public static final String SK = "sk";
    /** Filler string attribute. */
    public static final String PAYLOAD = "payload";
    /** Number attribute incremented by the update phase. */
    public static final String COUNT = "count";
    /** Map attribute. */
    public static final String META = "meta";
    /** Items per partition. */
    public static final int PARTITION_SIZE = 100;
    /** Default item size in bytes. */
    public static final int DEFAULT_ITEM_BYTES = 200;

    private static final String[] REGIONS = {"eu-west-1", "us-east-1", "ap-south-1", "sa-east-1"};

    private final int itemBytes;
    private final String filler;

    /**
     * A workload whose items are about {@code itemBytes} bytes.
     *
     * @param itemBytes the target item size; at least 100
     */
    public Workload(int itemBytes) {
        if (itemBytes < 100) {
            throw new IllegalArgumentException("itemBytes must be at least 100");
        }
        this.itemBytes = itemBytes;
        // Fixed parts: names (pk 2, sk 2, payload 7, count 5, meta 4, region 6, tier 4, active 6),
        // pk about 9, sk 8, count 1, region about 9, tier 1, active 1, plus map overhead: about 70.
        int fillerLength = itemBytes - 70 - 8;
        StringBuilder sb = new StringBuilder(fillerLength);
        for (int i = 0; i < fillerLength; i++) {
            sb.append((char) ('a' + i % 26));
        }
        this.filler = sb.toString();
    }

    /** The target item size in bytes. */
    public int itemBytes() {
        return itemBytes;
    }

    /**
     * The partition key of item {@code i}.
     *
     * @param i the item number
     * @return {@code "user#" + i / 100}
     */
    public static String pk(long i) {
        return "user#" + (i / PARTITION_SIZE);
    }

    /**
     * The partition key of partition {@code p}.
     *
     * @param p the partition number
     * @return {@code "user#" + p}
     */
    public static String partitionKey(long p) {
        return "user#" + p;
    }

    /**
     * The sort key of item {@code i}.
     *
     * @param i the item number
     * @return {@code "item#"} and {@code i % 100} as three digits
     */
    public static String sk(long i) {
        int n = (int) (i % PARTITION_SIZE);
        return n < 10 ? "item#00" + n : "item#0" + n;
    }

    /**
     * The filler text of item {@code i}: the same length for every item, different prefixes.
     *
     * @param i the item number
     * @return the payload
     */
    public String payload(long i) {
        String id = String.format("%08d", i % 100_000_000L);
        return id + filler;
    }

    /**
     * The {@code meta.region} value of item {@code i}.
     *
     * @param i the item number
     * @return a region name
     */
    public static String region(long i) {
        return REGIONS[(int) (i & 3)];
    }

    /**
     * The {@code meta.tier} value of item {@code i}.
     *
     * @param i the item number
     * @return 0 to 9
     */
    public static int tier(long i) {
        return (int) (i % 10);
    }

    /**
     * The {@code meta.active} value of item {@code i}.
     *
     * @param i the item number
     * @return whether the item is odd
     */
    public static boolean active(long i) {
        return (i & 1) == 1;
    }
}
