package dev.tidemark.engine.internal.value;

import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.engine.model.ScalarAttributeType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * Order-preserving binary encoding of a table's primary keys, for storage in a sorted key space.
 *
 * <p>Layout: {@code [bucket: 4 bytes big-endian][partition key][sort key, if any]}. The bucket is
 * a stable 32-bit hash (FNV-1a followed by the MurmurHash3 32-bit finaliser) of the encoded
 * partition key, so a partition's keys are contiguous and partitions spread evenly over the
 * buckets used by parallel scan segments. Each key component is self-delimiting and compares, as
 * unsigned bytes, exactly as DynamoDB orders values of its type (reference 1.2, 1.3):
 * <ul>
 *   <li>{@code S} (UTF-8) and {@code B}: the bytes with {@code 0x00} escaped as {@code 0x00 0xFF},
 *       then the terminator {@code 0x00 0x00}. A terminator sorts below any continuation, so a
 *       proper prefix sorts first.</li>
 *   <li>{@code N}: one sign byte ({@code 0x20} negative, {@code 0x40} zero, {@code 0x60} positive),
 *       nothing more for zero. Otherwise, writing the magnitude as {@code 0.d1d2...dn * 10^E} with
 *       {@code d1 != 0} and {@code dn != 0}, an exponent byte {@code E + 129} (the range
 *       {@code [1E-130, 1E126)} gives {@code E} in {@code [-129, 126]}), then the digits in pairs
 *       {@code (a, b)} (the last padded with 0) as bytes {@code 2 * (10a + b) + 2}, except the last
 *       pair, written as {@code 2 * (10a + b) + 1}. For negative numbers every byte after the sign
 *       is complemented ({@code 255 - x}), which reverses the order because the code is
 *       prefix-free.</li>
 * </ul>
 * Values are assumed validated; numbers may be given in any form of the same value and encode to
 * the same bytes.
 */
public final class KeyCodec {
    private static final int NEGATIVE = 0x20;
    private static final int ZERO = 0x40;
    private static final int POSITIVE = 0x60;
    private static final int EXPONENT_BIAS = 129;
    private static final int BUCKET_BYTES = 4;

    private final ScalarAttributeType hashType;
    private final ScalarAttributeType rangeType;

    /**
     * A codec for one key schema.
     *
     * @param hashType type of the partition key
     * @param rangeType type of the sort key, or {@code null} when the table has none
     */
    public KeyCodec(ScalarAttributeType hashType, ScalarAttributeType rangeType) {
        this.hashType = Objects.requireNonNull(hashType, "hashType");
        this.rangeType = rangeType;
    }

    /**
     * Encodes a primary key.
     *
     * @param hash the partition key value, of the schema's type
     * @param range the sort key value, or {@code null} when the table has no sort key
     * @return bucket, partition key and sort key as described in the class comment
     * @throws IllegalArgumentException when a value is missing, superfluous or of the wrong type
     */
    public byte[] encode(AttributeValue hash, AttributeValue range) {
        if ((rangeType == null) != (range == null)) {
            throw new IllegalArgumentException(rangeType == null
                ? "table has no sort key" : "sort key of type " + rangeType + " required");
        }
        ByteSink out = new ByteSink(32);
        out.writeInt(0);
        writeComponent(out, hashType, hash);
        out.putInt(0, hashBucket(out.array(), BUCKET_BYTES, out.size()));
        if (range != null) {
            writeComponent(out, rangeType, range);
        }
        return out.toByteArray();
    }

    /**
     * The bytes every encoded key of a partition starts with.
     *
     * @param hash the partition key value
     * @return bucket followed by the encoded partition key
     */
    public byte[] partitionPrefix(AttributeValue hash) {
        ByteSink out = new ByteSink(32);
        out.writeInt(0);
        writeComponent(out, hashType, hash);
        out.putInt(0, hashBucket(out.array(), BUCKET_BYTES, out.size()));
        return out.toByteArray();
    }

    /**
     * Decodes a key produced by {@link #encode}.
     *
     * @param encoded the whole encoded key
     * @return {@code {hash, range}}, range {@code null} when the table has no sort key
     * @throws IllegalArgumentException when the bytes are not a key of this schema
     */
    public AttributeValue[] decode(byte[] encoded) {
        try {
            int[] pos = {BUCKET_BYTES};
            AttributeValue hash = readComponent(encoded, pos, hashType);
            if (hashBucket(encoded, BUCKET_BYTES, pos[0]) != (int) bucket(encoded)) {
                throw new IllegalArgumentException("bucket does not match the partition key");
            }
            AttributeValue range = rangeType == null ? null : readComponent(encoded, pos, rangeType);
            if (pos[0] != encoded.length) {
                throw new IllegalArgumentException("trailing bytes after the key");
            }
            return new AttributeValue[] {hash, range};
        } catch (ArrayIndexOutOfBoundsException e) {
            throw new IllegalArgumentException("truncated key", e);
        }
    }

    /**
     * The bucket of an encoded key.
     *
     * @param encoded an encoded key or partition prefix
     * @return its first four bytes as an unsigned number
     */
    public static long bucket(byte[] encoded) {
        return ((encoded[0] & 0xFFL) << 24) | ((encoded[1] & 0xFFL) << 16)
            | ((encoded[2] & 0xFFL) << 8) | (encoded[3] & 0xFFL);
    }

    /**
     * The first key of a parallel scan segment, which covers the buckets
     * {@code [floor(s * 2^32 / total), floor((s + 1) * 2^32 / total))}.
     *
     * @param segment zero-based segment number, below {@code totalSegments}
     * @param totalSegments number of segments, at least 1
     * @return the 4-byte bucket prefix where the segment starts (inclusive)
     */
    public static byte[] segmentStart(int segment, int totalSegments) {
        checkSegment(segment, totalSegments);
        return bucketBytes(firstBucket(segment, totalSegments));
    }

    /**
     * The end of a parallel scan segment.
     *
     * @param segment zero-based segment number, below {@code totalSegments}
     * @param totalSegments number of segments, at least 1
     * @return the start of the next segment (exclusive), or {@code null} for the last segment
     */
    public static byte[] segmentEnd(int segment, int totalSegments) {
        checkSegment(segment, totalSegments);
        return segment == totalSegments - 1 ? null : bucketBytes(firstBucket(segment + 1, totalSegments));
    }

    /**
     * The segment an encoded key belongs to.
     *
     * @param encoded an encoded key
     * @param totalSegments number of segments, at least 1
     * @return the segment whose bucket range holds the key's bucket
     */
    public static int segmentOf(byte[] encoded, int totalSegments) {
        checkSegment(0, totalSegments);
        // Largest s with floor(s * 2^32 / total) <= b, i.e. ceil((b + 1) * total / 2^32) - 1.
        long b = bucket(encoded);
        return (int) (((b + 1) * totalSegments - 1) >>> 32);
    }

    private static long firstBucket(int segment, int totalSegments) {
        return ((long) segment << 32) / totalSegments;
    }

    private static void checkSegment(int segment, int totalSegments) {
        if (totalSegments < 1 || segment < 0 || segment >= totalSegments) {
            throw new IllegalArgumentException("segment " + segment + " of " + totalSegments);
        }
    }

    private static byte[] bucketBytes(long bucket) {
        return new byte[] {(byte) (bucket >>> 24), (byte) (bucket >>> 16), (byte) (bucket >>> 8), (byte) bucket};
    }

    /** FNV-1a over the bytes, then the MurmurHash3 finaliser for avalanche. Fixed forever. */
    static int hashBucket(byte[] b, int from, int to) {
        int h = 0x811C9DC5;
        for (int i = from; i < to; i++) {
            h ^= b[i] & 0xFF;
            h *= 0x01000193;
        }
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        h ^= h >>> 16;
        return h;
    }

    private static void writeComponent(ByteSink out, ScalarAttributeType type, AttributeValue v) {
        Objects.requireNonNull(v, "key value");
        if (!v.type().name().equals(type.name())) {
            throw new IllegalArgumentException("key of type " + type + " given a " + v.type());
        }
        switch (type) {
            case S -> writeEscaped(out, v.s().getBytes(StandardCharsets.UTF_8));
            case B -> writeEscaped(out, v.bytesUnsafe());
            case N -> writeNumber(out, v.n());
            default -> throw new AssertionError(type);
        }
    }

    private static AttributeValue readComponent(byte[] in, int[] pos, ScalarAttributeType type) {
        return switch (type) {
            case S -> AttributeValue.fromS(new String(readEscaped(in, pos), StandardCharsets.UTF_8));
            case B -> AttributeValue.ownedB(readEscaped(in, pos));
            case N -> AttributeValue.fromN(readNumber(in, pos));
        };
    }

    static void writeEscaped(ByteSink out, byte[] bytes) {
        for (byte b : bytes) {
            out.write(b);
            if (b == 0) {
                out.write(0xFF);
            }
        }
        out.write(0);
        out.write(0);
    }

    static byte[] readEscaped(byte[] in, int[] pos) {
        ByteSink out = new ByteSink(16);
        int i = pos[0];
        while (true) {
            byte b = in[i++];
            if (b != 0) {
                out.write(b);
                continue;
            }
            byte next = in[i++];
            if (next == 0) {
                break;
            }
            if (next != (byte) 0xFF) {
                throw new IllegalArgumentException("bad escape in key at " + (i - 1));
            }
            out.write(0);
        }
        pos[0] = i;
        return out.toByteArray();
    }

    static void writeNumber(ByteSink out, String text) {
        BigDecimal d = new BigDecimal(text);
        int sign = d.signum();
        if (sign == 0) {
            out.write(ZERO);
            return;
        }
        d = d.stripTrailingZeros();
        String digits = d.unscaledValue().abs().toString();
        int exponent = digits.length() - d.scale();
        if (exponent < -EXPONENT_BIAS || exponent > 255 - EXPONENT_BIAS) {
            throw new IllegalArgumentException("number out of range: " + text);
        }
        int flip = sign < 0 ? 0xFF : 0;
        out.write(sign < 0 ? NEGATIVE : POSITIVE);
        out.write((exponent + EXPONENT_BIAS) ^ flip);
        int n = digits.length();
        for (int i = 0; i < n; i += 2) {
            int a = digits.charAt(i) - '0';
            int b = i + 1 < n ? digits.charAt(i + 1) - '0' : 0;
            int last = i + 2 >= n ? 1 : 2;
            out.write((2 * (10 * a + b) + last) ^ flip);
        }
    }

    static String readNumber(byte[] in, int[] pos) {
        int i = pos[0];
        int sign = in[i++] & 0xFF;
        if (sign == ZERO) {
            pos[0] = i;
            return "0";
        }
        if (sign != NEGATIVE && sign != POSITIVE) {
            throw new IllegalArgumentException("bad number sign byte " + sign);
        }
        int flip = sign == NEGATIVE ? 0xFF : 0;
        int exponent = ((in[i++] & 0xFF) ^ flip) - EXPONENT_BIAS;
        StringBuilder digits = new StringBuilder(40);
        while (true) {
            int x = (in[i++] & 0xFF) ^ flip;
            int pair = (x - 1) / 2;
            if (x < 1 || pair > 99) {
                throw new IllegalArgumentException("bad number digit byte " + x);
            }
            digits.append((char) ('0' + pair / 10)).append((char) ('0' + pair % 10));
            if ((x & 1) == 1) {
                break;
            }
        }
        pos[0] = i;
        int len = digits.length();
        while (len > 0 && digits.charAt(len - 1) == '0') {
            len--;
        }
        BigInteger unscaled = new BigInteger(digits.substring(0, len));
        BigDecimal d = new BigDecimal(sign == NEGATIVE ? unscaled.negate() : unscaled, len - exponent);
        return Numbers.toText(d);
    }

    /** A minimal growable byte array. */
    static final class ByteSink {
        private byte[] buf;
        private int size;

        ByteSink(int capacity) {
            buf = new byte[capacity];
        }

        void write(int b) {
            if (size == buf.length) {
                buf = Arrays.copyOf(buf, size * 2 + 8);
            }
            buf[size++] = (byte) b;
        }

        void write(byte[] b, int off, int len) {
            if (size + len > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(size + len, size * 2 + 8));
            }
            System.arraycopy(b, off, buf, size, len);
            size += len;
        }

        void writeInt(int v) {
            write(v >>> 24);
            write(v >>> 16);
            write(v >>> 8);
            write(v);
        }

        void putInt(int at, int v) {
            buf[at] = (byte) (v >>> 24);
            buf[at + 1] = (byte) (v >>> 16);
            buf[at + 2] = (byte) (v >>> 8);
            buf[at + 3] = (byte) v;
        }

        byte[] array() {
            return buf;
        }

        int size() {
            return size;
        }

        byte[] toByteArray() {
            return Arrays.copyOf(buf, size);
        }
    }
}
