package dev.tidemark.samples.store;

import dev.tidemark.mapper.Key;
import dev.tidemark.samples.store.StoreItem.Order;
import dev.tidemark.spring.repository.TidemarkRepository;
import java.util.List;

/** Orders: by customer (the table's partition) and by status, newest first (the {@code byStatus} index). */
public interface OrderRepository extends TidemarkRepository<Order, Key> {
    /** Orders in a status, newest first. */
    List<Order> findByStatusOrderByPlacedAtDesc(String status);

    /** A customer's orders. */
    List<Order> findByPk(String pk);
}
