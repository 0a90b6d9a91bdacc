package dev.tidemark.engine.internal.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.tidemark.engine.ValidationException;
import dev.tidemark.engine.model.AttributeValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ItemValidatorTest {
    private static final String INVALID = "One or more parameter values were invalid: ";

    private static Map<String, AttributeValue> item(String name, AttributeValue v) {
        Map<String, AttributeValue> m = new LinkedHashMap<>();
        m.put(name, v);
        return m;
    }

    @Test
    @DisplayName("1.2 numbers: values are normalised at any depth, order of attributes kept")
    void normalisesNumbers() {
        Map<String, AttributeValue> in = new LinkedHashMap<>();
        in.put("z", AttributeValue.fromN("1e3"));
        in.put("a", AttributeValue.fromL(AttributeValue.fromN("+007.50")));
        in.put("m", AttributeValue.fromM(Map.of("x", AttributeValue.fromNs("1.10", "-0"))));
        Map<String, AttributeValue> out = ItemValidator.normalizeItem(in);
        assertThat(out).isInstanceOf(LinkedHashMap.class).containsOnlyKeys("z", "a", "m");
        assertThat(new ArrayList<>(out.keySet())).containsExactly("z", "a", "m");
        assertThat(out.get("z").n()).isEqualTo("1000");
        assertThat(out.get("a").l().get(0).n()).isEqualTo("7.5");
        assertThat(out.get("m").m().get("x").ns()).containsExactly("1.1", "0");
    }

    @Test
    @DisplayName("1.2 numbers: 39 digits rejected, also inside a list")
    void thirtyNineDigits() {
        assertThatThrownBy(() -> ItemValidator.normalizeItem(
            item("a", AttributeValue.fromL(AttributeValue.fromN("1".repeat(39))))))
            .isInstanceOf(ValidationException.class).hasMessage(NumbersTest.DIGITS);
        assertThatThrownBy(() -> ItemValidator.normalizeValue(AttributeValue.fromNs("1", "1E126")))
            .hasMessage(NumbersTest.OVERFLOW);
        assertThatThrownBy(() -> ItemValidator.normalizeValue(AttributeValue.fromN("dog")))
            .hasMessage("The parameter cannot be converted to a numeric value: dog");
    }

    @Test
    @DisplayName("nothing to change: the same value instances come back")
    void unchangedValuesAreReused() {
        AttributeValue nested = AttributeValue.fromM(Map.of(
            "l", AttributeValue.fromL(AttributeValue.fromN("1.5"), AttributeValue.fromS("")),
            "ss", AttributeValue.fromSs("a", "b"), "bs", AttributeValue.fromBs(List.of(new byte[] {1}))));
        AttributeValue n = AttributeValue.fromN("42");
        Map<String, AttributeValue> in = new LinkedHashMap<>();
        in.put("doc", nested);
        in.put("n", n);
        Map<String, AttributeValue> out = ItemValidator.normalizeItem(in);
        assertThat(out).isNotSameAs(in);
        assertThat(out.get("doc")).isSameAs(nested);
        assertThat(out.get("n")).isSameAs(n);
        AttributeValue ns = AttributeValue.fromNs("1", "2.5");
        assertThat(ItemValidator.normalizeValue(ns)).isSameAs(ns);
    }

    @Test
    @DisplayName("1.4 empty sets: SS, NS and BS each with DynamoDB's text")
    void emptySets() {
        assertThatThrownBy(() -> ItemValidator.normalizeValue(AttributeValue.fromSs(List.of())))
            .isInstanceOf(ValidationException.class)
            .hasMessage("One or more parameter values were invalid: An string set  may not be empty");
        assertThatThrownBy(() -> ItemValidator.normalizeValue(AttributeValue.fromNs(List.of())))
            .hasMessage("One or more parameter values were invalid: An number set  may not be empty");
        assertThatThrownBy(() -> ItemValidator.normalizeItem(
            item("b", AttributeValue.fromM(Map.of("x", AttributeValue.fromBs(List.of()))))))
            .hasMessage("One or more parameter values were invalid: Binary sets should not be empty");
    }

    @Test
    @DisplayName("1.4 empty S, B, L and M are allowed outside keys")
    void emptyScalarsAndDocumentsAllowed() {
        Map<String, AttributeValue> in = new LinkedHashMap<>();
        in.put("s", AttributeValue.fromS(""));
        in.put("b", AttributeValue.fromB(new byte[0]));
        in.put("l", AttributeValue.fromL(List.of()));
        in.put("m", AttributeValue.fromM(Map.of()));
        in.put("ss", AttributeValue.fromSs(""));
        assertThat(ItemValidator.normalizeItem(in)).isEqualTo(in);
    }

    @Test
    @DisplayName("1.1 sets: duplicates rejected with the input collection in the message")
    void duplicates() {
        assertThatThrownBy(() -> ItemValidator.normalizeValue(AttributeValue.fromSs("a", "b", "a")))
            .hasMessage(INVALID + "Input collection [a, b, a] contains duplicates.");
        assertThatThrownBy(() -> ItemValidator.normalizeValue(
            AttributeValue.fromBs(List.of(new byte[] {1, 2}, new byte[] {1, 2}))))
            .hasMessage(INVALID + "Input collection [AQI=, AQI=] contains duplicates.");
    }

    @Test
    @DisplayName("1.2 number sets: duplicates are by value, 1 and 1.0 and 1e0 are the same element")
    void numberSetDuplicatesByValue() {
        assertThatThrownBy(() -> ItemValidator.normalizeValue(AttributeValue.fromNs("1", "1.0")))
            .hasMessage(INVALID + "Input collection [1, 1.0] contains duplicates.");
        assertThatThrownBy(() -> ItemValidator.normalizeValue(AttributeValue.fromNs("-0", "0.00")))
            .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> ItemValidator.normalizeValue(AttributeValue.fromNs("1e0", "2", "1")))
            .isInstanceOf(ValidationException.class);
        assertThat(ItemValidator.normalizeValue(AttributeValue.fromNs("1", "1.01")).ns()).containsExactly("1", "1.01");
    }

    @Test
    @DisplayName("1.7 names: empty attribute name rejected, at the top level and as a map key")
    void emptyNames() {
        assertThatThrownBy(() -> ItemValidator.normalizeItem(item("", AttributeValue.fromS("x"))))
            .isInstanceOf(ValidationException.class).hasMessage(ItemValidator.EMPTY_NAME);
        assertThatThrownBy(() -> ItemValidator.normalizeValue(AttributeValue.fromM(Map.of("", AttributeValue.nul()))))
            .hasMessage(ItemValidator.EMPTY_NAME);
    }

    @Test
    @DisplayName("1.7 names: 65,535 UTF-8 bytes accepted, 65,536 rejected; any characters allowed")
    void nameLength() {
        AttributeValue v = AttributeValue.fromBool(true);
        assertThat(ItemValidator.normalizeItem(item("a".repeat(65_535), v))).hasSize(1);
        assertThatThrownBy(() -> ItemValidator.normalizeItem(item("a".repeat(65_536), v)))
            .hasMessage(ItemValidator.LONG_NAME);
        // 21,845 three-byte chars are 65,535 bytes; one more ASCII byte reaches the limit
        String wide = "\u20ac".repeat(21_845);
        assertThat(ItemValidator.normalizeItem(item(wide, v))).hasSize(1);
        assertThatThrownBy(() -> ItemValidator.normalizeValue(AttributeValue.fromM(Map.of(wide + "x", v))))
            .hasMessage(ItemValidator.LONG_NAME);
        assertThat(ItemValidator.normalizeItem(item("a.b \"c\"\n\0[0]", v))).hasSize(1);
    }

    private static AttributeValue nest(int levels, boolean lists) {
        AttributeValue v = AttributeValue.fromS("leaf");
        for (int i = 0; i < levels; i++) {
            v = lists && i % 2 == 0 ? AttributeValue.fromL(v) : AttributeValue.fromM(Map.of("k", v));
        }
        return v;
    }

    @Test
    @DisplayName("1.5 nesting: 32 levels of maps and lists accepted, 33 rejected")
    void nestingDepth() {
        for (boolean lists : new boolean[] {false, true}) {
            assertThat(ItemValidator.normalizeItem(item("a", nest(32, lists)))).hasSize(1);
            assertThatThrownBy(() -> ItemValidator.normalizeItem(item("a", nest(33, lists))))
                .isInstanceOf(ValidationException.class).hasMessage(ItemValidator.TOO_DEEP);
            assertThatThrownBy(() -> ItemValidator.normalizeValue(nest(33, lists)))
                .hasMessage(ItemValidator.TOO_DEEP);
        }
        // sets are not documents: a set at level 32 is fine
        AttributeValue deepSet = AttributeValue.fromSs("x");
        for (int i = 0; i < 32; i++) {
            deepSet = AttributeValue.fromL(deepSet);
        }
        assertThat(ItemValidator.normalizeValue(deepSet)).isSameAs(deepSet);
    }

    @Test
    @DisplayName("1.3 strings: an unpaired surrogate (no UTF-8 form) is rejected in values, sets and names")
    void unpairedSurrogates() {
        assertThatThrownBy(() -> ItemValidator.normalizeValue(AttributeValue.fromS("x\uD800")))
            .isInstanceOf(ValidationException.class).hasMessage(ItemValidator.BAD_STRING);
        assertThatThrownBy(() -> ItemValidator.normalizeValue(AttributeValue.fromSs("ok", "\uDC00")))
            .hasMessage(ItemValidator.BAD_STRING);
        assertThatThrownBy(() -> ItemValidator.normalizeItem(item("\uD800", AttributeValue.nul())))
            .hasMessage(ItemValidator.BAD_STRING);
        assertThat(ItemValidator.normalizeValue(AttributeValue.fromS("\uD83D\uDE00\0"))).isNotNull();
    }

    @Test
    @DisplayName("1.1 NULL is always true and BOOL keeps its value")
    void nullAndBool() {
        assertThat(ItemValidator.normalizeValue(AttributeValue.nul())).isSameAs(AttributeValue.nul());
        assertThat(ItemValidator.normalizeValue(AttributeValue.fromBool(false)).bool()).isFalse();
    }

    @Test
    @DisplayName("1.2 property: normalising is idempotent and keeps values equal for random items")
    void idempotent() {
        qt().forAll(Gens.items()).checkAssert(item -> {
            Map<String, AttributeValue> once = ItemValidator.normalizeItem(item);
            assertThat(once).isEqualTo(item);
            Map<String, AttributeValue> twice = ItemValidator.normalizeItem(once);
            for (String k : once.keySet()) {
                assertThat(twice.get(k)).isSameAs(once.get(k));
            }
        });
    }
}
