package dev.tidemark.samples.store;

import dev.tidemark.mapper.Key;
import dev.tidemark.spring.repository.TidemarkRepository;
import java.util.List;

/** The {@link StoreItem.OrderLine} items of the store table. */
public interface OrderLineRepository extends TidemarkRepository<StoreItem.OrderLine, Key> {
    /** The items of one partition. */
    List<StoreItem.OrderLine> findByPk(String pk);
}
