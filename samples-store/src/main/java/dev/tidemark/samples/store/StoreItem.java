package dev.tidemark.samples.store;

import dev.tidemark.mapper.annotation.IndexPartitionKey;
import dev.tidemark.mapper.annotation.IndexSortKey;
import dev.tidemark.mapper.annotation.MappedTable;
import dev.tidemark.mapper.annotation.PartitionKey;
import dev.tidemark.mapper.annotation.Polymorphic;
import dev.tidemark.mapper.annotation.SecondaryIndex;
import dev.tidemark.mapper.annotation.SortKey;
import dev.tidemark.mapper.annotation.TimeToLive;
import dev.tidemark.mapper.annotation.TypeName;
import dev.tidemark.mapper.annotation.Version;
import java.time.Instant;
import java.util.Map;

/**
 * Everything the store keeps, in one table {@code store} told apart by the attribute {@code type}.
 * Keys: a customer's profile, orders and order lines share the partition {@code CUSTOMER#<id>}
 * (profile {@code PROFILE}, order {@code ORDER#<id>}, line {@code ORDER#<id>#LINE#<n>}); a product is
 * {@code PRODUCT#<sku>}/{@code PRODUCT}; a cart {@code CART#<customer>}/{@code CART}. Orders are also
 * in the global index {@code byStatus} (status, placed-at time).
 */
@MappedTable("store")
@Polymorphic(discriminator = "type")
@SecondaryIndex(name = "byStatus", projection = SecondaryIndex.Projection.ALL)
public sealed interface StoreItem permits StoreItem.Customer, StoreItem.Order, StoreItem.OrderLine, StoreItem.Product, StoreItem.Cart {

    /** A customer's profile; {@code totalCents} and {@code orderCount} are kept by {@link CustomerTotals} from the stream. */
    @TypeName("CUSTOMER")
    record Customer(@PartitionKey String pk, @SortKey String sk, String customerId, String name, String email,
                    long totalCents, long orderCount) implements StoreItem {
        static Customer of(String id, String name, String email) {
            return new Customer("CUSTOMER#" + id, "PROFILE", id, name, email, 0, 0);
        }
    }

    /** An order; {@code placedAt} is ISO-8601 so that string order is time order. */
    @TypeName("ORDER")
    record Order(@PartitionKey String pk, @SortKey String sk, String orderId, String customerId,
                 @IndexPartitionKey("byStatus") String status, @IndexSortKey("byStatus") String placedAt, long totalCents)
            implements StoreItem {
    }

    /** One line of an order. */
    @TypeName("LINE")
    record OrderLine(@PartitionKey String pk, @SortKey String sk, String orderId, String sku, int quantity, long priceCents)
            implements StoreItem {
    }

    /** A product with its stock; the version makes concurrent stock changes safe. */
    @TypeName("PRODUCT")
    record Product(@PartitionKey String pk, @SortKey String sk, String sku, String name, long priceCents, int stock,
                   @Version Long version) implements StoreItem {
        static Product of(String sku, String name, long priceCents, int stock) {
            return new Product("PRODUCT#" + sku, "PRODUCT", sku, name, priceCents, stock, null);
        }

        Product withStock(int newStock) {
            return new Product(pk, sk, sku, name, priceCents, newStock, version);
        }
    }

    /** A customer's cart (sku to quantity); it expires through TTL like a session in a cache. */
    @TypeName("CART")
    record Cart(@PartitionKey String pk, @SortKey String sk, String customerId, Map<String, Integer> items,
                @TimeToLive Instant expiresAt) implements StoreItem {
    }
}
