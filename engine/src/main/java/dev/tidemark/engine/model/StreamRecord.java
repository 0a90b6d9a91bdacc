package dev.tidemark.engine.model;

import java.util.Map;
import java.util.Objects;

/**
 * The data part of a stream record (reference 7.2).
 */
public final class StreamRecord {
    private final java.time.Instant approximateCreationDateTime;
    private final Map<String, AttributeValue> keys;
    private final Map<String, AttributeValue> newImage;
    private final Map<String, AttributeValue> oldImage;
    private final String sequenceNumber;
    private final Long sizeBytes;
    private final StreamViewType streamViewType;

    private StreamRecord(Builder b) {
        this.approximateCreationDateTime = b.approximateCreationDateTime;
        this.keys = b.keys == null ? null : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(b.keys));
        this.newImage = b.newImage == null ? null : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(b.newImage));
        this.oldImage = b.oldImage == null ? null : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(b.oldImage));
        this.sequenceNumber = b.sequenceNumber;
        this.sizeBytes = b.sizeBytes;
        this.streamViewType = b.streamViewType;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.approximateCreationDateTime = approximateCreationDateTime;
        b.keys = keys;
        b.newImage = newImage;
        b.oldImage = oldImage;
        b.sequenceNumber = sequenceNumber;
        b.sizeBytes = sizeBytes;
        b.streamViewType = streamViewType;
        return b;
    }

    /** When the change was made, rounded down to the second. */
    public java.time.Instant approximateCreationDateTime() {
        return approximateCreationDateTime;
    }

    /** The primary key of the changed item. */
    public Map<String, AttributeValue> keys() {
        return keys;
    }

    /** The item after the change, when the view type carries it and the item exists. */
    public Map<String, AttributeValue> newImage() {
        return newImage;
    }

    /** The item before the change, when the view type carries it and the item existed. */
    public Map<String, AttributeValue> oldImage() {
        return oldImage;
    }

    /** The record's sequence number: digits, increasing within the shard. */
    public String sequenceNumber() {
        return sequenceNumber;
    }

    /** The size of the keys and images. */
    public Long sizeBytes() {
        return sizeBytes;
    }

    /** The stream's view type. */
    public StreamViewType streamViewType() {
        return streamViewType;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof StreamRecord other)) {
            return false;
        }
        return Objects.equals(approximateCreationDateTime, other.approximateCreationDateTime) && Objects.equals(keys, other.keys) && Objects.equals(newImage, other.newImage) && Objects.equals(oldImage, other.oldImage) && Objects.equals(sequenceNumber, other.sequenceNumber) && Objects.equals(sizeBytes, other.sizeBytes) && Objects.equals(streamViewType, other.streamViewType);
    }

    @Override
    public int hashCode() {
        return Objects.hash(approximateCreationDateTime, keys, newImage, oldImage, sequenceNumber, sizeBytes, streamViewType);
    }

    @Override
    public String toString() {
        return "StreamRecord[" + "approximateCreationDateTime=" + approximateCreationDateTime + ", " + "keys=" + keys + ", " + "newImage=" + newImage + ", " + "oldImage=" + oldImage + ", " + "sequenceNumber=" + sequenceNumber + ", " + "sizeBytes=" + sizeBytes + ", " + "streamViewType=" + streamViewType + "]";
    }

    /** Builder of {@link StreamRecord}; not thread-safe. */
    public static final class Builder {
        private java.time.Instant approximateCreationDateTime;
        private Map<String, AttributeValue> keys;
        private Map<String, AttributeValue> newImage;
        private Map<String, AttributeValue> oldImage;
        private String sequenceNumber;
        private Long sizeBytes;
        private StreamViewType streamViewType;

        private Builder() {
        }

        /** Sets approximateCreationDateTime: when the change was made, rounded down to the second. */
        public Builder approximateCreationDateTime(java.time.Instant approximateCreationDateTime) {
            this.approximateCreationDateTime = approximateCreationDateTime;
            return this;
        }

        /** Sets keys: the primary key of the changed item. */
        public Builder keys(Map<String, AttributeValue> keys) {
            this.keys = keys;
            return this;
        }

        /** Sets newImage: the item after the change, when the view type carries it and the item exists. */
        public Builder newImage(Map<String, AttributeValue> newImage) {
            this.newImage = newImage;
            return this;
        }

        /** Sets oldImage: the item before the change, when the view type carries it and the item existed. */
        public Builder oldImage(Map<String, AttributeValue> oldImage) {
            this.oldImage = oldImage;
            return this;
        }

        /** Sets sequenceNumber: the record's sequence number: digits, increasing within the shard. */
        public Builder sequenceNumber(String sequenceNumber) {
            this.sequenceNumber = sequenceNumber;
            return this;
        }

        /** Sets sizeBytes: the size of the keys and images. */
        public Builder sizeBytes(Long sizeBytes) {
            this.sizeBytes = sizeBytes;
            return this;
        }

        /** Sets streamViewType: the stream's view type. */
        public Builder streamViewType(StreamViewType streamViewType) {
            this.streamViewType = streamViewType;
            return this;
        }

        /** Builds the immutable {@link StreamRecord}. */
        public StreamRecord build() {
            return new StreamRecord(this);
        }
    }
}
