package dev.tidemark.samples.store;

import dev.tidemark.engine.Database;
import dev.tidemark.engine.model.StreamSpecification;
import dev.tidemark.engine.model.StreamViewType;
import dev.tidemark.engine.model.TimeToLiveSpecification;
import dev.tidemark.mapper.EntityManager;
import jakarta.annotation.PostConstruct;
import org.springframework.stereotype.Component;

/** Creates the store table on first start: its index (from the entities), TTL on {@code expiresAt}, a stream of new images. */
@Component
public class StoreSetup {
    static final String TABLE = "store";
    private final Database db;
    private final EntityManager em;

    StoreSetup(Database db, EntityManager em) {
        this.db = db;
        this.em = em;
    }

    @PostConstruct
    void createTable() {
        if (db.listTables(r -> { }).tableNames().contains(TABLE)) {
            return;
        }
        em.createTable(StoreItem.class);
        db.updateTimeToLive(r -> r.tableName(TABLE)
                .timeToLiveSpecification(TimeToLiveSpecification.builder().enabled(true).attributeName("expiresAt").build()));
        db.updateTable(r -> r.tableName(TABLE).streamSpecification(StreamSpecification.builder().streamEnabled(true)
                .streamViewType(StreamViewType.NEW_IMAGE).build()));
    }
}
