package dev.tidemark.hibernate.entities;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;

/** A composite id through @EmbeddedId: carrier is the partition key, trackingNo the sort key. */
@Entity
@Table(name = "shipments")
public class Shipment {
    /** The embedded id. */
    @Embeddable
    public record Key(String carrier, String trackingNo) implements Serializable {
    }

    @EmbeddedId
    private Key key;
    private LocalDateTime shippedAt;

    protected Shipment() {
    }

    public Shipment(Key key, LocalDateTime shippedAt) {
        this.key = key;
        this.shippedAt = shippedAt;
    }

    public Key getKey() { return key; }
    public LocalDateTime getShippedAt() { return shippedAt; }
}
