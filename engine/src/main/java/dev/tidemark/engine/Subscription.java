package dev.tidemark.engine;

/**
 * A running stream subscription (see {@link Database#subscribe}). Closing it stops delivery after
 * the batch in progress; the consumer's checkpoint stays in the database directory, so a new
 * subscription under the same consumer name resumes after the last acknowledged record.
 */
public interface Subscription extends AutoCloseable {
    /** The consumer name whose checkpoint this subscription advances. */
    String consumerName();

    /** The sequence number of the last acknowledged record, or null when none was acknowledged yet. */
    String lastAcknowledgedSequenceNumber();

    /** Stops delivery and waits for the delivery thread to end. */
    @Override
    void close();
}
