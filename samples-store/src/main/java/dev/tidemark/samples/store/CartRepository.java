package dev.tidemark.samples.store;

import dev.tidemark.mapper.Key;
import dev.tidemark.spring.repository.TidemarkRepository;
import java.util.List;

/** The {@link StoreItem.Cart} items of the store table. */
public interface CartRepository extends TidemarkRepository<StoreItem.Cart, Key> {
    /** The items of one partition. */
    List<StoreItem.Cart> findByPk(String pk);
}
