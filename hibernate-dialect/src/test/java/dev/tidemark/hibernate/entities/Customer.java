package dev.tidemark.hibernate.entities;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A customer with a UUID id, most basic types, an embeddable and a version. */
@Entity
@Table(name = "customers", indexes = @Index(name = "byEmail", columnList = "email"))
public class Customer {
    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    private UUID id;
    private String fullName;
    private String email;
    @Enumerated(EnumType.STRING)
    private Tier tier;
    private Instant createdAt;
    private LocalDate birthday;
    private BigDecimal balance;
    private byte[] avatar;
    private boolean active;
    private int visits;
    private Double rating;
    @Embedded
    private Address address;
    @Version
    private long version;
    @OneToMany(mappedBy = "customer")
    private List<PurchaseOrder> orders = new ArrayList<>();

    protected Customer() {
    }

    public Customer(String fullName, String email, Tier tier) {
        this.fullName = fullName;
        this.email = email;
        this.tier = tier;
    }

    public UUID getId() { return id; }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public String getEmail() { return email; }
    public Tier getTier() { return tier; }
    public void setTier(Tier tier) { this.tier = tier; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public LocalDate getBirthday() { return birthday; }
    public void setBirthday(LocalDate birthday) { this.birthday = birthday; }
    public BigDecimal getBalance() { return balance; }
    public void setBalance(BigDecimal balance) { this.balance = balance; }
    public byte[] getAvatar() { return avatar; }
    public void setAvatar(byte[] avatar) { this.avatar = avatar; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public int getVisits() { return visits; }
    public void setVisits(int visits) { this.visits = visits; }
    public Double getRating() { return rating; }
    public void setRating(Double rating) { this.rating = rating; }
    public Address getAddress() { return address; }
    public void setAddress(Address address) { this.address = address; }
    public long getVersion() { return version; }
    public List<PurchaseOrder> getOrders() { return orders; }
}
