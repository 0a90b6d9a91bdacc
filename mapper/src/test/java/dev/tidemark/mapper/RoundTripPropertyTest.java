package dev.tidemark.mapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.tidemark.mapper.annotation.Flatten;
import dev.tidemark.mapper.annotation.MappedTable;
import dev.tidemark.mapper.annotation.PartitionKey;
import dev.tidemark.mapper.annotation.SortKey;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Generated entities survive save and find unchanged. */
class RoundTripPropertyTest extends MapperTestBase {
    enum Mood { HAPPY, SAD, CALM }

    record Part(String label, long weight) {
    }

    @MappedTable("generated")
    record Generated(@PartitionKey String id, @SortKey long seq, int count, Optional<String> note, List<String> words,
                     Set<String> tags, Set<Long> numbers, Map<String, Long> scores, Mood mood, Instant at,
                     BigDecimal amount, Part part, @Flatten Part flat, boolean flag, double ratio) {
    }

    static Gen<Generated> generated() {
        Gen<String> text = strings().basicLatinAlphabet().ofLengthBetween(0, 12);
        Gen<String> nonEmpty = strings().basicLatinAlphabet().ofLengthBetween(1, 12);
        Gen<List<String>> words = lists().of(text).ofSizeBetween(0, 5);
        Gen<Long> l = longs().between(-1_000_000_000_000L, 1_000_000_000_000L);
        Gen<Part> part = nonEmpty.zip(l, Part::new);
        Gen<Generated> a = nonEmpty.zip(l, integers().all(), text, words, (id, seq, count, note, ws) -> new Generated(
            id, seq, count, note.isEmpty() ? Optional.empty() : Optional.of(note), ws, null, null, null, null, null, null,
            null, null, false, 0));
        return a.zip(words, lists().of(l).ofSizeBetween(0, 4), integers().between(0, 2), l, (g, tags, nums, mood, n) ->
            new Generated(g.id(), g.seq(), g.count(), g.note(), g.words(), new LinkedHashSet<>(tags),
                new LinkedHashSet<>(nums), scores(tags, nums), Mood.values()[mood], Instant.ofEpochSecond(n / 1000, Math.abs(n % 1_000_000_000)),
                BigDecimal.valueOf(n, 3), null, null, n % 2 == 0, n / 7.0))
            .zip(part, part, (g, p1, p2) -> new Generated(g.id(), g.seq(), g.count(), g.note(), g.words(), g.tags(),
                g.numbers(), g.scores(), g.mood(), g.at(), g.amount(), p1, p2, g.flag(), g.ratio()));
    }

    private static Map<String, Long> scores(List<String> keys, List<Long> values) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (int i = 0; i < Math.min(keys.size(), values.size()); i++) {
            if (!keys.get(i).isEmpty()) { // attribute names, map keys included, cannot be empty
                m.put(keys.get(i), values.get(i));
            }
        }
        return m;
    }

    @Test
    void saveThenFindReturnsAnEqualEntity() {
        em.createTable(Generated.class);
        qt().withExamples(300).forAll(generated()).checkAssert(g -> {
            em.save(g);
            Generated back = em.find(Generated.class, g.id(), g.seq()).orElseThrow();
            assertThat(back).usingRecursiveComparison().ignoringFields("amount").isEqualTo(g);
            assertThat(back.amount()).isEqualByComparingTo(g.amount());
        });
    }
}
