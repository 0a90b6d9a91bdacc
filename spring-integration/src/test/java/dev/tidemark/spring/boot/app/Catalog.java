package dev.tidemark.spring.boot.app;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A transactional service. */
@Service
public class Catalog {
    private final ProductRepository products;

    /** A catalog over the repository. */
    public Catalog(ProductRepository products) {
        this.products = products;
    }

    /** Adds products atomically; fails after writing when asked to. */
    @Transactional
    public void addAll(boolean fail, Product... items) {
        for (Product p : items) {
            products.save(p);
        }
        if (fail) {
            throw new IllegalStateException("rejected");
        }
    }
}
