package dev.tidemark.engine.internal.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.tidemark.engine.model.AttributeValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ItemSizeTest {
    @Test
    @DisplayName("1.6 item size: the documented example {shirt-color: R, shirt-size: M} is 23 bytes")
    void documentedExample() {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put("shirt-color", AttributeValue.fromS("R"));
        item.put("shirt-size", AttributeValue.fromS("M"));
        assertThat(ItemSize.of(item)).isEqualTo(23);
        assertThat(ItemSize.MAX_ITEM_BYTES).isEqualTo(400 * 1024);
    }

    @Test
    @DisplayName("1.6 item size: names and strings count UTF-8 bytes, binary raw bytes, BOOL and NULL 1")
    void scalars() {
        assertThat(ItemSize.of(Map.of("\u00e9", AttributeValue.fromS("\uD83D\uDE00")))).isEqualTo(2 + 4);
        assertThat(ItemSize.ofValue(AttributeValue.fromB(new byte[7]))).isEqualTo(7);
        assertThat(ItemSize.ofValue(AttributeValue.fromS(""))).isZero();
        assertThat(ItemSize.ofValue(AttributeValue.fromBool(true))).isEqualTo(1);
        assertThat(ItemSize.ofValue(AttributeValue.nul())).isEqualTo(1);
    }

    @ParameterizedTest(name = "1.6 number size: {0} is {1} bytes")
    @CsvSource({
        "0, 1", "1, 2", "9, 2", "10, 2", "99, 2", "100, 2", "1000, 2", "12345, 4", "123456, 4",
        "1.5, 3", "0.5, 2", "0.05, 2", "0.005, 2", "-1, 3", "-12345, 5",
        "12345678901234567890123456789012345678, 20",
    })
    void numbers(String n, long size) {
        assertThat(ItemSize.ofValue(AttributeValue.fromN(n))).isEqualTo(size);
    }

    @Test
    @DisplayName("1.6 item size: L and M cost 3 + 1 per element, map keys count, sets sum their elements")
    void documents() {
        AttributeValue list = AttributeValue.fromL(AttributeValue.fromS("ab"), AttributeValue.fromBool(true));
        assertThat(ItemSize.ofValue(list)).isEqualTo(3 + (1 + 2) + (1 + 1));
        assertThat(ItemSize.ofValue(AttributeValue.fromL(List.of()))).isEqualTo(3);
        AttributeValue map = AttributeValue.fromM(Map.of("key", list));
        assertThat(ItemSize.ofValue(map)).isEqualTo(3 + 1 + 3 + 8);
        assertThat(ItemSize.ofValue(AttributeValue.fromSs("a", "bcd"))).isEqualTo(4);
        assertThat(ItemSize.ofValue(AttributeValue.fromNs("1", "-12345"))).isEqualTo(2 + 5);
        assertThat(ItemSize.ofValue(AttributeValue.fromBs(List.of(new byte[2], new byte[3])))).isEqualTo(5);
    }

    @Test
    @DisplayName("1.6 property: number size is 1 + ceil(digits / 2) or one more, plus 1 if negative")
    void numberSizeBounds() {
        qt().forAll(Gens.decimals()).checkAssert(d -> {
            long size = ItemSize.ofValue(AttributeValue.fromN(Numbers.toText(d)));
            if (d.signum() == 0) {
                assertThat(size).isEqualTo(1);
                return;
            }
            long base = 1 + (d.precision() + 1) / 2 + (d.signum() < 0 ? 1 : 0);
            assertThat(size).isBetween(base, base + 1);
        });
    }

    @Test
    @DisplayName("1.6 property: an item's size is the sum of its attributes' name and value sizes")
    void additive() {
        qt().forAll(Gens.items()).checkAssert(item -> {
            long sum = 0;
            for (Map.Entry<String, AttributeValue> e : item.entrySet()) {
                sum += Values.utf8(e.getKey()).length + ItemSize.ofValue(e.getValue());
            }
            assertThat(ItemSize.of(item)).isEqualTo(sum);
            assertThat(ItemSize.ofValue(AttributeValue.fromM(item)))
                .isEqualTo(3 + sum + item.size());
        });
    }
}
