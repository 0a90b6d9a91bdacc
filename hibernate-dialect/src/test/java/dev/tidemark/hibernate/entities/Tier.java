package dev.tidemark.hibernate.entities;

/** A customer tier, stored by name. */
public enum Tier {
    BRONZE, SILVER, GOLD
}
