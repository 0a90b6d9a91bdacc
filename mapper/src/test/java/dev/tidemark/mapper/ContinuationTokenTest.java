package dev.tidemark.mapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tidemark.mapper.annotation.IndexPartitionKey;
import dev.tidemark.mapper.annotation.IndexSortKey;
import dev.tidemark.mapper.annotation.PartitionKey;
import dev.tidemark.mapper.annotation.SortKey;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Tokens made from an entity resume a query or scan right after that entity. */
class ContinuationTokenTest extends MapperTestBase {

    record Line(@PartitionKey String order, @SortKey int no, @IndexPartitionKey("bySku") String sku,
                @IndexSortKey("bySku") int qty) {
    }

    @Test
    void resumesAfterAnyEntityOfTheTableOrAnIndex() {
        em.createTable(Line.class);
        List<Line> lines = IntStream.range(0, 20).mapToObj(i -> new Line("o", i, "s", 100 - i)).toList();
        em.batchSave(lines);

        String afterSeven = em.continuationToken(lines.get(7), null);
        assertThat(em.query(Line.class).partition("o").startAfter(afterSeven).limit(3).page().items())
            .extracting(Line::no).containsExactly(8, 9, 10);
        assertThat(em.query(Line.class).partition("o").descending().startAfter(afterSeven).list())
            .extracting(Line::no).containsExactly(6, 5, 4, 3, 2, 1, 0);

        String inIndex = em.continuationToken(lines.get(7), "bySku");
        assertThat(em.query(Line.class).index("bySku").partition("s").startAfter(inIndex).limit(2).page().items())
            .extracting(Line::no).containsExactly(6, 5); // ascending qty = descending no
        assertThat(em.scan(Line.class).startAfter(em.continuationToken(lines.get(19), null)).list()).isEmpty();

        assertThatThrownBy(() -> em.continuationToken(lines.get(0), "nope"))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nope");
    }
}
