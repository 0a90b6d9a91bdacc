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
 *
 * <p>A workload {@linkplain #Workload(int, boolean) with index attributes} (the engine suite's)
 * gives every item three more top-level attributes, the keys of the secondary indexes of
 * {@link #INDEXED_TABLE}, and a shorter payload so the item keeps its size:
 *
 * <ul>
 *   <li>{@code category} (S) = {@code "cat#" + }{@link #categoryNumber(long)}: the 100 items of a
 *       partition go to 100 different categories, and a category collects one item from each of
 *       {@link #CATEGORY_SPREAD} consecutive partitions, so it holds at most 20 items;</li>
 *   <li>{@code status} (S): one of four short words;</li>
 *   <li>{@code created} (N) = {@code i}.</li>
 * </ul>
 */
public final class Workload {
    /** Table name used on both systems. */
    public static final String TABLE = "bench";
    /** A table like {@link #TABLE}, the reference the cost of {@link #INDEXED_TABLE}'s indexes is measured against. */
    public static final String PLAIN_TABLE = "bench_plain";
    /** The table with two global secondary indexes, {@link #BY_CATEGORY} and {@link #BY_STATUS}. */
    public static final String INDEXED_TABLE = "bench_gsi";
    /** GSI of {@link #INDEXED_TABLE}: {@code category} (S) hash, {@code created} (N) range, projection ALL. */
    public static final String BY_CATEGORY = "by_category";
    /** GSI of {@link #INDEXED_TABLE}: {@code status} (S) hash, {@code created} (N) range, projection INCLUDE {@code count}. */
    public static final String BY_STATUS = "by_status";
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
    /** String attribute, hash key of {@link #BY_CATEGORY}. */
    public static final String CATEGORY = "category";
    /** String attribute, hash key of {@link #BY_STATUS}. */
    public static final String STATUS = "status";
    /** Number attribute, range key of both indexes. */
    public static final String CREATED = "created";
    /** Consecutive partitions whose items share their categories: the most items a category holds. */
    public static final int CATEGORY_SPREAD = 20;
    /** Items per partition. */
    public static final int PARTITION_SIZE = 100;
    /** Default item size in bytes. */
    public static final int DEFAULT_ITEM_BYTES = 200;

    private static final String[] REGIONS = {"eu-west-1", "us-east-1", "ap-south-1", "sa-east-1"};
    private static final String[] STATUSES = {"open", "held", "sent", "done"};
    private static final long CATEGORY_BLOCK = (long) PARTITION_SIZE * CATEGORY_SPREAD;

    private final int itemBytes;
    private final boolean indexAttributes;
    private final String filler;

    /**
     * A workload whose items are about {@code itemBytes} bytes, without index attributes.
     *
     * @param itemBytes the target item size; at least 100
     */
    public Workload(int itemBytes) {
        this(itemBytes, false);
    }

    /**
     * A workload whose items are about {@code itemBytes} bytes.
     *
     * @param itemBytes the target item size; at least 100
     * @param indexAttributes whether items carry {@code category}, {@code status} and {@code created}
     */
    public Workload(int itemBytes, boolean indexAttributes) {
        if (itemBytes < 100) {
            throw new IllegalArgumentException("itemBytes must be at least 100");
        }
        this.itemBytes = itemBytes;
        this.indexAttributes = indexAttributes;
        // Fixed parts: names (pk 2, sk 2, payload 7, count 5, meta 4, region 6, tier 4, active 6),
        // pk about 9, sk 8, count 1, region about 9, tier 1, active 1, plus map overhead: about 70.
        // Index attributes: names (category 8, status 6, created 7), category about 8, status 4,
        // created about 5: about 38.
        int fillerLength = itemBytes - 70 - 8 - (indexAttributes ? 38 : 0);
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

    /** Whether items carry {@code category}, {@code status} and {@code created}. */
    public boolean indexAttributes() {
        return indexAttributes;
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

    /**
     * The category number of item {@code i}: items {@code i} and {@code j} share a category when
     * they have the same position in their partitions ({@code i % 100}) and their partitions lie in
     * the same run of {@link #CATEGORY_SPREAD} partitions.
     *
     * @param i the item number
     * @return {@code (i / 2000) * 100 + i % 100}
     */
    public static long categoryNumber(long i) {
        return (i / CATEGORY_BLOCK) * PARTITION_SIZE + i % PARTITION_SIZE;
    }

    /**
     * The {@code category} value of category {@code c}.
     *
     * @param c the category number
     * @return {@code "cat#" + c}
     */
    public static String category(long c) {
        return "cat#" + c;
    }

    /**
     * How many categories items {@code 0..n-1} fall into.
     *
     * @param n the item count, a multiple of {@link #PARTITION_SIZE}
     * @return the categories, numbered {@code 0} to this minus one
     */
    public static long categories(long n) {
        return (n + CATEGORY_BLOCK - 1) / CATEGORY_BLOCK * PARTITION_SIZE;
    }

    /**
     * How many of items {@code 0..n-1} are in category {@code c}.
     *
     * @param c a category number below {@link #categories(long) categories(n)}
     * @param n the item count, a multiple of {@link #PARTITION_SIZE}
     * @return from 1 to {@link #CATEGORY_SPREAD}
     */
    public static int categorySize(long c, long n) {
        long partitionsLeft = (n - (c / PARTITION_SIZE) * CATEGORY_BLOCK) / PARTITION_SIZE;
        return (int) Math.min(CATEGORY_SPREAD, partitionsLeft);
    }

    /**
     * The {@code status} value of item {@code i}.
     *
     * @param i the item number
     * @return one of four short words
     */
    public static String status(long i) {
        return STATUSES[(int) ((i / 7) % STATUSES.length)];
    }
}
