package dev.tidemark.spring.repository.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Parenthesising of combined filter expressions (the engine rejects redundant parentheses). */
class ConditionsUnitTests {

    @Test
    void addsParenthesesOnlyWhenNoPairEnclosesTheWhole() {
        assertThat(Conditions.paren("#a = :b")).isEqualTo("(#a = :b)");
        assertThat(Conditions.paren("(#a = :b OR #c = :d)")).isEqualTo("(#a = :b OR #c = :d)");
        assertThat(Conditions.paren("(#a = :b) OR (#c = :d)")).isEqualTo("((#a = :b) OR (#c = :d))");
        assertThat(Conditions.paren("contains(#a, :b)")).isEqualTo("(contains(#a, :b))");
        assertThat(Conditions.paren(" (x) ")).isEqualTo("(x)");
    }
}
