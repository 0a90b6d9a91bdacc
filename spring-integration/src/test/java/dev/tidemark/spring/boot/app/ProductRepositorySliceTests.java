package dev.tidemark.spring.boot.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidemark.spring.boot.test.DataTidemarkTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@DataTidemarkTest
class ProductRepositorySliceTests {

    @Autowired
    ProductRepository products;
    @Autowired
    ApplicationContext context;

    @Test
    void onlyRepositoriesAndTidemarkBeansAreThere() {
        products.save(new Product("s1", "tea", 3, null));
        assertThat(products.findByCategoryAndPriceLessThanOrderByPriceDesc("tea", 10)).extracting(Product::sku)
            .containsExactly("s1");
        assertThat(context.getBeanNamesForType(Catalog.class)).isEmpty();
    }
}
