package dev.tidemark.samples.store;

import dev.tidemark.mapper.Key;
import dev.tidemark.spring.repository.TidemarkRepository;
import java.util.List;

/** The {@link StoreItem.Customer} items of the store table. */
public interface CustomerRepository extends TidemarkRepository<StoreItem.Customer, Key> {
    /** The items of one partition. */
    List<StoreItem.Customer> findByPk(String pk);
}
