package dev.tidemark.engine.model;

import java.util.Objects;

/**
 * One entry of a BatchWriteItem: exactly one of a put or a delete.
 */
public final class WriteRequest {
    private final PutRequest putRequest;
    private final DeleteRequest deleteRequest;

    private WriteRequest(Builder b) {
        this.putRequest = b.putRequest;
        this.deleteRequest = b.deleteRequest;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.putRequest = putRequest;
        b.deleteRequest = deleteRequest;
        return b;
    }

    /** The put, or null. */
    public PutRequest putRequest() {
        return putRequest;
    }

    /** The delete, or null. */
    public DeleteRequest deleteRequest() {
        return deleteRequest;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof WriteRequest other)) {
            return false;
        }
        return Objects.equals(putRequest, other.putRequest) && Objects.equals(deleteRequest, other.deleteRequest);
    }

    @Override
    public int hashCode() {
        return Objects.hash(putRequest, deleteRequest);
    }

    @Override
    public String toString() {
        return "WriteRequest[putRequest=" + putRequest + ", deleteRequest=" + deleteRequest + "]";
    }

    /** Builder of {@link WriteRequest}; not thread-safe. */
    public static final class Builder {
        private PutRequest putRequest;
        private DeleteRequest deleteRequest;

        private Builder() {
        }

        /** Sets putRequest: the put, or null. */
        public Builder putRequest(PutRequest putRequest) {
            this.putRequest = putRequest;
            return this;
        }

        /** Sets deleteRequest: the delete, or null. */
        public Builder deleteRequest(DeleteRequest deleteRequest) {
            this.deleteRequest = deleteRequest;
            return this;
        }

        /** Builds the immutable {@link WriteRequest}. */
        public WriteRequest build() {
            return new WriteRequest(this);
        }
    }
}
