package dev.tidemark.spring.repository;

/** The key class of {@link Order}: components named like the entity's key properties. */
public record OrderKey(String customerId, String orderId) {
}
