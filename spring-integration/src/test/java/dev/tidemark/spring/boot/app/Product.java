package dev.tidemark.spring.boot.app;

import dev.tidemark.mapper.annotation.IndexPartitionKey;
import dev.tidemark.mapper.annotation.IndexSortKey;
import dev.tidemark.mapper.annotation.MappedTable;
import dev.tidemark.mapper.annotation.PartitionKey;
import dev.tidemark.mapper.annotation.Version;

/** A product with a GSI by category ordered by price. */
@MappedTable("products")
public record Product(@PartitionKey String sku, @IndexPartitionKey("byCategory") String category,
                      @IndexSortKey("byCategory") Integer price, @Version Long version) {
}
