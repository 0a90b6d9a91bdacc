package dev.tidemark.engine.internal.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.tidemark.engine.model.AttributeValue;
import dev.tidemark.engine.model.ScalarAttributeType;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class KeyCodecTest {
    private static final Gen<AttributeValue> NUMBERS = Gens.numbers().map(AttributeValue::fromN);
    private static final Gen<AttributeValue> STRINGS = Gens.strings(1, 6).map(AttributeValue::fromS);
    private static final Gen<AttributeValue> BINARIES = Gens.bytes(1, 6).map(AttributeValue::fromB);

    private static Gen<AttributeValue> keys(ScalarAttributeType type) {
        return switch (type) {
            case N -> NUMBERS;
            case S -> STRINGS;
            case B -> BINARIES;
        };
    }

    private static void checkSortOrder(ScalarAttributeType hashType, ScalarAttributeType rangeType) {
        KeyCodec codec = new KeyCodec(hashType, rangeType);
        qt().forAll(keys(hashType), keys(rangeType), keys(rangeType)).checkAssert((pk, a, b) -> {
            byte[] ea = codec.encode(pk, a);
            byte[] eb = codec.encode(pk, b);
            assertThat(Integer.signum(Arrays.compareUnsigned(ea, eb)))
                .as("%s vs %s", a, b)
                .isEqualTo(Integer.signum(Values.compareScalars(a, b)));
            assertThat(codec.decode(ea)).containsExactly(pk, a);
            byte[] prefix = codec.partitionPrefix(pk);
            assertThat(Arrays.copyOf(ea, prefix.length)).isEqualTo(prefix);
            assertThat(Arrays.copyOf(eb, prefix.length)).isEqualTo(prefix);
        });
    }

    @Test
    @DisplayName("1.2 property: N sort keys order numerically as unsigned bytes, and round trip")
    void numberSortKeys() {
        checkSortOrder(ScalarAttributeType.S, ScalarAttributeType.N);
    }

    @Test
    @DisplayName("1.3 property: S sort keys order by UTF-8 bytes (NUL, non-BMP), and round trip")
    void stringSortKeys() {
        checkSortOrder(ScalarAttributeType.N, ScalarAttributeType.S);
    }

    @Test
    @DisplayName("1.3 property: B sort keys order by unsigned bytes (0x00, 0x7F, 0x80, 0xFF), and round trip")
    void binarySortKeys() {
        checkSortOrder(ScalarAttributeType.B, ScalarAttributeType.B);
    }

    @Test
    @DisplayName("1.2 property: a number sort key is ordered against close neighbours")
    void numberNeighbours() {
        KeyCodec codec = new KeyCodec(ScalarAttributeType.N, ScalarAttributeType.N);
        AttributeValue pk = AttributeValue.fromN("7");
        qt().forAll(Gens.decimals(), Generate.range(-130, 125)).checkAssert((d, exp) -> {
            java.math.BigDecimal step = java.math.BigDecimal.ONE.scaleByPowerOfTen(exp);
            java.math.BigDecimal next = d.add(step);
            if (next.abs().compareTo(new java.math.BigDecimal("1E126")) >= 0
                || next.stripTrailingZeros().precision() > Numbers.MAX_DIGITS) {
                return;
            }
            byte[] low = codec.encode(pk, AttributeValue.fromN(Numbers.toText(d)));
            byte[] high = codec.encode(pk, AttributeValue.fromN(Numbers.toText(Numbers.check(next))));
            assertThat(Arrays.compareUnsigned(low, high)).as("%s < %s", d, next).isNegative();
        });
    }

    @Test
    @DisplayName("1.2 property: equal numbers in any spelling encode to identical bytes (hash and range)")
    void equalNumbersSameBytes() {
        KeyCodec codec = new KeyCodec(ScalarAttributeType.N, ScalarAttributeType.N);
        qt().forAll(Gens.decimals().flatMap(d -> Gens.spellings(d).map(s -> new String[] {Numbers.toText(d), s})))
            .checkAssert(pair -> {
                AttributeValue canonical = AttributeValue.fromN(pair[0]);
                AttributeValue other = AttributeValue.fromN(pair[1]);
                assertThat(codec.encode(other, other)).isEqualTo(codec.encode(canonical, canonical));
            });
    }

    @Test
    @DisplayName("1.8 property: hash-only keys round trip and equal their partition prefix")
    void hashOnlyKeys() {
        for (ScalarAttributeType type : ScalarAttributeType.values()) {
            KeyCodec codec = new KeyCodec(type, null);
            qt().forAll(keys(type)).checkAssert(pk -> {
                byte[] e = codec.encode(pk, null);
                assertThat(codec.decode(e)).containsExactly(pk, null);
                assertThat(e).isEqualTo(codec.partitionPrefix(pk));
            });
        }
    }

    @Test
    @DisplayName("1.8 property: different partition keys give different prefixes, neither a prefix of the other")
    void partitionsDoNotOverlap() {
        KeyCodec codec = new KeyCodec(ScalarAttributeType.S, ScalarAttributeType.N);
        qt().forAll(STRINGS, STRINGS, NUMBERS).checkAssert((p, q, sk) -> {
            if (p.equals(q)) {
                return;
            }
            byte[] key = codec.encode(p, sk);
            byte[] other = codec.partitionPrefix(q);
            assertThat(key.length >= other.length && Arrays.equals(key, 0, other.length, other, 0, other.length))
                .isFalse();
        });
    }

    @Test
    @DisplayName("parallel scan property: segments are disjoint, ordered and cover every bucket")
    void segmentsCover() {
        KeyCodec codec = new KeyCodec(ScalarAttributeType.S, null);
        qt().forAll(Generate.range(1, 1_000_000), STRINGS).checkAssert((total, pk) -> {
            byte[] key = codec.encode(pk, null);
            int s = KeyCodec.segmentOf(key, total);
            assertThat(s).isBetween(0, total - 1);
            assertThat(Arrays.compareUnsigned(KeyCodec.segmentStart(s, total), key)).isLessThanOrEqualTo(0);
            byte[] end = KeyCodec.segmentEnd(s, total);
            if (end != null) {
                assertThat(Arrays.compareUnsigned(key, end)).isNegative();
                assertThat(end).isEqualTo(KeyCodec.segmentStart(s + 1, total));
            } else {
                assertThat(s).isEqualTo(total - 1);
            }
        });
    }

    @Test
    @DisplayName("parallel scan: bucket boundaries map to the right segment")
    void segmentBoundaries() {
        qt().forAll(Generate.range(1, 1_000_000), Generate.range(0, 999_999)).checkAssert((total, raw) -> {
            int s = raw % total;
            byte[] start = KeyCodec.segmentStart(s, total);
            assertThat(KeyCodec.segmentOf(start, total)).isEqualTo(s);
            long first = KeyCodec.bucket(start);
            if (first > 0) {
                byte[] before = bucketKey(first - 1);
                assertThat(KeyCodec.segmentOf(before, total)).isEqualTo(s - 1);
            }
        });
        assertThat(KeyCodec.segmentStart(0, 1)).containsExactly(0, 0, 0, 0);
        assertThat(KeyCodec.segmentEnd(0, 1)).isNull();
        assertThat(KeyCodec.segmentEnd(0, 2)).containsExactly(0x80, 0, 0, 0);
        assertThat(KeyCodec.segmentOf(bucketKey(0xFFFF_FFFFL), 3)).isEqualTo(2);
        assertThatThrownBy(() -> KeyCodec.segmentStart(2, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KeyCodec.segmentOf(start(), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] start() {
        return new byte[] {0, 0, 0, 0};
    }

    private static byte[] bucketKey(long bucket) {
        return new byte[] {(byte) (bucket >>> 24), (byte) (bucket >>> 16), (byte) (bucket >>> 8), (byte) bucket, 1};
    }

    @Test
    @DisplayName("number encoding: documented bytes for 0, 1, -1 and 12345")
    void numberBytes() {
        KeyCodec codec = new KeyCodec(ScalarAttributeType.N, ScalarAttributeType.N);
        AttributeValue pk = AttributeValue.fromN("0");
        byte[] prefix = codec.partitionPrefix(pk);
        assertThat(prefix).hasSize(5).endsWith(0x40);
        assertThat(tail(codec.encode(pk, AttributeValue.fromN("1")), prefix)).containsExactly(0x60, 130, 21);
        assertThat(tail(codec.encode(pk, AttributeValue.fromN("-1")), prefix)).containsExactly(0x20, 125, 234);
        // 0.12345 * 10^5: exponent 5 + 129, pairs 12, 34, 50 (last)
        assertThat(tail(codec.encode(pk, AttributeValue.fromN("12345")), prefix))
            .containsExactly(0x60, 134, 26, 70, 101);
    }

    @Test
    @DisplayName("string encoding: NUL escaped as 00 FF, terminated by 00 00")
    void stringBytes() {
        KeyCodec codec = new KeyCodec(ScalarAttributeType.B, ScalarAttributeType.S);
        AttributeValue pk = AttributeValue.fromB(new byte[] {0});
        byte[] prefix = codec.partitionPrefix(pk);
        assertThat(prefix).hasSize(8).endsWith(0, 0xFF, 0, 0);
        assertThat(tail(codec.encode(pk, AttributeValue.fromS("a\0")), prefix))
            .containsExactly('a', 0, 0xFF, 0, 0);
    }

    @Test
    @DisplayName("1.8 misuse: wrong key type, missing or superfluous sort key, corrupt bytes")
    void misuse() {
        KeyCodec codec = new KeyCodec(ScalarAttributeType.S, ScalarAttributeType.N);
        AttributeValue s = AttributeValue.fromS("x");
        AttributeValue n = AttributeValue.fromN("1");
        assertThatThrownBy(() -> codec.encode(n, n)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> codec.encode(s, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new KeyCodec(ScalarAttributeType.S, null).encode(s, n))
            .isInstanceOf(IllegalArgumentException.class);
        byte[] good = codec.encode(s, n);
        assertThatThrownBy(() -> codec.decode(Arrays.copyOf(good, good.length - 1)))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> codec.decode(Arrays.copyOf(good, good.length + 1)))
            .isInstanceOf(IllegalArgumentException.class);
        byte[] badBucket = good.clone();
        badBucket[0] ^= 1;
        assertThatThrownBy(() -> codec.decode(badBucket)).isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] tail(byte[] key, byte[] prefix) {
        assertThat(Arrays.copyOf(key, prefix.length)).isEqualTo(prefix);
        return Arrays.copyOfRange(key, prefix.length, key.length);
    }
}
