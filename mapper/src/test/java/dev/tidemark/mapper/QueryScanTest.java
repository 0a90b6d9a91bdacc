package dev.tidemark.mapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tidemark.mapper.annotation.MappedTable;
import dev.tidemark.mapper.annotation.PartitionKey;
import dev.tidemark.mapper.annotation.SortKey;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class QueryScanTest extends MapperTestBase {
    @MappedTable("events")
    record Event(@PartitionKey String stream, @SortKey long seq, String kind, int size) {
    }

    @BeforeEach
    void load() {
        em.createTable(Event.class);
        List<Event> all = new ArrayList<>();
        for (String s : List.of("a", "b")) {
            for (int i = 0; i < 50; i++) {
                all.add(new Event(s, i, i % 2 == 0 ? "even" : "odd", i * 10));
            }
        }
        em.batchSave(all);
    }

    @Test
    void sortConditionsDirectionAndFilter() {
        assertThat(em.query(Event.class).partition("a").sortBetween(10L, 14L).list()).extracting(Event::seq)
            .containsExactly(10L, 11L, 12L, 13L, 14L);
        assertThat(em.query(Event.class).partition("a").sortLessThan(3L).descending().list()).extracting(Event::seq)
            .containsExactly(2L, 1L, 0L);
        assertThat(em.query(Event.class).partition("a").sortGreaterThanOrEqual(48L).list()).hasSize(2);
        assertThat(em.query(Event.class).partition("a").sortEquals(7L).list()).extracting(Event::kind).containsExactly("odd");
        assertThat(em.query(Event.class).partition("b").filter("#kind = :k AND #size >= :min").param("k", "even")
            .param("min", 400).list()).extracting(Event::seq).containsExactly(40L, 42L, 44L, 46L, 48L);
    }

    @Test
    void pagesWithContinuationTokensAndLazyStreams() {
        Page<Event> p1 = em.query(Event.class).partition("a").limit(20).page();
        assertThat(p1.items()).hasSize(20);
        assertThat(p1.hasMore()).isTrue();
        Page<Event> p2 = em.query(Event.class).partition("a").limit(20).startAfter(p1.continuationToken()).page();
        assertThat(p2.items().get(0).seq()).isEqualTo(20);

        AtomicInteger pagesRead = new AtomicInteger();
        List<Event> firstFive = em.query(Event.class).partition("a").limit(10).pages()
            .peek(p -> pagesRead.incrementAndGet()).flatMap(p -> p.items().stream()).limit(5).toList();
        assertThat(firstFive).hasSize(5);
        assertThat(pagesRead.get()).isEqualTo(1);
        assertThat(em.query(Event.class).partition("a").limit(7).stream().count()).isEqualTo(50);

        assertThatThrownBy(() -> em.query(Event.class).partition("a").startAfter("garbage!").page())
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("continuation token");
    }

    @Test
    void projectionLeavesOtherPropertiesEmpty() {
        Event e = em.query(Event.class).partition("a").sortEquals(3L).project("seq", "stream").list().get(0);
        assertThat(e.seq()).isEqualTo(3);
        assertThat(e.kind()).isNull();
        assertThat(e.size()).isZero();
    }

    @Test
    void scansSequentialSegmentedAndParallel() {
        assertThat(em.scan(Event.class).limit(15).stream().count()).isEqualTo(100);
        assertThat(em.scan(Event.class).filter("#size > :s").param("s", 450).list()).hasSize(8);
        long segmented = 0;
        for (int s = 0; s < 4; s++) {
            segmented += em.scan(Event.class).segment(s, 4).pages().mapToLong(p -> p.items().size()).sum();
        }
        assertThat(segmented).isEqualTo(100);
        assertThat(em.scan(Event.class).parallel(4).limit(9).stream().map(e -> e.stream() + e.seq())
            .collect(Collectors.toSet())).hasSize(100);
    }
}
