package dev.tidemark.samples.store;

import dev.tidemark.mapper.Key;
import dev.tidemark.spring.repository.TidemarkRepository;
import java.util.List;

/** The {@link StoreItem.Product} items of the store table. */
public interface ProductRepository extends TidemarkRepository<StoreItem.Product, Key> {
    /** The items of one partition. */
    List<StoreItem.Product> findByPk(String pk);
}
