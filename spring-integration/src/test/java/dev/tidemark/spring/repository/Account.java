package dev.tidemark.spring.repository;

import dev.tidemark.mapper.annotation.MappedTable;
import dev.tidemark.mapper.annotation.PartitionKey;
import dev.tidemark.mapper.annotation.Version;

/** A test entity with a simple key and a version. */
@MappedTable("accounts")
public class Account {
    @PartitionKey
    private String id;
    private String owner;
    private long balance;
    @Version
    private Long version;

    /** For the mapper. */
    public Account() {
    }

    /** A new account. */
    public Account(String id, String owner, long balance) {
        this.id = id;
        this.owner = owner;
        this.balance = balance;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public long getBalance() {
        return balance;
    }

    public void setBalance(long balance) {
        this.balance = balance;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
