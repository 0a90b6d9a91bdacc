package dev.tidemark.engine.model;

import java.util.Map;
import java.util.Objects;

/**
 * Why one action of a cancelled transaction failed, or {@code None} when it did not.
 */
public final class CancellationReason {
    private final String code;
    private final String message;
    private final Map<String, AttributeValue> item;

    private CancellationReason(Builder b) {
        this.code = b.code;
        this.message = b.message;
        this.item = b.item == null ? null : Map.copyOf(b.item);
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.code = code;
        b.message = message;
        b.item = item;
        return b;
    }

    /** None, ConditionalCheckFailed, ValidationError, TransactionConflict, ... */
    public String code() {
        return code;
    }

    /** A description, or null for None. */
    public String message() {
        return message;
    }

    /** The current item, when ALL_OLD was asked for a failed condition and the item exists. */
    public Map<String, AttributeValue> item() {
        return item;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof CancellationReason other)) {
            return false;
        }
        return Objects.equals(code, other.code) && Objects.equals(message, other.message) && Objects.equals(item, other.item);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, message, item);
    }

    @Override
    public String toString() {
        return "CancellationReason[code=" + code + ", message=" + message + ", item=" + item + "]";
    }

    /** Builder of {@link CancellationReason}; not thread-safe. */
    public static final class Builder {
        private String code;
        private String message;
        private Map<String, AttributeValue> item;

        private Builder() {
        }

        /** Sets code: none, ConditionalCheckFailed, ValidationError, TransactionConflict, ... */
        public Builder code(String code) {
            this.code = code;
            return this;
        }

        /** Sets message: a description, or null for None. */
        public Builder message(String message) {
            this.message = message;
            return this;
        }

        /** Sets item: the current item, when ALL_OLD was asked for a failed condition and the item exists. */
        public Builder item(Map<String, AttributeValue> item) {
            this.item = item;
            return this;
        }

        /** Builds the immutable {@link CancellationReason}. */
        public CancellationReason build() {
            return new CancellationReason(this);
        }
    }
}
