package dev.tidemark.spring.repository;

import dev.tidemark.mapper.annotation.IndexPartitionKey;
import dev.tidemark.mapper.annotation.IndexSortKey;
import dev.tidemark.mapper.annotation.MappedTable;
import dev.tidemark.mapper.annotation.PartitionKey;
import dev.tidemark.mapper.annotation.SortKey;
import java.util.Set;

/** A test entity with a composite key, a GSI by status and total, and a GSI by region. */
@MappedTable("orders")
public record Order(@PartitionKey String customerId, @SortKey String orderId,
                    @IndexPartitionKey("byStatus") String status,
                    @IndexSortKey({"byStatus", "byRegion"}) Integer total,
                    @IndexPartitionKey("byRegion") String region,
                    String note, Boolean paid, Set<String> tags) {
}
