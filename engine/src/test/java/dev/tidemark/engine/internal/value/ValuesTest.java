package dev.tidemark.engine.internal.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.tidemark.engine.model.AttributeValue;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ValuesTest {
    @Test
    @DisplayName("1.3 property: compareUtf8 is the order of the UTF-8 encodings, utf8Length their length")
    void utf8Order() {
        qt().forAll(Gens.strings(0, 6), Gens.strings(0, 6)).checkAssert((a, b) -> {
            assertThat(Integer.signum(Values.compareUtf8(a, b)))
                .isEqualTo(Integer.signum(Arrays.compareUnsigned(Values.utf8(a), Values.utf8(b))));
            assertThat(Values.utf8Length(a)).isEqualTo(Values.utf8(a).length);
            assertThat(Values.isWellFormed(a)).isTrue();
        });
    }

    @Test
    @DisplayName("1.3 strings: a supplementary character sorts after U+FFFF (UTF-16 order would differ)")
    void supplementaryAfterBmp() {
        assertThat(Values.compareUtf8("\uD800\uDC00", "\uFFFF")).isPositive();
        assertThat("\uD800\uDC00".compareTo("\uFFFF")).isNegative();
        assertThat(Values.compareScalars(AttributeValue.fromS("\uD83D\uDE00"), AttributeValue.fromS("\uFF21")))
            .isPositive();
    }

    @Test
    @DisplayName("1.3 binary: compared as unsigned bytes, 0x80 after 0x7F")
    void unsignedBinary() {
        assertThat(Values.compareScalars(AttributeValue.fromB(new byte[] {(byte) 0x80}),
            AttributeValue.fromB(new byte[] {0x7F}))).isPositive();
    }

    @Test
    @DisplayName("1.9 ordering exists only for N, S and B of the same type")
    void orderingOnlyForScalars() {
        assertThat(Values.isOrdered(AttributeValue.fromN("1"))).isTrue();
        assertThat(Values.isOrdered(AttributeValue.fromBool(true))).isFalse();
        assertThatThrownBy(() -> Values.compareScalars(AttributeValue.fromN("1"), AttributeValue.fromS("1")))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Values.compareScalars(AttributeValue.nul(), AttributeValue.nul()))
            .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("unpaired surrogates are detected, pairs accepted")
    void wellFormed() {
        assertThat(Values.isWellFormed("a\uD83D\uDE00b")).isTrue();
        assertThat(Values.isWellFormed("a\uD83D")).isFalse();
        assertThat(Values.isWellFormed("\uDE00a")).isFalse();
        assertThat(Values.isWellFormed("\uD83D\uD83D\uDE00")).isFalse();
    }
}
