package dev.tidemark.engine.model;

import java.util.Objects;

/**
 * One action of a TransactWriteItems request: exactly one of a condition check, a put, an update or a delete.
 */
public final class TransactWriteItem {
    private final ConditionCheck conditionCheck;
    private final Put put;
    private final Update update;
    private final Delete delete;

    private TransactWriteItem(Builder b) {
        this.conditionCheck = b.conditionCheck;
        this.put = b.put;
        this.update = b.update;
        this.delete = b.delete;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.conditionCheck = conditionCheck;
        b.put = put;
        b.update = update;
        b.delete = delete;
        return b;
    }

    /** The condition check, or null. */
    public ConditionCheck conditionCheck() {
        return conditionCheck;
    }

    /** The put, or null. */
    public Put put() {
        return put;
    }

    /** The update, or null. */
    public Update update() {
        return update;
    }

    /** The delete, or null. */
    public Delete delete() {
        return delete;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof TransactWriteItem other)) {
            return false;
        }
        return Objects.equals(conditionCheck, other.conditionCheck) && Objects.equals(put, other.put) && Objects.equals(update, other.update) && Objects.equals(delete, other.delete);
    }

    @Override
    public int hashCode() {
        return Objects.hash(conditionCheck, put, update, delete);
    }

    @Override
    public String toString() {
        return "TransactWriteItem[conditionCheck=" + conditionCheck + ", put=" + put + ", update=" + update + ", delete=" + delete + "]";
    }

    /** Builder of {@link TransactWriteItem}; not thread-safe. */
    public static final class Builder {
        private ConditionCheck conditionCheck;
        private Put put;
        private Update update;
        private Delete delete;

        private Builder() {
        }

        /** Sets conditionCheck: the condition check, or null. */
        public Builder conditionCheck(ConditionCheck conditionCheck) {
            this.conditionCheck = conditionCheck;
            return this;
        }

        /** Sets put: the put, or null. */
        public Builder put(Put put) {
            this.put = put;
            return this;
        }

        /** Sets update: the update, or null. */
        public Builder update(Update update) {
            this.update = update;
            return this;
        }

        /** Sets delete: the delete, or null. */
        public Builder delete(Delete delete) {
            this.delete = delete;
            return this;
        }

        /** Builds the immutable {@link TransactWriteItem}. */
        public TransactWriteItem build() {
            return new TransactWriteItem(this);
        }
    }
}
