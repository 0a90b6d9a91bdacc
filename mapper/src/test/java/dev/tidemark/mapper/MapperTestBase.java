package dev.tidemark.mapper;

import dev.tidemark.engine.Database;
import dev.tidemark.engine.model.AttributeValue;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A fresh temporary database and entity manager per test. */
abstract class MapperTestBase {
    Database db;
    EntityManager em;

    @BeforeEach
    void open() {
        db = Database.openTemporary();
        em = EntityManager.create(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** The raw stored item. */
    Map<String, AttributeValue> raw(String table, Map<String, AttributeValue> key) {
        return db.getItem(g -> g.tableName(table).key(key)).item();
    }
}
