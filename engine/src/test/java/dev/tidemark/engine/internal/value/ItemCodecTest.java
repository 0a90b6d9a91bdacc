package dev.tidemark.engine.internal.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.tidemark.engine.model.AttributeValue;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ItemCodecTest {
    @Test
    @DisplayName("item codec property: random nested items of all ten types round trip; encoding is deterministic")
    void roundTrip() {
        qt().forAll(Gens.items()).checkAssert(item -> {
            byte[] bytes = ItemCodec.encode(item);
            assertThat(ItemCodec.encodedSize(item)).isEqualTo(bytes.length);
            Map<String, AttributeValue> back = ItemCodec.decode(bytes, 0, bytes.length);
            assertThat(back).isEqualTo(item);
            assertThat(back).isUnmodifiable();
            assertThat(ItemCodec.encode(item)).as("deterministic").isEqualTo(bytes);
            byte[] again = ItemCodec.encode(back);
            assertThat(again).hasSameSizeAs(bytes);
            assertThat(ItemCodec.decode(again, 0, again.length)).isEqualTo(item);
        });
    }

    @Test
    @DisplayName("item codec property: decoding honours offset and length inside a larger buffer")
    void offsets() {
        qt().forAll(Gens.items(), Gens.bytes(0, 5), Gens.bytes(0, 5)).checkAssert((item, before, after) -> {
            byte[] bytes = ItemCodec.encode(item);
            byte[] buf = new byte[before.length + bytes.length + after.length];
            System.arraycopy(before, 0, buf, 0, before.length);
            System.arraycopy(bytes, 0, buf, before.length, bytes.length);
            System.arraycopy(after, 0, buf, before.length + bytes.length, after.length);
            assertThat(ItemCodec.decode(buf, before.length, bytes.length)).isEqualTo(item);
        });
    }

    @Test
    @DisplayName("item codec: every type, empty containers and binary data not shared with the buffer")
    void allTypes() {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put("s", AttributeValue.fromS("h\u00e9llo \uD83D\uDE00\0"));
        item.put("n", AttributeValue.fromN("-0.000123"));
        item.put("b", AttributeValue.fromB(new byte[] {0, (byte) 0xFF}));
        item.put("t", AttributeValue.fromBool(true));
        item.put("f", AttributeValue.fromBool(false));
        item.put("z", AttributeValue.nul());
        item.put("m", AttributeValue.fromM(Map.of()));
        item.put("l", AttributeValue.fromL(List.of()));
        item.put("ss", AttributeValue.fromSs("x", ""));
        item.put("ns", AttributeValue.fromNs("1", "2"));
        item.put("bs", AttributeValue.fromBs(List.of(new byte[0], new byte[] {9})));
        item.put("x".repeat(300), AttributeValue.fromS("y".repeat(70_000)));
        byte[] bytes = ItemCodec.encode(item);
        Map<String, AttributeValue> back = ItemCodec.decode(bytes, 0, bytes.length);
        assertThat(back).isEqualTo(item);
        Arrays.fill(bytes, (byte) 0);
        assertThat(back.get("b").b()).containsExactly(0, 0xFF);
        assertThat(ItemCodec.decode(ItemCodec.encode(Map.of()), 0, 1)).isEmpty();
    }

    @Test
    @DisplayName("item codec: truncated, extended or corrupt input is rejected")
    void corruptInput() {
        byte[] bytes = ItemCodec.encode(Map.of("a", AttributeValue.fromL(AttributeValue.fromS("xyz"))));
        for (int len = 0; len < bytes.length; len++) {
            int n = len;
            assertThatThrownBy(() -> ItemCodec.decode(bytes, 0, n)).isInstanceOf(IllegalArgumentException.class);
        }
        byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
        assertThatThrownBy(() -> ItemCodec.decode(longer, 0, longer.length))
            .isInstanceOf(IllegalArgumentException.class);
        byte[] badTag = bytes.clone();
        badTag[3] = 99;
        assertThatThrownBy(() -> ItemCodec.decode(badTag, 0, badTag.length))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ItemCodec.decode(bytes, 2, bytes.length))
            .isInstanceOf(IllegalArgumentException.class);
    }
}
