package dev.tidemark.engine;

import dev.tidemark.engine.model.Record;
import java.util.List;

/**
 * Receives batches of stream records of one table (see {@link Database#subscribe}). Returning
 * normally acknowledges the batch; throwing makes the subscription deliver the same batch again
 * after a back-off.
 */
@FunctionalInterface
public interface StreamHandler {
    /**
     * Handles one batch, in sequence order.
     *
     * @param records one or more records
     * @throws Exception to have the batch delivered again
     */
    void handle(List<Record> records) throws Exception;
}
