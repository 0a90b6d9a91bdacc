package dev.tidemark.engine.model;

import java.util.Objects;

/**
 * One change of one item, as GetRecords returns it (reference 7.2).
 */
public final class Record {
    private final String eventID;
    private final OperationType eventName;
    private final String eventVersion;
    private final String eventSource;
    private final String awsRegion;
    private final StreamRecord dynamodb;
    private final Identity userIdentity;

    private Record(Builder b) {
        this.eventID = b.eventID;
        this.eventName = b.eventName;
        this.eventVersion = b.eventVersion;
        this.eventSource = b.eventSource;
        this.awsRegion = b.awsRegion;
        this.dynamodb = b.dynamodb;
        this.userIdentity = b.userIdentity;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.eventID = eventID;
        b.eventName = eventName;
        b.eventVersion = eventVersion;
        b.eventSource = eventSource;
        b.awsRegion = awsRegion;
        b.dynamodb = dynamodb;
        b.userIdentity = userIdentity;
        return b;
    }

    /** A unique id of the record. */
    public String eventID() {
        return eventID;
    }

    /** INSERT, MODIFY or REMOVE. */
    public OperationType eventName() {
        return eventName;
    }

    /** The record format version, {@code 1.1}. */
    public String eventVersion() {
        return eventVersion;
    }

    /** Always {@code aws:dynamodb}. */
    public String eventSource() {
        return eventSource;
    }

    /** The region, {@code tidemark}. */
    public String awsRegion() {
        return awsRegion;
    }

    /** Keys, images and sequence number. */
    public StreamRecord dynamodb() {
        return dynamodb;
    }

    /** The service identity on time-to-live deletions, else null. */
    public Identity userIdentity() {
        return userIdentity;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Record other)) {
            return false;
        }
        return Objects.equals(eventID, other.eventID) && Objects.equals(eventName, other.eventName) && Objects.equals(eventVersion, other.eventVersion) && Objects.equals(eventSource, other.eventSource) && Objects.equals(awsRegion, other.awsRegion) && Objects.equals(dynamodb, other.dynamodb) && Objects.equals(userIdentity, other.userIdentity);
    }

    @Override
    public int hashCode() {
        return Objects.hash(eventID, eventName, eventVersion, eventSource, awsRegion, dynamodb, userIdentity);
    }

    @Override
    public String toString() {
        return "Record[" + "eventID=" + eventID + ", " + "eventName=" + eventName + ", " + "eventVersion=" + eventVersion + ", " + "eventSource=" + eventSource + ", " + "awsRegion=" + awsRegion + ", " + "dynamodb=" + dynamodb + ", " + "userIdentity=" + userIdentity + "]";
    }

    /** Builder of {@link Record}; not thread-safe. */
    public static final class Builder {
        private String eventID;
        private OperationType eventName;
        private String eventVersion;
        private String eventSource;
        private String awsRegion;
        private StreamRecord dynamodb;
        private Identity userIdentity;

        private Builder() {
        }

        /** Sets eventID: a unique id of the record. */
        public Builder eventID(String eventID) {
            this.eventID = eventID;
            return this;
        }

        /** Sets eventName: iNSERT, MODIFY or REMOVE. */
        public Builder eventName(OperationType eventName) {
            this.eventName = eventName;
            return this;
        }

        /** Sets eventVersion: the record format version, {@code 1.1}. */
        public Builder eventVersion(String eventVersion) {
            this.eventVersion = eventVersion;
            return this;
        }

        /** Sets eventSource: always {@code aws:dynamodb}. */
        public Builder eventSource(String eventSource) {
            this.eventSource = eventSource;
            return this;
        }

        /** Sets awsRegion: the region, {@code tidemark}. */
        public Builder awsRegion(String awsRegion) {
            this.awsRegion = awsRegion;
            return this;
        }

        /** Sets dynamodb: keys, images and sequence number. */
        public Builder dynamodb(StreamRecord dynamodb) {
            this.dynamodb = dynamodb;
            return this;
        }

        /** Sets userIdentity: the service identity on time-to-live deletions, else null. */
        public Builder userIdentity(Identity userIdentity) {
            this.userIdentity = userIdentity;
            return this;
        }

        /** Builds the immutable {@link Record}. */
        public Record build() {
            return new Record(this);
        }
    }
}
