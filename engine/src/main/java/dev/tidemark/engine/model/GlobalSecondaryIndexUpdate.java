package dev.tidemark.engine.model;

import java.util.Objects;

/**
 * One entry of UpdateTable's GlobalSecondaryIndexUpdates: exactly one of create, update or delete.
 */
public final class GlobalSecondaryIndexUpdate {
    private final CreateGlobalSecondaryIndexAction create;
    private final UpdateGlobalSecondaryIndexAction update;
    private final DeleteGlobalSecondaryIndexAction delete;

    private GlobalSecondaryIndexUpdate(Builder b) {
        this.create = b.create;
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
        b.create = create;
        b.update = update;
        b.delete = delete;
        return b;
    }

    /** The index to add, or null. */
    public CreateGlobalSecondaryIndexAction create() {
        return create;
    }

    /** The throughput change, or null. */
    public UpdateGlobalSecondaryIndexAction update() {
        return update;
    }

    /** The index to remove, or null. */
    public DeleteGlobalSecondaryIndexAction delete() {
        return delete;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof GlobalSecondaryIndexUpdate other)) {
            return false;
        }
        return Objects.equals(create, other.create) && Objects.equals(update, other.update) && Objects.equals(delete, other.delete);
    }

    @Override
    public int hashCode() {
        return Objects.hash(create, update, delete);
    }

    @Override
    public String toString() {
        return "GlobalSecondaryIndexUpdate[create=" + create + ", update=" + update + ", delete=" + delete + "]";
    }

    /** Builder of {@link GlobalSecondaryIndexUpdate}; not thread-safe. */
    public static final class Builder {
        private CreateGlobalSecondaryIndexAction create;
        private UpdateGlobalSecondaryIndexAction update;
        private DeleteGlobalSecondaryIndexAction delete;

        private Builder() {
        }

        /** Sets create: the index to add, or null. */
        public Builder create(CreateGlobalSecondaryIndexAction create) {
            this.create = create;
            return this;
        }

        /** Sets update: the throughput change, or null. */
        public Builder update(UpdateGlobalSecondaryIndexAction update) {
            this.update = update;
            return this;
        }

        /** Sets delete: the index to remove, or null. */
        public Builder delete(DeleteGlobalSecondaryIndexAction delete) {
            this.delete = delete;
            return this;
        }

        /** Builds the immutable {@link GlobalSecondaryIndexUpdate}. */
        public GlobalSecondaryIndexUpdate build() {
            return new GlobalSecondaryIndexUpdate(this);
        }
    }
}
