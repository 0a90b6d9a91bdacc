package dev.tidemark.samples.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidemark.engine.Database;
import dev.tidemark.engine.model.AttributeValue;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Carts live three seconds here (TTL is kept in whole seconds, so two to three); the reader hides an expired cart at once and the TTL sweeper (every 100 ms) deletes it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"store.cart-lifetime=3s", "tidemark.ttl-sweep-interval=100ms"})
@AutoConfigureTestRestTemplate
class CartExpiryTest {
    @Autowired
    TestRestTemplate http;

    @Autowired
    Database db;

    @Test
    void aCartExpiresLikeACacheEntry() throws Exception {
        http.postForEntity("/customers", Map.of("id", "cid", "name", "Cid", "email", "cid@example.com"), Map.class);
        http.postForEntity("/products", Map.of("sku", "cup", "name", "Cup", "priceCents", 400, "stock", 10), Map.class);
        assertThat(http.exchange("/customers/cid/cart/cup", HttpMethod.PUT, new HttpEntity<>(Map.of("quantity", 1)), Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, AttributeValue> key = Map.of("pk", AttributeValue.fromS("CART#cid"), "sk", AttributeValue.fromS("CART"));
        assertThat(db.getItem(g -> g.tableName("store").key(key)).item()).containsKey("expiresAt");

        StoreApplicationTest.waitFor(() -> http.getForEntity("/customers/cid/cart", Map.class).getStatusCode() == HttpStatus.NOT_FOUND);
        StoreApplicationTest.waitFor(() -> {
            Map<String, AttributeValue> item = db.getItem(g -> g.tableName("store").key(key)).item();
            return item == null || item.isEmpty();
        });
        ResponseEntity<Map> none = http.postForEntity("/customers/cid/checkout", null, Map.class);
        assertThat(none.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(none.getBody().get("error").toString()).contains("no cart");
        assertThat(http.getForEntity("/products/cup", Map.class).getBody().get("stock")).isEqualTo(10);
    }
}
