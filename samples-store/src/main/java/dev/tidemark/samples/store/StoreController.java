package dev.tidemark.samples.store;

import dev.tidemark.samples.store.StoreItem.Cart;
import dev.tidemark.samples.store.StoreItem.Customer;
import dev.tidemark.samples.store.StoreItem.Order;
import dev.tidemark.samples.store.StoreItem.OrderLine;
import dev.tidemark.samples.store.StoreItem.Product;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The REST API: {@code POST /customers}, {@code GET /customers/{id}}, {@code POST /products},
 * {@code GET /products/{sku}}, {@code PUT /customers/{id}/cart/{sku}} (body {@code {"quantity": n}}),
 * {@code GET /customers/{id}/cart}, {@code POST /customers/{id}/checkout} (409 when it cannot be done),
 * {@code GET /customers/{id}/orders}, {@code GET /customers/{id}/orders/{orderId}/lines},
 * {@code GET /orders?status=NEW} (newest first).
 */
@RestController
public class StoreController {
    /** A new customer. */
    public record NewCustomer(String id, String name, String email) { }

    /** A new product. */
    public record NewProduct(String sku, String name, long priceCents, int stock) { }

    /** A quantity in a cart. */
    public record Quantity(int quantity) { }

    private final StoreService store;

    StoreController(StoreService store) {
        this.store = store;
    }

    @PostMapping("/customers")
    ResponseEntity<Customer> createCustomer(@RequestBody NewCustomer c) {
        return ResponseEntity.status(HttpStatus.CREATED).body(store.createCustomer(c.id(), c.name(), c.email()));
    }

    @GetMapping("/customers/{id}")
    ResponseEntity<Customer> customer(@PathVariable("id") String id) {
        return ResponseEntity.of(store.customer(id));
    }

    @PostMapping("/products")
    ResponseEntity<Product> createProduct(@RequestBody NewProduct p) {
        return ResponseEntity.status(HttpStatus.CREATED).body(store.createProduct(p.sku(), p.name(), p.priceCents(), p.stock()));
    }

    @GetMapping("/products/{sku}")
    ResponseEntity<Product> product(@PathVariable("sku") String sku) {
        return ResponseEntity.of(store.product(sku));
    }

    @PutMapping("/customers/{id}/cart/{sku}")
    Cart putInCart(@PathVariable("id") String id, @PathVariable("sku") String sku, @RequestBody Quantity q) {
        return store.putInCart(id, sku, q.quantity());
    }

    @GetMapping("/customers/{id}/cart")
    ResponseEntity<Cart> cart(@PathVariable("id") String id) {
        return ResponseEntity.of(store.cart(id));
    }

    @PostMapping("/customers/{id}/checkout")
    ResponseEntity<Order> checkout(@PathVariable("id") String id) {
        return ResponseEntity.status(HttpStatus.CREATED).body(store.checkout(id));
    }

    @GetMapping("/customers/{id}/orders")
    List<Order> ordersOf(@PathVariable("id") String id) {
        return store.ordersOf(id);
    }

    @GetMapping("/customers/{id}/orders/{orderId}/lines")
    List<OrderLine> lines(@PathVariable("id") String id, @PathVariable("orderId") String orderId) {
        return store.linesOf(id, orderId);
    }

    @GetMapping("/orders")
    List<Order> ordersByStatus(@RequestParam("status") String status) {
        return store.ordersByStatus(status);
    }

    @ExceptionHandler(StoreService.CheckoutException.class)
    ResponseEntity<Map<String, String>> refused(StoreService.CheckoutException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", e.getMessage()));
    }
}
