package dev.tidemark.samples.store;

import dev.tidemark.mapper.Key;
import dev.tidemark.samples.store.StoreItem.Cart;
import dev.tidemark.samples.store.StoreItem.Customer;
import dev.tidemark.samples.store.StoreItem.Order;
import dev.tidemark.samples.store.StoreItem.OrderLine;
import dev.tidemark.samples.store.StoreItem.Product;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The store's operations on the repositories; {@link #checkout} is one transaction. */
@Service
public class StoreService {
    /** A checkout that cannot be done (no cart, unknown product, not enough stock); nothing was written. */
    public static final class CheckoutException extends RuntimeException {
        CheckoutException(String message) {
            super(message);
        }
    }

    private final CustomerRepository customers;
    private final ProductRepository products;
    private final CartRepository carts;
    private final OrderRepository orders;
    private final OrderLineRepository lines;
    private final Duration cartLifetime;
    private final Clock clock = Clock.systemUTC();

    StoreService(CustomerRepository customers, ProductRepository products, CartRepository carts, OrderRepository orders,
                 OrderLineRepository lines, @Value("${store.cart-lifetime:30m}") Duration cartLifetime) {
        this.customers = customers;
        this.products = products;
        this.carts = carts;
        this.orders = orders;
        this.lines = lines;
        this.cartLifetime = cartLifetime;
    }

    Customer createCustomer(String id, String name, String email) {
        return customers.save(Customer.of(id, name, email));
    }

    Optional<Customer> customer(String id) {
        return customers.findById(Key.of("CUSTOMER#" + id, "PROFILE"));
    }

    Product createProduct(String sku, String name, long priceCents, int stock) {
        return products.save(Product.of(sku, name, priceCents, stock));
    }

    Optional<Product> product(String sku) {
        return products.findById(Key.of("PRODUCT#" + sku, "PRODUCT"));
    }

    /** The customer's cart unless it has expired (the sweeper deletes expired carts a little later). */
    Optional<Cart> cart(String customerId) {
        return carts.findById(Key.of("CART#" + customerId, "CART")).filter(c -> c.expiresAt().isAfter(clock.instant()));
    }

    /** Sets a quantity in the cart (0 removes the product) and gives the cart a fresh lifetime. */
    Cart putInCart(String customerId, String sku, int quantity) {
        if (product(sku).isEmpty()) {
            throw new CheckoutException("no product " + sku);
        }
        Map<String, Integer> items = new LinkedHashMap<>(cart(customerId).map(Cart::items).orElse(Map.of()));
        if (quantity <= 0) {
            items.remove(sku);
        } else {
            items.put(sku, quantity);
        }
        Instant expires = clock.instant().plus(cartLifetime);
        return carts.save(new Cart("CART#" + customerId, "CART", customerId, items, expires));
    }

    /**
     * Turns the cart into an order with its lines, takes the quantities from stock and deletes the
     * cart — all in one transaction: when any product is short, nothing is written.
     */
    @Transactional
    public Order checkout(String customerId) {
        Cart cart = cart(customerId).orElseThrow(() -> new CheckoutException("customer " + customerId + " has no cart"));
        if (cart.items().isEmpty()) {
            throw new CheckoutException("the cart of " + customerId + " is empty");
        }
        String orderId = UUID.randomUUID().toString().substring(0, 8);
        String pk = "CUSTOMER#" + customerId;
        long total = 0;
        int n = 0;
        List<OrderLine> orderLines = new ArrayList<>();
        for (Map.Entry<String, Integer> e : cart.items().entrySet()) {
            Product p = product(e.getKey()).orElseThrow(() -> new CheckoutException("no product " + e.getKey()));
            int quantity = e.getValue();
            products.save(p.withStock(p.stock() - quantity));
            orderLines.add(new OrderLine(pk, "ORDER#" + orderId + "#LINE#" + (++n), orderId, p.sku(), quantity, p.priceCents()));
            total += quantity * p.priceCents();
            if (p.stock() < quantity) {
                // thrown after the writes above were queued: the rollback drops them all
                throw new CheckoutException("only " + p.stock() + " of " + p.sku() + " in stock, " + quantity + " wanted");
            }
        }
        lines.saveAll(orderLines);
        Order order = orders.save(new Order(pk, "ORDER#" + orderId, orderId, customerId, "NEW", clock.instant().toString(), total));
        carts.delete(cart);
        return order;
    }

    List<Order> ordersByStatus(String status) {
        return orders.findByStatusOrderByPlacedAtDesc(status);
    }

    List<Order> ordersOf(String customerId) {
        return orders.findByPk("CUSTOMER#" + customerId);
    }

    List<OrderLine> linesOf(String customerId, String orderId) {
        return lines.findByPk("CUSTOMER#" + customerId).stream().filter(l -> l.orderId().equals(orderId)).toList();
    }
}
