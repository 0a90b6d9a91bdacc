package dev.tidemark.engine.internal.ttl;

import dev.tidemark.engine.internal.store.ItemEntry;
import dev.tidemark.engine.internal.store.Store;
import dev.tidemark.engine.internal.store.TableState;
import dev.tidemark.engine.model.AttributeValue;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes expired items (reference 6.2, 6.3). Each sweep walks every table with time to live
 * enabled, and for each item that has expired by the database clock asks the {@link Deleter} to
 * delete it; the deleter takes the key's lock, re-reads the item and deletes it only if it is
 * still expired at that moment (an update that extended or removed the expiry time wins), through
 * {@link Store#commitService}: a logged delete like any other, indexes updated, a stream record
 * with the service identity, no capacity charged to any request.
 */
public final class TtlSweeper {
    private static final Logger LOG = LoggerFactory.getLogger(TtlSweeper.class);

    /** Deletes one item under its key lock if it still passes the check. */
    @FunctionalInterface
    public interface Deleter {
        /**
         * Deletes an item.
         *
         * @param table the table
         * @param key the encoded key
         * @param stillExpired tested on the current image under the lock
         * @return whether the item was deleted
         */
        boolean deleteIf(TableState table, byte[] key, Predicate<Map<String, AttributeValue>> stillExpired);
    }

    private final Store store;
    private final Clock clock;
    private final Deleter deleter;

    /**
     * Creates the sweeper.
     *
     * @param store the tables
     * @param clock the database clock
     * @param deleter the locked, conditional delete
     */
    public TtlSweeper(Store store, Clock clock, Deleter deleter) {
        this.store = store;
        this.clock = clock;
        this.deleter = deleter;
    }

    /** One pass over every table with time to live enabled; returns the number of items deleted. */
    public int sweep() {
        int deleted = 0;
        for (TableState t : new ArrayList<>(store.tables())) {
            TtlSettings s = TtlSettings.of(t.meta());
            if (s == null || !s.enabled() || t.dropped()) {
                continue;
            }
            String attr = s.attributeName();
            long now = clock.millis();
            List<byte[]> expired = new ArrayList<>();
            for (Map.Entry<byte[], ItemEntry> e : t.items().entrySet()) {
                Map<String, AttributeValue> item;
                try {
                    item = store.decode(e.getValue());
                } catch (RuntimeException ex) {
                    continue; // replaced or removed meanwhile
                }
                if (TtlSettings.expired(item, attr, now)) {
                    expired.add(e.getKey());
                }
            }
            for (byte[] key : expired) {
                TtlSettings still = TtlSettings.of(t.meta());
                if (still == null || !still.enabled() || !still.attributeName().equals(attr)) {
                    break;
                }
                try {
                    if (deleter.deleteIf(t, key, item -> TtlSettings.expired(item, attr, clock.millis()))) {
                        deleted++;
                    }
                } catch (RuntimeException ex) {
                    LOG.warn("time-to-live delete in table {} failed: {}", t.meta().name(), ex.toString());
                }
            }
        }
        return deleted;
    }
}
