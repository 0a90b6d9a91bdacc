package dev.tidemark.engine.model;

import java.util.Map;
import java.util.Objects;

/**
 * The capacity an operation consumed on one table, returned when the request asks for it with
 * {@link ReturnConsumedCapacity#TOTAL} (totals only) or {@link ReturnConsumedCapacity#INDEXES}
 * (totals plus the table and each index touched). Units follow DynamoDB: a read unit per 4 KB
 * (half for eventually consistent reads, double in transactions), a write unit per 1 KB (double in
 * transactions).
 */
public final class ConsumedCapacity {
    private final String tableName;
    private final Double capacityUnits;
    private final Double readCapacityUnits;
    private final Double writeCapacityUnits;
    private final Capacity table;
    private final Map<String, Capacity> localSecondaryIndexes;
    private final Map<String, Capacity> globalSecondaryIndexes;

    private ConsumedCapacity(Builder b) {
        this.tableName = b.tableName;
        this.capacityUnits = b.capacityUnits;
        this.readCapacityUnits = b.readCapacityUnits;
        this.writeCapacityUnits = b.writeCapacityUnits;
        this.table = b.table;
        this.localSecondaryIndexes = b.localSecondaryIndexes == null ? null : Map.copyOf(b.localSecondaryIndexes);
        this.globalSecondaryIndexes = b.globalSecondaryIndexes == null ? null : Map.copyOf(b.globalSecondaryIndexes);
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.tableName = tableName;
        b.capacityUnits = capacityUnits;
        b.readCapacityUnits = readCapacityUnits;
        b.writeCapacityUnits = writeCapacityUnits;
        b.table = table;
        b.localSecondaryIndexes = localSecondaryIndexes;
        b.globalSecondaryIndexes = globalSecondaryIndexes;
        return b;
    }

    /** The table the units were consumed on. */
    public String tableName() {
        return tableName;
    }

    /** All units consumed: table and indexes, reads and writes. */
    public Double capacityUnits() {
        return capacityUnits;
    }

    /** Read units consumed on the table and its indexes, or null for none. */
    public Double readCapacityUnits() {
        return readCapacityUnits;
    }

    /** Write units consumed on the table and its indexes, or null for none. */
    public Double writeCapacityUnits() {
        return writeCapacityUnits;
    }

    /** With INDEXES: the units consumed by the table itself; else null. */
    public Capacity table() {
        return table;
    }

    /** With INDEXES: units per local secondary index touched; else null. */
    public Map<String, Capacity> localSecondaryIndexes() {
        return localSecondaryIndexes;
    }

    /** With INDEXES: units per global secondary index touched; else null. */
    public Map<String, Capacity> globalSecondaryIndexes() {
        return globalSecondaryIndexes;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ConsumedCapacity other)) {
            return false;
        }
        return Objects.equals(tableName, other.tableName) && Objects.equals(capacityUnits, other.capacityUnits) && Objects.equals(readCapacityUnits, other.readCapacityUnits) && Objects.equals(writeCapacityUnits, other.writeCapacityUnits) && Objects.equals(table, other.table) && Objects.equals(localSecondaryIndexes, other.localSecondaryIndexes) && Objects.equals(globalSecondaryIndexes, other.globalSecondaryIndexes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tableName, capacityUnits, readCapacityUnits, writeCapacityUnits, table, localSecondaryIndexes, globalSecondaryIndexes);
    }

    @Override
    public String toString() {
        return "ConsumedCapacity[tableName=" + tableName + ", capacityUnits=" + capacityUnits + ", readCapacityUnits=" + readCapacityUnits + ", writeCapacityUnits=" + writeCapacityUnits + ", table=" + table + ", localSecondaryIndexes=" + localSecondaryIndexes + ", globalSecondaryIndexes=" + globalSecondaryIndexes + "]";
    }

    /** Builder of {@link ConsumedCapacity}; not thread-safe. */
    public static final class Builder {
        private String tableName;
        private Double capacityUnits;
        private Double readCapacityUnits;
        private Double writeCapacityUnits;
        private Capacity table;
        private Map<String, Capacity> localSecondaryIndexes;
        private Map<String, Capacity> globalSecondaryIndexes;

        private Builder() {
        }

        /** Sets tableName: the table the units were consumed on. */
        public Builder tableName(String tableName) {
            this.tableName = tableName;
            return this;
        }

        /** Sets capacityUnits: all units consumed: table and indexes, reads and writes. */
        public Builder capacityUnits(Double capacityUnits) {
            this.capacityUnits = capacityUnits;
            return this;
        }

        /** Sets readCapacityUnits: read units consumed on the table and its indexes, or null for none. */
        public Builder readCapacityUnits(Double readCapacityUnits) {
            this.readCapacityUnits = readCapacityUnits;
            return this;
        }

        /** Sets writeCapacityUnits: write units consumed on the table and its indexes, or null for none. */
        public Builder writeCapacityUnits(Double writeCapacityUnits) {
            this.writeCapacityUnits = writeCapacityUnits;
            return this;
        }

        /** Sets table: with INDEXES: the units consumed by the table itself; else null. */
        public Builder table(Capacity table) {
            this.table = table;
            return this;
        }

        /** Sets localSecondaryIndexes: with INDEXES: units per local secondary index touched; else null. */
        public Builder localSecondaryIndexes(Map<String, Capacity> localSecondaryIndexes) {
            this.localSecondaryIndexes = localSecondaryIndexes;
            return this;
        }

        /** Sets globalSecondaryIndexes: with INDEXES: units per global secondary index touched; else null. */
        public Builder globalSecondaryIndexes(Map<String, Capacity> globalSecondaryIndexes) {
            this.globalSecondaryIndexes = globalSecondaryIndexes;
            return this;
        }

        /** Builds the immutable {@link ConsumedCapacity}. */
        public ConsumedCapacity build() {
            return new ConsumedCapacity(this);
        }
    }
}
