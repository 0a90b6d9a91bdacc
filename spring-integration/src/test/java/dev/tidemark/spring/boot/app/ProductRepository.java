package dev.tidemark.spring.boot.app;

import dev.tidemark.spring.repository.TidemarkRepository;
import java.util.List;

/** Found by the auto-configuration's repository scan. */
public interface ProductRepository extends TidemarkRepository<Product, String> {
    List<Product> findByCategoryAndPriceLessThanOrderByPriceDesc(String category, int price);
}
