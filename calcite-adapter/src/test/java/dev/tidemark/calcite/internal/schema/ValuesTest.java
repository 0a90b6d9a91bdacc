package dev.tidemark.calcite.internal.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.tidemark.engine.model.AttributeValue;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Reading numbers into BIGINT columns: the fast path for plain integers agrees with exact decimal arithmetic. */
class ValuesTest {

    private static Object bigint(String n) {
        return Values.toSql(AttributeValue.fromN(n), ColumnType.BIGINT);
    }

    /** What a BIGINT column must hold: the exact long value, or null when the number is not one. */
    private static Long exact(String n) {
        try {
            return new BigDecimal(n).longValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }

    @Test
    void everyLongReadsBackExactly() {
        qt().forAll(longs().all()).checkAssert(l -> assertThat(bigint(Long.toString(l))).isEqualTo(l));
    }

    @Test
    void numbersOutsideLongOrWithFractionsAgreeWithDecimalArithmetic() {
        qt().forAll(longs().all(), integers().between(0, 25), integers().between(0, 3)).checkAssert((l, shift, form) -> {
            BigDecimal d = BigDecimal.valueOf(l).scaleByPowerOfTen(shift);
            String text = switch (form) {
                case 0 -> d.toPlainString();
                case 1 -> d.toPlainString() + ".5";
                case 2 -> d.toPlainString() + ".000";
                default -> d.toString();
            };
            assertThat(bigint(text)).isEqualTo(exact(text));
        });
    }

    @Test
    void edgeCases() {
        assertThat(bigint("9223372036854775807")).isEqualTo(Long.MAX_VALUE);
        assertThat(bigint("-9223372036854775808")).isEqualTo(Long.MIN_VALUE);
        assertThat(bigint("9223372036854775808")).isNull();
        assertThat(bigint("-0")).isEqualTo(0L);
        assertThat(bigint("1.5")).isNull();
        assertThat(bigint("2.0")).isEqualTo(2L);
        assertThat(bigint("1E+3")).isEqualTo(1000L);
        assertThat(Values.toSql(AttributeValue.fromS("12"), ColumnType.BIGINT)).isNull();
    }
}
