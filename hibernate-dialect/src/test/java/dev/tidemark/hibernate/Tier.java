package dev.tidemark.hibernate;

/** A customer tier, stored by name. */
public enum Tier {
    BRONZE, SILVER, GOLD
}
