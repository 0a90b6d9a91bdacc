package dev.tidemark.engine.internal.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.tidemark.engine.ValidationException;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.generators.Generate;

class NumbersTest {
    static final String DIGITS = "Attempting to store more than 38 significant digits in a Number";
    static final String OVERFLOW =
        "Number overflow. Attempting to store a number with magnitude larger than supported range";
    static final String UNDERFLOW =
        "Number underflow. Attempting to store a number with magnitude smaller than supported range";

    @ParameterizedTest(name = "1.2 normalisation: {0} -> {1}")
    @CsvSource({
        "007, 7", "+3, 3", "1.10, 1.1", "100.000, 100", "1e3, 1000", "1.5e2, 150", "123e-2, 1.23",
        "-0, 0", "0e5, 0", ".5, 0.5", "1e-20, 0.00000000000000000001", "0001.23, 1.23", "1e+5, 100000",
        "-17.4E37, -174000000000000000000000000000000000000", "0.0e126, 0", "5., 5",
    })
    void normalisesToPlainCanonicalText(String in, String expected) {
        assertThat(Numbers.normalize(in)).isEqualTo(expected);
    }

    @Test
    @DisplayName("1.2 normalisation: 1e125 is 1 followed by 125 zeros")
    void largestPowerOfTen() {
        assertThat(Numbers.normalize("1e125")).isEqualTo("1" + "0".repeat(125));
    }

    @ParameterizedTest(name = "1.2 invalid number text rejected: \"{0}\"")
    @ValueSource(strings = {"NaN", "Infinity", "-Infinity", "dog", " 1", "1 ", "", "+", "-", ".", "e5",
        "1e", "1e+", "1.2.3", "0x10", "1_000", "\u0661\u0662", "1,5", "--1", "1e5.5"})
    void rejectsNonNumbers(String text) {
        assertThatThrownBy(() -> Numbers.parse(text))
            .isInstanceOf(ValidationException.class)
            .hasMessage("The parameter cannot be converted to a numeric value: " + text);
    }

    @Test
    @DisplayName("1.2 numbers: 39 significant digits rejected, 38 accepted")
    void thirtyNineDigits() {
        assertThat(Numbers.normalize("1".repeat(38))).isEqualTo("1".repeat(38));
        assertThatThrownBy(() -> Numbers.parse("1".repeat(39))).hasMessage(DIGITS);
        assertThatThrownBy(() -> Numbers.parse("0." + "1".repeat(39))).hasMessage(DIGITS);
        // Leading and trailing zeros are not significant.
        assertThat(Numbers.normalize("000" + "1".repeat(38) + ".000")).isEqualTo("1".repeat(38));
    }

    @Test
    @DisplayName("1.2 numbers: magnitude 1E126 overflows, 1E-131 underflows, the bounds are accepted")
    void range() {
        assertThat(Numbers.normalize("9.9999999999999999999999999999999999999E+125")).hasSize(126);
        assertThat(Numbers.normalize("-1E-130")).isEqualTo("-0." + "0".repeat(129) + "1");
        assertThatThrownBy(() -> Numbers.parse("1E126")).hasMessage(OVERFLOW);
        assertThatThrownBy(() -> Numbers.parse("-1E126")).hasMessage(OVERFLOW);
        assertThatThrownBy(() -> Numbers.parse("1E-131")).hasMessage(UNDERFLOW);
        assertThatThrownBy(() -> Numbers.parse("-0.9E-130")).hasMessage(UNDERFLOW);
    }

    @Test
    @DisplayName("1.2 numbers: exponents beyond int range are range errors, or zero for a zero mantissa")
    void hugeExponents() {
        assertThatThrownBy(() -> Numbers.parse("1e99999999999")).hasMessage(OVERFLOW);
        assertThatThrownBy(() -> Numbers.parse("-1e-99999999999")).hasMessage(UNDERFLOW);
        assertThat(Numbers.normalize("0.000e99999999999")).isEqualTo("0");
    }

    @Test
    @DisplayName("1.2 arithmetic: exact, precision loss reported with the overflow text")
    void arithmetic() {
        assertThat(Numbers.add("0.1", "0.2", false)).isEqualTo("0.3");
        assertThat(Numbers.add("5", "7", true)).isEqualTo("-2");
        assertThat(Numbers.add("1.5", "-1.5", false)).isEqualTo("0");
        assertThatThrownBy(() -> Numbers.add("1" + "0".repeat(50), "1", false)).hasMessage(OVERFLOW);
        assertThatThrownBy(() -> Numbers.add("9" + "0".repeat(125), "9" + "0".repeat(125), false))
            .hasMessage(OVERFLOW);
    }

    @Test
    @DisplayName("1.2 property: canonical text parses back to an equal value and is a fixed point")
    void canonicalTextRoundTrips() {
        qt().forAll(Gens.decimals().flatMap(d -> Gens.spellings(d).map(s -> new Object[] {d, s})))
            .checkAssert(pair -> {
                BigDecimal d = (BigDecimal) pair[0];
                String text = Numbers.normalize((String) pair[1]);
                assertThat(new BigDecimal(text).compareTo(d)).isZero();
                assertThat(Numbers.normalize(text)).isEqualTo(text);
                assertThat(text).doesNotContain("e", "E", "+");
                assertThat(text).isEqualTo(Numbers.toText(d));
            });
    }

    @Test
    @DisplayName("1.2 property: 39 to 60 significant digits are always rejected")
    void tooManyDigitsRejected() {
        qt().forAll(Generate.range(39, 60), Generate.range(-40, 40), Generate.longRange(1, Long.MAX_VALUE))
            .checkAssert((digits, shift, seed) -> {
                // first and last digit non-zero, so exactly `digits` significant digits
                StringBuilder body = new StringBuilder("1");
                while (body.length() < digits) {
                    body.append(seed);
                }
                String mantissa = body.substring(0, digits - 1) + "7";
                BigDecimal d = new BigDecimal(new BigInteger(mantissa), shift + digits / 2);
                assertThatThrownBy(() -> Numbers.parse(d.toString())).hasMessage(DIGITS);
            });
    }

    @Test
    @DisplayName("1.2 property: magnitudes outside [1E-130, 1E126) are always rejected")
    void outOfRangeRejected() {
        qt().forAll(Generate.range(1, 38), Generate.range(0, 1000), Generate.booleans())
            .checkAssert((digits, extra, big) -> {
                String mantissa = "9".repeat(digits);
                // 0.99..9 * 10^e: e >= 127 overflows, e <= -130 underflows
                int exponent = big ? 127 + extra : -130 - extra;
                String text = "0." + mantissa + "e" + exponent;
                assertThatThrownBy(() -> Numbers.parse(text)).hasMessage(big ? OVERFLOW : UNDERFLOW);
            });
    }

    @Test
    @DisplayName("1.2 property: compare is numeric")
    void compareIsNumeric() {
        qt().forAll(Gens.decimals(), Gens.decimals()).checkAssert((a, b) ->
            assertThat(Integer.signum(Numbers.compare(Numbers.toText(a), Numbers.toText(b))))
                .isEqualTo(a.compareTo(b)));
    }

    @Test
    @DisplayName("1.2 numbers: the canonical-text fast path agrees with full parsing on every short string of number characters")
    void fastPathAgreesWithFullParsing() {
        String alphabet = "0123456789.-+e";
        qt().withExamples(20_000).forAll(Generate.intArrays(Generate.range(1, 12), Generate.range(0, alphabet.length() - 1)))
            .checkAssert(codes -> {
                StringBuilder sb = new StringBuilder();
                for (int c : codes) {
                    sb.append(alphabet.charAt(c));
                }
                String text = sb.toString();
                if (Numbers.isCanonicalShort(text)) {
                    assertThat(Numbers.toText(Numbers.parse(text))).as(text).isEqualTo(text);
                }
            });
        for (String canonical : new String[] {"0", "7", "-7", "0.5", "-0.05", "123.456", "1000"}) {
            assertThat(Numbers.isCanonicalShort(canonical)).as(canonical).isTrue();
        }
        for (String other : new String[] {"-0", "00", "1.", ".5", "1.50", "+1", "1e3", "0.0", "-", ""}) {
            assertThat(Numbers.isCanonicalShort(other)).as(other).isFalse();
        }
    }
}
