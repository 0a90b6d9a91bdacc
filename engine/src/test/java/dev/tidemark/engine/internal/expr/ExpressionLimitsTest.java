package dev.tidemark.engine.internal.expr;

import static dev.tidemark.engine.internal.expr.Fixtures.cond;
import static dev.tidemark.engine.internal.expr.Fixtures.item;
import static dev.tidemark.engine.internal.expr.Fixtures.n;
import static dev.tidemark.engine.internal.expr.Fixtures.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tidemark.engine.ValidationException;
import dev.tidemark.engine.model.AttributeValue;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The size limits of section 4.11 on placeholders and on all names and values together. */
class ExpressionLimitsTest {

    @Test
    @DisplayName("4.11 a :value token of 255 bytes is accepted, 256 bytes is rejected")
    void valueTokenLength() {
        String ok = ":" + "v".repeat(254);
        assertThat(cond("a = " + ok, Map.of(ok, n(1))).test(item("a", n(1)))).isTrue();
        String tooLong = ":" + "v".repeat(255);
        assertThatThrownBy(() -> cond("a = " + tooLong, Map.of(tooLong, n(1))))
            .isInstanceOf(ValidationException.class)
            .hasMessageStartingWith("ExpressionAttributeValues contains invalid key: The key is longer than 255 bytes");
    }

    @Test
    @DisplayName("4.11 a #name token of 256 bytes is rejected")
    void nameTokenLength() {
        String tooLong = "#" + "n".repeat(255);
        assertThatThrownBy(() -> cond(tooLong + " = :v", Map.of(tooLong, "a"), Map.of(":v", n(1))))
            .isInstanceOf(ValidationException.class)
            .hasMessageStartingWith("ExpressionAttributeNames contains invalid key: The key is longer than 255 bytes");
    }

    @Test
    @DisplayName("4.11 names and values together may not exceed 2 MB")
    void totalSize() {
        Map<String, AttributeValue> values = new HashMap<>();
        StringBuilder expr = new StringBuilder("a IN (");
        String big = "x".repeat(30_000);
        for (int i = 0; i < 70; i++) {
            values.put(":v" + i, s(big));
            expr.append(i == 0 ? "" : ",").append(":v").append(i);
        }
        expr.append(')');
        assertThatThrownBy(() -> cond(expr.toString(), values))
            .isInstanceOf(ValidationException.class)
            .hasMessageContaining("exceed the maximum size of 2097152 bytes");
        values.remove(":v69");
        String smaller = expr.toString().replace(",:v69", "");
        assertThat(cond(smaller, values).test(item("a", s(big)))).isTrue();
    }
}
