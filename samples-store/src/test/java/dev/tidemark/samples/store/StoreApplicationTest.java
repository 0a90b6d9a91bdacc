package dev.tidemark.samples.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidemark.engine.Database;
import dev.tidemark.engine.model.AttributeValue;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Starts the store on a random port and drives its REST API: carts, checkout, the index query, the totals from the stream. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "store.cart-lifetime=1h")
@AutoConfigureTestRestTemplate
class StoreApplicationTest {
    @Autowired
    TestRestTemplate http;

    @Autowired
    Database db;

    @SuppressWarnings("unchecked")
    private Map<String, Object> get(String path) {
        ResponseEntity<Map> r = http.getForEntity(path, Map.class);
        assertThat(r.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        return r.getBody();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> list(String path) {
        ResponseEntity<List> r = http.getForEntity(path, List.class);
        assertThat(r.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        return r.getBody();
    }

    private ResponseEntity<Map> put(String path, Object body) {
        return http.exchange(path, HttpMethod.PUT, new HttpEntity<>(body), Map.class);
    }

    private static long n(Object o) {
        return ((Number) o).longValue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void checkoutIsAllOrNothingOrdersAreQueriedByStatusAndTotalsFollowTheStream() throws Exception {
        assertThat(http.postForEntity("/customers", Map.of("id", "ann", "name", "Ann", "email", "ann@example.com"), Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        http.postForEntity("/customers", Map.of("id", "bob", "name", "Bob", "email", "bob@example.com"), Map.class);
        http.postForEntity("/products", Map.of("sku", "pen", "name", "Pen", "priceCents", 150, "stock", 5), Map.class);
        http.postForEntity("/products", Map.of("sku", "ink", "name", "Ink", "priceCents", 900, "stock", 1), Map.class);

        assertThat(put("/customers/ann/cart/pen", Map.of("quantity", 2)).getStatusCode()).isEqualTo(HttpStatus.OK);
        put("/customers/ann/cart/ink", Map.of("quantity", 1));
        assertThat((Map<String, Object>) get("/customers/ann/cart").get("items")).containsEntry("pen", 2).containsEntry("ink", 1);

        ResponseEntity<Map> order = http.postForEntity("/customers/ann/checkout", null, Map.class);
        assertThat(order.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String annOrder = (String) order.getBody().get("orderId");
        assertThat(n(order.getBody().get("totalCents"))).isEqualTo(2 * 150 + 900);
        assertThat(order.getBody().get("status")).isEqualTo("NEW");
        assertThat(n(get("/products/pen").get("stock"))).isEqualTo(3);
        assertThat(n(get("/products/ink").get("stock"))).isZero();
        assertThat(http.getForEntity("/customers/ann/cart", Map.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(list("/customers/ann/orders/" + annOrder + "/lines")).extracting(l -> l.get("sku")).containsExactly("pen", "ink");

        // bob wants ink, which ran out: the checkout fails and writes nothing
        put("/customers/bob/cart/pen", Map.of("quantity", 2));
        put("/customers/bob/cart/ink", Map.of("quantity", 1));
        ResponseEntity<Map> refused = http.postForEntity("/customers/bob/checkout", null, Map.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat((String) refused.getBody().get("error")).contains("ink");
        assertThat(n(get("/products/pen").get("stock"))).isEqualTo(3);
        assertThat(list("/customers/bob/orders")).isEmpty();
        assertThat(db.query(q -> q.tableName("store").keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("CUSTOMER#bob")))).items())
                .extracting(i -> i.get("sk").s()).containsExactly("PROFILE");
        assertThat((Map<String, Object>) get("/customers/bob/cart").get("items")).containsEntry("pen", 2);

        put("/customers/bob/cart/ink", Map.of("quantity", 0));
        ResponseEntity<Map> bobOrder = http.postForEntity("/customers/bob/checkout", null, Map.class);
        assertThat(bobOrder.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(n(get("/products/pen").get("stock"))).isEqualTo(1);

        // the byStatus index: NEW orders, newest first
        assertThat(list("/orders?status=NEW")).extracting(o -> o.get("customerId")).containsExactly("bob", "ann");
        assertThat(list("/orders?status=SHIPPED")).isEmpty();

        // the stream consumer adds each order to its customer's totals
        waitFor(() -> n(get("/customers/ann").get("orderCount")) == 1 && n(get("/customers/bob").get("orderCount")) == 1);
        assertThat(n(get("/customers/ann").get("totalCents"))).isEqualTo(1200);
        assertThat(n(get("/customers/bob").get("totalCents"))).isEqualTo(300);
    }

    static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition not met within 30 s").isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
