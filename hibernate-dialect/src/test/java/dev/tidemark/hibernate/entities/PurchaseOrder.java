package dev.tidemark.hibernate.entities;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.UUID;

/** An order with an assigned UUID id, a many-to-one and an ordinal enum. */
@Entity
@Table(name = "purchase_orders")
public class PurchaseOrder {
    /** Order states, stored by ordinal. */
    public enum Status { OPEN, SHIPPED, CANCELLED }

    @Id
    private UUID id;
    @ManyToOne
    private Customer customer;
    private BigDecimal total;
    @Enumerated(EnumType.ORDINAL)
    private Status status;
    private LocalDateTime placedAt;
    private int quantity;

    protected PurchaseOrder() {
    }

    public PurchaseOrder(Customer customer, BigDecimal total, Status status, LocalDateTime placedAt, int quantity) {
        this.id = UUID.randomUUID();
        this.customer = customer;
        this.total = total;
        this.status = status;
        this.placedAt = placedAt;
        this.quantity = quantity;
    }

    public UUID getId() { return id; }
    public Customer getCustomer() { return customer; }
    public BigDecimal getTotal() { return total; }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
    public LocalDateTime getPlacedAt() { return placedAt; }
    public int getQuantity() { return quantity; }
}
