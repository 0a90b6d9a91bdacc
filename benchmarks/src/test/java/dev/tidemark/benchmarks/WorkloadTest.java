package dev.tidemark.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Checks the category arithmetic {@code gsi_query} relies on against a count of the items themselves. */
class WorkloadTest {

    @Test
    void categorySizesMatchTheItems() {
        for (long n : new long[] {1000, 1900, 2000, 2100, 10_000, 100_000}) {
            Map<Long, Integer> counted = new HashMap<>();
            for (long i = 0; i < n; i++) {
                counted.merge(Workload.categoryNumber(i), 1, Integer::sum);
            }
            long categories = Workload.categories(n);
            assertThat(counted.keySet()).as("categories of %d items", n).hasSize((int) categories)
                .allSatisfy(c -> assertThat(c).isBetween(0L, categories - 1));
            for (long c = 0; c < categories; c++) {
                assertThat(Workload.categorySize(c, n)).as("category %d of %d items", c, n)
                    .isEqualTo(counted.get(c)).isBetween(1, Workload.CATEGORY_SPREAD);
            }
        }
    }

    @Test
    void aCategorySpansPartitions() {
        Set<String> partitions = new HashSet<>();
        for (long i = 0; i < 2000; i++) {
            if (Workload.categoryNumber(i) == 7) {
                partitions.add(Workload.pk(i));
            }
        }
        assertThat(partitions).hasSize(Workload.CATEGORY_SPREAD);
    }
}
