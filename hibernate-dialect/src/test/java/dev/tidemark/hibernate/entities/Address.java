package dev.tidemark.hibernate.entities;

import jakarta.persistence.Embeddable;

/** An embeddable: its fields are columns of the owning table. */
@Embeddable
public class Address {
    private String street;
    private String city;

    protected Address() {
    }

    public Address(String street, String city) {
        this.street = street;
        this.city = city;
    }

    public String getStreet() {
        return street;
    }

    public String getCity() {
        return city;
    }
}
